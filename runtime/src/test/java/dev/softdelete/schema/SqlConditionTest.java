package dev.softdelete.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.softdelete.schema.SqlCondition.Unreadable;
import dev.softdelete.schema.SqlCondition.Value;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SqlConditionTest {
  private static final Value STAMP = Value.opaque("stamp");

  private static Map<String, Value> row(Value live, Value deletedAt) {
    Map<String, Value> row = new HashMap<>();
    row.put("live", live);
    row.put("deleted_at", deletedAt);
    return row;
  }

  private static Boolean test(String sql, Value live, Value deletedAt) {
    return SqlCondition.parse(sql).test(row(live, deletedAt));
  }

  /** The live CHECK as each database's catalog gives it back. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "live IS NULL OR live = TRUE",
        "(\"LIVE\" IS NULL)\n    OR (\"LIVE\" = TRUE)",
        "live IS NULL OR live = true",
        "`live` is null or `live` = 1",
        "((`live` is null) or (`live` = true))",
        "([live] IS NULL OR [live]=(1))",
        "live <> FALSE",
        "live != 0",
        "live IN (1)",
        "live IS NOT FALSE",
        "users.live IS NULL OR \"users\".\"live\" = TRUE",
        "(live)::integer = 1 OR live IS NULL"
      })
  void everySpellingOfTheLiveCheckForbidsFalseAndAllowsTrueAndNull(String clause) {
    assertThat(test(clause, Value.FALSE, Value.NULL)).isFalse();
    assertThat(test(clause, Value.TRUE, Value.NULL)).isNotEqualTo(false);
    assertThat(test(clause, Value.NULL, STAMP)).isNotEqualTo(false);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "(live IS NULL AND deleted_at IS NOT NULL) OR (live IS NOT NULL AND deleted_at IS NULL)",
        "live IS NULL AND deleted_at IS NOT NULL OR live IS NOT NULL AND deleted_at IS NULL",
        "`live` is null and `deleted_at` is not null or `live` is not null and `deleted_at` is null",
        "([live] IS NULL AND [deleted_at] IS NOT NULL OR [live] IS NOT NULL AND [deleted_at] IS NULL)",
        "(live IS NULL) = (deleted_at IS NOT NULL)",
        "`live` is null = (`deleted_at` is not null)",
        "(live IS NULL) IS DISTINCT FROM (deleted_at IS NULL)"
      })
  void everySpellingOfTheDeletedAtCheckRefusesDisagreement(String clause) {
    assertThat(test(clause, Value.NULL, Value.NULL)).isFalse();
    assertThat(test(clause, Value.TRUE, STAMP)).isFalse();
    assertThat(test(clause, Value.TRUE, Value.NULL)).isTrue();
    assertThat(test(clause, Value.NULL, STAMP)).isTrue();
  }

  @Test
  void comparisonsWithNullAreUnknown() {
    assertThat(test("live = TRUE", Value.NULL, Value.NULL)).isNull();
    assertThat(test("NOT (live = TRUE)", Value.NULL, Value.NULL)).isNull();
    assertThat(test("live = TRUE OR live IS NULL", Value.NULL, Value.NULL)).isTrue();
    assertThat(test("live = TRUE AND live IS NOT NULL", Value.NULL, Value.NULL)).isFalse();
    assertThat(test("live IN (1, NULL)", Value.FALSE, Value.NULL)).isNull();
    assertThat(test("live NOT IN (0)", Value.TRUE, Value.NULL)).isTrue();
    assertThat(test("live IS UNKNOWN", Value.NULL, Value.NULL)).isTrue();
    assertThat(test("live IS NOT DISTINCT FROM NULL", Value.NULL, Value.NULL)).isTrue();
  }

  @Test
  void caseExpressionsEvaluateToTheirColumn() {
    SqlCondition oracle = SqlCondition.parse("CASE  WHEN \"LIVE\"=1 THEN \"EMAIL\" END");
    Map<String, Value> row = row(Value.TRUE, Value.NULL);
    row.put("email", Value.opaque("betty"));
    assertThat(oracle.evaluate(row)).isEqualTo(Value.opaque("betty"));
    row.put("live", Value.NULL);
    assertThat(oracle.evaluate(row).isNull()).isTrue();
    assertThat(oracle.columns()).containsExactlyInAnyOrder("live", "email");
  }

  @Test
  void defaultsEvaluateToTheirValue() {
    assertThat(SqlCondition.parse("TRUE").evaluate(Map.of()).isOne()).isTrue();
    assertThat(SqlCondition.parse("((1))").evaluate(Map.of()).isOne()).isTrue();
    assertThat(SqlCondition.parse("1 \n").evaluate(Map.of()).isOne()).isTrue();
    assertThat(SqlCondition.parse("NULL").evaluate(Map.of()).isNull()).isTrue();
    assertThat(SqlCondition.parse("false").evaluate(Map.of()).isOne()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "COALESCE(live, TRUE) = TRUE",
        "live + 0 = 1",
        "email LIKE '%@%'",
        "live BETWEEN 0 AND 1",
        "CAST(live AS INT) = 1",
        "live IS NULL OR",
        "(live IS NULL",
        "'unterminated",
        "CASE live WHEN 1 THEN 1 END = 1"
      })
  void sqlBeyondTheReaderIsUnreadable(String sql) {
    assertThatThrownBy(() -> SqlCondition.parse(sql).test(row(Value.TRUE, Value.NULL)))
        .isInstanceOf(Unreadable.class);
  }

  @Test
  void unknownColumnsAndOrderedOpaqueValuesAreUnreadableWhenEvaluated() {
    SqlCondition other = SqlCondition.parse("price > 0");
    assertThat(other.columns()).containsExactly("price");
    assertThatThrownBy(() -> other.test(row(Value.TRUE, Value.NULL))).isInstanceOf(Unreadable.class);
    SqlCondition stamp = SqlCondition.parse("deleted_at > '2020-01-01'");
    assertThat(stamp.test(row(Value.TRUE, Value.NULL))).isNull();
    assertThatThrownBy(() -> stamp.test(row(Value.TRUE, STAMP))).isInstanceOf(Unreadable.class);
  }

  @Test
  void mentionsFindsColumnsInUnreadableSqlButNotInStrings() {
    assertThat(SqlCondition.mentions("COALESCE(\"LIVE\", TRUE)", "live")).isTrue();
    assertThat(SqlCondition.mentions("name <> 'live'", "live")).isFalse();
    assertThat(SqlCondition.mentions("alive = 1", "live")).isFalse();
    // Past an unterminated string the SQL cannot be split into tokens: names are found by their
    // boundaries instead.
    assertThat(SqlCondition.mentions("alive = 'open", "live")).isFalse();
    assertThat(SqlCondition.mentions("(live) = 'open", "live")).isTrue();
  }

  @Test
  void commentsAndDoubledQuotesAreRead() {
    assertThat(test("/* keep FALSE out */ live <> FALSE -- or 0\n", Value.FALSE, Value.NULL)).isFalse();
    SqlCondition quoted = SqlCondition.parse("\"we\"\"ird\" IS NULL");
    assertThat(quoted.columns()).containsExactly("we\"ird");
  }
}
