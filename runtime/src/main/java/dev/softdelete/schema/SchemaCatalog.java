package dev.softdelete.schema;

import dev.softdelete.Dialect;
import dev.softdelete.schema.IndexInfo.Nulls;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads what {@link SchemaVerifier} needs of a table from the database's own catalog, one subclass
 * per dialect: its columns (nullability and default), its unique indexes and constraints (key parts,
 * predicate, how NULLs compare), its other ordered indexes, its CHECK constraints (as SQL text), and
 * its FOREIGN KEYs. The table is looked up where the repository's unqualified, unquoted SQL would find it;
 * column and index names are compared ignoring case. This class holds what the readers share: the
 * JDBC plumbing and the case rules.
 */
abstract class SchemaCatalog {
  final Connection connection;

  SchemaCatalog(Connection connection) {
    this.connection = connection;
  }

  static SchemaCatalog of(Dialect dialect, Connection connection) {
    return switch (dialect) {
      case H2 -> new H2Catalog(connection);
      case POSTGRESQL -> new PostgreSqlCatalog(connection);
      case MYSQL -> new MySqlCatalog(connection);
      case SQLITE -> new SqliteCatalog(connection);
      case SQLSERVER -> new SqlServerCatalog(connection);
      case ORACLE -> new OracleCatalog(connection);
    };
  }

  /** The table that unqualified SQL naming it would use, or why there is none. */
  abstract TableLookup read(String table) throws SQLException;

  /** Where tables are looked up, for messages: {@code schema PUBLIC}, {@code database app}. */
  abstract String location() throws SQLException;

  static String lower(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  /** A row of a query's result, by column position. */
  interface Row {
    String string(int column) throws SQLException;

    boolean bool(int column) throws SQLException;

    int integer(int column) throws SQLException;

    /** The column as a long; 0 for NULL (the SUM of no rows). */
    long number(int column) throws SQLException;
  }

  interface RowHandler {
    void accept(Row row) throws SQLException;
  }

  /** Runs a query whose parameters are all strings, and hands each row to the handler. */
  void query(String sql, RowHandler handler, String... parameters) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setString(i + 1, parameters[i]);
      }
      try (ResultSet rs = statement.executeQuery()) {
        Row row =
            new Row() {
              @Override
              public String string(int column) throws SQLException {
                return rs.getString(column);
              }

              @Override
              public boolean bool(int column) throws SQLException {
                return rs.getBoolean(column);
              }

              @Override
              public int integer(int column) throws SQLException {
                return rs.getInt(column);
              }

              @Override
              public long number(int column) throws SQLException {
                return rs.getLong(column);
              }
            };
        while (rs.next()) {
          handler.accept(row);
        }
      }
    } catch (SQLException e) {
      e.addSuppressed(new SQLException("softdelete schema verification ran: " + sql));
      throw e;
    }
  }

  /**
   * The table's columns from the SQL standard's INFORMATION_SCHEMA.COLUMNS, which H2 and MySQL/MariaDB
   * share; {@code schema} is the dialect's expression for the current schema.
   */
  List<ColumnInfo> informationSchemaColumns(String schema, String table) throws SQLException {
    List<ColumnInfo> columns = new ArrayList<>();
    query(
        "SELECT COLUMN_NAME, IS_NULLABLE, COLUMN_DEFAULT FROM INFORMATION_SCHEMA.COLUMNS"
            + " WHERE TABLE_SCHEMA = " + schema + " AND TABLE_NAME = ? ORDER BY ORDINAL_POSITION",
        row -> columns.add(new ColumnInfo(row.string(1), "YES".equals(row.string(2)), row.string(3))),
        table);
    return columns;
  }

  /** The first column of the query's rows. */
  List<String> strings(String sql, String... parameters) throws SQLException {
    List<String> values = new ArrayList<>();
    query(sql, row -> values.add(row.string(1)), parameters);
    return values;
  }

  /**
   * Of the tables found ignoring case, the one that the repository's unquoted SQL naming {@code
   * wanted} reaches, by the identifier rules the driver reports: names folded to upper case (H2,
   * Oracle) or lower case (MySQL with lower_case_table_names = 1) are matched folded, case-sensitive
   * names (MySQL on Linux) exactly, and case-blind ones (SQL Server) in any case.
   */
  Optional<String> reachable(List<String> found, String wanted) throws SQLException {
    DatabaseMetaData metaData = connection.getMetaData();
    String folded =
        metaData.storesUpperCaseIdentifiers()
            ? wanted.toUpperCase(Locale.ROOT)
            : metaData.storesLowerCaseIdentifiers()
                ? lower(wanted)
                : metaData.supportsMixedCaseIdentifiers() ? wanted : null;
    if (folded == null) {
      return found.stream().filter(wanted::equals).findFirst().or(() -> found.stream().findFirst());
    }
    return found.stream().filter(folded::equals).findFirst();
  }

  /** No table is reachable: the first one found ignoring case, if any, differs from it in case. */
  static TableLookup missing(List<String> foundIgnoringCase) {
    return new TableLookup(Optional.empty(), foundIgnoringCase.stream().findFirst());
  }

  /** Collects foreign keys from rows sorted by constraint and position, one row per column. */
  static final class ForeignKeyCollector {
    private final Map<String, ForeignKeyInfo> keys = new LinkedHashMap<>();

    void add(String name, String column, String parentTable, String parentColumn, String unenforced) {
      ForeignKeyInfo key = keys.get(name);
      List<String> columns = new ArrayList<>(key == null ? List.of() : key.columns());
      List<String> parentColumns = new ArrayList<>(key == null ? List.of() : key.parentColumns());
      columns.add(column);
      parentColumns.add(parentColumn);
      keys.put(name, new ForeignKeyInfo(name, columns, parentTable, parentColumns, unenforced));
    }

    List<ForeignKeyInfo> foreignKeys() {
      return List.copyOf(keys.values());
    }
  }

  /** Collects the parts of indexes from rows sorted by index and position. */
  static final class IndexCollector {
    private final Map<String, List<String>> parts = new LinkedHashMap<>();

    void add(String index, String part) {
      parts.computeIfAbsent(index, i -> new ArrayList<>()).add(part);
    }

    Map<String, List<String>> parts() {
      return parts;
    }

    /** The collected indexes as plain ones: no WHERE clause, not unique, in use. */
    List<IndexInfo> plainIndexes() {
      return parts.entrySet().stream()
          .map(index -> new IndexInfo(index.getKey(), index.getValue(), null, Nulls.DISTINCT, null, false, null))
          .toList();
    }
  }
}
