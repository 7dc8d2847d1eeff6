package dev.softdelete.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * A value bound on the Jdbi path: applies the very JDBC setter the generated code called, so the
 * value is stored as on the JDBC path, and shows the value, so that Jdbi's {@code SqlLogger}, JFR
 * event and tracing see what was bound.
 */
final class RecordedArgument implements Argument {
  /** One JDBC setter call, with the value it binds. */
  @FunctionalInterface
  interface Setter {
    void set(PreparedStatement statement, int index) throws SQLException;
  }

  private final Object value;
  private final Setter setter;

  RecordedArgument(Object value, Setter setter) {
    this.value = value;
    this.setter = setter;
  }

  @Override
  public void apply(int position, PreparedStatement statement, StatementContext ctx) throws SQLException {
    setter.set(statement, position);
  }

  @Override
  public String toString() {
    if (value instanceof byte[] bytes) {
      return "byte[" + bytes.length + "]";
    }
    return String.valueOf(value);
  }
}
