package dev.softdelete.schema;

import dev.softdelete.Dialect;
import dev.softdelete.TableDefinition;
import dev.softdelete.jdbi.SoftDeleteConfig;
import dev.softdelete.schema.SchemaProblem.Kind;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * Checks a live database against the contract that soft deletion relies on, and reports every way it
 * breaks it, all at once. Run it when a service starts, after its migrations:
 *
 * <pre>{@code
 * jdbi.useHandle(h -> SchemaVerifier.verifyOrThrow(h, UserSchema.DEFINITION, MembershipSchema.DEFINITION));
 * }</pre>
 *
 * <p>For each table it reports (see {@link SchemaProblem.Kind}): a missing table or column (an
 * entity column, the live column, the deleted-at column); a live column that is NOT NULL or whose
 * default is not TRUE; a missing CHECK that keeps FALSE out of the live column, a missing CHECK that
 * ties the live column to deleted-at, and a CHECK that refuses the rows the repository writes; rows
 * that hold FALSE in the live column, or whose live column and deleted-at disagree; and per key, no
 * unique index at all, a unique index that leaves out the live column (over the key alone, or over
 * (key, deleted-at)), one over an expression of the key that takes different keys for one, or one
 * that treats NULLs as equal.
 *
 * <p><b>Warnings.</b> It also reports, as {@linkplain SchemaProblem.Severity#WARNING warnings}, the
 * two plain indexes of the generated DDL when nothing serves their queries: {@code ix_<table>_live}
 * over (live, id), which the pages of live and dead rows read in order ({@link
 * SchemaProblem.Kind#LIVE_INDEX_MISSING}), and {@code ix_<table>_deleted_at}, which purging reads
 * ({@link SchemaProblem.Kind#DELETED_AT_INDEX_MISSING}); and each index declared with
 * {@code @Index} that nothing serves ({@link SchemaProblem.Kind#DECLARED_INDEX_MISSING}), or whose
 * name another index bears ({@link SchemaProblem.Kind#DECLARED_INDEX_DIFFERS}). Without them every
 * query still returns the right rows, only slower: on H2 with 10,000 users a page of 100 live rows
 * took 20 µs with the (live, id) index and 1,271 µs without it. {@link #verifyOrThrow(Handle,
 * TableDefinition...)} ignores warnings; {@link #verifyOrThrow(Handle, Strictness, TableDefinition...)} with {@link
 * Strictness#ERRORS_AND_WARNINGS} makes them fatal. What counts as serving the queries, per database,
 * is in {@code ScanIndexes}: an index whose first key columns are (live, id), or one over (live) alone
 * where every index ends with the primary key (InnoDB, SQLite's rowid); a partial index serves the
 * pages of the rows it keeps. For purging, an index led by deleted-at that keeps every dead row.
 *
 * <p><b>Relations.</b> For the table of an entity that references or is referenced by another
 * ({@link TableDefinition#relations()}), it also reports a missing deletion column; per
 * {@code @References} component, a missing foreign key to the parent's id ({@link
 * SchemaProblem.Kind#FOREIGN_KEY_MISSING}), one from the column to another table or column ({@link
 * SchemaProblem.Kind#FOREIGN_KEY_DIFFERS}), and one the database does not check ({@link
 * SchemaProblem.Kind#FOREIGN_KEY_NOT_ENFORCED}: disabled, or off on this connection, as SQLite's
 * foreign keys are unless {@code PRAGMA foreign_keys = ON}), all errors; and warns of a missing index
 * over every row led by the reference column ({@link SchemaProblem.Kind#REFERENCE_INDEX_MISSING}) or
 * led by the deletion column ({@link SchemaProblem.Kind#DELETION_INDEX_MISSING}). A foreign key counts
 * by the columns it joins, not by its name.
 *
 * <p><b>How it judges.</b> It reads the catalog (INFORMATION_SCHEMA on H2; pg_class, pg_index and
 * pg_constraint on PostgreSQL; information_schema on MySQL and MariaDB; PRAGMAs and sqlite_master on
 * SQLite; sys.indexes, sys.columns and sys.check_constraints on SQL Server; ALL_INDEXES,
 * ALL_IND_EXPRESSIONS and ALL_CONSTRAINTS on Oracle), then has the database itself evaluate each
 * CHECK, each unique index's key parts and its WHERE clause over a few sample rows (one SELECT over
 * literal rows typed like the table's columns): two live rows with the same key, a dead and a live
 * one, two dead ones, live rows with a NULL key column. So a CHECK counts by what it does, not by its
 * name or spelling ({@code live <> FALSE} forbids FALSE as well as {@code live IS NULL OR live = TRUE}
 * does, and so does {@code CAST(live AS INT) = 1 OR live IS NULL}), and a partial index {@code (email)
 * WHERE live = TRUE} on PostgreSQL or SQLite counts as the key's index as well as {@code (email,
 * live)}. Names are compared ignoring case. Inside a transaction each evaluation runs under a
 * savepoint, so an expression the database refuses does not abort the transaction.
 *
 * <p>It also runs two COUNT queries per table, over the rows whose live column is neither TRUE nor
 * NULL and over the rows whose live column and deleted-at disagree; the generated indexes on the live
 * column and on deleted-at serve them.
 *
 * <p>The SQL Server and Oracle catalog readers are written from those databases' documentation and
 * have not been run against a live server; the judging they feed is tested on H2 in those databases'
 * compatibility modes.
 */
public final class SchemaVerifier {
  private SchemaVerifier() {}

  /**
   * Verifies the tables on the handle's database, in the dialect of its {@link SoftDeleteConfig}.
   * Never throws for drift: every problem is in the report.
   *
   * @throws UnableToExecuteStatementException if the catalog cannot be read
   */
  public static SchemaReport verify(Handle handle, TableDefinition... tables) {
    Objects.requireNonNull(handle, "handle");
    Connection connection = handle.getConnection();
    Dialect dialect = handle.getConfig(SoftDeleteConfig.class).dialect(connection);
    return verify(dialect, connection, Arrays.asList(tables));
  }

  /** Which problems make {@link #verifyOrThrow(Handle, Strictness, TableDefinition...)} throw. */
  public enum Strictness {
    /** Errors only: the schema breaks soft deletion. Warnings are left to the report. */
    ERRORS,
    /** Errors and warnings: an index that the generated DDL has is missing too. */
    ERRORS_AND_WARNINGS
  }

  /**
   * Verifies the tables, and throws if anything breaks the contract. Warnings (missing indexes that
   * only make queries slow) do not make it throw, and it logs nothing; to make them fatal, pass {@link
   * Strictness#ERRORS_AND_WARNINGS}.
   *
   * @throws SchemaMismatchException listing every problem, warnings included, one per line
   * @throws UnableToExecuteStatementException if the catalog cannot be read
   */
  public static void verifyOrThrow(Handle handle, TableDefinition... tables) {
    verifyOrThrow(handle, Strictness.ERRORS, tables);
  }

  /**
   * Verifies the tables, and throws if there is an error or, with {@link
   * Strictness#ERRORS_AND_WARNINGS}, a warning.
   *
   * <pre>{@code
   * jdbi.useHandle(h -> SchemaVerifier.verifyOrThrow(h, Strictness.ERRORS_AND_WARNINGS, UserSchema.DEFINITION));
   * }</pre>
   *
   * @throws SchemaMismatchException listing every problem, warnings included, one per line
   * @throws UnableToExecuteStatementException if the catalog cannot be read
   */
  public static void verifyOrThrow(Handle handle, Strictness strictness, TableDefinition... tables) {
    Objects.requireNonNull(strictness, "strictness");
    SchemaReport report = verify(handle, tables);
    boolean fatal = strictness == Strictness.ERRORS ? !report.ok() : !report.problems().isEmpty();
    if (fatal) {
      throw new SchemaMismatchException(report);
    }
  }

  static SchemaReport verify(Dialect dialect, Connection connection, List<TableDefinition> tables) {
    SchemaCatalog catalog = SchemaCatalog.of(dialect, connection);
    DatabaseEvaluator evaluator = new DatabaseEvaluator(dialect, connection);
    SchemaFixes fix = new SchemaFixes(dialect);
    List<SchemaProblem> problems = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (TableDefinition definition : tables) {
      Objects.requireNonNull(definition, "table definition");
      names.add(definition.table());
      try {
        TableLookup lookup = catalog.read(definition.table());
        if (lookup.table().isEmpty()) {
          problems.add(missingTable(dialect, definition, catalog.location(), lookup));
          continue;
        }
        TableInfo table = lookup.table().get();
        RowCounts counts = RowCounts.count(catalog, fix, definition, table);
        AnalysisContext context =
            new AnalysisContext(dialect, definition, table, evaluator, fix, new ArrayList<>());
        problems.addAll(TableAnalysis.analyze(context, counts));
      } catch (SQLException e) {
        throw new UnableToExecuteStatementException(
            "softdelete: cannot read the catalog of table " + definition.table() + " on "
                + dialect.displayName() + ": " + e.getMessage(),
            e,
            null);
      }
    }
    return new SchemaReport(dialect, names, problems);
  }

  private static SchemaProblem missingTable(
      Dialect dialect, TableDefinition definition, String location, TableLookup lookup) {
    String table = definition.table();
    return new SchemaProblem(
        table,
        Kind.MISSING_TABLE,
        table,
        "Table " + table + " does not exist in " + location
            + lookup.otherCase()
                .map(other -> " (there is a table " + other + ", but its name differs in case, so the"
                    + " repository's unquoted " + table + " does not reach it)")
                .orElse("")
            + ", so every statement of its repository fails. Fix: create it with the generated DDL"
            + " (createStatements(Dialect." + dialect.name() + ") of its Schema class, or META-INF/softdelete/"
            + dialect.id() + "/" + table + ".sql)");
  }
}
