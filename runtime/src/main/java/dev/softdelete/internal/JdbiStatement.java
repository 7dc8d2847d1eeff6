package dev.softdelete.internal;

import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.net.URL;
import java.sql.Array;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.Date;
import java.sql.NClob;
import java.sql.ParameterMetaData;
import java.sql.PreparedStatement;
import java.sql.Ref;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.RowId;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLWarning;
import java.sql.SQLXML;
import java.sql.Time;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.result.BatchResultBearing;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.TemplateEngine;
import org.jdbi.v3.core.statement.Update;

/**
 * A statement of the Jdbi path. The generated code binds and runs it as it would a driver's
 * statement; each {@code setX(index, value)} becomes a positional Jdbi {@link RecordedArgument} that
 * makes the same call, and each {@code execute} method runs a {@link Query}, {@link Update} or {@link
 * PreparedBatch} of the handle, so that Jdbi logs, times, customizes, applies the timeout, emits its
 * JFR event and calls its context listeners. Results are the driver's own result sets, read by the
 * generated readers. An exception Jdbi wraps around the driver's SQLException is unwrapped, so that
 * callers translate the same SQLException on both paths.
 *
 * <p>What a repository never calls (cursors, fetch sizes, multiple results) is not supported.
 */
final class JdbiStatement implements PreparedStatement {
  private final Handle handle;
  private final String sql;
  private final String[] keyColumns;
  private final String group;
  private final String name;

  /** The parameters bound since the last execute or addBatch, by index. */
  private TreeMap<Integer, RecordedArgument> parameters = new TreeMap<>();

  private final List<TreeMap<Integer, RecordedArgument>> batch = new ArrayList<>();

  /** The Jdbi statement that ran last; its results are read until the next execute or close. */
  private SqlStatement<?> running;

  private ResultSet resultSet;
  private ResultSet generatedKeys;
  private int updateCount = -1;
  private boolean closed;

  JdbiStatement(Handle handle, String sql, String[] keyColumns, String group, String name) {
    this.handle = handle;
    this.sql = sql;
    this.keyColumns = keyColumns;
    this.group = group;
    this.name = name;
  }

  // Running through Jdbi

  @Override
  public ResultSet executeQuery() throws SQLException {
    Query query = start(handle.createQuery(sql));
    bind(query, parameters);
    try {
      resultSet = query.execute((statement, ctx) -> statement.get().getResultSet());
    } catch (JdbiException e) {
      throw unwrapped(e);
    }
    return resultSet;
  }

  @Override
  public int executeUpdate() throws SQLException {
    Update update = start(handle.createUpdate(sql));
    bind(update, parameters);
    if (keyColumns != null) {
      // What Jdbi's executeAndReturnGeneratedKeys sets, with the update count kept as well.
      StatementContext ctx = update.getContext();
      ctx.setReturningGeneratedKeys(true);
      ctx.setGeneratedKeysColumnNames(keyColumns);
    }
    try {
      updateCount =
          update.execute(
              (supplier, ctx) -> {
                PreparedStatement statement = supplier.get();
                if (keyColumns != null) {
                  generatedKeys = statement.getGeneratedKeys();
                }
                return statement.getUpdateCount();
              });
    } catch (JdbiException e) {
      throw unwrapped(e);
    }
    return updateCount;
  }

  @Override
  public int[] executeBatch() throws SQLException {
    PreparedBatch prepared = start(handle.prepareBatch(sql));
    for (TreeMap<Integer, RecordedArgument> row : batch) {
      bind(prepared, row);
      prepared.add();
    }
    batch.clear();
    try {
      if (keyColumns == null) {
        return prepared.execute();
      }
      BatchResultBearing result = prepared.executePreparedBatch(keyColumns);
      generatedKeys = result.scanResultSet((keys, ctx) -> keys.get());
      return result.modifiedRowCounts();
    } catch (JdbiException e) {
      throw unwrapped(e);
    }
  }

