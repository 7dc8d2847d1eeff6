package dev.softdelete.internal;

/**
 * The LIKE patterns of {@code StartsWith}, {@code EndsWith} and {@code Contains}: the value with
 * {@code %}, {@code _} and the escape character escaped, so that it matches only itself. The generated
 * SQL reads {@code col LIKE ? ESCAPE '!'}: {@code !} needs no escaping in any dialect's string literals
 * (a backslash does in MySQL's).
 */
public final class LikePatterns {
  /** The escape character the generated SQL declares. */
  public static final char ESCAPE = '!';

  private LikePatterns() {}

  public static String startsWith(String value) {
    return escaped(value) + "%";
  }

  public static String endsWith(String value) {
    return "%" + escaped(value);
  }

  public static String contains(String value) {
    return "%" + escaped(value) + "%";
  }

  static String escaped(String value) {
    StringBuilder pattern = new StringBuilder(value.length() + 8);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '%' || c == '_' || c == ESCAPE) {
        pattern.append(ESCAPE);
      }
      pattern.append(c);
    }
    return pattern.toString();
  }
}
