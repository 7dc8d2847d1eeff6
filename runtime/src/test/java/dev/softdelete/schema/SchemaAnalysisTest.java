package dev.softdelete.schema;

import dev.softdelete.Dialect;
import static org.assertj.core.api.Assertions.assertThat;

import dev.softdelete.TableDefinition.KeyDefinition;
import dev.softdelete.TableDefinition;
import dev.softdelete.schema.IndexInfo.Nulls;
import dev.softdelete.schema.SchemaProblem.Kind;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The judging of {@link SchemaVerifier} on catalogs as SQL Server and Oracle describe them, which no
 * test here can start, and on forms the live-database tests cannot build. The catalogs are written
 * the way those databases' documentation says their system views return the generated DDL. The
 * expressions are evaluated, in the SQL that the verifier writes for SQL Server or Oracle, by H2 in
 * that database's compatibility mode, over a table with the catalog's columns.
 */
class SchemaAnalysisTest {
  private static int databases;
  private Connection connection;

  @AfterEach
  void close() throws SQLException {
    if (connection != null) {
      connection.close();
    }
  }

  /**
   * Analyzes the table as the catalog describes it, with H2 in {@code mode} evaluating the
   * expressions in the SQL of {@code dialect}; {@code ddl} creates the table the samples are typed by.
   */
  private List<SchemaProblem> analyze(
      Dialect dialect, String mode, String ddl, TableDefinition definition, TableInfo table, RowCounts counts) {
    try {
      connection = DriverManager.getConnection("jdbc:h2:mem:analysis" + ++databases + ";MODE=" + mode);
      try (Statement statement = connection.createStatement()) {
        statement.execute(ddl);
      }
    } catch (SQLException e) {
      throw new AssertionError(e);
    }
    AnalysisContext context =
        new AnalysisContext(
            dialect, definition, table, new DatabaseEvaluator(dialect, connection), new SchemaFixes(dialect),
            new ArrayList<>());
    return TableAnalysis.analyze(context, counts);
  }

  /** The plain indexes of the generated DDL, (live, id) and (deleted-at), as every catalog lists them. */
  static List<IndexInfo> scanIndexes(String table, String live, String id, String deletedAt) {
    return List.of(
        new IndexInfo("ix_" + table + "_" + live, List.of(live, id), null, Nulls.DISTINCT, null, false, null),
        new IndexInfo("ix_" + table + "_" + deletedAt, List.of(deletedAt), null, Nulls.DISTINCT, null, false, null));
  }

  /** SQL Server compares names ignoring case, as {@code [live]} in its catalog's text needs. */
  private static final String SQL_SERVER_MODE = "MSSQLServer;CASE_INSENSITIVE_IDENTIFIERS=TRUE";

  private static final String SQL_SERVER_USERS =
      "CREATE TABLE users (id BIGINT NOT NULL, email VARCHAR(255), name VARCHAR(255), live BIT,"
          + " deleted_at DATETIME2)";

  private static final String ORACLE_MEMBERSHIPS =
      "CREATE TABLE MEMBERSHIPS (ID NUMBER(19) NOT NULL, ORG_ID NUMBER(19), USER_ID NUMBER(19), LIVE NUMBER(1),"
          + " DELETED_AT TIMESTAMP WITH TIME ZONE)";

  private static final String USERS_DDL =
      "CREATE TABLE users (id BIGINT NOT NULL, email VARCHAR, name VARCHAR, live BOOLEAN,"
          + " deleted_at TIMESTAMP WITH TIME ZONE)";
  private static final TableDefinition USERS =
      new TableDefinition(
          "users",
          "live",
          "deleted_at",
          List.of("id", "email", "name"),
          new KeyDefinition("id", "pk_users", List.of("id")),
          List.of(new KeyDefinition("email", "ux_users_email", List.of("email"))));

  private static final TableDefinition MEMBERSHIPS =
      new TableDefinition(
          "memberships",
          "live",
          "deleted_at",
          List.of("id", "org_id", "user_id"),
          new KeyDefinition("id", "pk_memberships", List.of("id")),
          List.of(new KeyDefinition("org_user", "ux_memberships_org_user", List.of("org_id", "user_id"))));

  private static final RowCounts NONE = RowCounts.NONE;