  @Override
  public boolean execute() throws SQLException {
    throw new SQLFeatureNotSupportedException("softdelete runs executeQuery, executeUpdate or executeBatch");
  }

  /** Closes what ran before, and sets up the next statement: our SQL as it is, named for metrics. */
  private <S extends SqlStatement<S>> S start(S statement) throws SQLException {
    ensureOpen();
    closeRunning();
    running = statement;
    return statement
        .setTemplateEngine(TemplateEngine.NOP)
        .setSqlParser(PositionalSqlParser.INSTANCE)
        .define(Statements.GROUP_ATTRIBUTE, group)
        .define(Statements.NAME_ATTRIBUTE, name);
  }

  private static void bind(SqlStatement<?> statement, TreeMap<Integer, RecordedArgument> values) {
    values.forEach((index, argument) -> statement.bind(index - 1, argument));
  }

  private static SQLException unwrapped(JdbiException e) {
    if (e.getCause() instanceof SQLException cause) {
      return cause;
    }
    throw e;
  }

  private void closeRunning() throws SQLException {
    resultSet = null;
    generatedKeys = null;
    updateCount = -1;
    if (running != null) {
      SqlStatement<?> last = running;
      running = null;
      try {
        last.close();
      } catch (JdbiException e) {
        throw unwrapped(e);
      }
    }
  }

  private void ensureOpen() throws SQLException {
    if (closed) {
      throw new SQLException("statement is closed: " + sql);
    }
  }

  @Override
  public void close() throws SQLException {
    if (!closed) {
      closed = true;
      closeRunning();
    }
  }

  @Override
  public boolean isClosed() {
    return closed;
  }

  @Override
  public ResultSet getResultSet() {
    return resultSet;
  }

  @Override
  public int getUpdateCount() {
    return updateCount;
  }

  @Override
  public ResultSet getGeneratedKeys() throws SQLException {
    if (generatedKeys == null) {
      throw new SQLException("no generated keys: " + sql);
    }
    return generatedKeys;
  }

  /** The handle's own connection: In lists create their arrays on it. */
  @Override
  public Connection getConnection() {
    return handle.getConnection();
  }

  // Recording parameters

  private void record(int index, Object value, RecordedArgument.Setter setter) throws SQLException {
    ensureOpen();
    parameters.put(index, new RecordedArgument(value, setter));
  }

  @Override
  public void addBatch() throws SQLException {
    ensureOpen();
    batch.add(parameters);
    parameters = new TreeMap<>();
  }

  @Override
  public void clearParameters() {
    parameters.clear();
  }

  @Override
  public void clearBatch() {
    batch.clear();
  }

  @Override
  public void setNull(int index, int sqlType) throws SQLException {
    record(index, null, (s, i) -> s.setNull(i, sqlType));
  }

  @Override
  public void setNull(int index, int sqlType, String typeName) throws SQLException {
    record(index, null, (s, i) -> s.setNull(i, sqlType, typeName));
  }

  @Override
  public void setBoolean(int index, boolean x) throws SQLException {
    record(index, x, (s, i) -> s.setBoolean(i, x));
  }

  @Override
  public void setByte(int index, byte x) throws SQLException {
    record(index, x, (s, i) -> s.setByte(i, x));
  }

  @Override
  public void setShort(int index, short x) throws SQLException {
    record(index, x, (s, i) -> s.setShort(i, x));
  }

  @Override
  public void setInt(int index, int x) throws SQLException {
    record(index, x, (s, i) -> s.setInt(i, x));
  }

  @Override
  public void setLong(int index, long x) throws SQLException {
    record(index, x, (s, i) -> s.setLong(i, x));
  }

  @Override
  public void setFloat(int index, float x) throws SQLException {
    record(index, x, (s, i) -> s.setFloat(i, x));
  }

