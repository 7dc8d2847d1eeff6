package dev.softdelete.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.softdelete.Dialect;
import dev.softdelete.TableDefinition;
import dev.softdelete.TableDefinition.KeyDefinition;
import dev.softdelete.schema.IndexInfo.Nulls;
import dev.softdelete.schema.SchemaProblem.Kind;
import dev.softdelete.schema.SchemaProblem.Severity;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The scan-index warnings on catalogs the live tests cannot build: SQL Server's filtered indexes,
 * Oracle's unusable ones, a MySQL table that is not InnoDB, and WHERE clauses over other columns.
 * The WHERE clauses are evaluated by H2 in the database's compatibility mode, as in {@link
 * SchemaAnalysisTest}; the table's contract is kept (primary key, no unique key), so that the only
 * problems are the warnings.
 */
class ScanIndexesTest {
  private static int databases;
  private Connection connection;

  @AfterEach
  void close() throws SQLException {
    if (connection != null) {
      connection.close();
    }
  }

  private static final TableDefinition USERS =
      new TableDefinition(
          "users",
          "live",
          "deleted_at",
          List.of("id", "name"),
          new KeyDefinition("id", "pk_users", List.of("id")),
          List.of());

  private static final IndexInfo PRIMARY_KEY =
      new IndexInfo("pk_users", List.of("id"), null, Nulls.DISTINCT, "pk_users", true, null);

  private static final IndexInfo DELETED_AT =
      new IndexInfo("ix_users_deleted_at", List.of("deleted_at"), null, Nulls.DISTINCT, null, false, null);

  private static IndexInfo index(String name, String predicate, String unusable, String... parts) {
    return new IndexInfo(name, List.of(parts), predicate, Nulls.DISTINCT, null, false, unusable);
  }

  /** The problems of users with these plain indexes, in the dialect, evaluated by H2 in the mode. */
  private List<SchemaProblem> analyze(
      Dialect dialect, String mode, String liveType, String liveDefault, boolean endsWithPrimaryKey,
      IndexInfo... plainIndexes) {
    try {
      connection = DriverManager.getConnection("jdbc:h2:mem:scans" + ++databases + ";MODE=" + mode);
      try (Statement statement = connection.createStatement()) {
        statement.execute("CREATE TABLE users (id BIGINT NOT NULL, name VARCHAR(100), live " + liveType
            + ", deleted_at TIMESTAMP)");
      }
    } catch (SQLException e) {
      throw new AssertionError(e);
    }
    String live = "live";
    List<CheckInfo> checks =
        List.of(
            new CheckInfo("ck_users_live", live + " IS NULL OR " + live + " = " + liveDefault, true),
            new CheckInfo(
                "ck_users_deleted_at",
                "(live IS NULL AND deleted_at IS NOT NULL) OR (live IS NOT NULL AND deleted_at IS NULL)",
                true));
    TableInfo table =
        new TableInfo(
            "users",
            List.of(
                new ColumnInfo("id", false, null),
                new ColumnInfo("name", true, null),
                new ColumnInfo("live", true, liveDefault),
                new ColumnInfo("deleted_at", true, null)),
            List.of(PRIMARY_KEY),
            checks,
            List.of(plainIndexes),
            endsWithPrimaryKey,
            List.of());
    AnalysisContext context =
        new AnalysisContext(
            dialect, USERS, table, new DatabaseEvaluator(dialect, connection), new SchemaFixes(dialect),
            new ArrayList<>());
    List<SchemaProblem> problems = TableAnalysis.analyze(context, RowCounts.NONE);
    assertThat(problems).allSatisfy(problem -> assertThat(problem.severity()).isEqualTo(Severity.WARNING));
    return problems;
  }

  private static final String SQL_SERVER = "MSSQLServer;CASE_INSENSITIVE_IDENTIFIERS=TRUE";

  private List<SchemaProblem> sqlServer(IndexInfo... plainIndexes) {
    return analyze(Dialect.SQLSERVER, SQL_SERVER, "BIT", "1", false, plainIndexes);
  }

