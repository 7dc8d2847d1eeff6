package dev.softdelete.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.softdelete.TableDefinition;
import dev.softdelete.schema.SchemaMismatchException;
import dev.softdelete.schema.SchemaProblem;
import dev.softdelete.schema.SchemaProblem.Kind;
import dev.softdelete.schema.SchemaProblem.Severity;
import dev.softdelete.schema.SchemaReport;
import dev.softdelete.schema.SchemaVerifier;
import dev.softdelete.schema.SchemaVerifier.Strictness;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The warnings of {@link SchemaVerifier} on each live database: a table without the plain indexes of
 * its generated DDL keeps the contract, so {@code verifyOrThrow} passes unless asked to be strict; the
 * warning names the index and its fix; and the indexes it counts as serving the pages of live and dead
 * rows are exactly those the database's own plan reads in order, without sorting.
 */
class SchemaVerifierWarningsTest {
  private static final TableDefinition USERS = UserSchema.DEFINITION;

  private TestDatabase database;
  private Handle handle;

  @AfterEach
  void close() {
    if (handle != null) {
      handle.close();
    }
  }

  private void open(TestDatabase db) {
    database = db;
    handle = db.jdbi(new MutableClock(Instant.parse("2026-03-01T00:00:00Z"))).open();
    handle.execute("DROP TABLE IF EXISTS " + MembershipSchema.TABLE);
    handle.execute("DROP TABLE IF EXISTS " + UserSchema.TABLE);
    UserSchema.createStatements(db.dialect()).forEach(handle::execute);
  }

  private void dropIndex(String name) {
    handle.execute(database == TestDatabase.MARIADB ? "DROP INDEX " + name + " ON users" : "DROP INDEX " + name);
  }

  private SchemaReport verify() {
    return SchemaVerifier.verify(handle, USERS);
  }

  private static SchemaProblem onlyWarning(SchemaReport report, Kind kind) {
    assertThat(report.problems()).as(report.toString()).extracting(SchemaProblem::kind).containsExactly(kind);
    assertThat(report.warnings()).isEqualTo(report.problems());
    assertThat(report.errors()).isEmpty();
    assertThat(report.ok()).isTrue();
    SchemaProblem problem = report.problems().get(0);
    assertThat(problem.severity()).isEqualTo(Severity.WARNING);
    return problem;
  }

  private static String fix(SchemaProblem problem) {
    return problem.message().substring(problem.message().lastIndexOf("Fix: ") + "Fix: ".length());
  }