  @Override
  public void setDouble(int index, double x) throws SQLException {
    record(index, x, (s, i) -> s.setDouble(i, x));
  }

  @Override
  public void setBigDecimal(int index, BigDecimal x) throws SQLException {
    record(index, x, (s, i) -> s.setBigDecimal(i, x));
  }

  @Override
  public void setString(int index, String x) throws SQLException {
    record(index, x, (s, i) -> s.setString(i, x));
  }

  @Override
  public void setNString(int index, String x) throws SQLException {
    record(index, x, (s, i) -> s.setNString(i, x));
  }

  @Override
  public void setBytes(int index, byte[] x) throws SQLException {
    record(index, x, (s, i) -> s.setBytes(i, x));
  }

  @Override
  public void setDate(int index, Date x) throws SQLException {
    record(index, x, (s, i) -> s.setDate(i, x));
  }

  @Override
  public void setDate(int index, Date x, Calendar cal) throws SQLException {
    record(index, x, (s, i) -> s.setDate(i, x, cal));
  }

  @Override
  public void setTime(int index, Time x) throws SQLException {
    record(index, x, (s, i) -> s.setTime(i, x));
  }

  @Override
  public void setTime(int index, Time x, Calendar cal) throws SQLException {
    record(index, x, (s, i) -> s.setTime(i, x, cal));
  }

  @Override
  public void setTimestamp(int index, Timestamp x) throws SQLException {
    record(index, x, (s, i) -> s.setTimestamp(i, x));
  }

  @Override
  public void setTimestamp(int index, Timestamp x, Calendar cal) throws SQLException {
    record(index, x, (s, i) -> s.setTimestamp(i, x, cal));
  }

  @Override
  public void setObject(int index, Object x) throws SQLException {
    record(index, x, (s, i) -> s.setObject(i, x));
  }

  @Override
  public void setObject(int index, Object x, int targetSqlType) throws SQLException {
    record(index, x, (s, i) -> s.setObject(i, x, targetSqlType));
  }

  @Override
  public void setObject(int index, Object x, int targetSqlType, int scaleOrLength) throws SQLException {
    record(index, x, (s, i) -> s.setObject(i, x, targetSqlType, scaleOrLength));
  }

  @Override
  public void setArray(int index, Array x) throws SQLException {
    record(index, x, (s, i) -> s.setArray(i, x));
  }

  @Override
  public void setClob(int index, Reader reader, long length) throws SQLException {
    record(index, "<clob of " + length + " characters>", (s, i) -> s.setClob(i, reader, length));
  }

  @Override
  public void setClob(int index, Clob x) throws SQLException {
    record(index, x, (s, i) -> s.setClob(i, x));
  }

  @Override
  public void setClob(int index, Reader reader) throws SQLException {
    record(index, "<clob>", (s, i) -> s.setClob(i, reader));
  }

  @Override
  public void setBlob(int index, Blob x) throws SQLException {
    record(index, x, (s, i) -> s.setBlob(i, x));
  }

  @Override
  public void setBlob(int index, InputStream stream, long length) throws SQLException {
    record(index, "<blob of " + length + " bytes>", (s, i) -> s.setBlob(i, stream, length));
  }

  @Override
  public void setBlob(int index, InputStream stream) throws SQLException {
    record(index, "<blob>", (s, i) -> s.setBlob(i, stream));
  }

  @Override
  public void setNClob(int index, NClob x) throws SQLException {
    record(index, x, (s, i) -> s.setNClob(i, x));
  }

  @Override
  public void setNClob(int index, Reader reader, long length) throws SQLException {
    record(index, "<nclob of " + length + " characters>", (s, i) -> s.setNClob(i, reader, length));
  }

  @Override
  public void setNClob(int index, Reader reader) throws SQLException {
    record(index, "<nclob>", (s, i) -> s.setNClob(i, reader));
  }

