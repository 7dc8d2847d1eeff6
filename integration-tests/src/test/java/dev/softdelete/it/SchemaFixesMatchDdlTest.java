package dev.softdelete.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.softdelete.Dialect;
import dev.softdelete.TableDefinition;
import dev.softdelete.TableDefinition.IndexDefinition;
import dev.softdelete.TableDefinition.KeyDefinition;
import dev.softdelete.schema.SchemaProblem;
import dev.softdelete.schema.SchemaProblem.Kind;
import dev.softdelete.schema.SchemaProblem.Severity;
import dev.softdelete.schema.SchemaReport;
import dev.softdelete.schema.SchemaVerifier;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fix {@link SchemaVerifier} proposes for a missing unique index, CHECK or primary key is exactly
 * what the generated DDL has: each table is created from its generated DDL less one statement or
 * constraint, the verifier's fix is read from its report, compared with the statement or clause that
 * was left out, run, and the table then verifies clean.
 *
 * <p>{@link RenewalReminder}'s table name is so long that every constraint and index name in its DDL
 * is shortened with a hash; the fix must use the same shortened name. SQLite cannot add a constraint
 * to a table, so there the fix is advice to rebuild the table with the clause, which must be the
 * DDL's clause; an index it can create, and does. The same holds for the warnings about the plain
 * indexes over (live, id) and deleted-at, and about the indexes declared with {@code @Index}.
 */
class SchemaFixesMatchDdlTest {
  /** A generated table: its definition and its DDL. */
  record Table(TableDefinition definition, Function<Dialect, List<String>> ddl) {
    @Override
    public String toString() {
      return definition.table();
    }
  }

  private static final Table USERS = new Table(UserSchema.DEFINITION, UserSchema::createStatements);
  private static final Table MEMBERSHIPS =
      new Table(MembershipSchema.DEFINITION, MembershipSchema::createStatements);
  private static final Table API_KEYS = new Table(ApiKeySchema.DEFINITION, ApiKeySchema::createStatements);
  private static final Table REMINDERS =
      new Table(RenewalReminderSchema.DEFINITION, RenewalReminderSchema::createStatements);
  private static final Table ARTICLES =
      new Table(ArticleSchema.DEFINITION, ArticleSchema::createStatements);

  /** The tables with unique keys and CHECKs, on every database. */
  static Stream<Arguments> tables() {
    return cross(USERS, MEMBERSHIPS, API_KEYS, REMINDERS);
  }

  /**
   * The tables whose primary key is a constraint of its own: their ids are supplied by the caller, so
   * the key can be left out everywhere (MySQL keeps an AUTO_INCREMENT column only in a key, and
   * SQLite's generated id is its column's own PRIMARY KEY).
   */
  static Stream<Arguments> suppliedIdTables() {
    return cross(API_KEYS, REMINDERS);
  }

  /** The tables with declared indexes, one so long-named that its index names are shortened. */
  static Stream<Arguments> indexedTables() {
    return cross(ARTICLES, REMINDERS);
  }

  private static Stream<Arguments> cross(Table... tables) {
    return Arrays.stream(TestDatabase.values())
        .flatMap(db -> Arrays.stream(tables).map(table -> Arguments.of(db, table)));
  }

  private TestDatabase database;
  private Handle handle;

  @AfterEach
  void close() {
    if (handle != null) {
      handle.close();
    }
  }

  private Handle open(TestDatabase db) {
    database = db;
    handle = db.jdbi(new MutableClock(Instant.parse("2026-03-01T00:00:00Z"))).open();
    return handle;
  }

  private List<String> ddl(Table table) {
    return table.ddl().apply(database.dialect());
  }

  /** Drops the table and creates it from the given statements. */
  private void create(Table table, List<String> statements) {
    handle.execute("DROP TABLE IF EXISTS " + table.definition().table());
    statements.forEach(handle::execute);
  }

