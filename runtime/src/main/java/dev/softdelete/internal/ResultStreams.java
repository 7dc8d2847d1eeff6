package dev.softdelete.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * The {@code Stream} results of derived finders: rows read one at a time while the caller consumes
 * them, with the statement, and a handle the stream borrowed, closed when the stream is.
 */
public final class ResultStreams {
  private ResultStreams() {}

  /** Reads one row at the result set's current position. */
  @FunctionalInterface
  public interface RowReader<T> {
    T read(ResultSet rs) throws SQLException;
  }

  /** Binds a statement's parameters. */
  @FunctionalInterface
  public interface Binder {
    void bind(PreparedStatement statement) throws SQLException;
  }

  /**
   * Prepares the statement, binds it and streams its rows; the statement is closed with the stream,
   * or at once when preparing, binding or executing fails.
   */
  public static <T> Stream<T> query(Statements statements, String sql, Binder binder, RowReader<T> reader)
      throws SQLException {
    PreparedStatement statement = statements.prepare(sql);
    try {
      binder.bind(statement);
      return of(statement, sql, reader);
    } catch (SQLException | RuntimeException e) {
      try {
        statement.close();
      } catch (SQLException notClosed) {
        e.addSuppressed(notClosed);
      }
      throw e;
    }
  }

  /**
   * Runs the work on the calling thread's open handle of this Jdbi when there is one (the stream then
   * belongs to the caller's transaction, and must be consumed before it ends), or else on a handle
   * opened for the stream and closed with it.
   */
  public static <T> Stream<T> lend(Jdbi jdbi, Function<Handle, Stream<T>> work) {
    // withHandle gives the thread's open handle of this Jdbi, or one it opens and closes at once.
    Handle current = jdbi.withHandle(h -> h);
    if (!current.isClosed()) {
      return work.apply(current);
    }
    Handle own = jdbi.open();
    try {
      return work.apply(own).onClose(own::close);
    } catch (RuntimeException | Error e) {
      own.close();
      throw e;
    }
  }

  /**
   * Executes the query and streams its rows; closing the stream closes the result set and the
   * statement. An SQLException while reading becomes an unchecked exception naming the SQL.
   */
  static <T> Stream<T> of(PreparedStatement statement, String sql, RowReader<T> reader)
      throws SQLException {
    ResultSet rs = statement.executeQuery();
    Spliterator<T> rows =
        new Spliterators.AbstractSpliterator<T>(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL) {
          @Override
          public boolean tryAdvance(Consumer<? super T> action) {
            try {
              if (!rs.next()) {
                return false;
              }
              action.accept(reader.read(rs));
              return true;
            } catch (SQLException e) {
              throw new UnableToExecuteStatementException("softdelete: reading " + sql, e, null);
            }
          }
        };
    return StreamSupport.stream(rows, false)
        .onClose(
            () -> {
              try (statement; rs) {
                // closes both, the result set first
              } catch (SQLException e) {
                throw new UnableToExecuteStatementException("softdelete: closing " + sql, e, null);
              }
            });
  }
}