  @Override
  public void setURL(int index, URL x) throws SQLException {
    record(index, x, (s, i) -> s.setURL(i, x));
  }

  @Override
  public void setRowId(int index, RowId x) throws SQLException {
    record(index, x, (s, i) -> s.setRowId(i, x));
  }

  @Override
  public void setRef(int index, Ref x) throws SQLException {
    record(index, x, (s, i) -> s.setRef(i, x));
  }

  @Override
  public void setSQLXML(int index, SQLXML x) throws SQLException {
    record(index, x, (s, i) -> s.setSQLXML(i, x));
  }

  @Override
  public void setAsciiStream(int index, InputStream x, int length) throws SQLException {
    record(index, "<ascii stream>", (s, i) -> s.setAsciiStream(i, x, length));
  }

  @Override
  public void setAsciiStream(int index, InputStream x, long length) throws SQLException {
    record(index, "<ascii stream>", (s, i) -> s.setAsciiStream(i, x, length));
  }

  @Override
  public void setAsciiStream(int index, InputStream x) throws SQLException {
    record(index, "<ascii stream>", (s, i) -> s.setAsciiStream(i, x));
  }

  @Override
  @Deprecated
  public void setUnicodeStream(int index, InputStream x, int length) throws SQLException {
    throw new SQLFeatureNotSupportedException("setUnicodeStream");
  }

  @Override
  public void setBinaryStream(int index, InputStream x, int length) throws SQLException {
    record(index, "<binary stream>", (s, i) -> s.setBinaryStream(i, x, length));
  }

  @Override
  public void setBinaryStream(int index, InputStream x, long length) throws SQLException {
    record(index, "<binary stream>", (s, i) -> s.setBinaryStream(i, x, length));
  }

  @Override
  public void setBinaryStream(int index, InputStream x) throws SQLException {
    record(index, "<binary stream>", (s, i) -> s.setBinaryStream(i, x));
  }

  @Override
  public void setCharacterStream(int index, Reader reader, int length) throws SQLException {
    record(index, "<character stream>", (s, i) -> s.setCharacterStream(i, reader, length));
  }

  @Override
  public void setCharacterStream(int index, Reader reader, long length) throws SQLException {
    record(index, "<character stream>", (s, i) -> s.setCharacterStream(i, reader, length));
  }

  @Override
  public void setCharacterStream(int index, Reader reader) throws SQLException {
    record(index, "<character stream>", (s, i) -> s.setCharacterStream(i, reader));
  }

  @Override
  public void setNCharacterStream(int index, Reader reader, long length) throws SQLException {
    record(index, "<character stream>", (s, i) -> s.setNCharacterStream(i, reader, length));
  }

  @Override
  public void setNCharacterStream(int index, Reader reader) throws SQLException {
    record(index, "<character stream>", (s, i) -> s.setNCharacterStream(i, reader));
  }

  // What a repository never calls

  private static SQLException unsupported(String what) {
    return new SQLFeatureNotSupportedException("softdelete's Jdbi statements do not support " + what);
  }

  @Override
  public ResultSetMetaData getMetaData() throws SQLException {
    throw unsupported("getMetaData");
  }

  @Override
  public ParameterMetaData getParameterMetaData() throws SQLException {
    throw unsupported("getParameterMetaData");
  }

  @Override
  public ResultSet executeQuery(String sql) throws SQLException {
    throw unsupported("SQL passed to execute");
  }

  @Override
  public int executeUpdate(String sql) throws SQLException {
    throw unsupported("SQL passed to execute");
  }

  @Override
  public int executeUpdate(String sql, int autoGeneratedKeys) throws SQLException {
    throw unsupported("SQL passed to execute");
  }

  @Override
  public int executeUpdate(String sql, int[] columnIndexes) throws SQLException {
    throw unsupported("SQL passed to execute");
  }

  @Override
  public int executeUpdate(String sql, String[] columnNames) throws SQLException {
    throw unsupported("SQL passed to execute");
  }

