package dev.softdelete.processor.model;

import dev.softdelete.internal.ddl.DdlNames;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * SQL naming: column names from component names. Constraint and index names are {@link DdlNames}'s,
 * shared with the schema verifier.
 */
public final class Names {
  private static final Pattern PLAIN_IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  /** The longest table or column name: the longest that every supported database keeps whole. */
  public static final int MAX_IDENTIFIER_LENGTH = DdlNames.MAX_IDENTIFIER_LENGTH;

  private Names() {}

  /** {@code orgId} to {@code org_id}, {@code userID} to {@code user_id}, {@code HTTPServer} to {@code http_server}. */
  public static String snakeCase(String name) {
    StringBuilder out = new StringBuilder(name.length() + 4);
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isUpperCase(c) && i > 0) {
        char before = name.charAt(i - 1);
        boolean nextIsLower = i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1));
        if (Character.isLowerCase(before)
            || Character.isDigit(before)
            || (Character.isUpperCase(before) && nextIsLower)) {
          out.append('_');
        }
      }
      out.append(Character.toLowerCase(c));
    }
    return out.toString();
  }

  /** Whether the name can be written in SQL without quotes: {@code [A-Za-z_][A-Za-z0-9_]*}. */
  public static boolean isPlainIdentifier(String name) {
    return PLAIN_IDENTIFIER.matcher(name).matches();
  }

  /** The constant name of a component in generated code: {@code orgId} to {@code ORG_ID}. */
  public static String constantName(String componentName) {
    return snakeCase(componentName).toUpperCase(Locale.ROOT);
  }
}