  // ----- SQL Server: sys.columns, sys.indexes (filter_definition), sys.check_constraints ----------

  private static List<ColumnInfo> sqlServerUserColumns(boolean liveNullable, String liveDefault) {
    return List.of(
        new ColumnInfo("id", false, null),
        new ColumnInfo("email", true, null),
        new ColumnInfo("name", true, null),
        new ColumnInfo("live", liveNullable, liveDefault),
        new ColumnInfo("deleted_at", true, null));
  }

  private static final List<CheckInfo> SQL_SERVER_CHECKS =
      List.of(
          new CheckInfo("ck_users_live", "([live] IS NULL OR [live]=(1))", true),
          new CheckInfo(
              "ck_users_deleted_at",
              "([live] IS NULL AND [deleted_at] IS NOT NULL OR [live] IS NOT NULL AND [deleted_at] IS NULL)",
              true));

  private static IndexInfo sqlServerPrimaryKey() {
    return new IndexInfo("pk_users", List.of("id"), null, Nulls.NOT_DISTINCT, "pk_users", true, null);
  }

  private static IndexInfo sqlServerIndex(List<String> parts, String filter) {
    return new IndexInfo("ux_users_email", parts, filter, Nulls.NOT_DISTINCT, null, false, null);
  }

  private List<SchemaProblem> sqlServerUsers(IndexInfo emailIndex) {
    TableInfo table =
        new TableInfo(
            "users",
            sqlServerUserColumns(true, "((1))"),
            List.of(sqlServerPrimaryKey(), emailIndex),
            SQL_SERVER_CHECKS,
            scanIndexes("users", "live", "id", "deleted_at"), false, List.of());
    return analyze(Dialect.SQLSERVER, SQL_SERVER_MODE, SQL_SERVER_USERS, USERS, table, NONE);
  }

  private static List<Kind> kinds(List<SchemaProblem> problems) {
    return problems.stream().map(SchemaProblem::kind).collect(Collectors.toList());
  }

  @Test
  void sqlServerTheGeneratedFilteredIndexKeepsTheContract() {
    assertThat(sqlServerUsers(sqlServerIndex(List.of("email"), "([live]=(1) AND [email] IS NOT NULL)")))
        .isEmpty();
  }

  @Test
  void sqlServerAFilterWithoutIsNotNullLetsLiveRowsWithANullKeyCollide() {
    List<SchemaProblem> problems = sqlServerUsers(sqlServerIndex(List.of("email"), "([live]=(1))"));

    assertThat(kinds(problems)).containsExactly(Kind.NULLS_NOT_DISTINCT);
    assertThat(problems.get(0).message())
        .contains("(a SQL Server unique index does, unless filtered)")
        .contains("live rows whose email is NULL collide")
        .endsWith(
            "Fix: DROP INDEX ux_users_email ON users; CREATE UNIQUE INDEX ux_users_email ON users (email)"
                + " WHERE live = 1 AND email IS NOT NULL");
  }

  @Test
  void sqlServerAnUnfilteredIndexOverKeyAndLiveMakesDeadRowsCollide() {
    List<SchemaProblem> problems = sqlServerUsers(sqlServerIndex(List.of("email", "live"), null));

    assertThat(kinds(problems)).containsExactly(Kind.NULLS_NOT_DISTINCT);
    assertThat(problems.get(0).message())
        .contains("dead rows all have live = NULL, so a second row with the same email cannot be deleted");
  }

  @Test
  void sqlServerAnUnfilteredIndexOverTheKeyBlocksANewBetty() {
    assertThat(kinds(sqlServerUsers(sqlServerIndex(List.of("email"), null))))
        .containsExactly(Kind.KEY_INDEX_WITHOUT_LIVE);
  }

  @Test
  void sqlServerAFilterOnDeletedAtServesAsWellAsOneOnLive() {
    assertThat(sqlServerUsers(sqlServerIndex(List.of("email"), "([deleted_at] IS NULL AND [email] IS NOT NULL)")))
        .isEmpty();
  }