  @Override
  public boolean execute(String sql) throws SQLException {
    throw unsupported("SQL passed to execute");
  }

  @Override
  public boolean execute(String sql, int autoGeneratedKeys) throws SQLException {
    throw unsupported("SQL passed to execute");
  }

  @Override
  public boolean execute(String sql, int[] columnIndexes) throws SQLException {
    throw unsupported("SQL passed to execute");
  }

  @Override
  public boolean execute(String sql, String[] columnNames) throws SQLException {
    throw unsupported("SQL passed to execute");
  }

  @Override
  public void addBatch(String sql) throws SQLException {
    throw unsupported("SQL passed to addBatch");
  }

  @Override
  public int getMaxFieldSize() throws SQLException {
    throw unsupported("getMaxFieldSize");
  }

  @Override
  public void setMaxFieldSize(int max) throws SQLException {
    throw unsupported("setMaxFieldSize");
  }

  @Override
  public int getMaxRows() throws SQLException {
    throw unsupported("getMaxRows");
  }

  @Override
  public void setMaxRows(int max) throws SQLException {
    throw unsupported("setMaxRows");
  }

  @Override
  public void setEscapeProcessing(boolean enable) throws SQLException {
    throw unsupported("setEscapeProcessing");
  }

  /** Jdbi's query timeout, or a customizer's, applies; the statement's own is not ours to set. */
  @Override
  public int getQueryTimeout() throws SQLException {
    throw unsupported("getQueryTimeout: set SqlStatements.setQueryTimeout on the Jdbi");
  }

  @Override
  public void setQueryTimeout(int seconds) throws SQLException {
    throw unsupported("setQueryTimeout: set SqlStatements.setQueryTimeout on the Jdbi");
  }

  @Override
  public void cancel() throws SQLException {
    throw unsupported("cancel");
  }

  @Override
  public SQLWarning getWarnings() {
    return null;
  }

  @Override
  public void clearWarnings() {
    // Warnings stay on the driver's statement, which Jdbi owns.
  }

  @Override
  public void setCursorName(String name) throws SQLException {
    throw unsupported("setCursorName");
  }

  @Override
  public boolean getMoreResults() throws SQLException {
    throw unsupported("getMoreResults");
  }

  @Override
  public boolean getMoreResults(int current) throws SQLException {
    throw unsupported("getMoreResults");
  }

  @Override
  public void setFetchDirection(int direction) throws SQLException {
    throw unsupported("setFetchDirection");
  }

  @Override
  public int getFetchDirection() throws SQLException {
    throw unsupported("getFetchDirection");
  }

  @Override
  public void setFetchSize(int rows) throws SQLException {
    throw unsupported("setFetchSize");
  }

  @Override
  public int getFetchSize() throws SQLException {
    throw unsupported("getFetchSize");
  }

  @Override
  public int getResultSetConcurrency() throws SQLException {
    throw unsupported("getResultSetConcurrency");
  }

  @Override
  public int getResultSetType() throws SQLException {
    throw unsupported("getResultSetType");
  }

  @Override
  public int getResultSetHoldability() throws SQLException {
    throw unsupported("getResultSetHoldability");
  }

  @Override
  public void setPoolable(boolean poolable) throws SQLException {
    throw unsupported("setPoolable");
  }

  @Override
  public boolean isPoolable() throws SQLException {
    throw unsupported("isPoolable");
  }

  @Override
  public void closeOnCompletion() throws SQLException {
    throw unsupported("closeOnCompletion");
  }

  @Override
  public boolean isCloseOnCompletion() throws SQLException {
    throw unsupported("isCloseOnCompletion");
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    if (type.isInstance(this)) {
      return type.cast(this);
    }
    throw unsupported("unwrap to " + type.getName());
  }

  @Override
  public boolean isWrapperFor(Class<?> type) {
    return type.isInstance(this);
  }
}
