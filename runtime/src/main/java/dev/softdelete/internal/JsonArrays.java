package dev.softdelete.internal;

import java.util.List;

/**
 * Writes a JSON array of numbers or of strings (RFC 8259), the one parameter that carries an In
 * list on MySQL/MariaDB, SQLite, SQL Server and Oracle ({@link InLists}).
 */
final class JsonArrays {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private JsonArrays() {}

  /**
   * {@code [1,2,3]} when {@code numbers}, else {@code ["a","b"]}. Numbers are written as given:
   * each must already be a JSON number (an integer, or a decimal without exponent).
   */
  static String of(List<String> elements, boolean numbers) {
    StringBuilder json = new StringBuilder(elements.size() * 12 + 2).append('[');
    for (int i = 0; i < elements.size(); i++) {
      if (i > 0) {
        json.append(',');
      }
      if (numbers) {
        json.append(elements.get(i));
      } else {
        appendString(json, elements.get(i));
      }
    }
    return json.append(']').toString();
  }

  /**
   * A JSON string: the quote, the backslash and the control characters are escaped, nothing else.
   */
  static void appendString(StringBuilder json, String text) {
    json.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        json.append('\\').append(c);
      } else if (c < 0x20) {
        json.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
      } else {
        json.append(c);
      }
    }
    json.append('"');
  }
}
