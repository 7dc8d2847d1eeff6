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
   * The query limited to a page: an offset and a maximum, bound in the order {@link #pageMaxFirst}
   * says. The SQL:2008 form, which H2, PostgreSQL, SQL Server 2012 and Oracle 12c read.
   */
  String pageRows(String orderedQuery) {
    return orderedQuery + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY";
  }

  /** Whether {@link #pageRows} binds the maximum before the offset. */
  boolean pageMaxFirst() {
    return false;
  }

  /**
   * A statement deleting at most {@code batch} dead rows deleted before the cutoff, oldest first,
   * with the cutoff bound once or, where the database needs it, twice ({@link #purgeBindsTwice}).
   * Each statement must read about the rows it deletes, not every row that matches: the purge runs
   * it until a statement deletes fewer, so a statement that reads all matching rows makes the purge
   * quadratic. The rows are chosen by {@code deleted_at < ?} alone, in deleted-at order: deleted-at is
   * set exactly on dead rows (the table's CHECK), and naming the live column too would let a planner
   * whose statistics are stale (a table just filled) read the (live, id) index, all of its dead rows,
   * and sort them in every batch (measured on PostgreSQL, MariaDB and SQLite). Where a subquery chooses
   * them, the outer predicate repeats the whole test, so that a row restored while the statement waits
   * for its lock is checked again and kept; a restored row's deleted-at is NULL, so the single-statement
   * forms keep it too.
   *
   * @param dead the predicate of dead rows
   */
  abstract String boundedDelete(String table, String id, String dead, String deletedAt, int batch);

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

    /**
     * H2 re-runs an IN subquery of a DELETE for every row it tests, as each deleted row changes the
     * data the cached result came from: one statement of the standard form reads the batch's rows once
     * per candidate row, and a purge of 69,000 rows took ten minutes. H2 deletes a bounded number of
     * rows of its own (FETCH FIRST, in no given order), and reads them in the deleted-at index when the
     * range has a lower bound: a range open below starts at the index's NULLs, the live rows, and H2
     * reads them all in every batch. The bound is H2's earliest TIMESTAMP WITH TIME ZONE.
     */
    @Override
    String boundedDelete(String table, String id, String dead, String deletedAt, int batch) {
      return "DELETE FROM " + table + " WHERE " + deletedAt
          + " >= TIMESTAMP WITH TIME ZONE '-999999999-01-01 00:00:00+18' AND " + deletedAt + " < ? FETCH FIRST "
          + batch + " ROWS ONLY";
    }

    @Override
    boolean purgeBindsTwice() {
      return false;
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

    /**
     * PostgreSQL plans {@code id IN (subquery)} as a join, and while the subquery's estimate is off it
     * hashes the subquery and reads every matching row of the outer table in each batch. {@code id =
     * ANY(ARRAY(subquery))} runs the subquery once, before the delete, and looks its ids up in an index.
     */
    @Override
    String boundedDelete(String table, String id, String dead, String deletedAt, int batch) {
      return "DELETE FROM " + table + " WHERE " + dead + " AND " + deletedAt + " < ? AND " + id
          + " = ANY(ARRAY(SELECT " + id + " FROM " + table + " WHERE " + deletedAt + " < ? ORDER BY " + deletedAt
          + " LIMIT " + batch + "))";
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

    @Override
    String pageRows(String orderedQuery) {
      return orderedQuery + " LIMIT ? OFFSET ?";
    }

    @Override
    boolean pageMaxFirst() {
      return true;
    }

    /**
     * MySQL refuses LIMIT in an IN subquery, but deletes in order with a limit of its own. In the
     * deleted-at index's order, which reads just the batch's rows; ORDER BY id read and sorted every
     * matching row in each batch.
     */
    @Override
    String boundedDelete(String table, String id, String dead, String deletedAt, int batch) {
      return "DELETE FROM " + table + " WHERE " + deletedAt + " < ? ORDER BY " + deletedAt + " LIMIT " + batch;
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
    String pageRows(String orderedQuery) {
      return orderedQuery + " LIMIT ? OFFSET ?";
    }

    @Override
    boolean pageMaxFirst() {
      return true;
    }

    /** SQLite runs the IN subquery once and deletes by rowid; DELETE ... LIMIT is a compile option. */
    @Override
    String boundedDelete(String table, String id, String dead, String deletedAt, int batch) {
      return "DELETE FROM " + table + " WHERE " + dead + " AND " + deletedAt + " < ? AND " + id + " IN (SELECT "
          + id + " FROM " + table + " WHERE " + deletedAt + " < ? ORDER BY " + deletedAt + " LIMIT " + batch + ")";
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
    String boundedDelete(String table, String id, String dead, String deletedAt, int batch) {
      return "DELETE FROM " + table + " WHERE " + dead + " AND " + deletedAt + " < ? AND " + id
          + " IN (SELECT TOP (" + batch + ") " + id + " FROM " + table + " WHERE " + deletedAt + " < ? ORDER BY "
          + deletedAt + ")";
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
    String boundedDelete(String table, String id, String dead, String deletedAt, int batch) {
      return "DELETE FROM " + table + " WHERE " + dead + " AND " + deletedAt + " < ? AND ROWNUM <= " + batch;
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
