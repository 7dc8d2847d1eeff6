package dev.softdelete.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the CHECK clauses in SQLite's CREATE TABLE text and the key parts and WHERE clause in its
 * CREATE INDEX text. This much reading of SQL has to stay: SQLite keeps CHECK constraints, index
 * expressions and partial-index predicates nowhere but in the statement text of {@code
 * sqlite_master} (no PRAGMA returns them; {@code pragma_index_xinfo} gives an expression part as cid
 * -2 without its text). It only cuts the text at the right parentheses and commas, skipping string
 * literals, quoted names and comments; what the pieces mean is left to SQLite itself.
 */
final class SqliteSchemaText {
  private SqliteSchemaText() {}

  private enum Kind {
    WORD,
    QUOTED_NAME,
    STRING,
    PUNCTUATION
  }

  /** A piece of SQL text: a word or a quoted name (in lower case), a string literal, a punctuation mark. */
  private record Token(Kind kind, String text, int start, int end) {
    /** Whether it is this keyword or punctuation mark (not a quoted name that spells it). */
    boolean is(String wordOrPunctuation) {
      return (kind == Kind.WORD || kind == Kind.PUNCTUATION) && text.equals(wordOrPunctuation);
    }
  }

  /** The key parts (column names or expressions) and the WHERE clause, or null, of a CREATE INDEX. */
  record Index(List<String> parts, String predicate) {}

  /** The CHECK constraints written in a CREATE TABLE statement, table and column constraints alike. */
  static List<CheckInfo> checks(String createTable) {
    List<Token> tokens = tokenize(createTable);
    List<CheckInfo> checks = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      if (!tokens.get(i).is("check") || i + 1 >= tokens.size() || !tokens.get(i + 1).is("(")) {
        continue;
      }
      int close = closing(tokens, i + 1);
      if (close < 0) {
        break;
      }
      String clause = createTable.substring(tokens.get(i + 1).end(), tokens.get(close).start());
      String name = i >= 2 && tokens.get(i - 2).is("constraint") ? tokens.get(i - 1).text() : "unnamed";
      checks.add(new CheckInfo(name, clause, true));
      i = close;
    }
    return checks;
  }

  /** Reads {@code CREATE [UNIQUE] INDEX name ON table (part [COLLATE c] [ASC|DESC], ...) [WHERE ...]}. */
  static Optional<Index> index(String sql) {
    List<Token> tokens = tokenize(sql);
    int open = -1;
    for (int i = 0, on = -1; i < tokens.size() && open < 0; i++) {
      if (on < 0 && tokens.get(i).is("on")) {
        on = i;
      } else if (on >= 0 && tokens.get(i).is("(")) {
        open = i;
      }
    }
    int close = open < 0 ? -1 : closing(tokens, open);
    if (close < 0) {
      return Optional.empty();
    }
    List<String> parts = new ArrayList<>();
    int start = open + 1;
    int depth = 0;
    for (int i = open + 1; i <= close; i++) {
      Token token = tokens.get(i);
      if (token.is("(")) {
        depth++;
      } else if (token.is(")") && depth > 0) {
        depth--;
      } else if ((token.is(",") && depth == 0) || i == close) {
        int end = i;
        while (end - 1 > start && (tokens.get(end - 1).is("asc") || tokens.get(end - 1).is("desc"))) {
          end--;
        }
        if (end - 2 > start && tokens.get(end - 2).is("collate")) {
          end -= 2;
        }
        parts.add(end > start ? sql.substring(tokens.get(start).start(), tokens.get(end - 1).end()) : null);
        start = i + 1;
      }
    }
    String predicate =
        close + 1 < tokens.size() && tokens.get(close + 1).is("where")
            ? sql.substring(tokens.get(close + 1).end()).trim()
            : null;
    return Optional.of(new Index(parts, predicate));
  }

  /** The index of the parenthesis that closes the one at {@code open}, or -1. */
  private static int closing(List<Token> tokens, int open) {
    int depth = 0;
    for (int i = open; i < tokens.size(); i++) {
      if (tokens.get(i).is("(")) {
        depth++;
      } else if (tokens.get(i).is(")") && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  private static List<Token> tokenize(String sql) {
    List<Token> tokens = new ArrayList<>();
    int n = sql.length();
    int i = 0;
    while (i < n) {
      char c = sql.charAt(i);
      int start = i;
      if (Character.isWhitespace(c)) {
        i++;
      } else if (sql.startsWith("--", i)) {
        int newline = sql.indexOf('\n', i);
        i = newline < 0 ? n : newline;
      } else if (sql.startsWith("/*", i)) {
        int close = sql.indexOf("*/", i + 2);
        i = close < 0 ? n : close + 2;
      } else if (c == '"' || c == '`' || c == '[' || c == '\'') {
        // A quoted name or a string literal; a doubled quote inside stands for one.
        char quote = c == '[' ? ']' : c;
        StringBuilder text = new StringBuilder();
        i++;
        while (i < n) {
          if (sql.charAt(i) == quote && (quote == ']' || i + 1 >= n || sql.charAt(i + 1) != quote)) {
            break;
          }
          i += sql.charAt(i) == quote ? 1 : 0;
          text.append(sql.charAt(i++));
        }
        i = Math.min(i + 1, n);
        tokens.add(new Token(c == '\'' ? Kind.STRING : Kind.QUOTED_NAME, lower(text.toString()), start, i));
      } else if (Character.isLetterOrDigit(c) || c == '_' || c == '$') {
        while (i < n && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_' || sql.charAt(i) == '$')) {
          i++;
        }
        tokens.add(new Token(Kind.WORD, lower(sql.substring(start, i)), start, i));
      } else {
        i++;
        tokens.add(new Token(Kind.PUNCTUATION, String.valueOf(c), start, i));
      }
    }
    return tokens;
  }

  private static String lower(String text) {
    return text.toLowerCase(Locale.ROOT);
  }
}
