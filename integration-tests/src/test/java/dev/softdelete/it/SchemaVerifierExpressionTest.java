package dev.softdelete.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.softdelete.UniqueViolationException;
import dev.softdelete.schema.SchemaProblem;
import dev.softdelete.schema.SchemaProblem.Kind;
import dev.softdelete.schema.SchemaReport;
import dev.softdelete.schema.SchemaVerifier;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@link SchemaVerifier} on CHECKs and indexes written with functions, LIKE and CAST, which the
 * database evaluates for it. Each test shows the verdict both ways (an expression that keeps the
 * contract is not reported, one that breaks it is) and, where it can, what the database then does
 * with real rows, so the verdict is shown right, not only made. The users table is created from its
 * generated DDL with one CHECK or index replaced, the same way on every database (SQLite cannot
 * alter a CHECK).
 */
class SchemaVerifierExpressionTest {
  private static final String LIVE_CHECK = "CONSTRAINT ck_users_live CHECK (live IS NULL OR live = TRUE)";
  private static final String DELETED_AT_CHECK =
      "CONSTRAINT ck_users_deleted_at CHECK ((live IS NULL AND deleted_at IS NOT NULL)"
          + " OR (live IS NOT NULL AND deleted_at IS NULL))";

  private Handle handle;

  @AfterEach
  void close() {
    if (handle != null) {
      handle.close();
    }
  }

  private void open(TestDatabase db) {
    handle = db.jdbi(new MutableClock(Instant.parse("2026-03-01T00:00:00Z"))).open();
    handle.execute("DROP TABLE IF EXISTS " + MembershipSchema.TABLE);
    handle.execute("DROP TABLE IF EXISTS " + UserSchema.TABLE);
  }

  /** Creates users from its generated DDL, with the live CHECK replaced by {@code check}. */
  private void usersWithLiveCheck(TestDatabase db, String check) {
    usersWithChecks(db, check, null);
  }

  /** Creates users from its generated DDL, with its CHECKs replaced where one is given. */
  private void usersWithChecks(TestDatabase db, String liveCheck, String deletedAtCheck) {
    List<String> statements = UserSchema.createStatements(db.dialect());
    String create = statements.get(0);
    assertThat(create).contains(LIVE_CHECK, DELETED_AT_CHECK);
    if (liveCheck != null) {
      create = create.replace(LIVE_CHECK, "CONSTRAINT ck_users_live CHECK (" + liveCheck + ")");
    }
    if (deletedAtCheck != null) {
      create = create.replace(DELETED_AT_CHECK, "CONSTRAINT ck_users_deleted_at CHECK (" + deletedAtCheck + ")");
    }
    handle.execute(create);
    statements.subList(1, statements.size()).forEach(handle::execute);
  }

  /** Creates users from its generated DDL, with the unique index of email replaced by {@code index}. */
  private void usersWithEmailIndex(TestDatabase db, String index) {
    List<String> statements = UserSchema.createStatements(db.dialect());
    assertThat(statements).filteredOn(s -> s.contains(" ux_users_email ")).hasSize(1);
    for (String statement : statements) {
      handle.execute(statement.contains(" ux_users_email ") ? index : statement);
    }
  }

  private List<Kind> kinds() {
    SchemaReport report = SchemaVerifier.verify(handle, UserSchema.DEFINITION);
    return report.problems().stream().map(SchemaProblem::kind).collect(Collectors.toList());
  }

  private UserRepository users() {
    return handle.attach(UserRepository.class);
  }

  /** MariaDB spells an integer cast SIGNED; the others accept INTEGER. */
  private static String integer(TestDatabase db) {
    return db == TestDatabase.MARIADB ? "SIGNED" : "INTEGER";
  }

  // ----- CHECKs -------------------------------------------------------------------------------------

