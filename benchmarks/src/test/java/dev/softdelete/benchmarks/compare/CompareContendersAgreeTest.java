package dev.softdelete.benchmarks.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.softdelete.benchmarks.JdbiUserRepository;
import dev.softdelete.benchmarks.User;
import dev.softdelete.benchmarks.db.Database;
import dev.softdelete.benchmarks.db.Seed;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The comparison compares like with like, on each database: the hand-written SQL is the generated SQL,
 * every contender returns the same rows, and every write benchmark leaves the table as it found it. No
 * timings here.
 */
class CompareContendersAgreeTest {

  @ParameterizedTest
  @EnumSource(Database.class)
  void handWrittenSqlIsTheGeneratedSql(Database db) throws Exception {
    Map<String, String> pairs = Map.of(
        "findById", HandJdbc.FIND_BY_ID, "findByEmail", HandJdbc.FIND_BY_EMAIL,
        "aliveAfter", HandJdbc.ALIVE_AFTER, "countAlive", HandJdbc.COUNT_ALIVE,
        "softDelete", HandJdbc.SOFT_DELETE, "restore", HandJdbc.RESTORE, "insert", HandJdbc.INSERT,
        "softDeleteAll", HandJdbc.SOFT_DELETE_ALL);
    for (Map.Entry<String, String> pair : pairs.entrySet()) {
      assertThat(pair.getValue()).as(pair.getKey()).isEqualTo(generated(db, pair.getKey()));
    }
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  void everyContenderReadsTheSameRows(Database db) throws Exception {
    Users u = users(db);
    HibernateSide h = new HibernateSide();
    h.setUp(u);
    try {
      List<Contender> all = List.of(u.hand, u.attached, u.onDemand, u.fluent, u.sqlObject, h.hibernate);
      // Both tables hold the same rows under the same ids, so every contender can be asked the same.
      assertThat(h.hibernate.page(0, Users.ROWS)).isEqualTo(u.hand.page(0, Users.ROWS));
      for (int i = 0; i < 20; i++) {
        long id = u.samples.id();
        String email = u.samples.email();
        long after = u.samples.pageStart();
        Optional<User> byId = u.hand.findById(id);
        Optional<User> byEmail = u.hand.findByEmail(email);
        List<User> page = u.hand.page(after, Users.PAGE);
        assertThat(byId).hasValueSatisfying(user -> assertThat(user.deletedAt()).isNull());
        assertThat(byEmail).map(User::email).hasValue(email);
        assertThat(page).hasSize(Users.PAGE);
        for (Contender c : all) {
          assertThat(c.findById(id)).as(c.getClass().getSimpleName()).isEqualTo(byId);
          assertThat(c.findByEmail(email)).as(c.getClass().getSimpleName()).isEqualTo(byEmail);
          assertThat(c.page(after, Users.PAGE)).as(c.getClass().getSimpleName()).isEqualTo(page);
        }
      }
      long dead = 10;
      String deadEmail = "user10@example.com";
      for (Contender c : all) {
        assertThat(c.countAlive()).as(c.getClass().getSimpleName()).isEqualTo(Users.ROWS * 9 / 10);
        assertThat(c.findById(dead)).as(c.getClass().getSimpleName()).isEmpty();
        assertThat(c.findByEmail(deadEmail)).as(c.getClass().getSimpleName()).isEmpty();
      }
    } finally {
      h.tearDown();
      u.tearDown();
    }
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  void everyWriteBenchmarkWorksAndLeavesTheTableAsItWas(Database db) throws Exception {
    Users u = users(db);
    HibernateSide h = new HibernateSide();
    h.setUp(u);
    try {
      List<User> before = u.hand.page(0, Users.ROWS);
      long hibernateRows = Seed.queryLong(u.connection, "SELECT COUNT(*) FROM " + Seed.HIBERNATE_TABLE);
      WriteBenchmarks writes = new WriteBenchmarks();
      BulkBenchmarks bulk = new BulkBenchmarks();
      Batch b = new Batch();
      for (String impl : List.of("a_handJdbc", "b_generatedAttached", "c_generatedOnDemand", "d_jdbiFluent",
          "e_jdbiSqlObject", "f_hibernate")) {
        Contender c = impl.equals("f_hibernate") ? h.hibernate : contender(u, impl);
        assertThat(c.softDeleteThenRestore(impl.equals("f_hibernate") ? h.samples.id() : u.samples.id()))
            .as(impl).isTrue();
        b.configure("x.insert_" + impl);
        b.prepare(u);
        assertThat(c.insert(b.newUsers.get(0))).as(impl).isPositive();
        b.clean(u);
        b.configure("x.insertAll_" + impl);
        b.prepare(u);
        assertThat(c.insertAll(b.newUsers)).as(impl).isEqualTo(Users.BULK);
        b.clean(u);
        b.configure("x.softDeleteAll_" + impl);
        b.prepare(u);
        assertThat(b.liveIds).hasSize(Users.BULK);
        assertThat(c.softDeleteAll(b.liveIds)).as(impl).isEqualTo(Users.BULK);
        b.clean(u);
      }
      Purgeable p = new Purgeable();
      p.purgeRows = 1_000;
      for (String impl : List.of("a_handJdbc", "b_generatedAttached", "c_generatedOnDemand", "d_jdbiFluent",
          "e_jdbiSqlObject")) {
        p.fill(u);
        p.purged = contender(u, impl).purgeDeletedBefore(Seed.PURGE_CUTOFF);
        p.check();
      }
      // The benchmark methods themselves, through their states.
      p.fill(u);
      assertThat(bulk.purge_b_generatedAttached(u, p)).isEqualTo(p.purgeRows);
      b.configure("x.insert_f_hibernate");
      b.prepare(u);
      assertThat(writes.insert_f_hibernate(u, h, b)).isPositive();
      b.clean(u);
      assertThatThrownBy(() -> h.hibernate.purgeDeletedBefore(Seed.PURGE_CUTOFF))
          .isInstanceOf(UnsupportedOperationException.class);
      assertThat(u.hand.page(0, Users.ROWS)).isEqualTo(before);
      assertThat(Seed.queryLong(u.connection, "SELECT COUNT(*) FROM users")).isEqualTo(Users.ROWS);
      assertThat(Seed.queryLong(u.connection, "SELECT COUNT(*) FROM " + Seed.HIBERNATE_TABLE))
          .isEqualTo(hibernateRows);
    } finally {
      h.tearDown();
      u.tearDown();
    }
  }

  private static Contender contender(Users u, String impl) {
    return switch (impl) {
      case "a_handJdbc" -> u.hand;
      case "b_generatedAttached" -> u.attached;
      case "c_generatedOnDemand" -> u.onDemand;
      case "d_jdbiFluent" -> u.fluent;
      case "e_jdbiSqlObject" -> u.sqlObject;
      default -> throw new IllegalArgumentException(impl);
    };
  }

  private static Users users(Database db) throws Exception {
    Users u = new Users();
    u.db = db;
    u.setUp();
    return u;
  }

  /** A statement the repository runs on the database, read from its nested {@code Sql} class. */
  private static String generated(Database db, String statement) throws Exception {
    Class<?> sql = Class.forName(JdbiUserRepository.class.getName() + "$Sql");
    Field dialect = sql.getDeclaredField(db.dialect().name());
    dialect.setAccessible(true);
    Field field = sql.getDeclaredField(statement);
    field.setAccessible(true);
    return (String) field.get(dialect.get(null));
  }
}
