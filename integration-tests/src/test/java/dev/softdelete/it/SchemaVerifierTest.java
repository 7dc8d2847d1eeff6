package dev.softdelete.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.softdelete.schema.SchemaMismatchException;
import dev.softdelete.schema.SchemaProblem;
import dev.softdelete.schema.SchemaProblem.Kind;
import dev.softdelete.schema.SchemaReport;
import dev.softdelete.schema.SchemaVerifier;
import dev.softdelete.TableDefinition;
import dev.softdelete.TableDefinition.KeyDefinition;
import dev.softdelete.UniqueViolationException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@link SchemaVerifier} against each live database: the generated DDL verifies clean, and each kind of
 * drift, made with plain SQL the way an old migration or a hand edit would, is reported with its kind
 * and a message that names the table, the column or index, and a fix.
 *
 * <p>Every test runs on every database where its drift can be expressed. SQLite cannot drop a
 * constraint or change a column, so there the drift is made as SQLite users make it: by rebuilding the
 * table from edited DDL. Tests that need syntax some databases lack run only where it exists, each
 * with its own {@code @EnumSource(names = ...)} and a comment saying why.
 */
class SchemaVerifierTest {
  private static final List<TableDefinition> ALL_TABLES =
      List.of(
          UserSchema.DEFINITION,
          MembershipSchema.DEFINITION,
          ApiKeySchema.DEFINITION,
          SampleSchema.DEFINITION,
          Catalog_ProductSchema.DEFINITION,
          AuthorSchema.DEFINITION,
          ArticleSchema.DEFINITION);

  private TestDatabase database;
  private Handle handle;

  @AfterEach
  void close() {
    if (handle != null) {
      handle.close();
    }
  }

  /** Creates users and memberships afresh from the generated DDL and opens a handle. */
  private Handle open(TestDatabase db) {
    database = db;
    handle = db.jdbi(new MutableClock(Instant.parse("2026-03-01T00:00:00Z"))).open();
    recreate(MembershipSchema.TABLE, MembershipSchema.createStatements(db.dialect()));
    recreate(UserSchema.TABLE, UserSchema.createStatements(db.dialect()));
    return handle;
  }

  private void recreate(String table, List<String> statements) {
    handle.execute("DROP TABLE IF EXISTS " + table);
    statements.forEach(handle::execute);
  }

  private SchemaReport verifyUsers() {
    return SchemaVerifier.verify(handle, UserSchema.DEFINITION);
  }

  private static List<Kind> kinds(SchemaReport report) {
    return report.problems().stream().map(SchemaProblem::kind).collect(Collectors.toList());
  }

  private static SchemaProblem only(SchemaReport report, Kind kind) {
    assertThat(kinds(report)).as(report.toString()).containsExactly(kind);
    return report.problems().get(0);
  }

  private static SchemaProblem find(SchemaReport report, Kind kind) {
    return report.problems().stream()
        .filter(p -> p.kind() == kind)
        .findFirst()
        .orElseThrow(() -> new AssertionError("No " + kind + " in " + report));
  }

  private UserRepository users() {
    return handle.attach(UserRepository.class);
  }

  // ----- Plain SQL that breaks the schema, per database ---------------------------------------------

  private boolean sqlite() {
    return database == TestDatabase.SQLITE;
  }

  private void dropIndex(String name) {
    handle.execute(database == TestDatabase.MARIADB ? "DROP INDEX " + name + " ON users" : "DROP INDEX " + name);
  }

  /**
   * Runs the SQL that the problem gives as its fix, statement by statement, as a user would, and
   * checks that users then verifies clean. Where SQLite cannot alter the table, the fix says how to
   * rebuild it instead, and there is nothing to run.
   */
  private void assertFixRepairs(SchemaProblem problem) {
    String message = problem.message();
    String fix = message.substring(message.lastIndexOf("Fix: ") + "Fix: ".length());
    if (fix.startsWith("SQLite cannot alter")) {
      assertThat(database).isEqualTo(TestDatabase.SQLITE);
      return;
    }
    for (String statement : fix.split("; ")) {
      handle.execute(statement);
    }
    assertThat(verifyUsers().problems()).as("after the fix of: %s", message).isEmpty();
  }

  /** Drops a CHECK of users: ALTER TABLE, or on SQLite a rebuild without it. */
  private void dropCheck(String name) {
    if (sqlite()) {
      rebuildUsers(definitions -> without(definitions, "CONSTRAINT " + name + " "), statements -> statements);
    } else {
      handle.execute("ALTER TABLE users DROP CONSTRAINT " + name);
    }
  }

