package dev.softdelete.processor.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/** SQL naming: column names from component names, and the names of generated indexes. */
public final class Names {
  private static final Pattern PLAIN_IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  /**
   * The longest identifier that every supported database keeps whole. PostgreSQL silently truncates
   * longer names to 63 bytes, so a longer name would not be the one the generated SQL uses.
   */
  public static final int MAX_IDENTIFIER_LENGTH = 63;

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

  /**
   * A constraint or index name: {@code prefix_table_suffix}, shortened to {@link
   * #MAX_IDENTIFIER_LENGTH} with a stable hash of the full name when it is longer.
   */
  public static String constraintName(String prefix, String table, String suffix) {
    String full = prefix + "_" + table + (suffix.isEmpty() ? "" : "_" + suffix);
    if (full.length() <= MAX_IDENTIFIER_LENGTH) {
      return full;
    }
    String hash = hash(full);
    return full.substring(0, MAX_IDENTIFIER_LENGTH - hash.length() - 1) + "_" + hash;
  }

  private static String hash(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /** The constant name of a component in generated code: {@code orgId} to {@code ORG_ID}. */
  public static String constantName(String componentName) {
    return snakeCase(componentName).toUpperCase(Locale.ROOT);
  }
}
