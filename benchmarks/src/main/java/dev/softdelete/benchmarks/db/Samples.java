package dev.softdelete.benchmarks.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Live rows drawn in advance (fixed seed) and replayed in a cycle, so that choosing one costs an array
 * read on every side: ids, their emails, and page starts (live ids with at least {@code page} live
 * rows after them).
 */
public final class Samples {
  private static final int CYCLE = 1 << 14;
  private static final int MASK = CYCLE - 1;

  private final long[] ids = new long[CYCLE];
  private final String[] emails = new String[CYCLE];
  private final long[] pageStarts = new long[CYCLE];
  private int next;

  /** Reads the live rows of {@code table}, those matching {@code livePredicate}. */
  public Samples(Connection c, String table, String livePredicate, int page) throws SQLException {
    List<Long> liveIds = new ArrayList<>();
    List<String> liveEmails = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(
            "SELECT id, email FROM " + table + " WHERE " + livePredicate + " ORDER BY id")) {
      while (rs.next()) {
        liveIds.add(rs.getLong(1));
        liveEmails.add(rs.getString(2));
      }
    }
    if (liveIds.size() <= page) {
      throw new IllegalStateException(table + " has only " + liveIds.size() + " live rows");
    }
    SplittableRandom random = new SplittableRandom(42);
    for (int i = 0; i < CYCLE; i++) {
      int pick = random.nextInt(liveIds.size());
      ids[i] = liveIds.get(pick);
      emails[i] = liveEmails.get(pick);
      pageStarts[i] = liveIds.get(random.nextInt(liveIds.size() - page));
    }
  }

  public long id() {
    return ids[next++ & MASK];
  }

  public String email() {
    return emails[next++ & MASK];
  }

  public long pageStart() {
    return pageStarts[next++ & MASK];
  }
}
