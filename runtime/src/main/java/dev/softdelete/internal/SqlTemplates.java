package dev.softdelete.internal;

import java.util.List;

/**
 * The SQL of a {@code @Query} with collection parameters, rendered at compile time as fragments around
 * them: each collection becomes as many JDBC parameters as it has elements ({@code IN (:ids)} becomes
 * {@code IN (?, ?, ?)}), and an empty one a single parameter bound to NULL, which no row equals (so
 * {@code IN} matches nothing and, as SQL defines it, neither does {@code NOT IN}).
 */
public final class SqlTemplates {
  private SqlTemplates() {}

  /** The SQL with collection {@code i} expanded to {@code max(sizes[i], 1)} parameters. */
  public static String expand(List<String> fragments, int... sizes) {
    if (sizes.length != fragments.size() - 1) {
      throw new IllegalArgumentException(
          fragments.size() - 1 + " collections in the SQL, " + sizes.length + " sizes given");
    }
    StringBuilder sql = new StringBuilder(fragments.get(0));
    for (int i = 0; i < sizes.length; i++) {
      sql.append('?');
      for (int more = 1; more < sizes[i]; more++) {
        sql.append(", ?");
      }
      sql.append(fragments.get(i + 1));
    }
    return sql.toString();
  }
}