  @Test
  void sqlServerFixesAndDisabledChecks() {
    TableInfo table =
        new TableInfo(
            "users",
            sqlServerUserColumns(false, null),
            List.of(sqlServerPrimaryKey(), sqlServerIndex(List.of("email"), "([live]=(1) AND [email] IS NOT NULL)")),
            List.of(
                new CheckInfo("ck_users_live", "([live] IS NULL OR [live]=(1))", false),
                SQL_SERVER_CHECKS.get(1)),
            scanIndexes("users", "live", "id", "deleted_at"), false, List.of());

    List<SchemaProblem> problems =
        analyze(Dialect.SQLSERVER, SQL_SERVER_MODE, SQL_SERVER_USERS, USERS, table, new RowCounts(3, 0, 0));

    assertThat(kinds(problems))
        .containsExactly(
            Kind.LIVE_COLUMN_NOT_NULL, Kind.LIVE_COLUMN_NO_DEFAULT, Kind.MISSING_LIVE_CHECK, Kind.FALSE_IN_LIVE_COLUMN);
    assertThat(problems.get(0).message()).endsWith("Fix: ALTER TABLE users ALTER COLUMN live BIT NULL");
    assertThat(problems.get(1).message()).endsWith("Fix: ALTER TABLE users ADD CONSTRAINT df_users_live DEFAULT 1 FOR live");
    assertThat(problems.get(2).message())
        .contains("(CHECK ck_users_live (([live] IS NULL OR [live]=(1))) is not enforced)")
        .endsWith("Fix: ALTER TABLE users ADD CONSTRAINT ck_users_live CHECK (live IS NULL OR live = 1)");
    assertThat(problems.get(3).message())
        .startsWith("users has 3 rows whose live is FALSE (neither 1 nor NULL)")
        .contains("SYSDATETIMEOFFSET()");
  }

  // ----- Oracle: ALL_TAB_COLUMNS, ALL_CONSTRAINTS, ALL_INDEXES with ALL_IND_EXPRESSIONS ------------

  private List<SchemaProblem> oracleMemberships(
      boolean nullableKey, IndexInfo key, List<CheckInfo> checks) {
    TableInfo table =
        new TableInfo(
            "MEMBERSHIPS",
            List.of(
                new ColumnInfo("ID", false, null),
                new ColumnInfo("ORG_ID", nullableKey, null),
                new ColumnInfo("USER_ID", nullableKey, null),
                new ColumnInfo("LIVE", true, "1 "),
                new ColumnInfo("DELETED_AT", true, null)),
            List.of(
                new IndexInfo("PK_MEMBERSHIPS", List.of("ID"), null, Nulls.ALL_DISTINCT, "PK_MEMBERSHIPS", true, null),
                key),
            checks,
            scanIndexes("MEMBERSHIPS", "LIVE", "ID", "DELETED_AT"), false, List.of());
    return analyze(Dialect.ORACLE, "Oracle", ORACLE_MEMBERSHIPS, MEMBERSHIPS, table, NONE);
  }

  private static final List<CheckInfo> ORACLE_CHECKS =
      List.of(
          new CheckInfo("CK_MEMBERSHIPS_LIVE", "live IS NULL OR live = 1", true),
          new CheckInfo(
              "CK_MEMBERSHIPS_DELETED_AT",
              "(live IS NULL AND deleted_at IS NOT NULL) OR (live IS NOT NULL AND deleted_at IS NULL)",
              true));

  private static IndexInfo oracleIndex(String... parts) {
    return new IndexInfo("UX_MEMBERSHIPS_ORG_USER", List.of(parts), null, Nulls.ALL_DISTINCT, null, false, null);
  }

  @Test
  void oracleTheGeneratedFunctionBasedIndexKeepsTheContract() {
    assertThat(
            oracleMemberships(
                false,
                oracleIndex("CASE  WHEN \"LIVE\"=1 THEN \"ORG_ID\" END", "CASE  WHEN \"LIVE\"=1 THEN \"USER_ID\" END"),
                ORACLE_CHECKS))
        .isEmpty();
    assertThat(
            oracleMemberships(
                true,
                oracleIndex(
                    "CASE  WHEN (\"LIVE\"=1 AND \"ORG_ID\" IS NOT NULL AND \"USER_ID\" IS NOT NULL) THEN \"ORG_ID\" END",
                    "CASE  WHEN (\"LIVE\"=1 AND \"ORG_ID\" IS NOT NULL AND \"USER_ID\" IS NOT NULL) THEN \"USER_ID\" END"),
                ORACLE_CHECKS))
        .isEmpty();
  }

