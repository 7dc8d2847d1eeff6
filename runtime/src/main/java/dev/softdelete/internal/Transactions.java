package dev.softdelete.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.sql.Savepoint;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * Runs the verbs that take several statements (insertAll, softDeleteAll, hardDeleteAll) all or
 * nothing.
 *
 * <p>Inside the caller's transaction the work runs under a savepoint: when it fails, only its own
 * statements are undone and the caller's transaction stays usable, as after a restore conflict. If
 * the savepoint is gone, the database has rolled back the caller's whole transaction (MySQL does to
 * break a deadlock, even when the driver reports an earlier duplicate key of the same batch as the
 * failure); then the caller gets an exception that says so, never one that would let them carry on
 * as if their earlier statements still stood.
 *
 * <p>Outside a transaction the work runs in a transaction of its own, which is run again, with a
 * short random pause, when the database aborts it to break a deadlock.
 */
public final class Transactions {
  private Transactions() {}

  /**
   * Thrown by work to undo its statements and return a result instead: a restore that finds a conflict
   * half way returns CONFLICT and changes nothing.
   */
  public static final class Undo extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Object result;

    public Undo(Object result) {
      super(null, null, false, false);
      this.result = result;
    }

    /** The result the work returns instead. */
    public Object result() {
      return result;
    }
  }

  /**
   * Runs the work on the statements' handle, all or nothing; when the work throws {@link Undo}, its
   * statements are undone and the result it carries is returned.
   */
  @SuppressWarnings("unchecked")
  public static <T> T atomically(Statements statements, Function<Statements, T> work) {
    try {
      return atomicallyOrThrow(statements, work);
    } catch (Undo undo) {
      return (T) undo.result;
    }
  }

  private static <T> T atomicallyOrThrow(Statements statements, Function<Statements, T> work) {
    Handle handle = statements.handle();
    if (handle.isInTransaction()) {
      return underSavepoint(statements, work);
    }
    for (int attempt = 1; ; attempt++) {
      try {
        // inTransaction runs on this very handle, so the statements stay those of its connection.
        return handle.inTransaction(h -> work.apply(statements));
      } catch (RuntimeException e) {
        SQLException cause = sqlCause(e);
        if (cause == null || !SqlErrors.isTransient(cause) || !SqlErrors.pauseBeforeAttempt(attempt + 1)) {
          throw e;
        }
      }
    }
  }

  private static <T> T underSavepoint(Statements statements, Function<Statements, T> work) {
    Connection connection = statements.connection();
    Savepoint savepoint;
    try {
      savepoint = connection.setSavepoint();
    } catch (SQLException e) {
      throw new UnableToExecuteStatementException("softdelete: cannot set a savepoint", e, null);
    }
    T result;
    try {
      result = work.apply(statements);
    } catch (RuntimeException failure) {
      try {
        Savepoints.rollBack(connection, savepoint, "running this statement", sqlCause(failure));
      } catch (SQLTransactionRollbackException aborted) {
        UnableToExecuteStatementException thrown =
            new UnableToExecuteStatementException("softdelete: " + aborted.getMessage(), aborted, null);
        thrown.addSuppressed(failure);
        throw thrown;
      } catch (SQLException notReleased) {
        failure.addSuppressed(notReleased);
      }
      throw failure;
    }
    try {
      Savepoints.release(connection, savepoint);
    } catch (SQLException e) {
      throw new UnableToExecuteStatementException("softdelete: cannot release a savepoint", e, null);
    }
    return result;
  }

  private static SQLException sqlCause(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof SQLException) {
        return (SQLException) c;
      }
    }
    return null;
  }
}