  /** Spellings that the old hand-written reader knew, and some it did not; each database reads its own. */
  @ParameterizedTest(name = "{0}")
  @EnumSource(TestDatabase.class)
  void everySpellingOfTheTwoChecksCounts(TestDatabase db) {
    open(db);
    List<String[]> spellings =
        List.of(
            new String[] {"live <> FALSE", "(live IS NULL) = (deleted_at IS NOT NULL)"},
            new String[] {"live IN (TRUE)", "(live IS NULL) <> (deleted_at IS NULL)"},
            new String[] {
              "live IS NOT FALSE", "CASE WHEN live IS NULL THEN deleted_at IS NOT NULL ELSE deleted_at IS NULL END"
            },
            new String[] {
              "NOT (live = FALSE)",
              "NOT (live IS NULL AND deleted_at IS NULL) AND NOT (live IS NOT NULL AND deleted_at IS NOT NULL)"
            });
    for (String[] checks : spellings) {
      handle.execute("DROP TABLE IF EXISTS users");
      usersWithChecks(db, checks[0], checks[1]);

      assertThat(kinds()).as("CHECK (%s), CHECK (%s)", checks[0], checks[1]).isEmpty();
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(TestDatabase.class)
  void aLiveCheckAndedWithAFunctionOfAnotherColumnStillKeepsFalseOut(TestDatabase db) {
    open(db);
    // FALSE AND anything is FALSE: whatever the name, FALSE cannot get in.
    usersWithLiveCheck(db, "(live IS NULL OR live = TRUE) AND length(name) > 0");

    assertThat(kinds()).isEmpty();
    assertThatThrownBy(
            () -> handle.execute("INSERT INTO users (email, name, live) VALUES ('eve@example.com', 'Eve', FALSE)"))
        .isInstanceOf(UnableToExecuteStatementException.class);
    users().softDelete(users().insert(User.of("ann@example.com", "Ann")).id());
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(TestDatabase.class)
  void aLiveCheckOredWithAFunctionLetsFalseIn(TestDatabase db) {
    open(db);
    // FALSE OR FALSE OR (length(name) > 0) is TRUE for any row with a name.
    usersWithLiveCheck(db, "live IS NULL OR live = TRUE OR length(name) > 0");

    assertThat(kinds()).containsExactly(Kind.MISSING_LIVE_CHECK);
    handle.execute("INSERT INTO users (email, name, live) VALUES ('eve@example.com', 'Eve', FALSE)");
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(TestDatabase.class)
  void aCheckWithCoalesceThatRefusesDeletedRows(TestDatabase db) {
    open(db);
    // A dead row has live NULL, which COALESCE turns into FALSE: no row can be soft-deleted.
    usersWithLiveCheck(db, "COALESCE(live, FALSE) = TRUE");

    // It keeps FALSE out too, but it is to be dropped, so it does not stand in for the live CHECK.
    SchemaReport report = SchemaVerifier.verify(handle, UserSchema.DEFINITION);
    assertThat(report.problems()).extracting(SchemaProblem::kind)
        .containsExactly(Kind.CHECK_REJECTS_VALID_ROWS, Kind.MISSING_LIVE_CHECK);
    assertThat(report.problems().get(0).message())
        .contains("refuses deleted rows (live NULL, deleted_at set), so soft deletes fail");
    long ann = users().insert(User.of("ann@example.com", "Ann")).id();
    assertThatThrownBy(() -> users().softDelete(ann)).isInstanceOf(RuntimeException.class);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(TestDatabase.class)
  void aLiveCheckWithCastIsJudgedByTheCastsValue(TestDatabase db) {
    open(db);
    usersWithLiveCheck(db, "CAST(live AS " + integer(db) + ") = 1 OR live IS NULL");

    assertThat(kinds()).isEmpty();

    handle.execute("DROP TABLE users");
    // CAST(FALSE AS INTEGER) is 0, which this CHECK lets in.
    usersWithLiveCheck(db, "CAST(live AS " + integer(db) + ") >= 0 OR live IS NULL");

    assertThat(kinds()).containsExactly(Kind.MISSING_LIVE_CHECK);
    handle.execute("INSERT INTO users (email, name, live) VALUES ('eve@example.com', 'Eve', FALSE)");
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(TestDatabase.class)
  void aLiveCheckWithLikeOnAnotherColumn(TestDatabase db) {
    open(db);
    usersWithLiveCheck(db, "(live IS NULL OR live = TRUE) AND (email IS NULL OR email LIKE '%@%')");

    assertThat(kinds()).isEmpty();

    handle.execute("DROP TABLE users");
    usersWithLiveCheck(db, "live IS NULL OR live = TRUE OR email LIKE '%@%'");

    assertThat(kinds()).containsExactly(Kind.MISSING_LIVE_CHECK);
    handle.execute("INSERT INTO users (email, name, live) VALUES ('eve@example.com', 'Eve', FALSE)");
  }

  /**
   * A CHECK that names another column makes the database refuse its first evaluation (over the live
   * and deleted-at columns alone); inside a transaction that must not abort the transaction, as a
   * failed statement does on PostgreSQL.
   */
  @ParameterizedTest(name = "{0}")
  @EnumSource(TestDatabase.class)
  void verifyingInsideATransactionLeavesItUsable(TestDatabase db) {
    open(db);
    usersWithLiveCheck(db, "(live IS NULL OR live = TRUE) AND length(name) > 0");

    handle.useTransaction(
        h -> {
          users().insert(User.of("ann@example.com", "Ann"));
          assertThat(kinds()).isEmpty();
          users().insert(User.of("bob@example.com", "Bob"));
        });

    assertThat(users().countAlive()).isEqualTo(2);
  }

  // ----- Indexes ------------------------------------------------------------------------------------

  /** Partial indexes exist on PostgreSQL and SQLite only. */
  @ParameterizedTest(name = "{0}")
  @EnumSource(names = {"POSTGRESQL", "SQLITE"})
  void aPartialIndexWithLike(TestDatabase db) {
    open(db);
    // LIKE '%' holds for every email that is not NULL: this is the key's index over live rows.
    usersWithEmailIndex(db, "CREATE UNIQUE INDEX ux_users_email ON users (email) WHERE live = TRUE AND email LIKE '%'");

    assertThat(kinds()).isEmpty();

    handle.execute("DROP TABLE users");
    // Only emails with an @ are kept unique.
    usersWithEmailIndex(
        db, "CREATE UNIQUE INDEX ux_users_email ON users (email) WHERE live = TRUE AND email LIKE '%@%'");

    assertThat(kinds()).containsExactly(Kind.KEY_NOT_UNIQUE);
    users().insert(User.of("no at sign", "Ann"));
    users().insert(User.of("no at sign", "Another Ann"));
    assertThat(users().countAlive()).isEqualTo(2);

    handle.execute("DROP TABLE users");
    // Dead rows are in this one too: a deleted Betty blocks a new one.
    usersWithEmailIndex(db, "CREATE UNIQUE INDEX ux_users_email ON users (email) WHERE email LIKE '%'");

    assertThat(kinds()).containsExactly(Kind.KEY_INDEX_WITHOUT_LIVE);
    users().softDelete(users().insert(User.of("betty@example.com", "Betty")).id());
    assertThatThrownBy(() -> users().insert(User.of("betty@example.com", "New Betty")))
        .isInstanceOf(UniqueViolationException.class);
  }

  /** Indexes over expressions exist on PostgreSQL and SQLite; H2 and MariaDB have none. */
  @ParameterizedTest(name = "{0}")
  @EnumSource(names = {"POSTGRESQL", "SQLITE"})
  void anIndexOverACaseOfTheKeyKeepsTheContract(TestDatabase db) {
    open(db);
    // Oracle's form of the key's index: dead rows have no entry, so they never collide.
    usersWithEmailIndex(db, "CREATE UNIQUE INDEX ux_users_email ON users ((CASE WHEN live = TRUE THEN email END))");

    assertThat(kinds()).isEmpty();
    users().softDelete(users().insert(User.of("betty@example.com", "Betty")).id());
    long second = users().insert(User.of("betty@example.com", "Betty again")).id();
    assertThatThrownBy(() -> users().insert(User.of("betty@example.com", "Third Betty")))
        .isInstanceOf(UniqueViolationException.class);
    assertThat(users().softDelete(second)).isTrue();
  }
}
