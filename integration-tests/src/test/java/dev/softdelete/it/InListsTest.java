package dev.softdelete.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.softdelete.it.InListStatements.InList;
import dev.softdelete.it.InListTable.Column;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * In lists of every supported kind and of every size that crosses a dialect's parameter limit, in
 * every statement a derived method runs, checked against the rows SQL's rules say match: the table
 * of {@link InListTable}, 2,000 rows, 1,200 live.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class InListsTest {
  private static final InListTable TABLE = new InListTable("in_lists", 2_000);
  private static final Set<TestDatabase> FILLED = EnumSet.noneOf(TestDatabase.class);
  private static final String LIVE = " AND live = TRUE";

  @Parameter TestDatabase database;

  private Connection connection;
  private InListStatements sql;

  @BeforeEach
  void open() throws SQLException {
    connection = database.dataSource().getConnection();
    synchronized (FILLED) {
      if (FILLED.add(database)) {
        TABLE.create(connection, database.dialect());
      }
    }
    sql = new InListStatements(connection, database.dialect());
  }

  @AfterEach
  void close() throws SQLException {
    connection.close();
  }

  @Test
  void everyKindInEveryStatement() throws SQLException {
    List<Long> ks = TABLE.ks(1_000);
    for (Column column : Column.values()) {
      for (boolean negated : List.of(false, true)) {
        checkEveryStatement(column, ks, negated);
      }
    }
  }

  /** Sizes around SQL Server's 2,100 parameters and SQLite's 32,766, and beyond 65,535. */
  @Test
  void everySizeOfEveryKind() throws SQLException {
    for (int n : List.of(1, 1_000, 2_100, 32_767, 70_000)) {
      List<Long> ks = TABLE.ks(n);
      for (Column column : Column.values()) {
        for (boolean negated : List.of(false, true)) {
          assertThat(count(column, ks, negated))
              .as("%s %sIN %,d values", column, negated ? "NOT " : "", n)
              .isEqualTo(TABLE.expected(column, ks, negated).size());
        }
      }
    }
  }

  @Test
  void largeListsInEveryStatement() throws SQLException {
    List<Long> ks = TABLE.ks(70_000);
    for (Column column : List.of(Column.ID, Column.STRING, Column.INSTANT)) {
      for (boolean negated : List.of(false, true)) {
        checkEveryStatement(column, ks, negated);
      }
    }
  }

  /** The caller may skip the round trip; the SQL says the same: none IN, every row NOT IN. */
  @Test
  void emptyListsMatchNoRowOrEveryRowNullsIncluded() throws SQLException {
    for (Column column : Column.values()) {
      assertThat(count(column, List.of(), false)).as("%s IN ()", column).isZero();
      assertThat(count(column, List.of(), true)).as("%s NOT IN ()", column).isEqualTo(1_200);
    }
  }

  /**
   * Two lists, ORed, with another criterion: H2 fills the lists in order (the texts include its
   * lists' place, {@code :softdelete_in}), the others bind them.
   */
  @Test
  void listsCombineWithOtherCriteria() throws SQLException {
    List<Long> ids = TABLE.ks(1_000);
    List<Long> strings = TABLE.ks(3_001);
    String where =
        "(" + in(Column.STRING, true) + " OR " + in(Column.ID, false) + ") AND c_int > ?";

    List<Long> found =
        sql.longs(
            "SELECT id FROM in_lists WHERE " + where + LIVE + " ORDER BY id",
            list(Column.STRING, strings),
            list(Column.ID, ids),
            3_000);

    List<Long> expected = new ArrayList<>();
    List<Long> inIds = TABLE.expected(Column.ID, ids, false);
    List<Long> notInStrings = TABLE.expected(Column.STRING, strings, true);
    for (long k = 1; k <= TABLE.rows; k++) {
      Object cInt = Column.INT.value(k);
      if ((inIds.contains(k) || notInStrings.contains(k))
          && cInt != null
          && (Integer) cInt > 3_000) {
        expected.add(k);
      }
    }
    assertThat(found).isEqualTo(expected).isNotEmpty();
  }

  /**
   * A text longer than MySQL's keyed list matches whole, never by its first 255 characters, which
   * JSON_TABLE would keep of it in a shorter column.
   */
  @Test
  void longTextsMatchWholeAndNeverByPrefix() throws SQLException {
    String text = "x".repeat(300);
    String prefix = text.substring(0, 255);
    String five = (String) Column.STRING.value(5);
    sql.rolledBack(
        () -> {
          sql.update("UPDATE in_lists SET c_string = ? WHERE id = 1", text);
          sql.update("UPDATE in_lists SET c_string = ? WHERE id = 2", prefix);
          String in =
              "SELECT id FROM in_lists WHERE " + in(Column.STRING, false) + LIVE + " ORDER BY id";
          String notIn =
              "SELECT id FROM in_lists WHERE "
                  + in(Column.STRING, true)
                  + " AND id <= 5"
                  + LIVE
                  + " ORDER BY id";

          assertThat(sql.longs(in, text(text))).containsExactly(1L);
          assertThat(sql.longs(in, text(prefix))).containsExactly(2L);
          assertThat(sql.longs(in, text(text + "y", prefix + "y"))).isEmpty();
          assertThat(sql.longs(in, text(prefix, text, five))).containsExactly(1L, 2L, 5L);
          assertThat(sql.longs(notIn, text(text))).containsExactly(2L, 5L);
          assertThat(sql.longs(notIn, text(prefix))).containsExactly(1L, 5L);
        });
  }

  @Test
  void nullElementsAreRefused() {
    List<Long> withNull = Arrays.asList(1L, null);

    assertThatThrownBy(() -> count(Column.ID, withNull, false))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("must not contain null");
  }

  /** SELECT with ORDER BY and a limit, COUNT, EXISTS, UPDATE and DELETE. */
  private void checkEveryStatement(Column column, List<Long> ks, boolean negated)
      throws SQLException {
    List<Long> expected = TABLE.expected(column, ks, negated);
    String what = String.format("%s %sIN %,d values", column, negated ? "NOT " : "", ks.size());
    String where = " WHERE (" + in(column, negated) + ")" + LIVE;
    InList list = list(column, ks);

    List<Long> lastTen = new ArrayList<>(expected);
    Collections.reverse(lastTen);
    assertThat(
            sql.longs(
                "SELECT id FROM in_lists" + where + " ORDER BY id DESC" + sql.limit(), list, 10))
        .as("SELECT " + what)
        .isEqualTo(lastTen.subList(0, Math.min(10, lastTen.size())));
    assertThat(count(column, ks, negated)).as("COUNT " + what).isEqualTo(expected.size());
    assertThat(
            sql.one(
                "SELECT CASE WHEN EXISTS (SELECT 1 FROM in_lists" + where + ") THEN 1 ELSE 0 END",
                list))
        .as("EXISTS " + what)
        .isEqualTo(expected.isEmpty() ? 0 : 1);
    sql.rolledBack(
        () -> {
          assertThat(sql.update("UPDATE in_lists SET c_int = ?" + where, -1, list))
              .as("UPDATE " + what)
              .isEqualTo(expected.size());
          assertThat(sql.longs("SELECT id FROM in_lists WHERE c_int = -1 ORDER BY id"))
              .isEqualTo(expected);
        });
    sql.rolledBack(
        () -> {
          assertThat(sql.update("DELETE FROM in_lists" + where, list))
              .as("DELETE " + what)
              .isEqualTo(expected.size());
          assertThat(sql.one("SELECT COUNT(*) FROM in_lists WHERE live = TRUE"))
              .isEqualTo(1_200 - expected.size());
        });
  }

  private long count(Column column, List<Long> ks, boolean negated) throws SQLException {
    return sql.one(
        "SELECT COUNT(*) FROM in_lists WHERE (" + in(column, negated) + ")" + LIVE,
        list(column, ks));
  }

  private String in(Column column, boolean negated) {
    return sql.in(column.name, column.kind, negated);
  }

  private static InList text(String... values) {
    return new InList(Column.STRING.kind, List.of((Object[]) values));
  }

  /** The list values of rows {@code ks}; a null {@code k} stands for a null value. */
  private static InList list(Column column, List<Long> ks) {
    List<Object> values = new ArrayList<>(ks.size());
    for (Long k : ks) {
      values.add(k == null ? null : column.listValue(k));
    }
    return new InList(column.kind, values);
  }
}
