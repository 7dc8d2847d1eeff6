package dev.softdelete.internal.ddl;

import dev.softdelete.Dialect;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The indexes of a soft-delete table: per unique key, the index that lets any number of dead rows
 * share the key with one live row; plain indexes for scans and purges; and the indexes declared
 * with {@code @Index} for the queries users write ({@link #forLiveRows}). Databases disagree about
 * NULLs in unique indexes, so the unique index takes one of three forms:
 *
 * <ul>
 *   <li>over (key columns..., live), whose NULLs are distinct: said explicitly where the syntax
 *       exists (H2, whose default depends on the compatibility mode, and PostgreSQL 15+, where it
 *       is the default), implied on MySQL and SQLite;
 *   <li>SQL Server treats NULLs as equal: filtered to live rows whose key columns are all set;
 *   <li>Oracle does not store an entry whose columns are all NULL, but rows that share the non-NULL
 *       part of a key collide: over {@code CASE WHEN live = 1 THEN column END}, NULL unless the row
 *       is live and every nullable key column is set.
 * </ul>
 */
public final class IndexDdl {
  private IndexDdl() {}

  /**
   * The statement creating a key's unique index.
   *
   * @param columns the key's columns, without the live column
   * @param nullable those of the key's columns that may hold NULL
   */
  public static String unique(
      Dialect dialect, String name, String table, List<String> columns, String live, Set<String> nullable) {
    String on = " ON " + table + " (";
    String withLive = String.join(", ", columns) + ", " + live + ")";
    return switch (dialect) {
      case H2 -> "CREATE UNIQUE NULLS DISTINCT INDEX " + name + on + withLive;
      case POSTGRESQL -> "CREATE UNIQUE INDEX " + name + on + withLive + " NULLS DISTINCT";
      case MYSQL, SQLITE -> "CREATE UNIQUE INDEX " + name + on + withLive;
      case SQLSERVER -> "CREATE UNIQUE INDEX " + name + on + String.join(", ", columns) + ") WHERE " + live + " = 1"
          + columns.stream()
              .filter(nullable::contains)
              .map(column -> " AND " + column + " IS NOT NULL")
              .collect(Collectors.joining());
      case ORACLE -> "CREATE UNIQUE INDEX " + name + on
          + columns.stream().map(c -> oracleKeyPart(columns, live, nullable, c)).collect(Collectors.joining(", "))
          + ")";
    };
  }

  /**
   * Oracle's key part for one column: the column's value in live rows whose key is fully set, NULL
   * otherwise. A single-column key needs no IS NOT NULL: its NULL entry is not stored. A finder by key
   * compares the same expressions, so that it uses the index.
   */
  public static String oracleKeyPart(List<String> columns, String live, Set<String> nullable, String column) {
    StringBuilder when = new StringBuilder(live + " = 1");
    if (columns.size() > 1) {
      for (String c : columns) {
        if (nullable.contains(c)) {
          when.append(" AND ").append(c).append(" IS NOT NULL");
        }
      }
    }
    return "CASE WHEN " + when + " THEN " + column + " END";
  }

  /**
   * The statement creating an index declared with {@code @Index}, in the form that serves queries
   * of live rows ({@code WHERE columns... AND live = TRUE}, with or without an order) best on the
   * dialect:
   *
   * <ul>
   *   <li>PostgreSQL and SQLite: a partial index over the columns {@code WHERE live = TRUE}. It
   *       holds live rows only, so a query of live rows reads no dead entry, and it stays as small
   *       as the live rows however many dead ones pile up. Both planners use it when the query's
   *       WHERE clause has the index's predicate as one of its AND terms, as the generated queries'
   *       literal {@code live = TRUE} is
   *       (https://www.postgresql.org/docs/current/indexes-partial.html,
   *       https://sqlite.org/partialindex.html section 3); a bound parameter in its place would
   *       not.
   *   <li>SQL Server: a filtered index {@code WHERE live = 1}, for the same reasons; the live
   *       column need not be a key column, since the filter equals the query's predicate and the
   *       query does not return it
   *       (https://learn.microsoft.com/sql/relational-databases/indexes/create-filtered-indexes).
   *       Untested on a live server.
   *   <li>H2, MySQL/MariaDB and Oracle have no partial indexes: over (live, columns...). {@code
   *       live = TRUE} is an equality on the first key part, so the live rows' entries lie
   *       together, in the order of the columns, as in a partial index. Over (columns..., live)
   *       instead, a query that filters by the first columns and orders by a later one ({@code
   *       WHERE author_id = ? AND live = TRUE ORDER BY published_at}) reads dead entries between
   *       the live ones, and MariaDB 11.4 sorted its rows rather than read that index in order
   *       (ArticleIndexPlansTest).
   * </ul>
   *
   * <p>Queries of dead rows ({@code live IS NULL}) cannot use the partial forms; they are rarer,
   * and left to the (live, id) and deleted-at indexes.
   *
   * @param columns the indexed columns, without the live column
   */
  public static String forLiveRows(
      Dialect dialect, String name, String table, List<String> columns, String live) {
    return switch (dialect) {
      case POSTGRESQL, SQLITE, SQLSERVER ->
          plain(name, table, columns) + " WHERE " + live + " = " + LiveColumn.trueLiteral(dialect);
      case H2, MYSQL, ORACLE -> plain(name, table, liveFirst(live, columns));
    };
  }

  private static List<String> liveFirst(String live, List<String> columns) {
    List<String> all = new ArrayList<>();
    all.add(live);
    all.addAll(columns);
    return all;
  }

  /** {@code CREATE INDEX name ON table (columns...)}. */
  public static String plain(String name, String table, List<String> columns) {
    return "CREATE INDEX " + name + " ON " + table + " (" + String.join(", ", columns) + ")";
  }

  /** The index over (live, id), for the scans of live and of dead rows in id order. */
  public static String live(String table, String live, String id) {
    return plain(DdlNames.index(table, live), table, List.of(live, id));
  }

  /** The index over deleted-at, for purging. */
  public static String deletedAt(String table, String deletedAt) {
    return plain(DdlNames.index(table, deletedAt), table, List.of(deletedAt));
  }
}