  /** The generated DDL with one column or constraint definition of its CREATE TABLE left out. */
  private static List<String> without(List<String> ddl, String definition) {
    List<String> lines = new ArrayList<>(Arrays.asList(ddl.get(0).split("\n")));
    String head = lines.remove(0);
    String tail = lines.remove(lines.size() - 1);
    List<String> definitions =
        lines.stream().map(line -> line.endsWith(",") ? line.substring(0, line.length() - 1) : line)
            .collect(Collectors.toList());
    assertThat(definitions).contains(definition);
    definitions.remove(definition);
    List<String> edited = new ArrayList<>(ddl);
    edited.set(0, head + "\n" + String.join(",\n", definitions) + "\n" + tail);
    return edited;
  }

  /** The one definition line of the CREATE TABLE that matches, as written there (indented). */
  private static String definition(List<String> ddl, Predicate<String> matches) {
    List<String> found =
        Arrays.stream(ddl.get(0).split("\n"))
            .map(line -> line.endsWith(",") ? line.substring(0, line.length() - 1) : line)
            .filter(line -> line.startsWith("    CONSTRAINT ") && matches.test(line))
            .collect(Collectors.toList());
    assertThat(found).hasSize(1);
    return found.get(0);
  }

  private SchemaReport verify(Table table) {
    return SchemaVerifier.verify(handle, table.definition());
  }

  /** The report's only problem, which must be of the kind and about the subject. */
  private static SchemaProblem only(SchemaReport report, Kind kind, String subject) {
    assertThat(report.problems()).as(report.toString()).hasSize(1);
    SchemaProblem problem = report.problems().get(0);
    assertThat(problem.kind()).as(problem.message()).isEqualTo(kind);
    assertThat(problem.subject()).isEqualTo(subject);
    return problem;
  }

  /** The statements after "Fix: ", as a user would run them one by one. */
  private static List<String> fix(SchemaProblem problem) {
    String message = problem.message();
    return List.of(message.substring(message.lastIndexOf("Fix: ") + "Fix: ".length()).split("; "));
  }

  /**
   * The fix that adds a left-out constraint: {@code ALTER TABLE t ADD <the DDL's clause>}, which is
   * run and leaves the table clean; on SQLite, the advice to rebuild the table with that clause.
   */
  private void assertAddsConstraint(Table table, SchemaProblem problem, String clause) {
    String name = table.definition().table();
    if (database == TestDatabase.SQLITE) {
      assertThat(fix(problem)).singleElement().asString()
          .startsWith("SQLite cannot alter columns or constraints, so rebuild " + name + " with " + clause + ": ");
      return;
    }
    assertThat(fix(problem)).containsExactly("ALTER TABLE " + name + " ADD " + clause);
    fix(problem).forEach(handle::execute);
    assertThat(verify(table).problems()).as("after %s", fix(problem)).isEmpty();
  }

  /** On the long table, a name of exactly 63 characters that ends with 8 hex digits of its hash. */
  private static void assertShortenedOnLongTable(Table table, String name) {
    if (table == REMINDERS) {
      assertThat(name).hasSize(63).matches("[a-z_]+_[0-9a-f]{8}");
    }
  }

  @ParameterizedTest(name = "{0}, {1}")
  @MethodSource("tables")
  void theFixForAMissingUniqueIndexIsTheIndexOfTheDdl(TestDatabase db, Table table) {
    open(db);
    assertThat(table.definition().uniqueKeys()).isNotEmpty();
    for (KeyDefinition key : table.definition().uniqueKeys()) {
      List<String> ddl = ddl(table);
      List<String> index =
          ddl.stream()
              .filter(s -> s.startsWith("CREATE UNIQUE ") && s.contains(" INDEX " + key.constraintName() + " ON "))
              .collect(Collectors.toList());
      assertThat(index).hasSize(1);
      assertShortenedOnLongTable(table, key.constraintName());
      create(table, ddl.stream().filter(s -> !index.contains(s)).collect(Collectors.toList()));

      SchemaProblem problem = only(verify(table), Kind.KEY_NOT_UNIQUE, key.name());

      assertThat(fix(problem)).isEqualTo(index);
      fix(problem).forEach(handle::execute);
      assertThat(verify(table).problems()).as("after %s", index).isEmpty();
    }
  }

