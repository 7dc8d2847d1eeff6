package dev.softdelete.internal;

import org.jdbi.v3.core.statement.ParsedSql;
import org.jdbi.v3.core.statement.SqlParser;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Reads generated SQL as JDBC does: every {@code ?} outside a quoted string or identifier is a
 * positional parameter, and nothing else is special. Jdbi's default parser would also take {@code
 * :name} for a named parameter, and a user's parser or template engine may rewrite more; our SQL is
 * final as generated.
 */
final class PositionalSqlParser implements SqlParser {
  static final PositionalSqlParser INSTANCE = new PositionalSqlParser();

  private PositionalSqlParser() {}

  @Override
  public ParsedSql parse(String sql, StatementContext ctx) {
    ParsedSql.Builder parsed = ParsedSql.builder();
    int from = 0;
    char quote = 0;
    for (int i = 0; i < sql.length(); i++) {
      char c = sql.charAt(i);
      if (quote != 0) {
        // A doubled quote inside a quoted text closes and reopens it: the same as staying inside.
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else if (c == '?') {
        parsed.append(sql.substring(from, i)).appendPositionalParameter();
        from = i + 1;
      }
    }
    return parsed.append(sql.substring(from)).build();
  }

  @Override
  public String nameParameter(String rawName, StatementContext ctx) {
    return "?";
  }
}
