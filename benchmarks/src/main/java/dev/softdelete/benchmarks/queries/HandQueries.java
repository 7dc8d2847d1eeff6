package dev.softdelete.benchmarks.queries;

import dev.softdelete.benchmarks.db.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The limit: the same queries in plain JDBC, as a careful person writes them. A statement is
 * prepared per call and closed with try-with-resources; columns are read by position. The finders
 * run the generated SQL text ({@code QueryContendersAgreeTest} checks it), so that the difference
 * is the library's own cost.
 *
 * <p>The In list is sent the fastest way found for each database (see {@link #countByIdIn}).
 */
public final class HandQueries {
  static final String COLUMNS = "SELECT id, author_id, title, status, published_at, deleted_at";
  static final String NEWEST_OF_AUTHOR =
      COLUMNS
          + " FROM articles WHERE author_id = ? AND live = TRUE"
          + " ORDER BY published_at DESC, id DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY";
  static final String LIVE_ARTICLES_OF_LIVE_AUTHOR =
      "SELECT a.id, a.author_id, a.title, a.status, a.published_at, a.deleted_at"
          + " FROM articles a JOIN authors u ON u.id = a.author_id WHERE a.live = TRUE"
          + " AND u.live = TRUE AND u.email = ? ORDER BY a.published_at DESC";
  static final String COUNT_BY_ID_IN =
      "SELECT COUNT(*) FROM articles WHERE id = ANY(?) AND live = TRUE";

  private final Connection connection;
  private final Database db;
  private final String h2PrimaryKey;

  public HandQueries(Connection connection, Database db) throws SQLException {
    this.connection = connection;
    this.db = db;
    this.h2PrimaryKey = db == Database.H2 ? h2PrimaryKey(connection) : null;
  }

  public List<Article> newestOfAuthor(long authorId, int max) {
    try (PreparedStatement ps = connection.prepareStatement(NEWEST_OF_AUTHOR)) {
      ps.setLong(1, authorId);
      ps.setLong(2, 0);
      ps.setInt(3, max);
      return list(ps, max);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  public List<Article> liveArticlesOfLiveAuthor(String email) {
    try (PreparedStatement ps = connection.prepareStatement(LIVE_ARTICLES_OF_LIVE_AUTHOR)) {
      ps.setString(1, email);
      return list(ps, Blog.PER_AUTHOR);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * How many of the ids are live rows' ids, sent the fastest way measured (16 lists of random ids
   * in turn, 2-core machine, December 2026):
   *
   * <ul>
   *   <li>PostgreSQL: {@code id = ANY(?)} with the ids as one {@code long[]}, which pgjdbc sends as
   *       a binary {@code int8[]}: 1.1, 6.3 and 23 ms for 1,000, 10,000 and 70,000 ids. A text
   *       array was as fast; {@code IN (SELECT unnest(?))} took 1.9, 15 and 115 ms, literals 2.5,
   *       26 and 148 ms.
   *   <li>H2: the ids written into the statement as literals, which H2 keeps in a hash set. Left to
   *       itself, H2 counts through the (live, id) index and looks each live row up in that set
   *       (8.7, 13 and 46 ms); told to use the primary key, it looks each id up there instead (1.2,
   *       15 and 77 ms). So below a tenth of the table's rows the statement names the primary key.
   *       A bound list is compared value by value for every row ({@code IN (?, ...)}, {@code =
   *       ANY(?)}), a join to {@code TABLE(X BIGINT = ?)} took 2.1 and 18 ms for 1,000 and 10,000
   *       ids, and H2 holds at most 65,536 elements in an array.
   * </ul>
   */
  public long countByIdIn(Collection<Long> ids) {
    try {
      if (db == Database.POSTGRESQL) {
        try (PreparedStatement ps = connection.prepareStatement(COUNT_BY_ID_IN)) {
          long[] values = new long[ids.size()];
          int i = 0;
          for (Long id : ids) {
            values[i++] = id;
          }
          ps.setObject(1, values);
          return count(ps.executeQuery());
        }
      }
      StringBuilder sql =
          new StringBuilder(64 + ids.size() * 8).append("SELECT COUNT(*) FROM articles");
      if (ids.size() < Blog.ARTICLES / 10) {
        sql.append(" USE INDEX (").append(h2PrimaryKey).append(')');
      }
      sql.append(" WHERE id IN (");
      for (Long id : ids) {
        sql.append(id.longValue()).append(',');
      }
      sql.setLength(sql.length() - 1);
      try (Statement statement = connection.createStatement()) {
        return count(statement.executeQuery(sql.append(") AND live = TRUE").toString()));
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The name H2 gave the primary key's index (PRIMARY_KEY_ and a suffix of its own). */
  private static String h2PrimaryKey(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rs =
            statement.executeQuery(
                "SELECT INDEX_NAME FROM INFORMATION_SCHEMA.INDEXES WHERE TABLE_SCHEMA ="
                    + " CURRENT_SCHEMA AND TABLE_NAME = 'ARTICLES' AND INDEX_TYPE_NAME = 'PRIMARY"
                    + " KEY'")) {
      rs.next();
      return rs.getString(1);
    }
  }

  private static long count(ResultSet rs) throws SQLException {
    try (rs) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static List<Article> list(PreparedStatement ps, int expected) throws SQLException {
    try (ResultSet rs = ps.executeQuery()) {
      List<Article> rows = new ArrayList<>(expected);
      while (rs.next()) {
        rows.add(map(rs));
      }
      return rows;
    }
  }

  /** Columns by position; deleted_at is NULL on live rows. */
  private static Article map(ResultSet rs) throws SQLException {
    OffsetDateTime publishedAt = rs.getObject(5, OffsetDateTime.class);
    OffsetDateTime deletedAt = rs.getObject(6, OffsetDateTime.class);
    return new Article(
        rs.getLong(1),
        rs.getLong(2),
        rs.getString(3),
        rs.getString(4),
        publishedAt == null ? null : publishedAt.toInstant(),
        deletedAt == null ? null : deletedAt.toInstant());
  }
}
