package dev.softdelete.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The baseline: what a careful person writes with plain JDBC for the same statements as the generated
 * repository. A statement is prepared per call and closed with try-with-resources (nobody caches
 * {@code PreparedStatement}s across calls on a shared connection by hand); columns are read by
 * position; SQL errors become unchecked exceptions.
 *
 * <p>The SQL strings are the generated repository's, copied verbatim, so both sides ask H2 exactly the
 * same thing; {@code ContendersAgreeTest} fails when they drift apart.
 */
public final class HandWrittenUsers {
  static final String FIND_BY_ID =
      "SELECT id, email, name, deleted_at FROM users WHERE id = ? AND live = TRUE";
  static final String ALIVE_AFTER =
      "SELECT id, email, name, deleted_at FROM users WHERE live = TRUE AND id > ? ORDER BY live, id"
          + " FETCH FIRST ? ROWS ONLY";
  static final String INSERT = "INSERT INTO users (email, name) VALUES (?, ?)";
  static final String UPDATE = "UPDATE users SET email = ?, name = ? WHERE id = ? AND live = TRUE";
  static final String SOFT_DELETE =
      "UPDATE users SET live = NULL, deleted_at = ? WHERE id = ? AND live = TRUE";
  static final String HARD_DELETE = "DELETE FROM users WHERE id = ?";

  private static final String[] ID_COLUMN = {"id"};

  private final Connection connection;

  public HandWrittenUsers(Connection connection) {
    this.connection = connection;
  }

  public Optional<User> findById(long id) {
    try (PreparedStatement ps = connection.prepareStatement(FIND_BY_ID)) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(map(rs)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  public List<User> aliveAfter(long afterId, int limit) {
    return aliveAfter(ALIVE_AFTER, afterId, limit);
  }

  List<User> aliveAfter(String sql, long afterId, int limit) {
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      ps.setLong(1, afterId);
      ps.setInt(2, limit);
      try (ResultSet rs = ps.executeQuery()) {
        List<User> users = new ArrayList<>();
        while (rs.next()) {
          users.add(map(rs));
        }
        return users;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Inserts a live row with a database-generated id and returns the id. */
  public long insert(String email, String name) {
    try (PreparedStatement ps = connection.prepareStatement(INSERT, ID_COLUMN)) {
      ps.setString(1, email);
      ps.setString(2, name);
      ps.executeUpdate();
      try (ResultSet keys = ps.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  public boolean update(User user) {
    try (PreparedStatement ps = connection.prepareStatement(UPDATE)) {
      ps.setString(1, user.email());
      ps.setString(2, user.name());
      ps.setLong(3, user.id());
      return ps.executeUpdate() > 0;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  public boolean softDelete(long id) {
    try (PreparedStatement ps = connection.prepareStatement(SOFT_DELETE)) {
      ps.setObject(1, OffsetDateTime.now(ZoneOffset.UTC));
      ps.setLong(2, id);
      return ps.executeUpdate() > 0;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  public boolean hardDelete(long id) {
    try (PreparedStatement ps = connection.prepareStatement(HARD_DELETE)) {
      ps.setLong(1, id);
      return ps.executeUpdate() > 0;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Columns by position; id is NOT NULL, deleted_at is NULL on live rows. */
  static User map(ResultSet rs) throws SQLException {
    OffsetDateTime deletedAt = rs.getObject(4, OffsetDateTime.class);
    return new User(
        rs.getLong(1),
        rs.getString(2),
        rs.getString(3),
        deletedAt == null ? null : deletedAt.toInstant());
  }
}