  /**
   * Drops users and creates it again from its generated DDL, edited: the table's column and constraint
   * definitions by {@code editDefinitions}, the CREATE INDEX statements by {@code editIndexes}. How
   * SQLite users change a column or a constraint.
   */
  private void rebuildUsers(
      UnaryOperator<List<String>> editDefinitions, UnaryOperator<List<String>> editIndexes) {
    List<String> statements = UserSchema.createStatements(database.dialect());
    String create = statements.get(0);
    int open = create.indexOf("(\n");
    int close = create.lastIndexOf("\n)");
    List<String> definitions = List.of(create.substring(open + 2, close).split(",\n"));
    List<String> edited = editDefinitions.apply(new ArrayList<>(definitions));
    handle.execute("DROP TABLE users");
    handle.execute(create.substring(0, open + 2) + String.join(",\n", edited) + create.substring(close));
    editIndexes.apply(new ArrayList<>(statements.subList(1, statements.size()))).forEach(handle::execute);
  }

  /** The definitions without the one that starts (after indentation) with {@code start}. */
  private static List<String> without(List<String> definitions, String start) {
    List<String> kept =
        definitions.stream().filter(d -> !d.trim().startsWith(start)).collect(Collectors.toList());
    assertThat(kept).as("a definition starting with " + start).hasSize(definitions.size() - 1);
    return kept;
  }

  /** The definitions with the one that starts with {@code start} replaced. */
  private static List<String> replacing(List<String> definitions, String start, String replacement) {
    List<String> edited =
        definitions.stream()
            .map(d -> d.trim().startsWith(start) ? "    " + replacement : d)
            .collect(Collectors.toList());
    assertThat(edited).as("a definition starting with " + start).isNotEqualTo(definitions);
    return edited;
  }

  private static List<String> withoutIndex(List<String> statements, String name) {
    List<String> kept =
        statements.stream().filter(s -> !s.contains(" " + name + " ")).collect(Collectors.toList());
    assertThat(kept).as("an index named " + name).hasSize(statements.size() - 1);
    return kept;
  }

  // ----- The generated DDL --------------------------------------------------------------------------

