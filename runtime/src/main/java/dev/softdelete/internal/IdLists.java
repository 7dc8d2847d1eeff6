package dev.softdelete.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/** Splits id collections into statements of at most {@link #CHUNK_SIZE} bound ids. */
public final class IdLists {
  /**
   * Ids bound per statement. Oracle allows 1000 items in an IN list and SQL Server 2100 parameters per
   * statement; 500 keeps well inside both and still turns thousands of ids into a handful of statements.
   */
  public static final int CHUNK_SIZE = 500;

  private IdLists() {}

  /** The distinct ids in encounter order, cut into chunks of at most {@link #CHUNK_SIZE}. */
  public static <ID> List<List<ID>> distinctChunks(Collection<ID> ids) {
    LinkedHashSet<ID> distinct = new LinkedHashSet<>(ids.size() * 2);
    for (ID id : ids) {
      distinct.add(Objects.requireNonNull(id, "ids must not contain null"));
    }
    List<ID> all = new ArrayList<>(distinct);
    List<List<ID>> chunks = new ArrayList<>((all.size() + CHUNK_SIZE - 1) / CHUNK_SIZE);
    for (int from = 0; from < all.size(); from += CHUNK_SIZE) {
      chunks.add(all.subList(from, Math.min(all.size(), from + CHUNK_SIZE)));
    }
    return chunks;
  }

  /** {@code head} followed by a parenthesised list of {@code count} placeholders. */
  public static String inList(String head, int count) {
    StringBuilder sql = new StringBuilder(head.length() + 3 * count + 2).append(head);
    sql.append('(');
    for (int i = 0; i < count; i++) {
      sql.append(i == 0 ? "?" : ", ?");
    }
    return sql.append(')').toString();
  }
}
