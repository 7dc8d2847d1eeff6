package dev.softdelete.benchmarks.relations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.softdelete.RestoreResult;
import dev.softdelete.benchmarks.db.Database;
import dev.softdelete.benchmarks.db.Seed;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The relations benchmarks compare like with like, on each database: the hand-written statements kill
 * exactly the rows the repository's cascade kills, under one operation, and either side restores what
 * either side killed, leaving every table as it was, but not a child deleted on its own; every benchmark
 * method runs from the state its invocation setup makes; both purges remove exactly the old dead parents
 * with their children, in the batches the report counts. No timings here.
 */
class RelationContendersAgreeTest {
  private static final int CHILDREN = 100;

  @ParameterizedTest
  @EnumSource(Database.class)
  void bothSidesKillAndRestoreTheSameAlbumRows(Database db) throws Exception {
    Albums a = new Albums();
    a.db = db;
    a.children = CHILDREN;
    a.setUp();
    try {
      List<String> tables = List.of("albums", "photos");
      Map<String, List<List<Object>>> before = snapshot(a.connection, tables);
      Deleter[] deleters = {() -> a.hand.softDelete(Albums.ALBUM), () -> a.generated.softDelete(Albums.ALBUM) ? 1 : 0};
      Restorer[] restorers = {() -> a.hand.restore(Albums.ALBUM), () -> a.generated.restore(Albums.ALBUM)};
      List<List<Object>> deadSeen = null;
      for (Deleter delete : deleters) {
        for (Restorer restore : restorers) {
          assertThat(delete.delete()).isPositive();
          a.check();
          List<List<Object>> killed = deadShape(a.connection, "SELECT id, album_id AS parent, live, deleted_at,"
              + " deletion_id FROM photos WHERE album_id = 1 UNION ALL SELECT id, 0, live, deleted_at, deletion_id"
              + " FROM albums WHERE id = 1");
          assertThat(killed).hasSize(1 + CHILDREN);
          if (deadSeen != null) {
            assertThat(killed).isEqualTo(deadSeen);
          }
          deadSeen = killed;
          assertThat(notAlbumOne(snapshot(a.connection, tables))).isEqualTo(notAlbumOne(before));
          restore.restore();
          assertThat(snapshot(a.connection, tables)).isEqualTo(before);
        }
      }

      CascadeBenchmarks benchmarks = new CascadeBenchmarks();
      Albums.Live live = new Albums.Live();
      Albums.Dead dead = new Albums.Dead();
      live.attach(a);
      dead.attach(a);
      a.settle();
      live.revive();
      assertThat(benchmarks.softDelete_a_handJdbc(live)).isEqualTo(1 + CHILDREN);
      live.revive();
      assertThat(benchmarks.softDelete_b_generatedAttached(live)).isTrue();
      dead.kill();
      assertThat(benchmarks.restore_a_handJdbc(dead)).isEqualTo(1 + CHILDREN);
      dead.kill();
      RestoreResult restored = benchmarks.restore_b_generatedAttached(dead);
      assertThat(restored.restoredRows()).containsEntry("Album", 1).containsEntry("Photo", CHILDREN);
      a.check();
      assertThat(snapshot(a.connection, tables)).isEqualTo(before);

      Seed.execute(a.connection, "UPDATE photos SET live = NULL, deleted_at = " + Seed.DELETED_AT
          + ", deletion_id = " + RelationTables.uuid("7") + " WHERE id = 1");
      Map<String, List<List<Object>>> photoOneDead = snapshot(a.connection, tables);
      assertThat(a.hand.softDelete(Albums.ALBUM)).isEqualTo(CHILDREN);
      assertThat(a.generated.restore(Albums.ALBUM).restoredRows()).containsEntry("Photo", CHILDREN - 1);
      assertThat(snapshot(a.connection, tables)).isEqualTo(photoOneDead);
      assertThat(a.generated.softDelete(Albums.ALBUM)).isTrue();
      assertThat(a.hand.restore(Albums.ALBUM)).isEqualTo(CHILDREN);
      assertThat(snapshot(a.connection, tables)).isEqualTo(photoOneDead);
      Seed.execute(a.connection, "UPDATE photos SET live = TRUE, deleted_at = NULL, deletion_id = NULL WHERE id = 1");
    } finally {
      a.tearDown();
    }
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  void bothSidesKillAndRestoreTheSameCustomerRows(Database db) throws Exception {
    Customers c = new Customers();
    c.db = db;
    c.setUp();
    try {
      List<String> tables = List.of("customers", "customer_orders", "order_lines");
      Map<String, List<List<Object>>> before = snapshot(c.connection, tables);
      String mine = "SELECT id, 0 AS kind, live, deleted_at, deletion_id FROM customers WHERE id = 1 UNION ALL"
          + " SELECT id, 1, live, deleted_at, deletion_id FROM customer_orders WHERE customer_id = 1 UNION ALL"
          + " SELECT id, 2, live, deleted_at, deletion_id FROM order_lines WHERE order_id <= " + Customers.ORDERS;
      CascadeBenchmarks benchmarks = new CascadeBenchmarks();
      Customers.Live live = new Customers.Live();
      Customers.Dead dead = new Customers.Dead();
      live.attach(c);
      dead.attach(c);
      c.settle();

      live.revive();
      assertThat(benchmarks.treeSoftDelete_a_handJdbc(live)).isEqualTo(Customers.ROWS);
      c.check();
      List<List<Object>> byHand = deadShape(c.connection, mine);
      assertThat(benchmarks.treeRestore_a_handJdbc(dead)).isEqualTo(Customers.ROWS);
      assertThat(snapshot(c.connection, tables)).isEqualTo(before);

      live.revive();
      assertThat(benchmarks.treeSoftDelete_b_generatedAttached(live)).isTrue();
      c.check();
      assertThat(deadShape(c.connection, mine)).hasSize(Customers.ROWS).isEqualTo(byHand);
      RestoreResult restored = benchmarks.treeRestore_b_generatedAttached(dead);
      assertThat(restored.restoredRows())
          .containsEntry("Customer", 1)
          .containsEntry("CustomerOrder", Customers.ORDERS)
          .containsEntry("OrderLine", Customers.ORDERS * Customers.LINES_PER_ORDER);
      assertThat(snapshot(c.connection, tables)).isEqualTo(before);

      dead.kill();
      assertThat(benchmarks.treeRestore_b_generatedAttached(dead).status()).isEqualTo(RestoreResult.Status.RESTORED);
      live.revive();
      assertThat(benchmarks.treeSoftDelete_b_generatedAttached(live)).isTrue();
      dead.kill();
      assertThat(benchmarks.treeRestore_a_handJdbc(dead)).isEqualTo(Customers.ROWS);
      assertThat(snapshot(c.connection, tables)).isEqualTo(before);
    } finally {
      c.tearDown();
    }
  }

  /**
   * Two batches on PostgreSQL; one on H2, whose cascade purge takes about 20 seconds for a full batch of
   * 1,000 parents with their children (the harness's figures show why).
   */
  @ParameterizedTest
  @EnumSource(Database.class)
  void bothPurgesRemoveTheOldParentsWithTheirChildrenInBatches(Database db) throws Exception {
    int parents = db == Database.POSTGRESQL ? 1_500 : 300;
    try (PurgeScaling.Purger purger = new PurgeScaling.Purger(db)) {
      for (PurgeScaling.Contender contender : PurgeScaling.Contender.values()) {
        // purge() throws unless exactly the old albums and their photos went.
        PurgeScaling.Purge p = purger.purge(contender, parents, 1);
        assertThat(p.rows()).isEqualTo(parents * 11);
        assertThat(p.batches()).as(contender.label).hasSize(parents / PurgeScaling.BATCH + 1);
        assertThat(p.batches().get(0).statements()).as(contender.label).isGreaterThanOrEqualTo(3);
      }
    }
  }

  /** On PostgreSQL only: the harness's report is the same code on both, and H2's fills take longer. */
  @Test
  void thePurgeHarnessWritesItsTablesAndCsv(@TempDir Path out) throws Exception {
    Database db = Database.POSTGRESQL;
    PurgeScaling.main(new String[] {
        "--db", db.name(), "--parents", "100,300", "--warmup", "50", "--out", out.toString()});
    String name = "purge-" + db.name().toLowerCase(Locale.ROOT);
    assertThat(Files.readString(out.resolve(name + ".md")))
        .contains("| " + db + " | hand-written JDBC | 300 | 3,300 |")
        .contains("| " + db + " | generated, attached | 300 | 3,300 |")
        .contains("`DELETE FROM photos");
    assertThat(Files.readAllLines(out.resolve(name + ".csv"))).hasSize(1 + 4);
    // One batch each: fewer parents than a batch holds.
    assertThat(Files.readAllLines(out.resolve(name + "-batches.csv"))).hasSize(1 + 4);
    assertThat(Files.readString(out.resolve(name + "-statements.csv"))).contains("DELETE FROM photos");
  }

  @FunctionalInterface
  private interface Deleter {
    int delete() throws SQLException;
  }

  @FunctionalInterface
  private interface Restorer {
    Object restore() throws SQLException;
  }

  /** Every row of every table, every column, in id order. */
  private static Map<String, List<List<Object>>> snapshot(Connection c, List<String> tables) throws SQLException {
    Map<String, List<List<Object>>> all = new LinkedHashMap<>();
    for (String table : tables) {
      all.put(table, rows(c, "SELECT * FROM " + table + " ORDER BY id"));
    }
    return all;
  }

  /** The rows of the tables but album 1 and its photos. */
  private static Map<String, List<List<Object>>> notAlbumOne(Map<String, List<List<Object>>> snapshot) {
    return Map.of(
        "albums", snapshot.get("albums").stream().filter(r -> id(r, 0) != Albums.ALBUM).toList(),
        "photos", snapshot.get("photos").stream().filter(r -> id(r, 1) != Albums.ALBUM).toList());
  }

  private static long id(List<Object> row, int column) {
    return ((Number) row.get(column)).longValue();
  }

  /**
   * The dead rows of one operation, with their operation and deletion time replaced by whether they
   * equal the first row's: each side picks its own operation id and clock reading.
   */
  private static List<List<Object>> deadShape(Connection c, String sql) throws SQLException {
    List<List<Object>> rows = rows(c, "SELECT * FROM (" + sql + ") t ORDER BY 2, 1");
    Object deletedAt = rows.get(0).get(3);
    Object operation = rows.get(0).get(4);
    assertThat(operation).isNotNull();
    List<List<Object>> shape = new ArrayList<>();
    for (List<Object> row : rows) {
      shape.add(List.of(row.get(0), row.get(1), String.valueOf(row.get(2)), Objects.equals(row.get(3), deletedAt),
          Objects.equals(row.get(4), operation)));
    }
    return shape;
  }

  private static List<List<Object>> rows(Connection c, String sql) throws SQLException {
    List<List<Object>> rows = new ArrayList<>();
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      ResultSetMetaData meta = rs.getMetaData();
      while (rs.next()) {
        List<Object> row = new ArrayList<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
          row.add(rs.getObject(i));
        }
        rows.add(row);
      }
    }
    return rows;
  }
}