  @ParameterizedTest(name = "{0}")
  @EnumSource(TestDatabase.class)
  void theGeneratedDdlOfEveryEntityVerifiesClean(TestDatabase db) {
    open(db);
    db.recreateTables();
    UserRepository users = users();
    User betty = users.insert(User.of("betty@example.com", "Betty"));
    users.softDelete(betty.id());
    users.insert(User.of("betty@example.com", "Betty again"));
    users.insert(User.of(null, "No email"));

    SchemaReport report = SchemaVerifier.verify(handle, ALL_TABLES.toArray(new TableDefinition[0]));

    assertThat(report.problems()).isEmpty();
    assertThat(report.ok()).isTrue();
    assertThat(report.dialect()).isEqualTo(db.dialect());
    assertThat(report.tables())
        .containsExactly(
            "users", "memberships", "api_keys", "samples", "products", "authors", "articles");
    assertThat(report.toString()).startsWith("No soft-delete schema problems in users, memberships");
    assertThatCode(() -> SchemaVerifier.verifyOrThrow(handle, ALL_TABLES.toArray(new TableDefinition[0])))
        .doesNotThrowAnyException();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(TestDatabase.class)
  void columnAndIndexNamesAreComparedIgnoringCase(TestDatabase db) {
    open(db);
    TableDefinition shouting =
        new TableDefinition(
            "users",
            "LIVE",
            "DELETED_AT",
            List.of("ID", "EMAIL", "NAME"),
            new KeyDefinition("id", "pk_users", List.of("ID")),
            List.of(new KeyDefinition("email", "ux_users_email", List.of("EMAIL"))));

    assertThat(SchemaVerifier.verify(handle, shouting).problems()).isEmpty();
  }

  /**
   * A table whose name was written in another case than the repository's (quoted, or on MySQL, where
   * table names are file names and case-sensitive on Linux) is one that the repository's unquoted SQL
   * does not reach. SQLite is left out: it finds a table whatever the case.
   */
  @ParameterizedTest(name = "{0}")
  @EnumSource(names = {"H2", "POSTGRESQL", "MARIADB"})
  void aTableWhoseNameDiffersInCaseIsMissing(TestDatabase db) {
    open(db);
    handle.execute("DROP TABLE users");
    // H2 folds unquoted names to upper case, PostgreSQL to lower case; MariaDB keeps them as written.
    String other = db == TestDatabase.MARIADB ? "Users" : db == TestDatabase.H2 ? "\"users\"" : "\"Users\"";
    String create = UserSchema.createStatements(db.dialect()).get(0);
    handle.execute(create.replaceFirst("CREATE TABLE users", "CREATE TABLE " + other));

    SchemaProblem problem = only(verifyUsers(), Kind.MISSING_TABLE);

    assertThat(problem.message()).startsWith("Table users does not exist in ");
    if (db != TestDatabase.POSTGRESQL) {
      // PostgreSQL looks the name up as its own SQL would (to_regclass), so it never sees the other.
      assertThat(problem.message())
          .contains("(there is a table " + other.replace("\"", "") + ", but its name differs in case");
    }
    // What the verifier warns of: the repository does not find the table.
    assertThatThrownBy(() -> users().countAlive()).isInstanceOf(UnableToExecuteStatementException.class);
    handle.execute("DROP TABLE " + other);
  }

  // ----- Missing table and columns ------------------------------------------------------------------

  @ParameterizedTest(name = "{0}")
  @EnumSource(TestDatabase.class)
  void aMissingTable(TestDatabase db) {
    open(db);
    handle.execute("DROP TABLE users");

    SchemaProblem problem = only(verifyUsers(), Kind.MISSING_TABLE);

    assertThat(problem.table()).isEqualTo("users");
    assertThat(problem.message())
        .startsWith("Table users does not exist in ")
        .contains("META-INF/softdelete/" + db.dialect().id() + "/users.sql");
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(TestDatabase.class)
  void aMissingEntityColumn(TestDatabase db) {
    open(db);
    handle.execute("ALTER TABLE users DROP COLUMN name");

    SchemaProblem problem = only(verifyUsers(), Kind.MISSING_COLUMN);

    assertThat(problem.subject()).isEqualTo("name");
    assertThat(problem.message()).startsWith("users has no column name").contains("ALTER TABLE users ADD COLUMN name");
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(TestDatabase.class)
  void aMissingLiveColumn(TestDatabase db) {
    open(db);
    if (sqlite()) {
      rebuildUsers(
          definitions ->
              without(
                  without(without(definitions, "live "), "CONSTRAINT ck_users_live "),
                  "CONSTRAINT ck_users_deleted_at "),
          statements -> withoutIndex(withoutIndex(statements, "ux_users_email"), "ix_users_live"));
    } else {
      dropIndex("ux_users_email");
      dropIndex("ix_users_live");
      handle.execute("ALTER TABLE users DROP CONSTRAINT ck_users_live");
      handle.execute("ALTER TABLE users DROP CONSTRAINT ck_users_deleted_at");
      handle.execute("ALTER TABLE users DROP COLUMN live");
    }

    SchemaReport report = verifyUsers();

    // Without a live column its CHECKs cannot exist: only the column and the key it leaves unguarded.
    assertThat(kinds(report)).containsExactly(Kind.MISSING_COLUMN, Kind.KEY_NOT_UNIQUE);
    SchemaProblem missing = find(report, Kind.MISSING_COLUMN);
    assertThat(missing.subject()).isEqualTo("live");
    assertThat(missing.message())
        .startsWith("users has no live column live")
        .contains("ALTER TABLE users ADD COLUMN live BOOLEAN DEFAULT TRUE")
        .contains("UPDATE users SET live = NULL WHERE deleted_at IS NOT NULL");
    assertThat(find(report, Kind.KEY_NOT_UNIQUE).subject()).isEqualTo("email");
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(TestDatabase.class)
  void aMissingDeletedAtColumn(TestDatabase db) {
    open(db);
    if (sqlite()) {
      rebuildUsers(
          definitions -> without(without(definitions, "deleted_at "), "CONSTRAINT ck_users_deleted_at "),
          statements -> withoutIndex(statements, "ix_users_deleted_at"));
    } else {
      dropIndex("ix_users_deleted_at");
      handle.execute("ALTER TABLE users DROP CONSTRAINT ck_users_deleted_at");
      handle.execute("ALTER TABLE users DROP COLUMN deleted_at");
    }

    SchemaProblem problem = only(verifyUsers(), Kind.MISSING_COLUMN);

    assertThat(problem.subject()).isEqualTo("deleted_at");
    assertThat(problem.message())
        .startsWith("users has no deleted-at column deleted_at")
        .contains("UPDATE users SET deleted_at = ");
  }

  // ----- The live column ----------------------------------------------------------------------------

  @ParameterizedTest(name = "{0}")
  @EnumSource(TestDatabase.class)
  void aLiveColumnThatIsNotNull(TestDatabase db) {
    open(db);
    users().insert(User.of("ann@example.com", "Ann"));
    switch (db) {
      case MARIADB:
        handle.execute("ALTER TABLE users MODIFY live BOOLEAN NOT NULL DEFAULT TRUE");
        break;
      case SQLITE:
        rebuildUsers(
            definitions -> replacing(definitions, "live ", "live BOOLEAN NOT NULL DEFAULT TRUE"),
            statements -> statements);
        break;
      default:
        handle.execute("ALTER TABLE users ALTER COLUMN live SET NOT NULL");
    }

    SchemaProblem problem = only(verifyUsers(), Kind.LIVE_COLUMN_NOT_NULL);

    assertThat(problem.subject()).isEqualTo("live");
    assertThat(problem.message()).startsWith("users.live is NOT NULL: deleted rows need live = NULL");
    switch (db) {
      case MARIADB:
        assertThat(problem.message()).endsWith("Fix: ALTER TABLE users MODIFY live BOOLEAN NULL DEFAULT TRUE");
        break;
      case SQLITE:
        assertThat(problem.message()).contains("Fix: SQLite cannot alter columns or constraints, so rebuild users");
        break;
      default:
        assertThat(problem.message()).endsWith("Fix: ALTER TABLE users ALTER COLUMN live DROP NOT NULL");
    }
    assertFixRepairs(problem);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(TestDatabase.class)
  void aLiveColumnWithoutDefaultTrue(TestDatabase db) {
    open(db);
    if (sqlite()) {
      rebuildUsers(definitions -> replacing(definitions, "live ", "live BOOLEAN"), statements -> statements);
    } else {
      handle.execute("ALTER TABLE users ALTER COLUMN live DROP DEFAULT");
    }

    SchemaProblem problem = only(verifyUsers(), Kind.LIVE_COLUMN_NO_DEFAULT);

    assertThat(problem.message())
        .startsWith("users.live has ")
        .contains("instead of DEFAULT TRUE: the repository inserts rows without naming live");
    assertFixRepairs(problem);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(TestDatabase.class)
  void falseInTheLiveColumn(TestDatabase db) {
    open(db);
    users().insert(User.of("ann@example.com", "Ann"));
    dropCheck("ck_users_live");
    handle.execute("INSERT INTO users (email, name, live) VALUES ('eve@example.com', 'Eve', FALSE)");

    SchemaReport report = verifyUsers();

    assertThat(kinds(report)).containsExactly(Kind.MISSING_LIVE_CHECK, Kind.FALSE_IN_LIVE_COLUMN);
    assertThat(find(report, Kind.FALSE_IN_LIVE_COLUMN).message())
        .startsWith("users has 1 row whose live is FALSE (neither TRUE nor NULL)")
        .contains("UPDATE users SET live = NULL, deleted_at = COALESCE(deleted_at, ");
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(TestDatabase.class)
  void liveAndDeletedAtThatDisagree(TestDatabase db) {
    open(db);
    users().insert(User.of("ann@example.com", "Ann"));
    dropCheck("ck_users_deleted_at");
    handle.execute("INSERT INTO users (email, name, live, deleted_at) VALUES ('dead@example.com', 'Dead', NULL, NULL)");
    handle.execute("INSERT INTO users (email, name, live, deleted_at) VALUES ('a@example.com', 'A', TRUE, CURRENT_TIMESTAMP)");
    handle.execute("INSERT INTO users (email, name, live, deleted_at) VALUES ('b@example.com', 'B', TRUE, CURRENT_TIMESTAMP)");

    SchemaReport report = verifyUsers();

    assertThat(kinds(report)).containsExactly(Kind.MISSING_DELETED_AT_CHECK, Kind.LIVE_AND_DELETED_AT_DISAGREE);
    assertThat(find(report, Kind.LIVE_AND_DELETED_AT_DISAGREE).message())
        .startsWith("users has 1 row whose live is NULL (dead) while deleted_at is NULL")
        .contains("and 2 rows whose live is set (live) while deleted_at is set")
        .contains("UPDATE users SET deleted_at = NULL WHERE live IS NOT NULL AND deleted_at IS NOT NULL");
  }

  // ----- CHECKs -------------------------------------------------------------------------------------

  @ParameterizedTest(name = "{0}")
  @EnumSource(TestDatabase.class)
  void aMissingLiveCheck(TestDatabase db) {
    open(db);
    dropCheck("ck_users_live");

    SchemaProblem problem = only(verifyUsers(), Kind.MISSING_LIVE_CHECK);

    assertThat(problem.message()).startsWith("users has no CHECK that keeps FALSE out of live");
    assertThat(problem.message())
        .contains(
            sqlite()
                ? "rebuild users with CONSTRAINT ck_users_live CHECK (live IS NULL OR live = TRUE)"
                : "Fix: ALTER TABLE users ADD CONSTRAINT ck_users_live CHECK (live IS NULL OR live = TRUE)");
    assertFixRepairs(problem);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(TestDatabase.class)
  void aMissingDeletedAtCheck(TestDatabase db) {
    open(db);
    dropCheck("ck_users_deleted_at");

    SchemaProblem problem = only(verifyUsers(), Kind.MISSING_DELETED_AT_CHECK);

    assertThat(problem.subject()).isEqualTo("deleted_at");
    assertThat(problem.message())
        .startsWith("users has no CHECK that makes live NULL exactly when deleted_at is set")
        .contains("CHECK ((live IS NULL AND deleted_at IS NOT NULL) OR (live IS NOT NULL AND deleted_at IS NULL))");
    assertFixRepairs(problem);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(TestDatabase.class)
  void aCheckThatRefusesDeletedRows(TestDatabase db) {
    open(db);
    String check = "CONSTRAINT ck_users_never_deleted CHECK (live IS NOT NULL)";
    if (sqlite()) {
      rebuildUsers(
          definitions -> {
            definitions.add("    " + check);
            return definitions;
          },
          statements -> statements);
    } else {
      handle.execute("ALTER TABLE users ADD " + check);
    }

    SchemaProblem problem = only(verifyUsers(), Kind.CHECK_REJECTS_VALID_ROWS);

    assertThat(problem.subject()).isEqualToIgnoringCase("ck_users_never_deleted");
    assertThat(problem.message()).contains("refuses deleted rows (live NULL, deleted_at set), so soft deletes fail");
    assertFixRepairs(problem);
  }

  /** Replaces the two generated CHECKs of users with others, by ALTER TABLE or a rebuild on SQLite. */
  private void replaceChecks(List<String> previous, String... constraints) {
    if (sqlite()) {
      rebuildUsers(
          definitions -> {
            List<String> edited =
                without(without(definitions, "CONSTRAINT ck_users_live "), "CONSTRAINT ck_users_deleted_at ");
            for (String constraint : constraints) {
              edited.add("    " + constraint);
            }
            return edited;
          },
          statements -> statements);
    } else {
      for (String name : previous) {
        handle.execute("ALTER TABLE users DROP CONSTRAINT " + name);
      }
      for (String constraint : constraints) {
        handle.execute("ALTER TABLE users ADD " + constraint);
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(TestDatabase.class)
  void checksCountByWhatTheyDoNotByTheirNameOrSpelling(TestDatabase db) {
    open(db);
    // One CHECK, named otherwise, that does the work of both generated ones.
    replaceChecks(
        List.of("ck_users_live", "ck_users_deleted_at"),
        "CONSTRAINT users_state CHECK ((deleted_at IS NOT NULL AND live IS NULL)"
            + " OR (deleted_at IS NULL AND live IS NOT NULL AND live = TRUE))");
    assertThat(verifyUsers().problems()).isEmpty();

    // Two CHECKs that tie live to deleted_at only together, and one that forbids FALSE its own way.
    replaceChecks(
        List.of("users_state"),
        "CONSTRAINT live_never_false CHECK (live <> FALSE)",
        "CONSTRAINT dead_rows_are_stamped CHECK (live IS NOT NULL OR deleted_at IS NOT NULL)",
        "CONSTRAINT live_rows_are_not CHECK (live IS NULL OR deleted_at IS NULL)");
    assertThat(verifyUsers().problems()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(TestDatabase.class)
  void aCheckThatLooksRightButLetsUnknownThroughDoesNotCount(TestDatabase db) {
    open(db);
    // For live = NULL and deleted_at = NULL this is FALSE OR (TRUE AND NULL), which is UNKNOWN, and a
    // CHECK lets UNKNOWN pass: dead rows without deleted_at get in. It still keeps FALSE out.
    replaceChecks(
        List.of("ck_users_live", "ck_users_deleted_at"),
        "CONSTRAINT users_state CHECK ((deleted_at IS NOT NULL AND live IS NULL) OR (deleted_at IS NULL AND live = TRUE))");

    SchemaProblem problem = only(verifyUsers(), Kind.MISSING_DELETED_AT_CHECK);

    assertThat(problem.message()).containsIgnoringCase("users has no CHECK that makes live NULL exactly when deleted_at is set");
    handle.execute("INSERT INTO users (email, name, live, deleted_at) VALUES ('dead@example.com', 'Dead', NULL, NULL)");
    assertThat(kinds(verifyUsers()))
        .containsExactly(Kind.MISSING_DELETED_AT_CHECK, Kind.LIVE_AND_DELETED_AT_DISAGREE);
  }

  // ----- Unique keys --------------------------------------------------------------------------------

  /**
   * H2 and PostgreSQL only: MariaDB cannot drop the primary key of an AUTO_INCREMENT column, and
   * SQLite's INTEGER PRIMARY KEY is the row id itself.
   */
  @ParameterizedTest(name = "{0}")
  @EnumSource(names = {"H2", "POSTGRESQL"})
  void aMissingPrimaryKey(TestDatabase db) {
    open(db);
    handle.execute("ALTER TABLE users DROP CONSTRAINT pk_users");

    SchemaProblem problem = only(verifyUsers(), Kind.KEY_NOT_UNIQUE);

    assertThat(problem.subject()).isEqualTo("id");
    assertThat(problem.message())
        .startsWith("users has no primary key or unique index over (id)")
        .endsWith("Fix: ALTER TABLE users ADD CONSTRAINT pk_users PRIMARY KEY (id)");
    assertFixRepairs(problem);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(TestDatabase.class)
  void aKeyWithoutUniqueIndex(TestDatabase db) {
    open(db);
    dropIndex("ux_users_email");
    handle.execute(
        db == TestDatabase.MARIADB
            ? "DROP INDEX ux_memberships_org_user ON memberships"
            : "DROP INDEX ux_memberships_org_user");

    SchemaReport report = SchemaVerifier.verify(handle, UserSchema.DEFINITION, MembershipSchema.DEFINITION);

    assertThat(kinds(report)).containsExactly(Kind.KEY_NOT_UNIQUE, Kind.KEY_NOT_UNIQUE);
    SchemaProblem email = report.problems("users").get(0);
    assertThat(email.subject()).isEqualTo("email");
    assertThat(email.message())
        .startsWith("Key email of users has no unique index that keeps it unique among live rows")
        .contains("so two live rows can hold the same email")
        .contains("Fix: CREATE UNIQUE");
    SchemaProblem orgUser = report.problems("memberships").get(0);
    assertThat(orgUser.subject()).isEqualTo("org_user");
    assertThat(orgUser.message()).contains("ON memberships (org_id, user_id, live)");
    assertFixRepairs(email);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(TestDatabase.class)
  void aUniqueIndexOverTheKeyAloneBlocksANewBetty(TestDatabase db) {
    open(db);
    dropIndex("ux_users_email");
    handle.execute("CREATE UNIQUE INDEX ux_users_email ON users (email)");

    SchemaProblem problem = only(verifyUsers(), Kind.KEY_INDEX_WITHOUT_LIVE);

    assertThat(problem.subject()).isEqualTo("email");
    assertThat(problem.message())
        .startsWith("Unique index ")
        .containsIgnoringCase("ux_users_email (email)")
        .contains("a deleted row keeps its email, so no live row can take that email again")
        .contains("Fix: DROP INDEX ")
        .contains("; CREATE UNIQUE");
    // What the verifier warns of: the dead Betty blocks a new one.
    UserRepository users = users();
    users.softDelete(users.insert(User.of("betty@example.com", "Betty")).id());
    assertThatThrownBy(() -> users.insert(User.of("betty@example.com", "New Betty")))
        .isInstanceOf(UniqueViolationException.class);
    assertFixRepairs(problem);
    users.insert(User.of("betty@example.com", "New Betty"));
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(TestDatabase.class)
  void aUniqueConstraintOverTheKeyAloneBesideTheRightIndex(TestDatabase db) {
    open(db);
    String constraint = "CONSTRAINT uq_users_email UNIQUE (email)";
    if (sqlite()) {
      rebuildUsers(
          definitions -> {
            definitions.add("    " + constraint);
            return definitions;
          },
          statements -> statements);
    } else {
      handle.execute("ALTER TABLE users ADD " + constraint);
    }

    SchemaProblem problem = only(verifyUsers(), Kind.KEY_INDEX_WITHOUT_LIVE);

    // The right index is still there, so the fix only drops the constraint.
    switch (db) {
      case MARIADB:
        assertThat(problem.message()).endsWith("Fix: DROP INDEX uq_users_email ON users");
        break;
      case SQLITE:
        assertThat(problem.message()).contains("Fix: SQLite cannot alter columns or constraints, so rebuild users without the UNIQUE constraint");
        break;
      default:
        assertThat(problem.message()).endsWithIgnoringCase("Fix: ALTER TABLE users DROP CONSTRAINT uq_users_email");
    }
    assertFixRepairs(problem);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(TestDatabase.class)
  void aUniqueIndexOverKeyAndDeletedAtLetsTwoLiveBettysIn(TestDatabase db) {
    open(db);
    dropIndex("ux_users_email");
    handle.execute("CREATE UNIQUE INDEX ux_users_email ON users (email, deleted_at)");

    SchemaProblem problem = only(verifyUsers(), Kind.KEY_INDEX_WITHOUT_LIVE);

    assertThat(problem.message())
        .containsIgnoringCase("ux_users_email (email, deleted_at)")
        .contains("has deleted_at where key email needs live")
        .contains("so two live rows can hold the same email");
    // What the verifier warns of.
    users().insert(User.of("betty@example.com", "Betty"));
    users().insert(User.of("betty@example.com", "Second Betty"));
    assertThat(users().countAlive()).isEqualTo(2);
  }

  /** NULLS NOT DISTINCT exists only on PostgreSQL 15+ and H2 2.2+; MariaDB and SQLite have no such index. */
  @ParameterizedTest(name = "{0}")
  @EnumSource(names = {"H2", "POSTGRESQL"})
  void aUniqueIndexWhoseNullsAreNotDistinct(TestDatabase db) {
    open(db);
    dropIndex("ux_users_email");
    handle.execute(
        db == TestDatabase.H2
            ? "CREATE UNIQUE NULLS NOT DISTINCT INDEX ux_users_email ON users (email, live)"
            : "CREATE UNIQUE INDEX ux_users_email ON users (email, live) NULLS NOT DISTINCT");

    SchemaProblem problem = only(verifyUsers(), Kind.NULLS_NOT_DISTINCT);

    assertThat(problem.message())
        .containsIgnoringCase("ux_users_email (email, live) NULLS NOT DISTINCT")
        .contains("treats NULLs as equal (NULLS NOT DISTINCT)")
        .contains("dead rows all have live = NULL, so a second row with the same email cannot be deleted")
        .contains("live rows whose email is NULL collide")
        .contains(db == TestDatabase.H2 ? "CREATE UNIQUE NULLS DISTINCT INDEX" : "NULLS DISTINCT");
    // What the verifier warns of: the second Betty cannot be deleted.
    UserRepository users = users();
    users.softDelete(users.insert(User.of("betty@example.com", "Betty")).id());
    long second = users.insert(User.of("betty@example.com", "Betty")).id();
    assertThatThrownBy(() -> users.softDelete(second))
        .isInstanceOfSatisfying(UniqueViolationException.class, e -> assertThat(e.key()).contains("email"));
    assertFixRepairs(problem);
    assertThat(users.softDelete(second)).isTrue();
  }

  /** NULLS ALL DISTINCT is H2's alone: NULLs are equal unless every part is NULL, as on Oracle. */
  @ParameterizedTest(name = "{0}")
  @EnumSource(names = "H2")
  void aUniqueIndexWhoseNullsAreAllDistinct(TestDatabase db) {
    open(db);
    dropIndex("ux_users_email");
    handle.execute("CREATE UNIQUE NULLS ALL DISTINCT INDEX ux_users_email ON users (email, live)");

    SchemaProblem problem = only(verifyUsers(), Kind.NULLS_NOT_DISTINCT);

    assertThat(problem.message())
        .contains("(NULLS ALL DISTINCT: unless every part is NULL)")
        .contains("a second row with the same email cannot be deleted");
    assertFixRepairs(problem);
  }

  /**
   * An index over an expression of the key (PostgreSQL, SQLite) or over a prefix of it (MariaDB) is
   * not the key's index: lower(email) refuses Betty@x beside betty@x, email(20) two emails that share
   * 20 characters. H2 has neither.
   */
  @ParameterizedTest(name = "{0}")
  @EnumSource(names = {"POSTGRESQL", "SQLITE", "MARIADB"})
  void aUniqueIndexOverAnExpressionOrAPrefixOfTheKeyIsNotItsIndex(TestDatabase db) {
    open(db);
    dropIndex("ux_users_email");
    String part = db == TestDatabase.MARIADB ? "email(20)" : "lower(email)";
    // Under the generated index's name, which the fix must first free.
    handle.execute("CREATE UNIQUE INDEX ux_users_email ON users (" + part + ", live)");

    SchemaProblem problem = only(verifyUsers(), Kind.KEY_NOT_UNIQUE);

    assertThat(problem.message())
        .containsIgnoringCase(
            (db == TestDatabase.MARIADB ? "ux_users_email (LEFT(email, 20), live)" : "ux_users_email (lower(email), live)")
                + " keys on an expression of email that gives different values the same entry")
        .contains("Fix: DROP INDEX ux_users_email");
    assertFixRepairs(problem);
  }

  /** Partial indexes exist on PostgreSQL and SQLite only; H2 and MariaDB have none. */
  @ParameterizedTest(name = "{0}")
  @EnumSource(names = {"POSTGRESQL", "SQLITE"})
  void aPartialUniqueIndexOverLiveRowsKeepsTheContract(TestDatabase db) {
    open(db);
    dropIndex("ux_users_email");
    handle.execute("CREATE UNIQUE INDEX ux_users_email ON users (email) WHERE live = TRUE");

    assertThat(verifyUsers().problems()).isEmpty();

    dropIndex("ux_users_email");
    handle.execute("CREATE UNIQUE INDEX ux_users_email ON users (email) WHERE email IS NOT NULL");

    assertThat(kinds(verifyUsers())).containsExactly(Kind.KEY_INDEX_WITHOUT_LIVE);
  }

  // ----- Everything at once -------------------------------------------------------------------------

  @ParameterizedTest(name = "{0}")
  @EnumSource(TestDatabase.class)
  void everyProblemIsReportedAtOnceAndVerifyOrThrowListsThemAll(TestDatabase db) {
    open(db);
    dropCheck("ck_users_live");
    dropIndex("ux_users_email");
    handle.execute("CREATE UNIQUE INDEX ux_users_email ON users (email)");
    handle.execute("ALTER TABLE users DROP COLUMN name");
    handle.execute("DROP TABLE memberships");

    SchemaReport report = SchemaVerifier.verify(handle, UserSchema.DEFINITION, MembershipSchema.DEFINITION);

    assertThat(kinds(report))
        .containsExactly(Kind.MISSING_COLUMN, Kind.MISSING_LIVE_CHECK, Kind.KEY_INDEX_WITHOUT_LIVE, Kind.MISSING_TABLE);
    assertThat(report.problems("users")).hasSize(3);
    assertThat(report.problems("memberships")).extracting(SchemaProblem::kind).containsExactly(Kind.MISSING_TABLE);
    assertThat(report.ok()).isFalse();

    SchemaMismatchException thrown =
        assertThrows(
            SchemaMismatchException.class,
            () -> SchemaVerifier.verifyOrThrow(handle, UserSchema.DEFINITION, MembershipSchema.DEFINITION));
    assertThat(thrown.report()).isEqualTo(report);
    List<String> lines = thrown.getMessage().lines().collect(Collectors.toList());
    assertThat(lines.get(0))
        .isEqualTo("4 soft-delete schema problems in users, memberships (" + db.dialect().displayName() + "):");
    assertThat(lines.subList(1, lines.size()))
        .hasSize(4)
        .satisfiesExactly(
            line -> assertThat(line).startsWith("- users: MISSING_COLUMN: users has no column name"),
            line -> assertThat(line).startsWith("- users: MISSING_LIVE_CHECK: "),
            line -> assertThat(line).startsWith("- users: KEY_INDEX_WITHOUT_LIVE: Unique index "),
            line -> assertThat(line).startsWith("- memberships: MISSING_TABLE: Table memberships does not exist"));
  }
}
