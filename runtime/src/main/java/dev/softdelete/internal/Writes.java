package dev.softdelete.internal;

import dev.softdelete.TableDefinition;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Runs a write of one row, and runs it again when the database aborted it to break a deadlock and no
 * transaction surrounds it (see {@link SqlErrors#shouldRetry}). Any other failure, or the last one,
 * is translated by {@link SqlErrors#translate}. The binding stays in generated code, which knows the
 * entity's types; only the loop lives here.
 */
public final class Writes {
  private Writes() {}

  /** Work on a prepared statement: binds it, runs it, reads what it returns. */
  @FunctionalInterface
  public interface Work<T> {
    T run(PreparedStatement statement) throws SQLException;
  }

  /** Work that prepares its own statements. */
  @FunctionalInterface
  public interface Call<T> {
    T call() throws SQLException;
  }

  /** Prepares {@code sql}, runs the work on it, and runs both again after a deadlock. */
  public static <T> T execute(Statements statements, TableDefinition table, String sql, Work<T> work) {
    return retrying(
        statements,
        table,
        sql,
        () -> {
          try (PreparedStatement statement = statements.prepare(sql)) {
            return work.run(statement);
          }
        });
  }

  /** Like {@link #execute}, with a statement that returns the generated keys of these columns. */
  public static <T> T executeReturningKeys(
      Statements statements, TableDefinition table, String sql, String[] keyColumns, Work<T> work) {
    return retrying(
        statements,
        table,
        sql,
        () -> {
          try (PreparedStatement statement = statements.prepare(sql, keyColumns)) {
            return work.run(statement);
          }
        });
  }

  /** Runs the call, and again after a deadlock; {@code sql} names the statement in errors. */
  public static <T> T retrying(Statements statements, TableDefinition table, String sql, Call<T> call) {
    for (int attempt = 1; ; attempt++) {
      try {
        return call.call();
      } catch (SQLException e) {
        if (!SqlErrors.shouldRetry(e, statements.connection(), attempt)) {
          throw SqlErrors.translate(e, table, sql);
        }
      }
    }
  }
}
