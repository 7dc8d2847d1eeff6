package dev.softdelete.benchmarks.relations;

import dev.softdelete.benchmarks.db.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The limit for the two-level shape: the fewest statements that do what the repository's cascade does
 * for one album, written by hand in plain JDBC, each verb in one transaction. A statement is prepared
 * per call and closed with try-with-resources, as in {@code compare.HandJdbc}.
 *
 * <ul>
 *   <li>soft delete: kill the album, then its live photos, both stamped with a new operation id;
 *   <li>restore: read the album's operation id, then bring back the album and exactly the photos that
 *       carry that id: not the ones deleted before, on their own;
 *   <li>purge: pick up to {@code batch} dead albums deleted before the cutoff that have no live photo,
 *       delete their photos, then them; one transaction per batch.
 * </ul>
 *
 * <p>What the repository does beyond these (the operation's rows marked before they are restored,
 * the check that no restored row's parent stays dead, a unique key's conflict turned into a result)
 * is its cost, which the comparison shows.
 */
public final class HandAlbums {
  static final String KILL_ALBUM =
      "UPDATE albums SET live = NULL, deleted_at = ?, deletion_id = ? WHERE id = ? AND live = TRUE";
  static final String KILL_PHOTOS =
      "UPDATE photos SET live = NULL, deleted_at = ?, deletion_id = ? WHERE album_id = ? AND live = TRUE";
  static final String OPERATION = "SELECT deletion_id FROM albums WHERE id = ? AND live IS NULL";
  static final String RESTORE_ALBUM =
      "UPDATE albums SET live = TRUE, deleted_at = NULL, deletion_id = NULL WHERE id = ? AND deletion_id = ?";
  static final String RESTORE_PHOTOS =
      "UPDATE photos SET live = TRUE, deleted_at = NULL, deletion_id = NULL WHERE album_id = ? AND deletion_id = ?";
  static final String PURGE_BATCH =
      "SELECT a.id FROM albums a WHERE a.live IS NULL AND a.deleted_at < ? AND NOT EXISTS (SELECT 1 FROM photos p"
          + " WHERE p.album_id = a.id AND p.live = TRUE) ORDER BY a.deleted_at LIMIT ?";

  private final Connection connection;

  public HandAlbums(Connection connection) {
    this.connection = connection;
  }

  /** Kills the album and its live photos under one new operation; returns how many rows it killed. */
  public int softDelete(long albumId) throws SQLException {
    return HandTransaction.run(connection, () -> {
      OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
      UUID operation = UUID.randomUUID();
      int album = kill(KILL_ALBUM, now, operation, albumId);
      return album == 0 ? 0 : album + kill(KILL_PHOTOS, now, operation, albumId);
    });
  }

  /** Restores the dead album and the photos its operation killed; returns how many rows came back. */
  public int restore(long albumId) throws SQLException {
    return HandTransaction.run(connection, () -> {
      UUID operation;
      try (PreparedStatement ps = connection.prepareStatement(OPERATION)) {
        ps.setLong(1, albumId);
        try (ResultSet rs = ps.executeQuery()) {
          if (!rs.next()) {
            return 0;
          }
          operation = rs.getObject(1, UUID.class);
        }
      }
      return revive(RESTORE_ALBUM, albumId, operation) + revive(RESTORE_PHOTOS, albumId, operation);
    });
  }

  /**
   * Deletes the dead albums deleted before the cutoff that have no live photo, with their photos, in
   * transactions of at most {@code batch} albums; returns how many albums it deleted.
   */
  public int purgeDeletedBefore(Database db, OffsetDateTime cutoff, int batch) throws SQLException {
    int purged = 0;
    int n;
    do {
      n = HandTransaction.run(connection, () -> purgeBatch(db, cutoff, batch));
      purged += n;
    } while (n == batch);
    return purged;
  }

  private int purgeBatch(Database db, OffsetDateTime cutoff, int batch) throws SQLException {
    List<Long> ids = new ArrayList<>(batch);
    try (PreparedStatement ps = connection.prepareStatement(PURGE_BATCH)) {
      ps.setObject(1, cutoff);
      ps.setInt(2, batch);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          ids.add(rs.getLong(1));
        }
      }
    }
    if (ids.isEmpty()) {
      return 0;
    }
    deleteByIds(db, "photos", "album_id", ids);
    return deleteByIds(db, "albums", "id", ids);
  }

  /**
   * Deletes the rows whose column holds one of the ids, the fastest way measured for each database
   * ({@code queries.HandQueries}): one {@code long[]} bound to {@code = ANY(?)} on PostgreSQL; on H2,
   * which compares a bound list value by value for every row, the ids written into the statement.
   */
  private int deleteByIds(Database db, String table, String column, List<Long> ids) throws SQLException {
    if (db == Database.POSTGRESQL) {
      try (PreparedStatement ps =
          connection.prepareStatement("DELETE FROM " + table + " WHERE " + column + " = ANY(?)")) {
        ps.setObject(1, ids.stream().mapToLong(Long::longValue).toArray());
        return ps.executeUpdate();
      }
    }
    StringBuilder sql = new StringBuilder(64 + ids.size() * 8);
    sql.append("DELETE FROM ").append(table).append(" WHERE ").append(column).append(" IN (");
    for (Long id : ids) {
      sql.append(id.longValue()).append(',');
    }
    sql.setCharAt(sql.length() - 1, ')');
    try (Statement statement = connection.createStatement()) {
      return statement.executeUpdate(sql.toString());
    }
  }

  private int kill(String sql, OffsetDateTime now, UUID operation, long albumId) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      ps.setObject(1, now);
      ps.setObject(2, operation);
      ps.setLong(3, albumId);
      return ps.executeUpdate();
    }
  }

  private int revive(String sql, long albumId, UUID operation) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      ps.setLong(1, albumId);
      ps.setObject(2, operation);
      return ps.executeUpdate();
    }
  }
}
