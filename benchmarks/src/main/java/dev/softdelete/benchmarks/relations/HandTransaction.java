package dev.softdelete.benchmarks.relations;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Runs hand-written statements in one transaction on a connection in auto-commit mode, as a careful
 * person does by hand, and as the repository's verbs do: commit, or roll back on any failure; the
 * connection is in auto-commit mode again afterwards.
 */
final class HandTransaction {
  /** The statements of one transaction; returns how many rows they changed. */
  @FunctionalInterface
  interface Work {
    int run() throws SQLException;
  }

  private HandTransaction() {}

  static int run(Connection connection, Work work) throws SQLException {
    connection.setAutoCommit(false);
    try {
      int changed = work.run();
      connection.commit();
      return changed;
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(true);
    }
  }
}
