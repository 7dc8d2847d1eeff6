package dev.softdelete.it;

import dev.softdelete.Dialect;
import dev.softdelete.it.InListStatements.InList;
import dev.softdelete.it.InListTable.Column;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Times In lists of 30,000 and 70,000 values against 100,000 rows, 60,000 live, on each database: a
 * COUNT, a SELECT ordered by id with a limit of 10, and an UPDATE (rolled back), on the id (the
 * primary key), an unindexed BIGINT and an unindexed text column, in the shape {@code InLists}
 * chose and as a plain {@code IN (?, ?, ...)}. It prints a table of milliseconds and fails only if
 * two shapes disagree, or disagree with the rows SQL's rules say match; no time is asserted. H2
 * reuses the result of a query whose text, parameters and tables have not changed, so its best of 3
 * for a COUNT or a SELECT is that cache: the first run is the figure.
 *
 * <p>A run on 2 shared cores (load average 8 to 10), milliseconds of the first run of each
 * statement with 70,000 values, the chosen shape and in brackets a plain IN of 70,000 bound
 * parameters; PostgreSQL's driver refuses more than 65,535; MariaDB's and SQLite's drivers took
 * them (MariaDB Connector/J writes client-side prepared statements' values into the text; the
 * SQLite bundled with sqlite-jdbc allows more parameters than SQLite's default 32,766):
 *
 * <pre>
 *                   H2               PostgreSQL   MariaDB       SQLite
 * COUNT  id         619 (11,295)     59           134 (136)     46 (64)
 * COUNT  c_long     419 (51,633)     122          73 (101)      48 (56)
 * COUNT  c_string   241              135          1,220 (166)   65 (74)
 * SELECT id         280 (265)        42           110 (64)      28 (56)
 * SELECT c_long     148 (98)         52           31 (57)       49 (58)
 * SELECT c_string   76               43           634 (88)      39 (69)
 * UPDATE id         806 (12,617)     150          333 (218)     141 (149)
 * UPDATE c_long     571 (46,125)     192          228 (195)     164 (140)
 * UPDATE c_string   698              138          1,617 (221)   196 (173)
 * </pre>
 *
 * <p>Not a test: surefire never runs it, as it takes minutes (a plain IN of 70,000 values takes 25
 * to 60 s a statement on H2). Run it from the project's root with the test classpath, for example:
 *
 * <pre>
 * mvn -B -o -q -pl runtime,processor,integration-tests -am test-compile
 * mvn -B -o -q -pl integration-tests dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * cd integration-tests &amp;&amp; java -Djava.io.tmpdir=target \
 *   -cp target/test-classes:target/classes:../runtime/target/classes:$(cat target/cp.txt) \
 *   dev.softdelete.it.InListTimings [H2 POSTGRESQL MARIADB SQLITE]
 * </pre>
 *
 * (put {@code ../runtime/target/classes} before the runtime jar of {@code target/cp.txt}, which may
 * be an older build in the local repository).
 */
public final class InListTimings {
  private static final InListTable TABLE = new InListTable("in_list_timings", 100_000);
  private static final int SECONDS = 120;

  private final Dialect dialect;
  private final Connection connection;
  private final InListStatements sql;

  private InListTimings(TestDatabase database, Connection connection) {
    this.dialect = database.dialect();
    this.connection = connection;
    this.sql = new InListStatements(connection, dialect);
  }

  public static void main(String[] args) throws SQLException {
    List<TestDatabase> databases = new ArrayList<>();
    for (String arg : args) {
      databases.add(TestDatabase.valueOf(arg.toUpperCase(Locale.ROOT)));
    }
    if (databases.isEmpty()) {
      Collections.addAll(databases, TestDatabase.values());
    }
    System.out.println(
        "| database | values | column | statement | shape | first ms | best of 3 ms |");
    System.out.println("|---|---|---|---|---|---|---|");
    for (TestDatabase database : databases) {
      try (Connection connection = database.dataSource().getConnection()) {
        TABLE.create(connection, database.dialect());
        new InListTimings(database, connection).run(database.name());
      }
    }
    System.exit(0);
  }

  private void run(String database) throws SQLException {
    for (int n : List.of(30_000, 70_000)) {
      List<Long> ks = TABLE.ks(n);
      for (Column column : List.of(Column.ID, Column.LONG, Column.STRING)) {
        List<Long> expected = TABLE.expected(column, ks, false);
        String where = " FROM " + TABLE.name + " WHERE (%s) AND live = TRUE";
        String count = "SELECT COUNT(*)" + where;
        String select = "SELECT id" + where + " ORDER BY id DESC" + sql.limit();
        String update = "UPDATE " + TABLE.name + " SET c_int = -1 WHERE (%s) AND live = TRUE";
        List<Long> lastTen = new ArrayList<>(expected);
        Collections.reverse(lastTen);
        lastTen = lastTen.subList(0, Math.min(10, lastTen.size()));
        for (Statement statement :
            List.of(
                new Statement("COUNT", count, List.of((long) expected.size())),
                new Statement("SELECT", select, lastTen),
                new Statement("UPDATE", update, List.of((long) expected.size())))) {
          String row =
              "| " + database + " | " + n + " | " + column.name + " | " + statement.name + " | ";
          System.out.println(row + "chosen | " + chosen(statement, column, ks));
          // H2 compares bound text one value at a time too; 70,000 of them would take minutes.
          if (column != Column.STRING || dialect != Dialect.H2) {
            System.out.println(row + "plain IN | " + plain(statement, column, ks));
          }
        }
      }
    }
  }

  /** A statement, with {@code %s} for the predicate, and what it returns for the list. */
  private record Statement(String name, String sql, List<Long> expected) {}

  private String chosen(Statement statement, Column column, List<Long> ks) throws SQLException {
    String text = String.format(statement.sql, sql.in(column.name, column.kind, false));
    InList list = new InList(column.kind, InListTable.values(column, ks));
    long first = 0;
    long best = Long.MAX_VALUE;
    for (int round = 0; round < 3; round++) {
      long start = System.nanoTime();
      List<Long> result =
          statement.name.equals("UPDATE")
              ? updated(() -> sql.update(text, list))
              : sql.longs(text, selectParameters(statement, list));
      long millis = (System.nanoTime() - start) / 1_000_000;
      check(statement, "chosen", result);
      first = round == 0 ? millis : first;
      best = Math.min(best, millis);
    }
    return first + " | " + best + " |";
  }

  private static Object[] selectParameters(Statement statement, InList list) {
    return statement.name.equals("SELECT") ? new Object[] {list, 10} : new Object[] {list};
  }

  /** A plain IN of bound parameters, run once: where the database refuses it, why. */
  private String plain(Statement statement, Column column, List<Long> ks) throws SQLException {
    StringBuilder in = new StringBuilder(column.name).append(" IN (");
    for (int i = 0; i < ks.size(); i++) {
      in.append(i == 0 ? "?" : ", ?");
    }
    String text = String.format(statement.sql, in.append(')'));
    long start = System.nanoTime();
    try (PreparedStatement prepared = connection.prepareStatement(text)) {
      prepared.setQueryTimeout(SECONDS);
      int index = 1;
      for (long k : ks) {
        prepared.setObject(index++, column.listValue(k));
      }
      if (statement.name.equals("SELECT")) {
        prepared.setInt(index, 10);
      }
      List<Long> result =
          statement.name.equals("UPDATE") ? updated(prepared::executeUpdate) : rows(prepared);
      check(statement, "plain IN", result);
      long millis = (System.nanoTime() - start) / 1_000_000;
      return millis + " | |";
    } catch (SQLException e) {
      String message = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
      return "fails: "
          + message.substring(0, Math.min(90, message.length())).replace('|', '/')
          + " | |";
    }
  }

  private static List<Long> rows(PreparedStatement prepared) throws SQLException {
    List<Long> values = new ArrayList<>();
    try (ResultSet rows = prepared.executeQuery()) {
      while (rows.next()) {
        values.add(rows.getLong(1));
      }
    }
    return values;
  }

  private interface Update {
    int run() throws SQLException;
  }

  /** The rows an update changed, in a transaction rolled back. */
  private List<Long> updated(Update update) throws SQLException {
    connection.setAutoCommit(false);
    try {
      return List.of((long) update.run());
    } finally {
      connection.rollback();
      connection.setAutoCommit(true);
    }
  }

  private static void check(Statement statement, String shape, List<Long> result) {
    if (!result.equals(statement.expected)) {
      throw new IllegalStateException(
          shape
              + " "
              + statement.name
              + " returned "
              + result
              + ", expected "
              + statement.expected);
    }
  }
}
