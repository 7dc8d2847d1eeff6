package dev.softdelete.it.relations.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.softdelete.Dialect;
import dev.softdelete.TableDefinition;
import dev.softdelete.TableDefinition.ReferenceDefinition;
import dev.softdelete.it.MutableClock;
import dev.softdelete.it.TestDatabase;
import dev.softdelete.it.relations.schema.RelatedTables.Table;
import dev.softdelete.schema.SchemaProblem;
import dev.softdelete.schema.SchemaProblem.Kind;
import dev.softdelete.schema.SchemaProblem.Severity;
import dev.softdelete.schema.SchemaReport;
import dev.softdelete.schema.SchemaVerifier;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link SchemaVerifier} on the tables of entities in relations, on each live database: their
 * generated DDL verifies clean; a missing deletion column, foreign key, reference index or deletion
 * index is reported with its kind, on the table and subject it is about, with the fix the generated DDL
 * has, which repairs the table. A foreign key to another table, a partial index over the reference
 * column, and foreign keys the connection does not check are reported too.
 *
 * <p>Tables lacking a piece are made from their generated DDL less that piece, as an old migration
 * would have left them. SQLite cannot add a constraint to a table, so there the fix of a foreign key
 * is advice to rebuild the table with the generated clause.
 */
class RelatedSchemaVerifierTest {
  private TestDatabase database;
  private Handle handle;

  @AfterEach
  void close() {
    if (handle != null) {
      handle.close();
    }
  }

  /** A handle that checks foreign keys (on SQLite, by the connection's PRAGMA), the tables dropped. */
  private Handle open(TestDatabase db) {
    database = db;
    handle = db.jdbi(new MutableClock(Instant.parse("2026-03-01T00:00:00Z"))).open();
    if (db == TestDatabase.SQLITE) {
      handle.execute("PRAGMA foreign_keys = ON");
    }
    RelatedTables.drop(handle, db);
    return handle;
  }

  private Dialect dialect() {
    return database.dialect();
  }

  private SchemaReport verify() {
    return SchemaVerifier.verify(handle, RelatedTables.definitions().toArray(TableDefinition[]::new));
  }

  /** The report's only problem, which must be of the kind, on the table, about the subject. */
  private static SchemaProblem only(SchemaReport report, Kind kind, String table, String subject) {
    assertThat(report.problems()).as(report.toString()).hasSize(1);
    SchemaProblem problem = report.problems().get(0);
    assertThat(problem.kind()).as(report.toString()).isEqualTo(kind);
    assertThat(problem.table()).isEqualTo(table);
    assertThat(problem.subject()).isEqualTo(subject);
    return problem;
  }

  private static String fixOf(SchemaProblem problem) {
    String message = problem.message();
    return message.substring(message.lastIndexOf("Fix: ") + "Fix: ".length());
  }

  /** Runs the problem's fix statement by statement, as a user would, and checks that every table is then clean. */
  private void assertFixRepairs(SchemaProblem problem) {
    String fix = fixOf(problem);
    if (fix.startsWith("SQLite cannot alter")) {
      assertThat(database).isEqualTo(TestDatabase.SQLITE);
      return;
    }
    Arrays.stream(fix.split("; ")).forEach(handle::execute);
    assertThat(verify().problems()).as("after the fix of: %s", problem.message()).isEmpty();
  }

  /** Each table that has references, on each database. */
  static Stream<Arguments> childTables() {
    return Arrays.stream(TestDatabase.values())
        .flatMap(
            db -> RelatedTables.ALL.stream()
                .filter(t -> !t.definition().relations().orElseThrow().references().isEmpty())
                .map(t -> Arguments.of(db, t)));
  }

  /** Each table, on each database. */
  static Stream<Arguments> tables() {
    return Arrays.stream(TestDatabase.values())
        .flatMap(db -> RelatedTables.ALL.stream().map(t -> Arguments.of(db, t)));
  }

