package dev.softdelete.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLTransactionRollbackException;
import java.sql.Savepoint;

/** The savepoint that lets one verb fail inside the caller's transaction and leave it usable. */
final class Savepoints {
  private Savepoints() {}

  /**
   * Undoes the verb's statements and releases the savepoint (ROLLBACK TO keeps it, and savepoints left
   * open pile up in a long transaction: subtransactions on PostgreSQL).
   *
   * @param doing what the verb was doing, for the message: {@code restoring a row}
   * @param failure why the verb failed, or null
   * @throws SQLTransactionRollbackException (SQLState 40001) if the savepoint is gone: the database
   *     rolled back the caller's whole transaction (MySQL does to break a deadlock), whatever the
   *     statement's own failure was, and the caller must run the transaction again
   */
  static void rollBack(Connection connection, Savepoint savepoint, String doing, SQLException failure)
      throws SQLException {
    try {
      connection.rollback(savepoint);
    } catch (SQLException gone) {
      SQLTransactionRollbackException aborted =
          new SQLTransactionRollbackException(
              "The database rolled back the whole transaction while " + doing
                  + (failure == null ? "" : " (" + failure.getMessage() + ")")
                  + "; run the transaction again",
              "40001",
              failure);
      aborted.addSuppressed(gone);
      throw aborted;
    }
    release(connection, savepoint);
  }

  static void release(Connection connection, Savepoint savepoint) throws SQLException {
    try {
      connection.releaseSavepoint(savepoint);
    } catch (SQLFeatureNotSupportedException e) {
      // Oracle's driver cannot release savepoints; the transaction's end does.
    }
  }
}