  @Test
  void oracleNullableKeyColumnsNeedIsNotNullInTheCase() {
    List<SchemaProblem> problems =
        oracleMemberships(
            true,
            oracleIndex("CASE  WHEN \"LIVE\"=1 THEN \"ORG_ID\" END", "CASE  WHEN \"LIVE\"=1 THEN \"USER_ID\" END"),
            ORACLE_CHECKS);

    assertThat(kinds(problems)).containsExactly(Kind.NULLS_NOT_DISTINCT);
    assertThat(problems.get(0).message())
        .contains("(an Oracle unique index does, unless every part is NULL)")
        .contains("live rows whose org_id is NULL collide")
        .contains("live rows whose user_id is NULL collide")
        .endsWith(
            "CREATE UNIQUE INDEX ux_memberships_org_user ON memberships (CASE WHEN live = 1 AND org_id IS NOT NULL"
                + " AND user_id IS NOT NULL THEN org_id END, CASE WHEN live = 1 AND org_id IS NOT NULL AND user_id"
                + " IS NOT NULL THEN user_id END)");
  }

  @Test
  void oracleAPlainIndexOverKeyAndLiveMakesDeadRowsCollide() {
    List<SchemaProblem> problems =
        oracleMemberships(false, oracleIndex("ORG_ID", "USER_ID", "LIVE"), ORACLE_CHECKS);

    assertThat(kinds(problems)).containsExactly(Kind.NULLS_NOT_DISTINCT);
    assertThat(problems.get(0).message()).contains("a second row with the same (org_id, user_id) cannot be deleted");
  }

  @Test
  void oracleAPlainIndexOverTheKeyBlocksANewMembership() {
    assertThat(kinds(oracleMemberships(false, oracleIndex("ORG_ID", "USER_ID"), ORACLE_CHECKS)))
        .containsExactly(Kind.KEY_INDEX_WITHOUT_LIVE);
  }

  @Test
  void oracleAnUnusableIndexDoesNotCount() {
    IndexInfo unusable =
        new IndexInfo(
            "UX_MEMBERSHIPS_ORG_USER",
            List.of("CASE  WHEN \"LIVE\"=1 THEN \"ORG_ID\" END", "CASE  WHEN \"LIVE\"=1 THEN \"USER_ID\" END"),
            null,
            Nulls.ALL_DISTINCT,
            null,
            false,
            "UNUSABLE");

    List<SchemaProblem> problems = oracleMemberships(false, unusable, ORACLE_CHECKS);

    assertThat(kinds(problems)).containsExactly(Kind.KEY_NOT_UNIQUE);
    assertThat(problems.get(0).message()).contains("[UNUSABLE] is not in use");
  }

  // ----- Forms the live tests do not build -----------------------------------------------------------

  private static TableInfo users(List<IndexInfo> indexes, List<CheckInfo> checks) {
    return new TableInfo(
        "users",
        List.of(
            new ColumnInfo("id", false, null),
            new ColumnInfo("email", true, null),
            new ColumnInfo("name", true, null),
            new ColumnInfo("live", true, "true"),
            new ColumnInfo("deleted_at", true, null)),
        indexes,
        checks,
        scanIndexes("users", "live", "id", "deleted_at"), false, List.of());
  }

  private static final IndexInfo PG_PRIMARY_KEY =
      new IndexInfo("pk_users", List.of("id"), null, Nulls.DISTINCT, "pk_users", true, null);

  private static final List<CheckInfo> PG_CHECKS =
      List.of(
          new CheckInfo("ck_users_live", "live IS NULL OR live = true", true),
          new CheckInfo(
              "ck_users_deleted_at",
              "live IS NULL AND deleted_at IS NOT NULL OR live IS NOT NULL AND deleted_at IS NULL",
              true));

