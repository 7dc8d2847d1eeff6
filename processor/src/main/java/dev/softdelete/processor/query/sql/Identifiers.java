package dev.softdelete.processor.query.sql;

/** SQL names as the checker compares them: without their quotes, ignoring case. */
final class Identifiers {
  private Identifiers() {}

  /** {@code "Articles"}, {@code `articles`} and {@code [articles]} are {@code Articles}. */
  static String unquote(String name) {
    if (name.length() >= 2) {
      char first = name.charAt(0);
      char last = name.charAt(name.length() - 1);
      if ((first == '"' && last == '"')
          || (first == '`' && last == '`')
          || (first == '[' && last == ']')) {
        return name.substring(1, name.length() - 1);
      }
    }
    return name;
  }

  /**
   * Whether two names are the same name. Unquoted names ignore case in SQL; quoted ones do not on
   * some databases, but treating {@code "Articles"} as {@code articles} can only make the checker
   * ask for a scope it did not need, never miss one.
   */
  static boolean same(String a, String b) {
    return unquote(a).equalsIgnoreCase(unquote(b));
  }
}
