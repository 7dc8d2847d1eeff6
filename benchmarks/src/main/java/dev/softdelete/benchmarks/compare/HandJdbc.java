package dev.softdelete.benchmarks.compare;

import dev.softdelete.benchmarks.User;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The limit: what a careful person writes with plain JDBC. A statement is prepared per call and closed
 * with try-with-resources, columns are read by position. The statements are the generated ones on H2
 * and PostgreSQL (the same text on both; {@code CompareContendersAgreeTest} checks), except purge: one
 * unbounded DELETE, the physical floor, where the repository deletes in bounded batches.
 */
public final class HandJdbc implements Contender {
  public static final String COLUMNS = "SELECT id, email, name, deleted_at FROM users";
  public static final String FIND_BY_ID = COLUMNS + " WHERE id = ? AND live = TRUE";
  public static final String FIND_BY_EMAIL = COLUMNS + " WHERE email = ? AND live = TRUE";
  public static final String ALIVE_AFTER =
      COLUMNS + " WHERE live = TRUE AND id > ? ORDER BY live, id FETCH FIRST ? ROWS ONLY";
  static final String COUNT_ALIVE = "SELECT COUNT(*) FROM users WHERE live = TRUE";
  static final String SOFT_DELETE = "UPDATE users SET live = NULL, deleted_at = ? WHERE id = ? AND live = TRUE";
  static final String RESTORE =
      "UPDATE users SET live = TRUE, deleted_at = NULL WHERE id = ? AND live IS NULL";
  static final String INSERT = "INSERT INTO users (email, name) VALUES (?, ?)";
  static final String SOFT_DELETE_ALL = "UPDATE users SET live = NULL, deleted_at = ? WHERE live = TRUE AND id IN ";
  static final String PURGE = "DELETE FROM users WHERE live IS NULL AND deleted_at < ?";

  private static final String[] ID_COLUMN = {"id"};

  private final Connection connection;

  public HandJdbc(Connection connection) {
    this.connection = connection;
  }

  @Override
  public Optional<User> findById(long id) {
    try (PreparedStatement ps = connection.prepareStatement(FIND_BY_ID)) {
      ps.setLong(1, id);
      return one(ps);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public Optional<User> findByEmail(String email) {
    try (PreparedStatement ps = connection.prepareStatement(FIND_BY_EMAIL)) {
      ps.setString(1, email);
      return one(ps);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public List<User> page(long afterId, int limit) {
    return page(ALIVE_AFTER, afterId, limit);
  }

  /** A page by another statement of the same shape (the benchmark of a schema without the live index). */
  public List<User> page(String sql, long afterId, int limit) {
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      ps.setLong(1, afterId);
      ps.setInt(2, limit);
      try (ResultSet rs = ps.executeQuery()) {
        List<User> users = new ArrayList<>(limit);
        while (rs.next()) {
          users.add(map(rs));
        }
        return users;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public long countAlive() {
    try (PreparedStatement ps = connection.prepareStatement(COUNT_ALIVE); ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public boolean softDeleteThenRestore(long id) {
    try (PreparedStatement delete = connection.prepareStatement(SOFT_DELETE)) {
      delete.setObject(1, OffsetDateTime.now(ZoneOffset.UTC));
      delete.setLong(2, id);
      if (delete.executeUpdate() != 1) {
        return false;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    try (PreparedStatement restore = connection.prepareStatement(RESTORE)) {
      restore.setLong(1, id);
      return restore.executeUpdate() == 1;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public long insert(User user) {
    try (PreparedStatement ps = connection.prepareStatement(INSERT, ID_COLUMN)) {
      ps.setString(1, user.email());
      ps.setString(2, user.name());
      ps.executeUpdate();
      try (ResultSet keys = ps.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** One JDBC batch, in one transaction as the repository does, reading back the generated ids. */
  @Override
  public int insertAll(List<User> users) {
    try {
      connection.setAutoCommit(false);
      try (PreparedStatement ps = connection.prepareStatement(INSERT, ID_COLUMN)) {
        for (User user : users) {
          ps.setString(1, user.email());
          ps.setString(2, user.name());
          ps.addBatch();
        }
        ps.executeBatch();
        int count = 0;
        try (ResultSet keys = ps.getGeneratedKeys()) {
          while (keys.next()) {
            keys.getLong(1);
            count++;
          }
        }
        connection.commit();
        return count;
      } catch (SQLException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** One statement with an IN list of every id. */
  @Override
  public int softDeleteAll(List<Long> ids) {
    String sql = SOFT_DELETE_ALL + "(" + String.join(", ", Collections.nCopies(ids.size(), "?")) + ")";
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      ps.setObject(1, OffsetDateTime.now(ZoneOffset.UTC));
      for (int i = 0; i < ids.size(); i++) {
        ps.setLong(i + 2, ids.get(i));
      }
      return ps.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public int purgeDeletedBefore(Instant cutoff) {
    try (PreparedStatement ps = connection.prepareStatement(PURGE)) {
      ps.setObject(1, cutoff.atOffset(ZoneOffset.UTC));
      return ps.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Optional<User> one(PreparedStatement ps) throws SQLException {
    try (ResultSet rs = ps.executeQuery()) {
      return rs.next() ? Optional.of(map(rs)) : Optional.empty();
    }
  }

  /** Columns by position; deleted_at is NULL on live rows. */
  static User map(ResultSet rs) throws SQLException {
    OffsetDateTime deletedAt = rs.getObject(4, OffsetDateTime.class);
    return new User(rs.getLong(1), rs.getString(2), rs.getString(3),
        deletedAt == null ? null : deletedAt.toInstant());
  }
}
