package dev.softdelete.it;

import dev.softdelete.Dialect;
import dev.softdelete.internal.InLists;
import dev.softdelete.internal.ddl.ColumnKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs statements with In lists as generated code would: {@link InLists#expand} once per list in
 * order, then the parameters in order, each list through {@link InLists#bind}.
 */
final class InListStatements {
  /** An In list among a statement's parameters. */
  record InList(ColumnKind kind, List<Object> values) {}

  private final Connection connection;
  private final Dialect dialect;
  private final InLists in;

  InListStatements(Connection connection, Dialect dialect) {
    this.connection = connection;
    this.dialect = dialect;
    this.in = InLists.of(dialect);
  }

  /** The predicate of a list on the column. */
  String in(String column, ColumnKind kind, boolean negated) {
    return InLists.predicate(dialect, column, kind, negated);
  }

  /** {@code ORDER BY ... } followed by this takes the first {@code ?} rows. */
  String limit() {
    return dialect == Dialect.H2 || dialect == Dialect.POSTGRESQL
        ? " FETCH FIRST ? ROWS ONLY"
        : " LIMIT ?";
  }

  /** The first column of every row, as longs. */
  List<Long> longs(String sql, Object... parameters) throws SQLException {
    try (PreparedStatement statement = prepare(sql, parameters);
        ResultSet rows = statement.executeQuery()) {
      List<Long> values = new ArrayList<>();
      while (rows.next()) {
        values.add(rows.getLong(1));
      }
      return values;
    }
  }

  long one(String sql, Object... parameters) throws SQLException {
    List<Long> values = longs(sql, parameters);
    if (values.size() != 1) {
      throw new IllegalStateException(values.size() + " rows from " + sql);
    }
    return values.get(0);
  }

  int update(String sql, Object... parameters) throws SQLException {
    try (PreparedStatement statement = prepare(sql, parameters)) {
      return statement.executeUpdate();
    }
  }

  private PreparedStatement prepare(String sql, Object... parameters) throws SQLException {
    String text = sql;
    for (Object parameter : parameters) {
      if (parameter instanceof InList list) {
        text = in.expand(text, list.kind(), list.values());
      }
    }
    PreparedStatement statement = connection.prepareStatement(text);
    try {
      int index = 1;
      for (Object parameter : parameters) {
        if (parameter instanceof InList list) {
          index = in.bind(statement, index, list.kind(), list.values());
        } else {
          statement.setObject(index++, parameter);
        }
      }
      return statement;
    } catch (SQLException | RuntimeException e) {
      statement.close();
      throw e;
    }
  }

  /** Runs {@code work} in a transaction that is rolled back, so that the table stays as filled. */
  void rolledBack(SqlWork work) throws SQLException {
    connection.setAutoCommit(false);
    try {
      work.run();
    } finally {
      connection.rollback();
      connection.setAutoCommit(true);
    }
  }

  @FunctionalInterface
  interface SqlWork {
    void run() throws SQLException;
  }
}
