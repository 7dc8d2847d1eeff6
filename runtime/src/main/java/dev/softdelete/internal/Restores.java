package dev.softdelete.internal;

import dev.softdelete.RestoreResult;
import dev.softdelete.TableDefinition;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.List;

/**
 * Restores a dead row without ever leaving it half-changed or the caller's transaction unusable.
 *
 * <p>The restoring UPDATE runs inside a savepoint when the connection is in a transaction: on
 * PostgreSQL a failed statement aborts the whole transaction, and rolling back to the savepoint is what
 * keeps the caller's earlier work and later statements alive. When the unique index refuses the row,
 * the key is named from the database's message, or else found by asking, key by key, whether a live row
 * holds the dead row's values.
 */
public final class Restores {
  private Restores() {}

  /** Binds the id being restored as parameter 1 of a statement. */
  @FunctionalInterface
  public interface IdBinder {
    void bind(PreparedStatement statement) throws SQLException;
  }

  /**
   * @param restoreSql turns the dead row with the id live; must not match a live row
   * @param liveSql selects the row's live column by id
   * @param conflictSql per unique key (in {@link TableDefinition#uniqueKeys()} order), a query that
   *     returns a row when a live row other than the one with the id holds its values for that key
   */
  public static RestoreResult restore(
      Statements statements,
      TableDefinition table,
      String restoreSql,
      String liveSql,
      List<String> conflictSql,
      IdBinder id)
      throws SQLException {
    Connection connection = statements.connection();
    Savepoint savepoint = connection.getAutoCommit() ? null : connection.setSavepoint();
    int restored;
    try (PreparedStatement statement = statements.prepare(restoreSql)) {
      id.bind(statement);
      restored = statement.executeUpdate();
    } catch (SQLException e) {
      if (savepoint != null) {
        Savepoints.rollBack(connection, savepoint, "restoring a row", e);
      }
      if (!SqlErrors.isUniqueViolation(e)) {
        throw e;
      }
      String key = SqlErrors.violatedKey(e, table).orElse(null);
      return RestoreResult.conflict(key != null ? key : heldKey(statements, table, conflictSql, id));
    }
    if (savepoint != null) {
      Savepoints.release(connection, savepoint);
    }
    if (restored > 0) {
      return RestoreResult.restored();
    }
    try (PreparedStatement statement = statements.prepare(liveSql)) {
      id.bind(statement);
      try (ResultSet rs = statement.executeQuery()) {
        // A row that the UPDATE did not match was live then, even if another transaction has deleted
        // it since.
        return rs.next() ? RestoreResult.alreadyAlive() : RestoreResult.notFound();
      }
    }
  }

  private static String heldKey(
      Statements statements, TableDefinition table, List<String> conflictSql, IdBinder id)
      throws SQLException {
    for (int i = 0; i < conflictSql.size(); i++) {
      try (PreparedStatement statement = statements.prepare(conflictSql.get(i))) {
        id.bind(statement);
        try (ResultSet rs = statement.executeQuery()) {
          if (rs.next()) {
            return table.uniqueKeys().get(i).name();
          }
        }
      }
    }
    return null;
  }
}
