package dev.softdelete.processor.query.sql;

import java.util.List;

/**
 * A query's SQL for one dialect, in fragments around its collection parameters: the SQL is {@code
 * fragments[0] + expansion(collection 1) + fragments[1] + ...}, where the expansion of a collection
 * of n elements is n JDBC parameters, {@code ?, ?, ?}. Every other parameter is already a {@code
 * ?}, and the placeholders are rendered. A query without collections has one fragment: its whole
 * SQL.
 *
 * <p>A collection is always an item of an IN list ({@code x IN (:ids)}); an empty one has no
 * expansion that keeps the SQL valid, so the caller decides what an empty collection means before
 * it asks for SQL.
 *
 * @param fragments the SQL between collection parameters; one more than there are collections
 */
public record RenderedSql(List<String> fragments) {
  public RenderedSql {
    fragments = List.copyOf(fragments);
  }

  /** The number of collection parameters: the gaps between the fragments. */
  public int collections() {
    return fragments.size() - 1;
  }

  /**
   * The SQL with each collection expanded to its size in JDBC parameters.
   *
   * @param sizes the size of each collection, in bind order; each at least 1
   * @throws IllegalArgumentException if there is not one size per collection, or a size is below 1
   */
  public String expand(int... sizes) {
    if (sizes.length != collections()) {
      throw new IllegalArgumentException(
          "The SQL has "
              + collections()
              + " collection parameters, but "
              + sizes.length
              + " sizes were given");
    }
    StringBuilder sql = new StringBuilder(fragments.get(0));
    for (int i = 0; i < sizes.length; i++) {
      if (sizes[i] < 1) {
        throw new IllegalArgumentException(
            "Collection " + (i + 1) + " is empty; an IN list needs an item");
      }
      sql.append("?");
      sql.append(", ?".repeat(sizes[i] - 1));
      sql.append(fragments.get(i + 1));
    }
    return sql.toString();
  }
}
