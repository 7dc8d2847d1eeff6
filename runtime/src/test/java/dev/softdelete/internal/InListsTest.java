package dev.softdelete.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.softdelete.Dialect;
import dev.softdelete.internal.ddl.ColumnKind;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class InListsTest {

  @Test
  void eachDialectTakesTheListInOneParameterOrNone() {
    assertThat(InLists.predicate(Dialect.H2, "a.author_id", ColumnKind.LONG, false))
        .isEqualTo("a.author_id IN (:softdelete_in)");
    assertThat(InLists.predicate(Dialect.POSTGRESQL, "author_id", ColumnKind.LONG, false))
        .isEqualTo("author_id = ANY(?)");
    assertThat(InLists.predicate(Dialect.POSTGRESQL, "author_id", ColumnKind.LONG, true))
        .isEqualTo("author_id <> ALL(?)");
    assertThat(InLists.predicate(Dialect.MYSQL, "author_id", ColumnKind.LONG, true))
        .isEqualTo(
            "author_id NOT IN (SELECT v FROM (SELECT j.v FROM JSON_TABLE(?, '$[*]'"
                + " COLUMNS (v BIGINT PATH '$')) AS j LIMIT 18446744073709551615) AS t)");
    assertThat(InLists.predicate(Dialect.MYSQL, "title", ColumnKind.STRING, false))
        .isEqualTo(
            "((title IN (SELECT v FROM (SELECT j.v FROM JSON_TABLE(?, '$[*]' COLUMNS (v"
                + " VARCHAR(255) PATH '$')) AS j LIMIT 18446744073709551615) AS t) AND"
                + " CHAR_LENGTH(RTRIM(title)) <= 255) OR title IN (SELECT j.v FROM JSON_TABLE(?,"
                + " '$[*]' COLUMNS (v LONGTEXT PATH '$')) AS j))");
    assertThat(InLists.predicate(Dialect.MYSQL, "title", ColumnKind.ENUM, true))
        .startsWith("((title NOT IN (SELECT v FROM (SELECT j.v FROM JSON_TABLE(?, '$[*]'")
        .contains(
            ") AS t) OR CHAR_LENGTH(RTRIM(title)) > 255) AND title NOT IN (SELECT j.v FROM"
                + " JSON_TABLE(?, ");
    assertThat(InLists.predicate(Dialect.SQLITE, "author_id", ColumnKind.LONG, false))
        .isEqualTo("author_id IN (SELECT value FROM json_each(?))");
    assertThat(InLists.predicate(Dialect.SQLSERVER, "title", ColumnKind.STRING, false))
        .isEqualTo(
            "title IN (SELECT v COLLATE Latin1_General_100_BIN2"
                + " FROM OPENJSON(?) WITH (v NVARCHAR(MAX) '$'))");
    assertThat(InLists.predicate(Dialect.ORACLE, "published_at", ColumnKind.INSTANT, false))
        .isEqualTo(
            "published_at IN (SELECT v FROM JSON_TABLE(?, '$[*]'"
                + " COLUMNS (v TIMESTAMP WITH TIME ZONE PATH '$' ERROR ON ERROR)))");
  }

  @Test
  void kindsWithoutAnInListAreRefused() {
    for (ColumnKind kind :
        List.of(ColumnKind.BOOLEAN, ColumnKind.FLOAT, ColumnKind.DOUBLE, ColumnKind.BYTES)) {
      assertThat(InLists.supports(kind)).isFalse();
      assertThatThrownBy(() -> InLists.predicate(Dialect.H2, "c", kind, false))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void h2ListsAreFilledInOrderWithLiterals() {
    String sql =
        "SELECT * FROM t WHERE ("
            + InLists.predicate(Dialect.H2, "a", ColumnKind.LONG, false)
            + " OR "
            + InLists.predicate(Dialect.H2, "b", ColumnKind.STRING, true)
            + ") AND live = TRUE";

    String once = InLists.of(Dialect.H2).expand(sql, ColumnKind.LONG, List.of(1L, 2L));
    String twice = InLists.of(Dialect.H2).expand(once, ColumnKind.STRING, List.of("x'y"));

    assertThat(twice)
        .isEqualTo("SELECT * FROM t WHERE (a IN (1, 2) OR b NOT IN ('x''y')) AND live = TRUE");
    assertThatThrownBy(() -> InLists.of(Dialect.H2).expand(twice, ColumnKind.LONG, List.of(3L)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void h2ValuesAndLiteralsThatReadLikeAListsPlaceAreNeverFilled() {
    String sql =
        "SELECT * FROM t WHERE note <> ':softdelete_in' -- :softdelete_in\n"
            + " AND /* :softdelete_in */ "
            + InLists.predicate(Dialect.H2, "b", ColumnKind.STRING, false)
            + " AND "
            + InLists.predicate(Dialect.H2, "c", ColumnKind.STRING, false);

    String once =
        InLists.of(Dialect.H2).expand(sql, ColumnKind.STRING, List.of(":softdelete_in", "x"));
    String twice =
        InLists.of(Dialect.H2).expand(once, ColumnKind.STRING, List.of("y' OR 1 = 1 --"));

    assertThat(twice)
        .isEqualTo(
            "SELECT * FROM t WHERE note <> ':softdelete_in' -- :softdelete_in\n"
                + " AND /* :softdelete_in */ b IN (':softdelete_in', 'x') AND c IN ('y'' OR 1 = 1"
                + " --')");
    assertThatThrownBy(
            () -> InLists.of(Dialect.H2).expand("x = ':softdelete_in", ColumnKind.LONG, List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anEmptyH2ListIsAnEmptyInList() {
    String sql = InLists.predicate(Dialect.H2, "a", ColumnKind.LONG, true);

    assertThat(InLists.of(Dialect.H2).expand(sql, ColumnKind.LONG, List.of()))
        .isEqualTo("a NOT IN ()");
  }

  @Test
  void otherDialectsPrepareTheStatementAsRendered() {
    String sql = InLists.predicate(Dialect.SQLITE, "a", ColumnKind.LONG, false);

    assertThat(InLists.of(Dialect.SQLITE).expand(sql, ColumnKind.LONG, List.of(1L))).isSameAs(sql);
  }

  @Test
  void nullElementsAreRefused() {
    String sql = InLists.predicate(Dialect.H2, "a", ColumnKind.LONG, false);

    assertThatThrownBy(
            () -> InLists.of(Dialect.H2).expand(sql, ColumnKind.LONG, Arrays.asList(1L, null)))
        .isInstanceOf(NullPointerException.class);
  }
}
