package dev.softdelete.it.relations.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.softdelete.Dialect;
import dev.softdelete.it.MutableClock;
import dev.softdelete.it.TestDatabase;
import dev.softdelete.it.relations.schema.RelatedTables.Table;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sqlite.SQLiteDataSource;

/**
 * The generated DDL of entities in relations applies on each database as a migration would run it:
 * every table of the resources, children before their parents and around a cycle, then every foreign
 * key; and the foreign keys then refuse a child whose parent does not exist, and a hard delete of a
 * parent that still has children. Rows are written with plain SQL, as a hand-written statement would.
 */
class RelatedDdlTest {
  private static final String FOREIGN_KEYS = "-- Foreign keys:";

  private TestDatabase database;
  private Handle handle;

  @AfterEach
  void close() {
    if (handle != null) {
      handle.close();
    }
  }

  /** A handle with the foreign keys enforced (on SQLite, by the connection's PRAGMA), the tables dropped. */
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

  /**
   * Runs each table's resource up to its foreign keys, children before parents, then the foreign keys
   * at the end of each resource: the order the resources' comment asks for.
   */
  private void createFromResources() {
    List<String> foreignKeys = new ArrayList<>();
    for (Table table : RelatedTables.ALL) {
      String resource = table.resource(dialect());
      int split = resource.indexOf(FOREIGN_KEYS);
      String tables = split < 0 ? resource : resource.substring(0, split);
      RelatedTables.statements(tables).forEach(handle::execute);
      if (split >= 0) {
        foreignKeys.addAll(RelatedTables.statements(resource.substring(split)));
      }
    }
    foreignKeys.forEach(handle::execute);
  }

  private void assertRefusedByForeignKey(String sql, Object... arguments) {
    assertThatThrownBy(() -> execute(sql, arguments))
        .isInstanceOf(UnableToExecuteStatementException.class)
        .satisfies(e -> assertThat(e.getCause().getMessage()).containsIgnoringCase("foreign key"));
  }

  private void execute(String sql, Object... arguments) {
    var update = handle.createUpdate(sql);
    for (int i = 0; i < arguments.length; i++) {
      update.bind(i, arguments[i]);
    }
    update.execute();
  }