  @ParameterizedTest(name = "{0}, {1}")
  @MethodSource("tables")
  void theFixForAMissingLiveCheckIsTheCheckOfTheDdl(TestDatabase db, Table table) {
    open(db);
    String live = table.definition().liveColumn();
    List<String> ddl = ddl(table);
    String line = definition(ddl, l -> l.contains(" CHECK (" + live + " IS NULL OR " + live + " = "));
    String clause = line.trim();
    assertShortenedOnLongTable(table, clause.split(" ")[1]);
    create(table, without(ddl, line));

    SchemaProblem problem = only(verify(table), Kind.MISSING_LIVE_CHECK, live);

    assertAddsConstraint(table, problem, clause);
  }

  @ParameterizedTest(name = "{0}, {1}")
  @MethodSource("tables")
  void theFixForAMissingDeletedAtCheckIsTheCheckOfTheDdl(TestDatabase db, Table table) {
    open(db);
    String live = table.definition().liveColumn();
    String deletedAt = table.definition().deletedAtColumn();
    List<String> ddl = ddl(table);
    String line =
        definition(ddl, l -> l.contains(" CHECK ((" + live + " IS NULL AND " + deletedAt + " IS NOT NULL)"));
    String clause = line.trim();
    assertShortenedOnLongTable(table, clause.split(" ")[1]);
    create(table, without(ddl, line));

    SchemaProblem problem = only(verify(table), Kind.MISSING_DELETED_AT_CHECK, deletedAt);

    assertAddsConstraint(table, problem, clause);
  }

  @ParameterizedTest(name = "{0}, {1}")
  @MethodSource("suppliedIdTables")
  void theFixForAMissingPrimaryKeyIsThePrimaryKeyOfTheDdl(TestDatabase db, Table table) {
    open(db);
    KeyDefinition key = table.definition().primaryKey();
    List<String> ddl = ddl(table);
    String line = definition(ddl, l -> l.contains(" PRIMARY KEY ("));
    String clause = line.trim();
    assertThat(clause).isEqualTo(
        "CONSTRAINT " + key.constraintName() + " PRIMARY KEY (" + String.join(", ", key.columns()) + ")");
    assertShortenedOnLongTable(table, key.constraintName());
    create(table, without(ddl, line));

    SchemaProblem problem = only(verify(table), Kind.KEY_NOT_UNIQUE, key.name());

    if (database == TestDatabase.SQLITE) {
      // SQLite's advice names the key's columns: the constraint's name is the DDL's once rebuilt from it.
      assertThat(fix(problem)).singleElement().asString()
          .contains("rebuild " + table.definition().table() + " with its PRIMARY KEY ("
              + String.join(", ", key.columns()) + ")");
      return;
    }
    assertAddsConstraint(table, problem, clause);
  }

  @ParameterizedTest(name = "{0}, {1}")
  @MethodSource("tables")
  void theFixForAMissingLiveOrDeletedAtIndexIsTheIndexOfTheDdl(TestDatabase db, Table table) {
    open(db);
    TableDefinition definition = table.definition();
    String id = definition.primaryKey().columns().get(0);
    assertLeftOutIndexIsTheFix(
        table, Kind.LIVE_INDEX_MISSING, " ON " + definition.table() + " (" + definition.liveColumn() + ", " + id + ")");
    assertLeftOutIndexIsTheFix(
        table, Kind.DELETED_AT_INDEX_MISSING, " ON " + definition.table() + " (" + definition.deletedAtColumn() + ")");
  }

  /**
   * Creates the table without the one plain index of the DDL whose statement ends with {@code on}:
   * the only problem is a warning of the kind, about the index, whose fix is that statement; run, it
   * leaves the table clean.
   */
  private void assertLeftOutIndexIsTheFix(Table table, Kind kind, String on) {
    List<String> ddl = ddl(table);
    List<String> index =
        ddl.stream().filter(s -> s.startsWith("CREATE INDEX ") && s.endsWith(on)).collect(Collectors.toList());
    assertThat(index).as("%s in %s", on, ddl).hasSize(1);
    String name = index.get(0).split(" ")[2];
    assertShortenedOnLongTable(table, name);
    create(table, ddl.stream().filter(s -> !index.contains(s)).collect(Collectors.toList()));

    SchemaReport report = verify(table);
    SchemaProblem problem = only(report, kind, name);

    assertThat(problem.severity()).isEqualTo(Severity.WARNING);
    assertThat(report.ok()).isTrue();
    assertThat(fix(problem)).isEqualTo(index);
    fix(problem).forEach(handle::execute);
    assertThat(verify(table).problems()).as("after %s", index).isEmpty();
  }

