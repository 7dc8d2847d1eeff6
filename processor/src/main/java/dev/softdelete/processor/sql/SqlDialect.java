package dev.softdelete.processor.sql;

import dev.softdelete.Dialect;
import dev.softdelete.internal.ddl.IndexDdl;
import dev.softdelete.internal.ddl.LiveColumn;
import dev.softdelete.processor.model.Component;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What one database spells its own way in the statements of a repository: row limits, the bounded
 * purge, the finder by key and how its driver returns generated keys. The live column's literals and
 * every DDL form are in {@code dev.softdelete.internal.ddl}, shared with the schema verifier. Everything
 * else in the generated SQL is the same on every database.
 */
abstract class SqlDialect {
  private final Dialect dialect;

  SqlDialect(Dialect dialect) {
    this.dialect = dialect;
  }

  static SqlDialect of(Dialect dialect) {
    return switch (dialect) {
      case H2 -> new H2();
      case POSTGRESQL -> new PostgreSql();
      case MYSQL -> new MySql();
      case SQLITE -> new Sqlite();
      case SQLSERVER -> new SqlServer();
      case ORACLE -> new Oracle();
    };
  }

  /** The literal that the live column holds for live rows. */
  final String trueLiteral() {
    return LiveColumn.trueLiteral(dialect);
  }

  /** The literal that the live column never holds. */
  final String falseLiteral() {
    return LiveColumn.falseLiteral(dialect);
  }

  /** The query limited to a bound number of first rows; the query ends with its ORDER BY. */
  String firstRows(String orderedQuery) {
    return orderedQuery + " FETCH FIRST ? ROWS ONLY";
  }

  /**
   * A statement deleting at most {@code batch} rows that match {@code where}, lowest ids first, with
   * {@code where}'s parameters bound once or, where the database needs it, twice ({@link
   * #purgeBindsTwice}). The outer predicate repeats the inner one, so that a row restored while the
   * statement waits for its lock is checked again and kept.
   */
  String boundedDelete(String table, String id, String where, int batch) {
    return "DELETE FROM " + table + " WHERE " + where + " AND " + id + " IN (SELECT " + id + " FROM "
        + table + " WHERE " + where + " ORDER BY " + id + " FETCH FIRST " + batch + " ROWS ONLY)";
  }

  /** Whether {@link #boundedDelete} repeats the predicate's parameters. */
  boolean purgeBindsTwice() {
    return true;
  }

  /**
   * The predicate of a finder by key: the live row whose key columns equal the parameters. Where the
   * unique index is over expressions, the finder compares the same expressions, so that it uses it.
   */
  String findByKey(List<Component> key, String live) {
    return key.stream().map(c -> c.column() + " = ?").collect(Collectors.joining(" AND "))
        + " AND " + live + " = " + trueLiteral();
  }

  /** Whether the driver returns the generated keys of every row of a batch. */
  boolean batchGeneratedKeys() {
    return true;
  }

  /** The name of the id column as the driver wants it to return the generated key. */
  String generatedKeyColumn(String column) {
    return column;
  }

  /** H2 2.x. */
  static final class H2 extends SqlDialect {
    H2() {
      super(Dialect.H2);
    }
  }

  /** PostgreSQL 15 or later. */
  static final class PostgreSql extends SqlDialect {
    PostgreSql() {
      super(Dialect.POSTGRESQL);
    }

    /**
     * The name as PostgreSQL holds an unquoted column: lower case. pgjdbc quotes the names it puts
     * into its RETURNING clause, so {@code productId} must be asked for as {@code productid}.
     */
    @Override
    String generatedKeyColumn(String column) {
      return column.toLowerCase(Locale.ROOT);
    }
  }

  /** MySQL 8.0.16+ and MariaDB 10.5+. */
  static final class MySql extends SqlDialect {
    MySql() {
      super(Dialect.MYSQL);
    }

    @Override
    String firstRows(String orderedQuery) {
      return orderedQuery + " LIMIT ?";
    }

    /** MySQL refuses LIMIT in an IN subquery, but deletes in order with a limit of its own. */
    @Override
    String boundedDelete(String table, String id, String where, int batch) {
      return "DELETE FROM " + table + " WHERE " + where + " ORDER BY " + id + " LIMIT " + batch;
    }

    @Override
    boolean purgeBindsTwice() {
      return false;
    }
  }

  /** SQLite 3.35+. */
  static final class Sqlite extends SqlDialect {
    Sqlite() {
      super(Dialect.SQLITE);
    }

    @Override
    String firstRows(String orderedQuery) {
      return orderedQuery + " LIMIT ?";
    }

    @Override
    String boundedDelete(String table, String id, String where, int batch) {
      return "DELETE FROM " + table + " WHERE " + where + " AND " + id + " IN (SELECT " + id + " FROM "
          + table + " WHERE " + where + " ORDER BY " + id + " LIMIT " + batch + ")";
    }

    /** sqlite-jdbc returns no generated keys for a batch. */
    @Override
    boolean batchGeneratedKeys() {
      return false;
    }
  }

  /** SQL Server 2016+. */
  static final class SqlServer extends SqlDialect {
    SqlServer() {
      super(Dialect.SQLSERVER);
    }

    @Override
    String firstRows(String orderedQuery) {
      return orderedQuery + " OFFSET 0 ROWS FETCH NEXT ? ROWS ONLY";
    }

    @Override
    String boundedDelete(String table, String id, String where, int batch) {
      return "DELETE FROM " + table + " WHERE " + where + " AND " + id + " IN (SELECT TOP (" + batch
          + ") " + id + " FROM " + table + " WHERE " + where + " ORDER BY " + id + ")";
    }

    /** mssql-jdbc returns no generated keys for a batch. */
    @Override
    boolean batchGeneratedKeys() {
      return false;
    }
  }

  /** Oracle 19c+. */
  static final class Oracle extends SqlDialect {
    Oracle() {
      super(Dialect.ORACLE);
    }

    /** The key's unique index is over expressions ({@link IndexDdl#oracleKeyPart}); compare those. */
    @Override
    String findByKey(List<Component> key, String live) {
      List<String> columns = Ddl.columns(key);
      return key.stream()
          .map(c -> "(" + IndexDdl.oracleKeyPart(columns, live, Ddl.nullable(key), c.column()) + ") = ?")
          .collect(Collectors.joining(" AND "));
    }

    /**
     * Any {@code batch} matching rows, not the lowest ids: ROWNUM numbers rows as they are read. The
     * purge loops until a statement deletes fewer, so it deletes the same rows in the end.
     * https://docs.oracle.com/en/database/oracle/oracle-database/19/sqlrf/ROWNUM-Pseudocolumn.html
     */
    @Override
    String boundedDelete(String table, String id, String where, int batch) {
      return "DELETE FROM " + table + " WHERE " + where + " AND ROWNUM <= " + batch;
    }

    @Override
    boolean purgeBindsTwice() {
      return false;
    }

    /** ojdbc's batches return no generated keys. */
    @Override
    boolean batchGeneratedKeys() {
      return false;
    }

    /**
     * The name as Oracle's dictionary holds an unquoted column: upper case. ojdbc turns the names
     * into a RETURNING clause and takes them unquoted; "ID" is right whether or not a driver
     * version quotes them or matches them against the table's metadata.
     */
    @Override
    String generatedKeyColumn(String column) {
      return column.toUpperCase(Locale.ROOT);
    }
  }
}
