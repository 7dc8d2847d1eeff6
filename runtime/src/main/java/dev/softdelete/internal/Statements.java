package dev.softdelete.internal;

import dev.softdelete.StatementPath;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.SqlStatements;

/**
 * The one way generated repositories and runtime helpers get a statement: made per call from the
 * handle, it prepares either a plain JDBC statement on the handle's connection (the fast path) or a
 * {@link JdbiStatement}, which runs through Jdbi's statement pipeline, so that Jdbi logs, times,
 * customizes, applies the timeout, emits JFR events and calls context listeners, and names the
 * statement after the repository method. Callers bind, execute and read the statement they get the
 * same way on both paths; transactions and savepoints stay on the handle's connection.
 */
public final class Statements {
  /** The statement context attribute that names the repository interface of a statement. */
  public static final String GROUP_ATTRIBUTE = "_jdbi_statement_group";

  /** The statement context attribute that names the repository method of a statement. */
  public static final String NAME_ATTRIBUTE = "_jdbi_statement_name";

  private final Handle handle;
  private final Connection connection;
  /** The repository interface and the method; null on the JDBC path, which names nothing. */
  private final String group;

  private final String name;

  private Statements(Handle handle, String group, String name) {
    this.handle = handle;
    this.connection = handle.getConnection();
    this.group = group;
    this.name = name;
  }

  /**
   * The statements of one call of {@code group.name} (a repository interface's qualified name and
   * the method), on the path that {@code path} and the handle's configuration choose.
   */
  public static Statements of(Handle handle, StatementPath path, String group, String name) {
    if (throughJdbi(handle, path)) {
      return new Statements(handle, group, name);
    }
    return new Statements(handle, null, null);
  }

  /**
   * Whether the call goes through Jdbi's pipeline. AUTO reads two fields of the handle's SqlStatements
   * (one map lookup) and the JFR event's enabled flag: nothing to measure beside a query.
   */
  static boolean throughJdbi(Handle handle, StatementPath path) {
    return switch (path) {
      case JDBI -> true;
      case JDBC -> false;
      case AUTO -> {
        SqlStatements statements = handle.getConfig(SqlStatements.class);
        yield statements.getSqlLogger() != SqlLogger.NOP_SQL_LOGGER
            || statements.getQueryTimeout() != null
            || JdbiEvents.statementEventEnabled();
      }
    };
  }

  /** Whether this call runs through Jdbi's pipeline. */
  public boolean throughJdbi() {
    return group != null;
  }

  public Handle handle() {
    return handle;
  }

  /** The handle's connection: for the dialect, transactions and savepoints, never for statements. */
  public Connection connection() {
    return connection;
  }

  /** A statement of {@code sql}, bound with the {@code set} methods and run with an {@code execute} method. */
  public PreparedStatement prepare(String sql) throws SQLException {
    if (group == null) {
      return connection.prepareStatement(sql);
    }
    return new JdbiStatement(handle, sql, null, group, name);
  }

  /** Like {@link #prepare(String)}, for a statement that returns the generated keys of these columns. */
  public PreparedStatement prepare(String sql, String[] keyColumns) throws SQLException {
    if (group == null) {
      return connection.prepareStatement(sql, keyColumns);
    }
    return new JdbiStatement(handle, sql, keyColumns, group, name);
  }
}
