package dev.softdelete.schema;

import dev.softdelete.Dialect;
import dev.softdelete.schema.SampleSql.Kind;
import dev.softdelete.schema.SampleSql.Sample;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Has the database evaluate a table's expressions over sample rows (see {@link SampleSql} for the SQL),
 * so that a CHECK or an index is judged by the database's own reading of its SQL: functions, LIKE,
 * CAST and every spelling the catalog gives back included.
 *
 * <p>An expression the database refuses (it names a column the sample rows leave out, or a function
 * that the sample values do not fit) throws. Inside a transaction each evaluation runs under a
 * savepoint and is rolled back to it on failure, since PostgreSQL refuses every later statement of a
 * transaction in which one failed.
 */
final class DatabaseEvaluator {
  private final SampleSql sql;
  private final Connection connection;
  private final Map<String, Map<String, Kind>> kinds = new HashMap<>();

  DatabaseEvaluator(Dialect dialect, Connection connection) {
    this.sql = new SampleSql(dialect);
    this.connection = connection;
  }

  /**
   * The value of each expression in each sample row, as text (null for SQL NULL): one list per row,
   * in the rows' order, one entry per expression.
   *
   * @param columns the table's columns the sample rows have, as the catalog spells them
   * @param rows the sample rows' values by lower-case column name
   * @throws SQLException if the database cannot evaluate an expression over these columns
   */
  List<List<String>> values(
      String table, List<String> columns, List<Map<String, Sample>> rows, List<String> expressions)
      throws SQLException {
    String select = sql.select(table, columns, kinds(table), rows, expressions);
    List<List<String>> values = new ArrayList<>();
    underSavepoint(
        select,
        rs -> {
          while (rs.next()) {
            List<String> row = new ArrayList<>();
            for (int i = 0; i < expressions.size(); i++) {
              row.add(rs.getString(i + 2));
            }
            values.add(row);
          }
        });
    return values;
  }

  /**
   * The truth of each condition in each sample row: TRUE, FALSE or null for UNKNOWN.
   *
   * @throws SQLException if the database cannot evaluate a condition over these columns
   */
  List<List<Boolean>> truths(
      String table, List<String> columns, List<Map<String, Sample>> rows, List<String> conditions)
      throws SQLException {
    List<List<Boolean>> truths = new ArrayList<>();
    for (List<String> row : values(table, columns, rows, conditions.stream().map(SampleSql::truth).toList())) {
      truths.add(row.stream().map(DatabaseEvaluator::truth).toList());
    }
    return truths;
  }

  /** The truth that {@link SampleSql#truth} selected. */
  static Boolean truth(String value) {
    return value == null ? null : !value.trim().equals("0");
  }

  /** Whether the expression, alone (a column's default), equals TRUE; false if the database cannot say. */
  boolean isTrue(String expression) {
    boolean[] isTrue = new boolean[1];
    try {
      underSavepoint(
          sql.isTrue(expression), rs -> isTrue[0] = rs.next() && Boolean.TRUE.equals(truth(rs.getString(1))));
    } catch (SQLException e) {
      // A default that is not a value (a sequence, a function the database refuses here) is not TRUE.
      return false;
    }
    return isTrue[0];
  }

  /** The kind of literal each column of the table takes, by lower-case name. */
  private Map<String, Kind> kinds(String table) throws SQLException {
    Map<String, Kind> known = kinds.get(table);
    if (known != null) {
      return known;
    }
    Map<String, Kind> read = new HashMap<>();
    underSavepoint(
        SampleSql.columnTypes(table),
        rs -> {
          ResultSetMetaData metaData = rs.getMetaData();
          for (int i = 1; i <= metaData.getColumnCount(); i++) {
            read.put(SchemaCatalog.lower(metaData.getColumnLabel(i)), Kind.of(metaData.getColumnType(i)));
          }
        });
    kinds.put(table, read);
    return read;
  }

  private interface ResultReader {
    void read(ResultSet rs) throws SQLException;
  }

  private void underSavepoint(String query, ResultReader reader) throws SQLException {
    Savepoint savepoint = connection.getAutoCommit() ? null : connection.setSavepoint();
    try (PreparedStatement statement = connection.prepareStatement(query);
        ResultSet rs = statement.executeQuery()) {
      reader.read(rs);
    } catch (SQLException e) {
      if (savepoint != null) {
        connection.rollback(savepoint);
      }
      e.addSuppressed(new SQLException("softdelete schema verification ran: " + query));
      throw e;
    }
    if (savepoint != null) {
      release(savepoint);
    }
  }

  private void release(Savepoint savepoint) {
    try {
      connection.releaseSavepoint(savepoint);
    } catch (SQLException e) {
      // Some drivers (Oracle's) cannot release a savepoint; it then ends with the transaction.
    }
  }
}
