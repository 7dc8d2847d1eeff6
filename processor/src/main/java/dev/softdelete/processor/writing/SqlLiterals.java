package dev.softdelete.processor.writing;

import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes a long string (a statement, an error message) as a concatenation of literals, so that
 * generated lines stay within 120 columns. The pieces break before the SQL clauses (FROM, WHERE...)
 * where they can, else after a comma or at a space; the value is the same either way.
 */
final class SqlLiterals {
  /**
   * The characters of one continuation piece: what fits on a continuation line of the most deeply
   * nested code that uses a literal (a list element in a switch case of the {@code Sql} constructor,
   * 32 columns in, after {@code + "} and before {@code ");}).
   */
  static final int PIECE = 82;

  /** Where a statement is best broken: before its clauses. */
  private static final Pattern CLAUSE =
      Pattern.compile(
          "(?= (?:FROM|WHERE|VALUES|SET|ORDER BY|JOIN|FETCH|OFFSET|LIMIT) )");

  private SqlLiterals() {}

  /**
   * {@code "text"}, or when it is longer than {@code PIECE}, the pieces joined by {@code +} on
   * continuation lines indented twice.
   */
  static CodeBlock literal(String text) {
    return literal(text, 0);
  }

  /** Like {@link #literal(String)}, for a literal that starts at this column. */
  static CodeBlock literal(String text, int column) {
    List<String> pieces = pieces(text, Math.min(PIECE, 120 - column - 3));
    if (pieces.size() == 1) {
      return CodeBlock.of("$S", text);
    }
    CodeBlock.Builder code = CodeBlock.builder().add("$S", pieces.get(0)).add("$>$>");
    for (String piece : pieces.subList(1, pieces.size())) {
      code.add("\n+ $S", piece);
    }
    return code.add("$<$<").build();
  }

  /** A part of a concatenation: a string literal, or a name (a constant or a local). */
  record Token(String text, boolean isName) {
    static Token literal(String text) {
      return new Token(text, false);
    }

    static Token name(String name) {
      return new Token(name, true);
    }

    int width() {
      return isName ? text.length() : escapedLength(text) + 2;
    }

    CodeBlock code() {
      return isName ? CodeBlock.of("$L", text) : CodeBlock.of("$S", text);
    }
  }

  /**
   * The tokens joined by {@code +}: the first from {@code column} on, the others on the same line
   * while it stays within 120 columns (leaving room for {@code ;}), else on a new line that starts
   * at {@code continuation} with {@code + }. Two literals never share a line: they were cut apart
   * because they did not fit together.
   */
  static CodeBlock concatenation(List<Token> tokens, int column, int continuation) {
    CodeBlock.Builder code = CodeBlock.builder().add(tokens.get(0).code());
    int at = column + tokens.get(0).width();
    boolean wrapped = false;
    for (int i = 1; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      boolean bothLiterals = !token.isName() && !tokens.get(i - 1).isName();
      if (bothLiterals || at + 3 + token.width() > 118) {
        code.add(wrapped ? "\n+ " : "$>$>\n+ ");
        wrapped = true;
        at = continuation + 2 + token.width();
      } else {
        code.add(" + ");
        at += 3 + token.width();
      }
      code.add(token.code());
    }
    return wrapped ? code.add("$<$<").build() : code.build();
  }

  /** The SQL as Javadoc shows it: a line per piece, so that the comment stays within 120 columns. */
  static String javadoc(String sql) {
    return String.join("\n", pieces(sql, PIECE).stream().map(String::strip).toList());
  }

  /** The pieces; the first holds at most {@code firstRoom} characters. */
  static List<String> pieces(String text, int firstRoom) {
    List<String> pieces = new ArrayList<>();
    // Lines first: a DDL statement keeps one column per line.
    int start = 0;
    for (int end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
      wrap(text.substring(start, end + 1), pieces, firstRoom);
      start = end + 1;
    }
    if (start < text.length()) {
      wrap(text.substring(start), pieces, firstRoom);
    }
    return pieces;
  }

  /** Splits one line into clauses, merges neighbours that fit together, and cuts what is still long. */
  private static void wrap(String line, List<String> pieces, int firstRoom) {
    if (escapedLength(line) <= room(pieces, firstRoom)) {
      pieces.add(line);
      return;
    }
    String current = "";
    for (String clause : CLAUSE.split(line)) {
      if (!current.isEmpty() && escapedLength(current + clause) > room(pieces, firstRoom)) {
        cut(current, pieces, firstRoom);
        current = "";
      }
      current += clause;
    }
    cut(current, pieces, firstRoom);
  }

  private static int room(List<String> pieces, int firstRoom) {
    return pieces.isEmpty() ? firstRoom : PIECE;
  }

  /** Cuts a piece that is still too long after a comma, or else at a space. */
  private static void cut(String piece, List<String> pieces, int firstRoom) {
    String rest = piece;
    while (escapedLength(rest) > room(pieces, firstRoom)) {
      int at = breakBefore(rest, room(pieces, firstRoom));
      if (at <= 0) {
        break;
      }
      pieces.add(rest.substring(0, at));
      rest = rest.substring(at);
    }
    pieces.add(rest);
  }

  /** The last space at which the text can break within a piece, preferring the one after a comma. */
  private static int breakBefore(String text, int room) {
    int limit = Math.min(text.length() - 1, room - (escapedLength(text) - text.length()));
    int afterComma = text.lastIndexOf(", ", limit - 1);
    if (afterComma > room / 2) {
      return afterComma + 1;
    }
    return text.lastIndexOf(' ', limit);
  }

  private static int escapedLength(String text) {
    int length = text.length();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\' || c == '\n') {
        length++;
      }
    }
    return length;
  }
}