  @Test
  void anIndexTheDatabaseCannotEvaluateIsNamedInTheProblem() {
    TableInfo table =
        users(
            List.of(
                PG_PRIMARY_KEY,
                new IndexInfo(
                    "ux_users_email", List.of("no_such_function(email)", "live"), null, Nulls.DISTINCT, null, false, null)),
            PG_CHECKS);

    List<SchemaProblem> problems = analyze(Dialect.H2, "Regular", USERS_DDL, USERS, table, NONE);

    assertThat(kinds(problems)).containsExactly(Kind.KEY_NOT_UNIQUE);
    assertThat(problems.get(0).message())
        .contains("ux_users_email (no_such_function(email), live) could not be evaluated (")
        .containsIgnoringCase("NO_SUCH_FUNCTION");
  }

  @Test
  void mysqlKeyPartsAreReadAsColumnsPrefixesOrExpressions() {
    // Prefixes are read from MariaDB in SchemaVerifierTest; functional key parts are MySQL 8's alone.
    assertThat(MySqlCatalog.keyPart("email", "20", null)).isEqualTo("LEFT(email, 20)");
    assertThat(MySqlCatalog.keyPart(null, null, "lower(`email`)")).isEqualTo("lower(`email`)");
    assertThat(MySqlCatalog.keyPart("email", null, null)).isEqualTo("email");
  }

  @Test
  void mysqlDropsAPrimaryKeyWithItsOwnSyntax() {
    IndexInfo primary = new IndexInfo("PRIMARY", List.of("email"), null, Nulls.DISTINCT, "PRIMARY", true, null);
    IndexInfo unique = new IndexInfo("ux_email", List.of("email"), null, Nulls.DISTINCT, "ux_email", false, null);

    assertThat(new SchemaFixes(Dialect.MYSQL).dropIndex("users", primary)).isEqualTo("ALTER TABLE users DROP PRIMARY KEY");
    assertThat(new SchemaFixes(Dialect.MYSQL).dropIndex("users", unique)).isEqualTo("ALTER TABLE users DROP INDEX ux_email");
  }

  @Test
  void aMissingPrimaryKeyAndAnUnenforcedOrOddCheck() {
    TableInfo table =
        users(
            List.of(new IndexInfo("ux_users_email", List.of("email", "live"), null, Nulls.DISTINCT, null, false, null)),
            List.of(
                new CheckInfo("ck_users_live", "live IS NULL OR live = true", false),
                new CheckInfo("ck_users_deleted_at", PG_CHECKS.get(1).clause(), true),
                new CheckInfo("only_live", "live = true AND deleted_at IS NULL", true)));

    List<SchemaProblem> problems =
        analyze(Dialect.POSTGRESQL, "PostgreSQL", USERS_DDL, USERS, table, new RowCounts(0, 2, 1));

    // only_live keeps FALSE out, but it is to be dropped, so it does not stand in for the live CHECK
    // that is not enforced: both are reported at once.
    assertThat(kinds(problems))
        .containsExactly(
            Kind.CHECK_REJECTS_VALID_ROWS,
            Kind.MISSING_LIVE_CHECK,
            Kind.LIVE_AND_DELETED_AT_DISAGREE,
            Kind.KEY_NOT_UNIQUE);
    assertThat(problems.get(0).subject()).isEqualTo("only_live");
    assertThat(problems.get(0).message())
        .contains("refuses deleted rows")
        .endsWith("Fix: ALTER TABLE users DROP CONSTRAINT only_live");
    assertThat(problems.get(1).message())
        .contains("CHECK ck_users_live (live IS NULL OR live = true) is not enforced");
    assertThat(problems.get(2).message())
        .startsWith("users has 2 rows whose live is NULL (dead) while deleted_at is NULL")
        .contains("and 1 row whose live is set (live) while deleted_at is set");
    assertThat(problems.get(3).subject()).isEqualTo("id");
    assertThat(problems.get(3).message())
        .startsWith("users has no primary key or unique index over (id)")
        .endsWith("Fix: ALTER TABLE users ADD CONSTRAINT pk_users PRIMARY KEY (id)");
  }

