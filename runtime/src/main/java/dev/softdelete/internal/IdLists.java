package dev.softdelete.internal;

import dev.softdelete.TableDefinition;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * Runs statements over collections of ids: the distinct ids, cut into chunks of at most {@link
 * #CHUNK_SIZE}, one statement per chunk. Generated repositories pass how to bind one id.
 */
public final class IdLists {
  /**
   * Ids bound per statement. Oracle allows 1000 items in an IN list and SQL Server 2100 parameters per
   * statement; 500 keeps well inside both and still turns thousands of ids into a handful of statements.
   */
  public static final int CHUNK_SIZE = 500;

  private IdLists() {}

  /** Binds a value to parameter {@code index} of a statement. */
  @FunctionalInterface
  public interface Binder<T> {
    void bind(PreparedStatement statement, int index, T value) throws SQLException;
  }

  /**
   * Runs {@code head} followed by {@code (?, ?, ...)} once per chunk of the distinct ids and returns
   * the rows changed. A failure is translated by {@link SqlErrors#translate}.
   */
  public static <ID> int updateInChunks(
      Statements statements, TableDefinition table, String head, Collection<ID> ids, Binder<ID> bindId) {
    return updateInChunks(statements, table, head, null, null, ids, bindId);
  }

  /** Binds the parameters before the ids and says how many it bound. */
  @FunctionalInterface
  public interface Leading {
    int bind(PreparedStatement statement) throws SQLException;
  }

  /**
   * Like {@link #updateInChunks(Statements, TableDefinition, String, Collection, Binder)}, binding the
   * leading parameters (a deletion time and an operation, say) before the ids.
   */
  public static <ID> int updateInChunks(
      Statements statements, TableDefinition table, String head, Leading leading, Collection<ID> ids, Binder<ID> bindId) {
    int changed = 0;
    for (List<ID> chunk : distinctChunks(ids)) {
      String sql = inList(head, chunk.size());
      try (PreparedStatement statement = statements.prepare(sql)) {
        int parameter = leading.bind(statement) + 1;
        for (ID id : chunk) {
          bindId.bind(statement, parameter++, id);
        }
        changed += statement.executeUpdate();
      } catch (SQLException e) {
        throw SqlErrors.translate(e, table, sql);
      }
    }
    return changed;
  }

  /**
   * Like {@link #updateInChunks(Statements, TableDefinition, String, Collection, Binder)}, binding
   * {@code first} (a deletion time, say) as parameter 1, before the ids.
   */
  public static <F, ID> int updateInChunks(
      Statements statements,
      TableDefinition table,
      String head,
      F first,
      Binder<F> bindFirst,
      Collection<ID> ids,
      Binder<ID> bindId) {
    int changed = 0;
    for (List<ID> chunk : distinctChunks(ids)) {
      String sql = inList(head, chunk.size());
      try (PreparedStatement statement = statements.prepare(sql)) {
        int parameter = 1;
        if (bindFirst != null) {
          bindFirst.bind(statement, parameter++, first);
        }
        for (ID id : chunk) {
          bindId.bind(statement, parameter++, id);
        }
        changed += statement.executeUpdate();
      } catch (SQLException e) {
        throw SqlErrors.translate(e, table, sql);
      }
    }
    return changed;
  }

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
