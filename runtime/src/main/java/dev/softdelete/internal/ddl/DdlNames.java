package dev.softdelete.internal.ddl;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The names of a table's constraints and indexes, {@code <kind>_<table>_<suffix>}: unique in a schema,
 * and naming their key in the database's error messages. A name longer than {@link
 * #MAX_IDENTIFIER_LENGTH} is cut and ends with a hash of the whole name.
 */
public final class DdlNames {
  /**
   * The longest identifier that every supported database keeps whole. PostgreSQL silently truncates
   * longer names to 63 bytes, so a longer name would not be the one the generated SQL uses.
   */
  public static final int MAX_IDENTIFIER_LENGTH = 63;

  private DdlNames() {}

  /** {@code pk_users}. */
  public static String primaryKey(String table) {
    return name("pk", table, "");
  }

  /** {@code ck_users_live}: the CHECK on a column's values. */
  public static String check(String table, String column) {
    return name("ck", table, column);
  }

  /** {@code ux_users_email} for {@code @Unique email}; {@code ux_memberships_org_user} for a key "org_user". */
  public static String uniqueIndex(String table, String key) {
    return name("ux", table, key);
  }

  /** {@code ix_users_live}: a plain index led by the column. */
  public static String index(String table, String column) {
    return name("ix", table, column);
  }

  /** {@code fk_orders_customer_id}: the FOREIGN KEY from a child's reference column to its parent. */
  public static String foreignKey(String table, String column) {
    return name("fk", table, column);
  }

  /** {@code df_users_live}: SQL Server's name for a column's default, which it keeps as a constraint. */
  public static String defaultConstraint(String table, String column) {
    return name("df", table, column);
  }

  /**
   * {@code prefix_table_suffix} (or {@code prefix_table} without a suffix), shortened to {@link
   * #MAX_IDENTIFIER_LENGTH} with a stable hash of the full name when it is longer.
   */
  public static String name(String prefix, String table, String suffix) {
    String full = prefix + "_" + table + (suffix.isEmpty() ? "" : "_" + suffix);
    if (full.length() <= MAX_IDENTIFIER_LENGTH) {
      return full;
    }
    String hash = hash(full);
    return full.substring(0, MAX_IDENTIFIER_LENGTH - hash.length() - 1) + "_" + hash;
  }

  /**
   * The first 8 hex digits of SHA-256 of the lower-cased name: the same in every build, because
   * databases already hold constraints by these names.
   */
  private static String hash(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(text.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