  /** A UUID as the dialect's column holds it: a UUID on H2 and PostgreSQL, its text elsewhere. */
  private Object uuid(UUID id) {
    return dialect() == Dialect.H2 || dialect() == Dialect.POSTGRESQL ? id : id.toString();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(TestDatabase.class)
  void theResourcesHoldTheStatementsOfTheSchemaClasses(TestDatabase db) {
    database = db;
    for (Table table : RelatedTables.ALL) {
      String resource = table.resource(dialect());
      int split = resource.indexOf(FOREIGN_KEYS);

      assertThat(RelatedTables.statements(split < 0 ? resource : resource.substring(0, split)))
          .as(table.name())
          .isEqualTo(table.createStatements().apply(dialect()));
      assertThat(split < 0 ? List.of() : RelatedTables.statements(resource.substring(split)))
          .as(table.name())
          .isEqualTo(table.foreignKeyStatements().apply(dialect()));
      assertThat(table.foreignKeyStatements().apply(dialect()))
          .as(table.name())
          .hasSize(db == TestDatabase.SQLITE ? 0 : table.definition().relations().orElseThrow().references().size());
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(TestDatabase.class)
  void tablesApplyInAnyOrderThenTheirForeignKeysRefuseAnOrphan(TestDatabase db) {
    open(db);

    createFromResources();

    execute("INSERT INTO vendors (id, name) VALUES (1, 'Acme')");
    execute("INSERT INTO shipments (id, vendor_id, label) VALUES (10, 1, 'first')");
    assertRefusedByForeignKey("INSERT INTO shipments (id, vendor_id, label) VALUES (11, 42, 'orphan')");
    assertRefusedByForeignKey("UPDATE shipments SET vendor_id = 42 WHERE id = 10");
    execute("INSERT INTO tracking_events_of_shipments_kept_by_the_warehouse_dept (id, shipment_id, note)"
        + " VALUES (100, 10, 'left the dock')");
    assertRefusedByForeignKey(
        "INSERT INTO tracking_events_of_shipments_kept_by_the_warehouse_dept (id, shipment_id, note)"
            + " VALUES (101, 99, 'nowhere')");
    assertThat(handle.createQuery("SELECT COUNT(*) FROM shipments").mapTo(Long.class).one()).isEqualTo(1);
  }

  /** The keys are NO ACTION: hard deletes and purges remove children first themselves. */
  @ParameterizedTest(name = "{0}")
  @EnumSource(TestDatabase.class)
  void aParentWithChildrenCannotBeDeletedAndNothingCascades(TestDatabase db) {
    open(db);
    RelatedTables.create(handle, dialect());
    execute("INSERT INTO vendors (id, name) VALUES (1, 'Acme')");
    execute("INSERT INTO shipments (id, vendor_id, label) VALUES (10, 1, 'first')");

    assertRefusedByForeignKey("DELETE FROM vendors WHERE id = 1");

    execute("DELETE FROM shipments WHERE id = 10");
    execute("DELETE FROM vendors WHERE id = 1");
    assertThat(handle.createQuery("SELECT COUNT(*) FROM vendors").mapTo(Long.class).one()).isZero();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(TestDatabase.class)
  void aSelfReferenceHoldsATreeWhoseRootHasNoParent(TestDatabase db) {
    open(db);
    RelatedTables.create(handle, dialect());
    UUID root = UUID.randomUUID();
    UUID child = UUID.randomUUID();

    execute("INSERT INTO folders (id, name, parent_id) VALUES (?, 'root', NULL)", uuid(root));
    execute("INSERT INTO folders (id, name, parent_id) VALUES (?, 'child', ?)", uuid(child), uuid(root));

    assertRefusedByForeignKey(
        "INSERT INTO folders (id, name, parent_id) VALUES (?, 'stray', ?)",
        uuid(UUID.randomUUID()),
        uuid(UUID.randomUUID()));
    assertRefusedByForeignKey("DELETE FROM folders WHERE id = ?", uuid(root));
  }

  /** Teams and players reference each other: the cycle's nullable side is filled in last. */
  @ParameterizedTest(name = "{0}")
  @EnumSource(TestDatabase.class)
  void aCycleAcrossTwoEntitiesHoldsItsRows(TestDatabase db) {
    open(db);
    RelatedTables.create(handle, dialect());

    execute("INSERT INTO teams (id, name, captain_id) VALUES (1, 'Reds', NULL)");
    execute("INSERT INTO players (id, name, team_id) VALUES (7, 'Ana', 1)");
    execute("UPDATE teams SET captain_id = 7 WHERE id = 1");

    assertRefusedByForeignKey("UPDATE teams SET captain_id = 8 WHERE id = 1");
    assertRefusedByForeignKey("INSERT INTO players (id, name, team_id) VALUES (8, 'Bo', 2)");
  }

  /**
   * SQLite checks foreign keys only on connections that turn them on: the PRAGMA, or sqlite-jdbc's
   * {@code foreign_keys=true} in the URL (or SQLiteConfig.enforceForeignKeys).
   */
  @Test
  void sqliteChecksForeignKeysOnlyOnConnectionsThatTurnThemOn() throws SQLException {
    open(TestDatabase.SQLITE);
    RelatedTables.create(handle, Dialect.SQLITE);
    String url = ((SQLiteDataSource) TestDatabase.SQLITE.dataSource()).getUrl();
    String orphan = "INSERT INTO shipments (id, vendor_id, label) VALUES (11, 42, 'orphan')";

    try (Connection plain = DriverManager.getConnection(url);
        Statement statement = plain.createStatement()) {
      assertThat(foreignKeys(statement)).isZero();
      statement.execute(orphan);
      statement.execute("DELETE FROM shipments WHERE id = 11");
    }
    try (Connection enforcing = DriverManager.getConnection(url + "?foreign_keys=true");
        Statement statement = enforcing.createStatement()) {
      assertThat(foreignKeys(statement)).isOne();
      assertThatThrownBy(() -> statement.execute(orphan)).hasMessageContaining("FOREIGN KEY constraint failed");
    }
  }

  private static int foreignKeys(Statement statement) throws SQLException {
    try (ResultSet rs = statement.executeQuery("PRAGMA foreign_keys")) {
      rs.next();
      return rs.getInt(1);
    }
  }
}