  @Test
  void sqliteChecksAndIndexesAreReadFromTheirSqlText() {
    List<CheckInfo> checks =
        SqliteSchemaText.checks(
            "CREATE TABLE t (\n  a INTEGER CHECK (a > 0),\n  b TEXT DEFAULT 'check (x)',\n"
                + "  \"check\" TEXT, -- a check (in a comment)\n"
                + "  CONSTRAINT \"ck live\" CHECK ((live IS NULL) OR live = TRUE)\n)");
    assertThat(checks).extracting(CheckInfo::name).containsExactly("unnamed", "ck live");
    assertThat(checks).extracting(CheckInfo::clause).containsExactly("a > 0", "(live IS NULL) OR live = TRUE");

    SqliteSchemaText.Index index =
        SqliteSchemaText.index(
                "CREATE UNIQUE INDEX IF NOT EXISTS ux ON users (lower(email) COLLATE NOCASE DESC, live ASC)"
                    + " WHERE live = TRUE")
            .orElseThrow();
    assertThat(index.parts()).containsExactly("lower(email)", "live");
    assertThat(index.predicate()).isEqualTo("live = TRUE");
  }

  /** Two sample rows (live; dead) evaluating {@code live IS NULL}, in the SQL of the dialect. */
  private static String sampleSelect(Dialect dialect, String table, String live, String deletedAt) {
    Map<String, SampleSql.Kind> kinds =
        Map.of(SchemaCatalog.lower(live), SampleSql.Kind.BOOLEAN, SchemaCatalog.lower(deletedAt), SampleSql.Kind.TIMESTAMP);
    List<Map<String, SampleSql.Sample>> rows =
        List.of(
            Map.of(SchemaCatalog.lower(live), SampleSql.Sample.TRUE),
            Map.of(SchemaCatalog.lower(deletedAt), SampleSql.Sample.FIRST));
    return new SampleSql(dialect)
        .select(table, List.of(live, deletedAt), kinds, rows, List.of(SampleSql.truth(live + " IS NULL")));
  }

  @Test
  void theSampleRowsAreSpelledPerDialect() {
    assertThat(sampleSelect(Dialect.POSTGRESQL, "users", "live", "deleted_at"))
        .isEqualTo(
            "SELECT softdelete_row, CASE WHEN (live IS NULL) THEN 1 WHEN NOT (live IS NULL) THEN 0 END"
                + " FROM (SELECT 0 AS softdelete_row, live, deleted_at FROM users WHERE 1 = 0"
                + " UNION ALL SELECT 1, TRUE, NULL UNION ALL SELECT 2, NULL, TIMESTAMP '2026-01-01 00:00:01') users"
                + " ORDER BY softdelete_row");
    assertThat(sampleSelect(Dialect.ORACLE, "USERS", "LIVE", "DELETED_AT"))
        .contains(
            " UNION ALL SELECT 1, 1, NULL FROM DUAL"
                + " UNION ALL SELECT 2, NULL, TIMESTAMP '2026-01-01 00:00:01' FROM DUAL) USERS ORDER BY");
    assertThat(sampleSelect(Dialect.SQLSERVER, "users", "live", "deleted_at"))
        .contains(" UNION ALL SELECT 1, 1, NULL UNION ALL SELECT 2, NULL, CAST('2026-01-01T00:00:01' AS DATETIME2))");
    assertThat(sampleSelect(Dialect.SQLITE, "users", "live", "deleted_at"))
        .contains(" UNION ALL SELECT 2, NULL, '2026-01-01T00:00:01Z')");
  }

  @Test
  void theReportListsEveryProblemOnItsOwnLine() {
    List<SchemaProblem> problems = new ArrayList<>();
    problems.add(new SchemaProblem("users", Kind.MISSING_LIVE_CHECK, "live", "users has no CHECK."));
    problems.add(new SchemaProblem("products", Kind.MISSING_TABLE, "products", "Table products does not exist."));
    SchemaReport report = new SchemaReport(Dialect.H2, List.of("users", "products"), problems);

    assertThat(report.toString())
        .isEqualTo(
            "2 soft-delete schema problems in users, products (H2):\n"
                + "- users: MISSING_LIVE_CHECK: users has no CHECK.\n"
                + "- products: MISSING_TABLE: Table products does not exist.");
    assertThat(new SchemaMismatchException(report).getMessage()).isEqualTo(report.toString());
    assertThat(report.problems("PRODUCTS")).containsExactly(problems.get(1));
    assertThat(report.ok()).isFalse();
    assertThat(new SchemaReport(Dialect.H2, List.of("users"), List.of()).toString())
        .isEqualTo("No soft-delete schema problems in users (H2)");
  }
}
