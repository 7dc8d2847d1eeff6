package dev.softdelete.benchmarks.scaling;

import dev.softdelete.benchmarks.compare.HandJdbc;
import dev.softdelete.benchmarks.db.Database;
import dev.softdelete.benchmarks.db.Samples;
import dev.softdelete.benchmarks.pages.PageWithoutLiveIndexBenchmark;
import dev.softdelete.benchmarks.pages.PagedUsers;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * Prints the plans (EXPLAIN ANALYZE, so with the rows each step really read) of the live look-ups of
 * {@link DeadRowScalingBenchmark} at both sizes, and of the pages of {@code PageWithoutLiveIndexBenchmark}
 * with and without the live index, for one database:
 *
 * <pre>java -cp benchmarks.jar dev.softdelete.benchmarks.scaling.ExplainPlans h2|postgresql</pre>
 */
public final class ExplainPlans {
  private ExplainPlans() {}

  public static void main(String[] args) throws SQLException {
    print(Database.valueOf(args[0].toUpperCase(Locale.ROOT)), System.out);
  }

  /** Fills the tables (or reuses those of earlier forks on the same PostgreSQL server) and prints the plans. */
  public static void print(Database db, PrintStream out) throws SQLException {
    for (int rows : new int[] {10_000, 1_000_000}) {
      try (Connection c = ScaledUsers.open(db, rows)) {
        Samples samples = new Samples(c, "users", "live = TRUE", ScaledUsers.PAGE);
        String heading = "## " + db + ", " + rows + " rows, 90 % dead: ";
        print(out, heading + "by id", plan(c, db, HandJdbc.FIND_BY_ID, samples.id()));
        print(out, heading + "by key", plan(c, db, HandJdbc.FIND_BY_EMAIL, samples.email()));
        print(out, heading + "page of 100", plan(c, db, HandJdbc.ALIVE_AFTER, samples.pageStart(), ScaledUsers.PAGE));
      }
    }
    for (boolean liveIndex : new boolean[] {true, false}) {
      try (Connection c = PagedUsers.open(db, liveIndex)) {
        Samples samples = new Samples(c, "users", "live = TRUE", PagedUsers.PAGE);
        long after = samples.pageStart();
        String heading = "## " + db + ", " + PagedUsers.ROWS + " rows, " + (liveIndex ? "with" : "WITHOUT")
            + " ix_users_live: page of 100 ";
        print(out, heading + "ORDER BY live, id (generated)", plan(c, db, HandJdbc.ALIVE_AFTER, after, PagedUsers.PAGE));
        print(out, heading + "ORDER BY id",
            plan(c, db, PageWithoutLiveIndexBenchmark.ORDER_BY_ID, after, PagedUsers.PAGE));
      }
    }
  }

  /** The plan of {@code sql} run with these values (inlined as literals, in order of the {@code ?}s). */
  public static String plan(Connection c, Database db, String sql, Object... values) throws SQLException {
    StringBuilder inlined = new StringBuilder();
    int value = 0;
    for (char ch : sql.toCharArray()) {
      if (ch == '?') {
        Object v = values[value++];
        inlined.append(v instanceof String s ? "'" + s.replace("'", "''") + "'" : v.toString());
      } else {
        inlined.append(ch);
      }
    }
    String explain = db == Database.H2 ? "EXPLAIN ANALYZE " : "EXPLAIN (ANALYZE, BUFFERS) ";
    StringJoiner lines = new StringJoiner("\n");
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(explain + inlined)) {
      while (rs.next()) {
        lines.add(rs.getString(1));
      }
    }
    return lines.toString();
  }

  private static void print(PrintStream out, String heading, String plan) {
    out.println(heading);
    out.println();
    out.println("```");
    out.println(plan);
    out.println("```");
    out.println();
  }
}