  @ParameterizedTest(name = "{0}, {1}")
  @MethodSource("indexedTables")
  void theFixForAMissingDeclaredIndexIsTheIndexOfTheDdl(TestDatabase db, Table table) {
    open(db);
    assertThat(table.definition().indexes()).isNotEmpty();
    for (IndexDefinition declared : table.definition().indexes()) {
      String index = declaredIndex(table, declared);
      create(table, ddl(table).stream().filter(s -> !s.equals(index)).collect(Collectors.toList()));

      SchemaReport report = verify(table);
      if (ledByAnother(table, declared)) {
        // Articles' (author_id) index: the index over (author_id, published_at) serves its queries.
        assertThat(report.problems()).as(report.toString()).isEmpty();
        continue;
      }
      SchemaProblem problem = only(report, Kind.DECLARED_INDEX_MISSING, declared.indexName());

      assertThat(problem.severity()).isEqualTo(Severity.WARNING);
      assertThat(report.ok()).isTrue();
      assertThat(fix(problem)).containsExactly(index);
      fix(problem).forEach(handle::execute);
      assertThat(verify(table).problems()).as("after %s", index).isEmpty();
    }
  }

  /**
   * An index that bears a declared index's name but is over other columns (the declaration changed
   * after the index was made): the fix drops it and creates the DDL's index.
   */
  @ParameterizedTest(name = "{0}, {1}")
  @MethodSource("indexedTables")
  void theFixForADeclaredIndexThatDiffersReplacesItWithTheIndexOfTheDdl(
      TestDatabase db, Table table) {
    open(db);
    TableDefinition definition = table.definition();
    for (IndexDefinition declared : definition.indexes()) {
      String index = declaredIndex(table, declared);
      String other =
          "CREATE INDEX " + declared.indexName() + " ON " + definition.table() + " ("
              + definition.primaryKey().columns().get(0) + ")";
      create(
          table,
          ddl(table).stream().map(s -> s.equals(index) ? other : s).collect(Collectors.toList()));
      if (ledByAnother(table, declared)) {
        assertThat(verify(table).problems()).isEmpty();
        continue;
      }

      SchemaProblem problem =
          only(verify(table), Kind.DECLARED_INDEX_DIFFERS, declared.indexName());

      // The drop names the index as the catalog spells it (H2 in upper case).
      String drop =
          "DROP INDEX " + declared.indexName()
              + (db == TestDatabase.MARIADB ? " ON " + definition.table() : "");
      assertThat(fix(problem)).hasSize(2);
      assertThat(fix(problem).get(0)).isEqualToIgnoringCase(drop);
      assertThat(fix(problem).get(1)).isEqualTo(index);
      fix(problem).forEach(handle::execute);
      assertThat(verify(table).problems()).as("after %s", fix(problem)).isEmpty();
    }
  }

  /** Whether another declared index of the table starts with this one's columns: it serves it. */
  private static boolean ledByAnother(Table table, IndexDefinition declared) {
    return table.definition().indexes().stream()
        .anyMatch(other -> other != declared
            && other.columns().size() > declared.columns().size()
            && other.columns().subList(0, declared.columns().size()).equals(declared.columns()));
  }

  /** The one statement of the table's DDL that creates the declared index. */
  private String declaredIndex(Table table, IndexDefinition declared) {
    List<String> index =
        ddl(table).stream()
            .filter(s -> s.startsWith("CREATE INDEX " + declared.indexName() + " ON "))
            .collect(Collectors.toList());
    assertThat(index).as("%s in %s", declared, ddl(table)).hasSize(1);
    assertShortenedOnLongTable(table, declared.indexName());
    return index.get(0);
  }
}