  /** verifyOrThrow passes by default and with ERRORS; with ERRORS_AND_WARNINGS it throws the report. */
  private void assertFatalOnlyWhenAsked(SchemaReport report) {
    assertThatCode(() -> SchemaVerifier.verifyOrThrow(handle, USERS)).doesNotThrowAnyException();
    assertThatCode(() -> SchemaVerifier.verifyOrThrow(handle, Strictness.ERRORS, USERS)).doesNotThrowAnyException();
    SchemaMismatchException thrown =
        assertThrows(
            SchemaMismatchException.class,
            () -> SchemaVerifier.verifyOrThrow(handle, Strictness.ERRORS_AND_WARNINGS, USERS));
    assertThat(thrown.report()).isEqualTo(report);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(TestDatabase.class)
  void aMissingLiveIndexIsAWarningThatIsFatalOnlyWhenAsked(TestDatabase db) {
    open(db);
    dropIndex("ix_users_live");

    SchemaReport report = verify();
    SchemaProblem problem = onlyWarning(report, Kind.LIVE_INDEX_MISSING);

    assertThat(problem.subject()).isEqualTo("ix_users_live");
    assertThat(problem.message())
        .startsWith("users has no index that reads its live and dead rows in id order, as ix_users_live over"
            + " (live, id) does: each page of alive(), aliveAfter() and dead() reads and sorts every live (or dead)"
            + " row before returning its first. Fix: ");
    assertThat(fix(problem)).isEqualTo("CREATE INDEX ix_users_live ON users (live, id)");
    assertThat(report.toString().lines())
        .containsExactly(
            "1 soft-delete schema problem (0 errors, 1 warning) in users (" + db.dialect().displayName() + "):",
            "- users: LIVE_INDEX_MISSING (warning): " + problem.message());
    assertFatalOnlyWhenAsked(report);

    handle.execute(fix(problem));
    assertThat(verify().problems()).isEmpty();
    assertThatCode(() -> SchemaVerifier.verifyOrThrow(handle, Strictness.ERRORS_AND_WARNINGS, USERS))
        .doesNotThrowAnyException();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(TestDatabase.class)
  void aMissingDeletedAtIndexIsAWarningThatIsFatalOnlyWhenAsked(TestDatabase db) {
    open(db);
    dropIndex("ix_users_deleted_at");

    SchemaReport report = verify();
    SchemaProblem problem = onlyWarning(report, Kind.DELETED_AT_INDEX_MISSING);

    assertThat(problem.subject()).isEqualTo("ix_users_deleted_at");
    assertThat(problem.message())
        .startsWith("users has no index led by deleted_at, as ix_users_deleted_at is: each batch of"
            + " purgeDeletedBefore reads every dead row to find those deleted before its cutoff.");
    assertThat(fix(problem)).isEqualTo("CREATE INDEX ix_users_deleted_at ON users (deleted_at)");
    assertFatalOnlyWhenAsked(report);

    handle.execute(fix(problem));
    assertThat(verify().problems()).isEmpty();
  }

  /** SQLite cannot drop a CHECK without rebuilding the table; the other three show the same. */
  @ParameterizedTest(name = "{0}")
  @EnumSource(names = {"H2", "POSTGRESQL", "MARIADB"})
  void anErrorStillThrowsAndTheMessageListsTheWarningsToo(TestDatabase db) {
    open(db);
    dropIndex("ix_users_deleted_at");
    handle.execute("ALTER TABLE users DROP CONSTRAINT ck_users_live");

    SchemaReport report = verify();

    assertThat(report.errors()).extracting(SchemaProblem::kind).containsExactly(Kind.MISSING_LIVE_CHECK);
    assertThat(report.warnings()).extracting(SchemaProblem::kind).containsExactly(Kind.DELETED_AT_INDEX_MISSING);
    assertThat(report.ok()).isFalse();
    SchemaMismatchException thrown =
        assertThrows(SchemaMismatchException.class, () -> SchemaVerifier.verifyOrThrow(handle, USERS));
    List<String> lines = thrown.getMessage().lines().collect(Collectors.toList());
    assertThat(lines)
        .hasSize(3)
        .satisfiesExactly(
            line -> assertThat(line).isEqualTo("2 soft-delete schema problems (1 error, 1 warning) in users ("
                + db.dialect().displayName() + "):"),
            line -> assertThat(line).startsWith("- users: MISSING_LIVE_CHECK: "),
            line -> assertThat(line).startsWith("- users: DELETED_AT_INDEX_MISSING (warning): "));
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(TestDatabase.class)
  void anIndexOfTheGeneratedNameOverOtherColumnsIsDroppedFirst(TestDatabase db) {
    open(db);
    dropIndex("ix_users_live");
    handle.execute("CREATE INDEX ix_users_live ON users (name)");

    SchemaProblem problem = onlyWarning(verify(), Kind.LIVE_INDEX_MISSING);

    String drop = db == TestDatabase.MARIADB ? "DROP INDEX ix_users_live ON users" : "DROP INDEX ix_users_live";
    // H2 gives the index's name in upper case, as it stores it; either spelling drops it.
    assertThat(fix(problem)).isEqualToIgnoringCase(drop + "; CREATE INDEX ix_users_live ON users (live, id)");
    for (String statement : fix(problem).split("; ")) {
      handle.execute(statement);
    }
    assertThat(verify().problems()).isEmpty();
  }

  // ----- What serves the pages: the verifier agrees with the database's plan -------------------------

  /** 300 users, every other one soft-deleted, so that planners see both kinds of rows. */
  private void seed() {
    UserRepository users = handle.attach(UserRepository.class);
    List<User> inserted =
        users.insertAll(IntStream.range(0, 300).mapToObj(i -> User.of("u" + i + "@example.com", "U" + i)).toList());
    List<Long> dead = new ArrayList<>();
    for (int i = 0; i < inserted.size(); i += 2) {
      dead.add(inserted.get(i).id());
    }
    users.softDeleteAll(dead);
    switch (database) {
      case POSTGRESQL, SQLITE -> handle.execute("ANALYZE users");
      case MARIADB, H2 -> handle.execute("ANALYZE TABLE users");
    }
  }

  /**
   * The plan of a page as the generated repository asks for it ({@code ORDER BY live, id} and a
   * limit), where the planner picks an index that gives the order whenever one exists: PostgreSQL is
   * told to avoid sorting, and MariaDB not to scan the table by its primary key, which with a few
   * hundred rows it prefers to any index.
   */
  private String planOfPage(String where) {
    String page =
        "SELECT id, name FROM users" + (database == TestDatabase.MARIADB ? " IGNORE INDEX (PRIMARY)" : "")
            + " WHERE " + where + " ORDER BY live, id";
    return switch (database) {
      case H2 -> plan("EXPLAIN " + page + " FETCH FIRST 100 ROWS ONLY");
      case POSTGRESQL -> {
        handle.execute("SET enable_sort = off");
        try {
          yield plan("EXPLAIN (COSTS OFF) " + page + " LIMIT 100");
        } finally {
          handle.execute("RESET enable_sort");
        }
      }
      case MARIADB -> plan("EXPLAIN " + page + " LIMIT 100");
      case SQLITE -> plan("EXPLAIN QUERY PLAN " + page + " LIMIT 100");
    };
  }

  /**
   * Whether the plan reads the page's rows in order from an index that holds them apart from the
   * other rows: no sort, and no scan of the whole table or of the primary key that filters out rows of
   * the other kind (MariaDB and SQLite keep the table in id order, so a scan needs no sort there).
   */
  private boolean readsInOrderFromAnIndex(String plan) {
    return switch (database) {
      case H2 -> plan.contains("/* index sorted */") && !plan.contains("PRIMARY_KEY");
      case POSTGRESQL -> !plan.contains("Sort") && !plan.contains("Filter:") && plan.contains("Index");
      case MARIADB -> !plan.contains("filesort") && (plan.contains(" ref ") || plan.contains(" range "));
      case SQLITE -> !plan.contains("TEMP B-TREE") && plan.contains("USING ");
    };
  }

  /** The rows of an EXPLAIN, one line each, their columns separated by spaces. */
  private String plan(String explain) {
    return handle.createQuery(explain)
        .map((rs, ctx) -> {
          StringBuilder row = new StringBuilder();
          for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
            row.append(rs.getString(i)).append(' ');
          }
          return row.toString();
        })
        .list()
        .stream()
        .collect(Collectors.joining("\n"));
  }

  /** Whether the verifier finds the pages of live rows and of dead rows served, next to the plans. */
  private void assertVerifierAgreesWithThePlans(boolean livePagesServed, boolean deadPagesServed) {
    String livePlan = planOfPage("live = TRUE");
    assertThat(readsInOrderFromAnIndex(livePlan))
        .as("live pages read in order:%n%s", livePlan)
        .isEqualTo(livePagesServed);
    String deadPlan = planOfPage("live IS NULL");
    assertThat(readsInOrderFromAnIndex(deadPlan))
        .as("dead pages read in order:%n%s", deadPlan)
        .isEqualTo(deadPagesServed);
    SchemaReport report = verify();
    if (livePagesServed && deadPagesServed) {
      assertThat(report.problems()).as(report.toString()).isEmpty();
      return;
    }
    SchemaProblem problem = onlyWarning(report, Kind.LIVE_INDEX_MISSING);
    String rows = livePagesServed ? "dead" : deadPagesServed ? "live" : "live and dead";
    assertThat(problem.message()).startsWith("users has no index that reads its " + rows + " rows in id order");
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(TestDatabase.class)
  void theGeneratedIndexServesBothPagesAndNoIndexNeither(TestDatabase db) {
    open(db);
    seed();
    assertVerifierAgreesWithThePlans(true, true);
    dropIndex("ix_users_live");
    assertVerifierAgreesWithThePlans(false, false);
  }

  /**
   * InnoDB ends every secondary index with the primary key, and SQLite every index with the rowid,
   * which the generated id is: there (live) is (live, id); not on H2 or PostgreSQL.
   */
  @ParameterizedTest(name = "{0}")
  @EnumSource(TestDatabase.class)
  void anIndexOverLiveAloneServesWhereIndexesEndWithTheId(TestDatabase db) {
    open(db);
    seed();
    dropIndex("ix_users_live");
    handle.execute("CREATE INDEX ix_users_live_only ON users (live)");
    boolean endsWithId = db == TestDatabase.MARIADB || db == TestDatabase.SQLITE;
    assertVerifierAgreesWithThePlans(endsWithId, endsWithId);
  }

  /** Partial indexes exist on PostgreSQL and SQLite; one over (live, id) serves the pages of the rows it keeps. */
  @ParameterizedTest(name = "{0}")
  @EnumSource(names = {"POSTGRESQL", "SQLITE"})
  void aPartialIndexServesThePagesOfTheRowsItKeeps(TestDatabase db) {
    open(db);
    seed();
    dropIndex("ix_users_live");
    handle.execute("CREATE INDEX ix_users_live_rows ON users (live, id) WHERE live = TRUE");
    assertVerifierAgreesWithThePlans(true, false);
    assertThat(verify().problems().get(0).message()).contains("serves only the live rows");
    handle.execute("CREATE INDEX ix_users_dead_rows ON users (live, id) WHERE live IS NULL");
    assertVerifierAgreesWithThePlans(true, true);
  }

  /**
   * A partial index over id alone: SQLite knows that live is the same in every row of the page and
   * reads it in order; PostgreSQL sees {@code live = TRUE} as the boolean {@code live}, not as an
   * equality, and sorts.
   */
  @ParameterizedTest(name = "{0}")
  @EnumSource(names = {"POSTGRESQL", "SQLITE"})
  void aPartialIndexOverIdAloneServesOnlyOnSqlite(TestDatabase db) {
    open(db);
    seed();
    dropIndex("ix_users_live");
    handle.execute("CREATE INDEX ix_users_live_rows ON users (id) WHERE live = TRUE");
    assertVerifierAgreesWithThePlans(db == TestDatabase.SQLITE, false);
  }

  /** A partial index over deleted-at serves purging if it keeps every dead row. */
  @ParameterizedTest(name = "{0}")
  @EnumSource(names = {"POSTGRESQL", "SQLITE"})
  void aPartialDeletedAtIndexCountsIfItKeepsEveryDeadRow(TestDatabase db) {
    open(db);
    dropIndex("ix_users_deleted_at");
    handle.execute("CREATE INDEX ix_users_purge ON users (deleted_at) WHERE live IS NULL");
    assertThat(verify().problems()).isEmpty();
    handle.execute("DROP INDEX ix_users_purge");
    handle.execute("CREATE INDEX ix_users_purge ON users (deleted_at) WHERE live = TRUE");
    onlyWarning(verify(), Kind.DELETED_AT_INDEX_MISSING);
  }
}
