package dev.softdelete.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.jdbi.v3.core.statement.ParsedSql;
import org.junit.jupiter.api.Test;

class PositionalSqlParserTest {
  private static ParsedSql parse(String sql) {
    return PositionalSqlParser.INSTANCE.parse(sql, null);
  }

  @Test
  void everyQuestionMarkOutsideQuotesIsAPositionalParameter() {
    ParsedSql parsed = parse("UPDATE users SET live = NULL, deleted_at = ? WHERE id = ? AND live = TRUE");

    assertThat(parsed.getSql()).isEqualTo("UPDATE users SET live = NULL, deleted_at = ? WHERE id = ? AND live = TRUE");
    assertThat(parsed.getParameters().isPositional()).isTrue();
    assertThat(parsed.getParameters().getParameterCount()).isEqualTo(2);
  }

  @Test
  void quotedTextAndColonsStayAsTheyAre() {
    String sql = "SELECT id FROM t WHERE a = '?' AND \"b?\" = ? AND c = 'it''s ?' AND d = CAST(? AS uuid[]) AND e::text = ':x'";

    ParsedSql parsed = parse(sql);

    assertThat(parsed.getSql()).isEqualTo(sql);
    assertThat(parsed.getParameters().getParameterCount()).isEqualTo(2);
  }

  @Test
  void sqlWithoutParameters() {
    assertThat(parse("SELECT COUNT(*) FROM users").getParameters().getParameterCount()).isZero();
  }
}
