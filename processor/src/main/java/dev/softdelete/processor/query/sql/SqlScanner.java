package dev.softdelete.processor.query.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the placeholders and {@code :name} parameters of the user's SQL, and nothing that only
 * looks like one: the scanner skips
 *
 * <ul>
 *   <li>string literals {@code '...'} ({@code ''} inside), with backslash escapes in PostgreSQL's
 *       {@code E'...'};
 *   <li>quoted identifiers {@code "..."} and {@code `...`};
 *   <li>comments {@code -- ...} and {@code /* ... *}{@code /} (not nested, as in JSqlParser, MySQL
 *       and SQL Server; PostgreSQL nests them, which only matters for a comment inside a comment);
 *   <li>PostgreSQL's dollar-quoted strings {@code $$...$$} and {@code $tag$...$tag$};
 *   <li>PostgreSQL's casts {@code ::type}.
 * </ul>
 *
 * <p>Square brackets are not quotes here, because PostgreSQL uses them for arrays ({@code ARRAY[:a,
 * :b]}); a SQL Server identifier {@code [a:b]} is read as holding a parameter. MySQL's backslash
 * escapes in plain strings are not followed either: {@code 'it\'s'} is standard SQL's {@code 'it\'}
 * followed by code. Either way the SQL that reaches the parser is the same text, so a misread shows
 * as an error at compile time, never as an unchecked table.
 *
 * <p>A {@code ?} outside those is a problem: it would bind by position between named parameters.
 */
final class SqlScanner {
  private static final Pattern PLACEHOLDER =
      Pattern.compile("\\s*([A-Za-z]+)(?:\\s+([A-Za-z_][A-Za-z0-9_$]*|\"[^\"]+\"|`[^`]+`))?\\s*");
  private static final Pattern DOLLAR_TAG = Pattern.compile("\\$(?:[A-Za-z_][A-Za-z0-9_]*)?\\$");

  /** What the scan found: the spans in text order, and the problems. */
  record Scan(List<Span> spans, List<QueryProblem> problems) {
    Scan {
      spans = List.copyOf(spans);
      problems = List.copyOf(problems);
    }
  }

  private final String sql;
  private final List<Span> spans = new ArrayList<>();
  private final List<QueryProblem> problems = new ArrayList<>();

  private SqlScanner(String sql) {
    this.sql = sql;
  }

  static Scan scan(String sql) {
    SqlScanner scanner = new SqlScanner(sql);
    scanner.run();
    return new Scan(scanner.spans, scanner.problems);
  }

  private void run() {
    int i = 0;
    while (i < sql.length()) {
      char c = sql.charAt(i);
      if (c == '\'') {
        i = skipString(i, eString(i));
      } else if (c == '"' || c == '`') {
        i = skipQuoted(i, c);
      } else if (c == '-' && next(i) == '-') {
        i = skipTo(i + 2, "\n");
      } else if (c == '/' && next(i) == '*') {
        i = skipTo(i + 2, "*/");
      } else if (c == '$' && !identifierPart(previous(i)) && dollarTag(i) != null) {
        String tag = dollarTag(i);
        i = skipTo(i + tag.length(), tag);
      } else if (c == ':' && next(i) == ':') {
        i += 2;
      } else if (c == ':' && identifierStart(next(i))) {
        i = parameter(i);
      } else if (c == '{') {
        i = placeholder(i);
      } else if (c == '?') {
        TextPosition at = TextPosition.of(sql, i);
        problems.add(
            QueryProblem.of(QueryProblemKind.POSITIONAL_PARAMETER, at.line(), at.column()));
        spans.add(new Span.Positional(i, i + 1));
        i++;
      } else {
        i++;
      }
    }
  }

  private int parameter(int colon) {
    int end = colon + 1;
    while (end < sql.length() && identifierPart(sql.charAt(end)) && sql.charAt(end) != '$') {
      end++;
    }
    spans.add(new Span.Parameter(colon, end, sql.substring(colon + 1, end)));
    return end;
  }

  private int placeholder(int open) {
    int close = sql.indexOf('}', open);
    if (close < 0) {
      String rest = sql.substring(open);
      String shown = rest.length() > 40 ? rest.substring(0, 40) + "…" : rest;
      problems.add(QueryProblem.of(QueryProblemKind.UNKNOWN_PLACEHOLDER, shown));
      spans.add(new Span.Unknown(open, sql.length(), shown));
      return sql.length();
    }
    String text = sql.substring(open, close + 1);
    Matcher m = PLACEHOLDER.matcher(sql.substring(open + 1, close));
    Optional<PlaceholderWord> word =
        m.matches() ? PlaceholderWord.of(m.group(1)) : Optional.empty();
    if (word.isEmpty()) {
      problems.add(QueryProblem.of(QueryProblemKind.UNKNOWN_PLACEHOLDER, text));
      spans.add(new Span.Unknown(open, close + 1, text));
    } else {
      spans.add(
          new Span.Placeholder(open, close + 1, word.get(), Optional.ofNullable(m.group(2)), text));
    }
    return close + 1;
  }

  /**
   * Whether the quote at {@code quote} opens PostgreSQL's {@code E'...'}, where backslash escapes.
   */
  private boolean eString(int quote) {
    char prefix = previous(quote);
    return (prefix == 'E' || prefix == 'e')
        && !identifierPart(quote >= 2 ? sql.charAt(quote - 2) : ' ');
  }

  private int skipString(int quote, boolean backslashEscapes) {
    int i = quote + 1;
    while (i < sql.length()) {
      char c = sql.charAt(i);
      if (backslashEscapes && c == '\\') {
        i += 2;
      } else if (c == '\'' && next(i) == '\'') {
        i += 2;
      } else if (c == '\'') {
        return i + 1;
      } else {
        i++;
      }
    }
    return i;
  }

  private int skipQuoted(int quote, char q) {
    int i = quote + 1;
    while (i < sql.length()) {
      if (sql.charAt(i) == q && next(i) == q) {
        i += 2;
      } else if (sql.charAt(i) == q) {
        return i + 1;
      } else {
        i++;
      }
    }
    return i;
  }

  private int skipTo(int from, String end) {
    int at = sql.indexOf(end, from);
    return at < 0 ? sql.length() : at + end.length();
  }

  private String dollarTag(int dollar) {
    Matcher m = DOLLAR_TAG.matcher(sql).region(dollar, sql.length());
    return m.lookingAt() ? m.group() : null;
  }

  private char next(int i) {
    return i + 1 < sql.length() ? sql.charAt(i + 1) : '\0';
  }

  private char previous(int i) {
    return i > 0 ? sql.charAt(i - 1) : '\0';
  }

  private static boolean identifierStart(char c) {
    return Character.isLetter(c) || c == '_';
  }

  private static boolean identifierPart(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '$';
  }
}