  private static ReferenceDefinition firstReference(Table table) {
    return table.definition().relations().orElseThrow().references().get(0);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(TestDatabase.class)
  void theGeneratedDdlOfEntitiesInRelationsVerifiesClean(TestDatabase db) {
    open(db);
    RelatedTables.create(handle, dialect());

    assertThat(verify().problems()).as(verify().toString()).isEmpty();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("tables")
  void aMissingDeletionColumn(TestDatabase db, Table table) {
    open(db);
    String deletion = table.definition().relations().orElseThrow().deletionColumn();
    List<String> ddl = table.createStatements().apply(dialect());
    List<String> definitions =
        Arrays.stream(ddl.get(0).split("\n")).map(line -> line.strip().replaceAll(",$", "")).toList();
    String column = definitions.stream().filter(d -> d.startsWith(deletion + " ")).findFirst().orElseThrow();
    String check = definitions.stream().filter(d -> d.endsWith(" CHECK (live IS NULL OR " + deletion + " IS NULL)"))
        .findFirst().orElseThrow();
    String index = ddl.stream().filter(s -> s.endsWith(" (" + deletion + ")")).findFirst().orElseThrow();
    RelatedTables.create(handle, dialect(), table, sql -> sql.equals(column) || sql.equals(check) || sql.equals(index));

    SchemaProblem problem = only(verify(), Kind.MISSING_COLUMN, table.name(), deletion);

    assertThat(fixOf(problem))
        .startsWith("ALTER TABLE " + table.name() + " ADD")
        .contains(column)
        .contains(check)
        .endsWith("; " + index);
    assertFixRepairs(problem);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("childTables")
  void aMissingForeignKeyIsAnErrorWhoseFixIsTheGeneratedOne(TestDatabase db, Table table) {
    open(db);
    ReferenceDefinition reference = firstReference(table);
    Predicate<String> foreignKey = sql -> sql.contains("CONSTRAINT " + reference.constraintName() + " FOREIGN KEY");
    RelatedTables.create(handle, dialect(), table, foreignKey);

    SchemaProblem problem = only(verify(), Kind.FOREIGN_KEY_MISSING, table.name(), reference.constraintName());

    assertThat(problem.severity()).isEqualTo(Severity.ERROR);
    if (db == TestDatabase.SQLITE) {
      String clause =
          Arrays.stream(table.createStatements().apply(dialect()).get(0).split("\n"))
              .map(String::strip)
              .filter(foreignKey)
              .findFirst()
              .orElseThrow();
      assertThat(fixOf(problem))
          .startsWith("SQLite cannot alter")
          .contains("rebuild " + table.name() + " with " + clause);
    } else {
      assertThat(fixOf(problem)).isEqualTo(table.foreignKeyStatements().apply(dialect()).get(0));
    }
    assertFixRepairs(problem);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(TestDatabase.class)
  void aForeignKeyToAnotherTableIsReplaced(TestDatabase db) {
    open(db);
    String generated = "CONSTRAINT fk_shipments_vendor_id FOREIGN KEY (vendor_id) REFERENCES vendors (id)";
    String elsewhere = "CONSTRAINT fk_shipments_vendor_id FOREIGN KEY (vendor_id) REFERENCES teams (id)";
    if (db == TestDatabase.SQLITE) {
      RelatedTables.create(handle, dialect());
      List<String> ddl = RelatedTables.SHIPMENTS.createStatements().apply(dialect());
      handle.execute("DROP TABLE shipments");
      handle.execute(ddl.get(0).replace(generated, elsewhere));
      ddl.stream().skip(1).forEach(handle::execute);
    } else {
      RelatedTables.create(handle, dialect(), RelatedTables.SHIPMENTS, sql -> sql.endsWith(generated));
      handle.execute("ALTER TABLE shipments ADD " + elsewhere);
    }

    SchemaProblem problem = only(verify(), Kind.FOREIGN_KEY_DIFFERS, "shipments", "fk_shipments_vendor_id");

    assertThat(problem.message()).containsIgnoringCase("REFERENCES teams (id)").contains("references vendors (id)");
    if (db != TestDatabase.SQLITE) {
      assertThat(fixOf(problem))
          .endsWith("; " + RelatedTables.SHIPMENTS.foreignKeyStatements().apply(dialect()).get(0));
    }
    assertFixRepairs(problem);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("childTables")
  void aMissingReferenceIndexIsAWarningWhoseFixIsTheGeneratedOne(TestDatabase db, Table table) {
    open(db);
    ReferenceDefinition reference = firstReference(table);
    String index = "CREATE INDEX " + reference.indexName() + " ";
    // H2 and MariaDB keep an index for every foreign key, and make one when the key is added without
    // it: leave the key out too, and add it after the fix.
    boolean indexedByKey = db == TestDatabase.H2 || db == TestDatabase.MARIADB;
    RelatedTables.create(
        handle,
        dialect(),
        table,
        sql -> sql.startsWith(index)
            || indexedByKey && sql.contains("CONSTRAINT " + reference.constraintName() + " FOREIGN KEY"));

    List<SchemaProblem> problems =
        verify().problems().stream().filter(p -> p.kind() == Kind.REFERENCE_INDEX_MISSING).toList();

    assertThat(problems).hasSize(1);
    SchemaProblem problem = problems.get(0);
    assertThat(problem.severity()).isEqualTo(Severity.WARNING);
    assertThat(problem.subject()).isEqualTo(reference.indexName());
    assertThat(fixOf(problem))
        .isEqualTo(table.createStatements().apply(dialect()).stream().filter(s -> s.startsWith(index)).findFirst()
            .orElseThrow());
    if (indexedByKey) {
      handle.execute(fixOf(problem));
      table.foreignKeyStatements().apply(dialect()).forEach(handle::execute);
      assertThat(verify().problems()).isEmpty();
    } else {
      assertFixRepairs(only(verify(), Kind.REFERENCE_INDEX_MISSING, table.name(), reference.indexName()));
    }
  }

  /** H2 and MariaDB index a foreign key's column themselves when no index is led by it; that index serves. */
  @ParameterizedTest(name = "{0}")
  @EnumSource(names = {"H2", "MARIADB"})
  void theIndexTheDatabaseMakesForAForeignKeyServes(TestDatabase db) {
    open(db);
    RelatedTables.create(
        handle, dialect(), RelatedTables.SHIPMENTS, sql -> sql.startsWith("CREATE INDEX ix_shipments_vendor_id "));

    assertThat(verify().problems()).isEmpty();
  }

  /** The database's checks of the key look for every child, dead ones too. */
  @ParameterizedTest(name = "{0}")
  @EnumSource(names = {"POSTGRESQL", "SQLITE"})
  void aPartialIndexOverTheReferenceColumnDoesNotServe(TestDatabase db) {
    open(db);
    RelatedTables.create(
        handle, dialect(), RelatedTables.SHIPMENTS, sql -> sql.startsWith("CREATE INDEX ix_shipments_vendor_id "));
    handle.execute("CREATE INDEX ix_shipments_live_vendors ON shipments (vendor_id) WHERE live = TRUE");

    SchemaProblem problem = only(verify(), Kind.REFERENCE_INDEX_MISSING, "shipments", "ix_shipments_vendor_id");

    assertThat(problem.message()).contains("ix_shipments_live_vendors (vendor_id) WHERE").contains("leaves rows out");
    assertFixRepairs(problem);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("tables")
  void aMissingDeletionIndexIsAWarning(TestDatabase db, Table table) {
    open(db);
    String index = "CREATE INDEX ix_" + table.name().substring(0, Math.min(20, table.name().length()));
    String statement =
        table.createStatements().apply(dialect()).stream()
            .filter(s -> s.startsWith(index) && s.endsWith("(deletion_id)"))
            .findFirst()
            .orElseThrow();
    RelatedTables.create(handle, dialect(), table, statement::equals);

    SchemaProblem problem = only(verify(), Kind.DELETION_INDEX_MISSING, table.name(), statement.split(" ")[2]);

    assertThat(problem.severity()).isEqualTo(Severity.WARNING);
    assertThat(fixOf(problem)).isEqualTo(statement);
    assertFixRepairs(problem);
  }

  /** SQLite checks foreign keys only on connections with PRAGMA foreign_keys = ON. */
  @ParameterizedTest(name = "{0}")
  @EnumSource(names = "SQLITE")
  void foreignKeysThatTheConnectionDoesNotCheck(TestDatabase db) {
    open(db);
    RelatedTables.create(handle, dialect());
    handle.execute("PRAGMA foreign_keys = OFF");

    SchemaReport report = verify();

    assertThat(report.problems()).as(report.toString())
        .hasSize(5)
        .allMatch(p -> p.kind() == Kind.FOREIGN_KEY_NOT_ENFORCED)
        .allMatch(p -> fixOf(p).startsWith("PRAGMA foreign_keys = ON on every connection"))
        .allMatch(p -> p.message().contains("PRAGMA foreign_keys is OFF on this connection"));
    handle.execute("PRAGMA foreign_keys = ON");
    assertThat(verify().problems()).isEmpty();
  }

  /** A session with foreign_key_checks = 0 checks no foreign key. */
  @ParameterizedTest(name = "{0}")
  @EnumSource(names = "MARIADB")
  void foreignKeysThatTheSessionDoesNotCheck(TestDatabase db) {
    open(db);
    RelatedTables.create(handle, dialect());
    handle.execute("SET foreign_key_checks = 0");

    SchemaReport report = verify();

    assertThat(report.problems()).as(report.toString())
        .hasSize(5)
        .allMatch(p -> p.kind() == Kind.FOREIGN_KEY_NOT_ENFORCED)
        .allMatch(p -> fixOf(p).startsWith("SET foreign_key_checks = 1"));
    handle.execute("SET foreign_key_checks = 1");
    assertThat(verify().problems()).isEmpty();
  }
}
