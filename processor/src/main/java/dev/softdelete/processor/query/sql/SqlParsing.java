package dev.softdelete.processor.query.sql;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.jsqlparser.parser.CCJSqlParser;
import net.sf.jsqlparser.parser.CCJSqlParserConstants;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.parser.ParseException;
import net.sf.jsqlparser.parser.Token;
import net.sf.jsqlparser.statement.Statement;

/**
 * Reads the SQL with JSqlParser, the way {@code CCJSqlParserUtil.parse} does (a quick pass without
 * complex parsing, then one with it) but without its executor thread and its INFO log lines, which
 * would print into every build. A third pass reads SQL Server's {@code [bracketed]} names, which
 * the default grammar does not. The parser stops after the first statement; anything after it is
 * refused, because it would reach the database unchecked.
 */
final class SqlParsing {
  private static final Pattern LINE_COLUMN = Pattern.compile("line (\\d+), column (\\d+)");
  private static final Pattern POSITION =
      Pattern.compile(
          ",?\\s*(?:at\\s+)?line \\d+, column \\d+\\.?|,?\\s*in lexical state \\w+\\.?");
  private static final String UNCLOSED = "a quoted text or comment does not end";
  private static final List<UnaryOperator<CCJSqlParser>> PASSES =
      List.of(
          p -> p.withAllowComplexParsing(false),
          p -> p.withAllowComplexParsing(true),
          p -> p.withAllowComplexParsing(true).withSquareBracketQuotation(true));

  /** The statement, or why there is none. Exactly one is non-null. */
  record Outcome(Statement statement, QueryProblem problem) {}

  private SqlParsing() {}

  static Outcome parse(ParseText text) {
    Failure furthest = null;
    for (UnaryOperator<CCJSqlParser> pass : PASSES) {
      CCJSqlParser parser = pass.apply(CCJSqlParserUtil.newParser(text.text()));
      try {
        Statement statement = parser.Statement();
        Token next = parser.getToken(1);
        if (next.kind != CCJSqlParserConstants.EOF) {
          TextPosition at = originalPosition(text, next.beginLine, next.beginColumn);
          return new Outcome(
              null, QueryProblem.of(QueryProblemKind.MULTIPLE_STATEMENTS, at.line(), at.column()));
        }
        return new Outcome(statement, null);
      } catch (ParseException | RuntimeException e) {
        Failure failure = failure(text, e);
        if (furthest == null || failure.offset > furthest.offset) {
          furthest = failure;
        }
      }
    }
    return new Outcome(null, furthest.problem);
  }

  private record Failure(int offset, QueryProblem problem) {}

  private static Failure failure(ParseText text, Exception e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    Token token =
        e instanceof ParseException pe && pe.currentToken != null ? pe.currentToken.next : null;
    int offset;
    if (token != null && token.kind == CCJSqlParserConstants.EOF) {
      offset = text.original().length();
      message = "the SQL ends too soon";
    } else if (token != null) {
      offset =
          text.originalOffset(
              new TextPosition(token.beginLine, token.beginColumn).offsetIn(text.text()));
    } else {
      Matcher m = LINE_COLUMN.matcher(message);
      TextPosition at =
          m.find()
              ? new TextPosition(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)))
              : new TextPosition(1, 1);
      offset = text.originalOffset(at.offsetIn(text.text()));
    }
    TextPosition at = TextPosition.of(text.original(), offset);
    String problem = text.restore(shorten(message));
    return new Failure(
        offset,
        QueryProblem.of(
            QueryProblemKind.PARSE_ERROR,
            at.line(),
            at.column(),
            near(text.original(), offset),
            problem));
  }

  private static TextPosition originalPosition(ParseText text, int line, int column) {
    int offset = text.originalOffset(new TextPosition(line, column).offsetIn(text.text()));
    return TextPosition.of(text.original(), offset);
  }

  /**
   * The parser's first sentence without its position (the message gives the user's own) and without
   * the list of every token it expected, which runs to dozens of lines: {@code Encountered:
   * <S_IDENTIFIER> / "garbage"}.
   */
  static String shorten(String message) {
    String first = message.strip().lines().findFirst().orElse("");
    if (first.startsWith("Lexical error") && first.contains("<EOF>")) {
      // The tokenizer reached the end inside a token: a quote or comment that was opened and never
      // closed. Its own words ("Encountered: <EOF> after: \"\"") name neither.
      return UNCLOSED;
    }
    first = POSITION.matcher(first).replaceAll("").strip();
    first = first.replaceAll("[\\s,.:]+$", "");
    return first.isEmpty() || first.equals("Encountered") ? "unexpected text" : first;
  }

  /** Up to 30 characters, quoted, of the user's SQL from the offset, on one line. */
  private static String near(String sql, int offset) {
    String rest = sql.substring(Math.min(offset, sql.length())).strip();
    int newline = rest.indexOf('\n');
    if (newline >= 0) {
      rest = rest.substring(0, newline).strip();
    }
    if (rest.isEmpty()) {
      return "the end of the SQL";
    }
    return "`" + (rest.length() > 30 ? rest.substring(0, 30) + "…" : rest) + "`";
  }
}
