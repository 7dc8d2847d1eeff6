package dev.softdelete.internal;

import dev.softdelete.Dialect;
import java.util.Objects;

/**
 * Text criteria: {@code Like}, {@code StartsWith}, {@code EndsWith}, {@code Contains}, with or
 * without {@code IgnoreCase}, and equality ignoring case. The processor renders {@link #predicate}
 * at compile time; the generated code binds {@link #pattern} of the method's argument.
 *
 * <ul>
 *   <li>{@code Like} takes the pattern as written: {@code %} matches any text, {@code _} any one
 *       character, and every other character itself, on every dialect (there is no escape
 *       character: a backslash is a backslash).
 *   <li>{@code StartsWith}, {@code EndsWith} and {@code Contains} match the value itself: its
 *       {@code %} and {@code _} are escaped.
 *   <li>The escape character is {@code !}, which no dialect's string literal treats specially;
 *       MySQL's backslash would need writing twice, or not, by the server's sql_mode.
 *   <li>Case follows the column's collation, as equality does. SQLite's LIKE ignores the case of
 *       ASCII letters whatever the collation, so its case-sensitive form is GLOB, whose wildcards
 *       are {@code *} and {@code ?} and whose escape is a bracket: {@code [*]}.
 *   <li>{@code IgnoreCase} compares {@code LOWER} of both sides. SQLite's LOWER folds ASCII letters
 *       only; the other databases fold every letter their collation knows.
 * </ul>
 */
public final class LikePatterns {
  /** How the argument becomes a pattern. */
  public enum Match {
    /** The argument is the pattern. */
    LIKE,
    STARTS_WITH,
    ENDS_WITH,
    CONTAINS
  }

  /** The escape character of every LIKE predicate. */
  public static final char ESCAPE = '!';

  private LikePatterns() {}

  /**
   * The predicate, with one {@code ?} for the {@link #pattern}: {@code title LIKE ? ESCAPE '!'}, on
   * SQLite {@code title GLOB ?}, and ignoring case {@code LOWER(title) LIKE LOWER(?) ESCAPE '!'}.
   *
   * @param column the column as the statement names it, qualified or not
   */
  public static String predicate(
      Dialect dialect, String column, boolean ignoreCase, boolean negated) {
    String not = negated ? " NOT" : "";
    if (ignoreCase) {
      return "LOWER(" + column + ")" + not + " LIKE LOWER(?) ESCAPE '" + ESCAPE + "'";
    }
    if (dialect == Dialect.SQLITE) {
      return column + not + " GLOB ?";
    }
    return column + not + " LIKE ? ESCAPE '" + ESCAPE + "'";
  }

  /** Equality ignoring case, with one {@code ?}: {@code LOWER(email) = LOWER(?)}. */
  public static String equalsIgnoreCase(String column, boolean negated) {
    return "LOWER(" + column + (negated ? ") <> LOWER(?)" : ") = LOWER(?)");
  }

  /**
   * The pattern to bind to the {@link #predicate} of the same dialect and case: for {@code
   * STARTS_WITH} of {@code 50%_off} on H2, {@code 50!%!_off%}.
   *
   * @throws NullPointerException if the value is null (use IsNull)
   */
  public static String pattern(Dialect dialect, Match match, boolean ignoreCase, String value) {
    Objects.requireNonNull(value, "A text criterion's value must not be null (use IsNull)");
    boolean glob = dialect == Dialect.SQLITE && !ignoreCase;
    String any = glob ? "*" : "%";
    String body = glob ? globBody(match, value) : likeBody(dialect, match, value);
    return switch (match) {
      case LIKE -> body;
      case STARTS_WITH -> body + any;
      case ENDS_WITH -> any + body;
      case CONTAINS -> any + body + any;
    };
  }

  /**
   * The value with the escape character escaped, and its wildcards too unless it is a LIKE pattern.
   * SQL Server's LIKE has a third wildcard, {@code [}, which is escaped in every case.
   * https://learn.microsoft.com/en-us/sql/t-sql/language-elements/like-transact-sql
   */
  private static String likeBody(Dialect dialect, Match match, String value) {
    StringBuilder body = new StringBuilder(value.length() + 8);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean wildcard = (c == '%' || c == '_') && match != Match.LIKE;
      if (c == ESCAPE || wildcard || (c == '[' && dialect == Dialect.SQLSERVER)) {
        body.append(ESCAPE);
      }
      body.append(c);
    }
    return body.toString();
  }

  /**
   * The value as a GLOB pattern: {@code *}, {@code ?} and {@code [} between brackets; a LIKE
   * pattern's {@code %} and {@code _} become {@code *} and {@code ?}.
   * https://sqlite.org/lang_expr.html#glob
   */
  private static String globBody(Match match, String value) {
    StringBuilder body = new StringBuilder(value.length() + 8);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '*' || c == '?' || c == '[') {
        body.append('[').append(c).append(']');
      } else if (match == Match.LIKE && c == '%') {
        body.append('*');
      } else if (match == Match.LIKE && c == '_') {
        body.append('?');
      } else {
        body.append(c);
      }
    }
    return body.toString();
  }
}