  @Test
  void sqlServerAFilteredIndexOverLiveAndIdServesTheLiveRowsItKeeps() {
    List<SchemaProblem> problems =
        sqlServer(index("ix_users_live_rows", "([live]=(1))", null, "live", "id"), DELETED_AT);

    assertThat(problems).extracting(SchemaProblem::kind).containsExactly(Kind.LIVE_INDEX_MISSING);
    assertThat(problems.get(0).message())
        .startsWith("users has no index that reads its dead rows in id order, as ix_users_live over (live, id)"
            + " does (ix_users_live_rows (live, id) WHERE ([live]=(1)) serves only the live rows): each page of"
            + " dead() reads and sorts every dead row")
        .endsWith("Fix: CREATE INDEX ix_users_live ON users (live, id)");
  }

  /** Only SQLite is known to read a partial index over id in the order of (live, id); see ScanIndexes. */
  @Test
  void sqlServerAFilteredIndexOverIdAloneIsNotCounted() {
    List<SchemaProblem> problems = sqlServer(index("ix_users_live_rows", "([live]=(1))", null, "id"), DELETED_AT);

    assertThat(problems).extracting(SchemaProblem::kind).containsExactly(Kind.LIVE_INDEX_MISSING);
    assertThat(problems.get(0).message()).startsWith("users has no index that reads its live and dead rows");
  }

  @Test
  void anIndexOverLiveAloneCountsOnlyWhereIndexesEndWithThePrimaryKey() {
    IndexInfo liveAlone = index("ix_users_live", null, null, "live");

    assertThat(analyze(Dialect.MYSQL, "MySQL", "BOOLEAN", "TRUE", true, liveAlone, DELETED_AT)).isEmpty();

    // A MyISAM table: its indexes point at rows, not at the primary key.
    List<SchemaProblem> problems = analyze(Dialect.MYSQL, "MySQL", "BOOLEAN", "TRUE", false, liveAlone, DELETED_AT);
    assertThat(problems).extracting(SchemaProblem::kind).containsExactly(Kind.LIVE_INDEX_MISSING);
    assertThat(problems.get(0).message())
        .endsWith("Fix: DROP INDEX ix_users_live ON users; CREATE INDEX ix_users_live ON users (live, id)");
  }

  @Test
  void oracleUnusableIndexesAreNamedAndDoNotCount() {
    List<SchemaProblem> problems =
        analyze(
            Dialect.ORACLE, "Oracle", "NUMBER(1)", "1", false,
            index("IX_USERS_LIVE", null, "UNUSABLE", "LIVE", "ID"),
            index("IX_USERS_DELETED_AT", null, "UNUSABLE", "DELETED_AT"));

    assertThat(problems)
        .extracting(SchemaProblem::kind)
        .containsExactly(Kind.LIVE_INDEX_MISSING, Kind.DELETED_AT_INDEX_MISSING);
    assertThat(problems.get(0).message())
        .contains("(IX_USERS_LIVE (LIVE, ID) [UNUSABLE] is not in use)")
        .endsWith("Fix: DROP INDEX IX_USERS_LIVE; CREATE INDEX ix_users_live ON users (live, id)");
    assertThat(problems.get(1).message())
        .contains("(IX_USERS_DELETED_AT (DELETED_AT) [UNUSABLE] is not in use)")
        .endsWith("Fix: DROP INDEX IX_USERS_DELETED_AT; CREATE INDEX ix_users_deleted_at ON users (deleted_at)");
  }

  @Test
  void aWhereClauseMustKeepEveryRowOfItsClassAndNameNoOtherColumn() {
    IndexInfo live = index("ix_users_live", null, null, "live", "id");

    assertThat(
            analyze(Dialect.POSTGRESQL, "PostgreSQL", "BOOLEAN", "TRUE", false, live,
                index("ix_users_purge", "live IS NULL", null, "deleted_at")))
        .isEmpty();
    assertThat(
            analyze(Dialect.POSTGRESQL, "PostgreSQL", "BOOLEAN", "TRUE", false, live,
                index("ix_users_purge", "deleted_at IS NULL", null, "deleted_at")))
        .extracting(SchemaProblem::kind)
        .containsExactly(Kind.DELETED_AT_INDEX_MISSING);
    assertThat(
            analyze(Dialect.POSTGRESQL, "PostgreSQL", "BOOLEAN", "TRUE", false, live,
                index("ix_users_purge", "live IS NULL AND name IS NOT NULL", null, "deleted_at")))
        .extracting(SchemaProblem::kind)
        .containsExactly(Kind.DELETED_AT_INDEX_MISSING);
  }
}
