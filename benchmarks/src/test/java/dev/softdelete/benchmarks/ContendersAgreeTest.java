package dev.softdelete.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The benchmarks compare like with like: every contender runs the same SQL and returns the same rows.
 * No timings here.
 */
class ContendersAgreeTest {
  private final Fixture f = new Fixture();

  @BeforeEach
  void setUp() throws Exception {
    f.setUp();
  }

  @AfterEach
  void tearDown() throws Exception {
    f.tearDown();
  }

  @Test
  void handWrittenSqlIsTheGeneratedSql() throws Exception {
    assertThat(HandWrittenUsers.FIND_BY_ID).isEqualTo(generated("findById"));
    assertThat(HandWrittenUsers.ALIVE_AFTER).isEqualTo(generated("aliveAfter"));
    assertThat(HandWrittenUsers.INSERT).isEqualTo(generated("insert"));
    assertThat(HandWrittenUsers.UPDATE).isEqualTo(generated("update"));
    assertThat(HandWrittenUsers.SOFT_DELETE).isEqualTo(generated("softDelete"));
    assertThat(HandWrittenUsers.HARD_DELETE).isEqualTo(generated("hardDelete"));
  }

  @Test
  void everyFindByIdContenderReturnsTheSameLiveRow() {
    FindByIdBenchmark benchmark = new FindByIdBenchmark();
    for (int i = 0; i < 200; i++) {
      long id = f.liveId();
      Optional<User> expected = f.hand.findById(id);
      assertThat(expected).isPresent();
      assertThat(expected.get().deletedAt()).isNull();
      assertThat(f.attached.findById(id)).isEqualTo(expected);
      assertThat(f.handle.attach(UserRepository.class).findById(id)).isEqualTo(expected);
      assertThat(f.onDemand.findById(id)).isEqualTo(expected);
      Optional<User> insideCallback = f.jdbi.withHandle(h -> f.onDemand.findById(id));
      assertThat(insideCallback).isEqualTo(expected);
      assertThat(f.handle.createQuery(HandWrittenUsers.FIND_BY_ID).bind(0, id).map(f.handMapper).findOne())
          .isEqualTo(expected);
      assertThat(f.sqlObject.findById(id)).isEqualTo(expected);
    }
    // The benchmark methods themselves run.
    assertThat(benchmark.a_handJdbc(f)).isPresent();
    assertThat(benchmark.b1_generatedAttached(f)).isPresent();
    assertThat(benchmark.b2_generatedAttachPerCall(f)).isPresent();
    assertThat(benchmark.c1_generatedOnDemandNewHandle(f)).isPresent();
    assertThat(benchmark.d_jdbiFluentHandMapper(f)).isPresent();
    assertThat(benchmark.e_jdbiSqlObjectConstructorMapper(f)).isPresent();
  }

  @Test
  void deadRowsAreNotFoundByAnyContender() {
    long dead = 10;
    assertThat(f.attached.findAnyById(dead)).hasValueSatisfying(u -> assertThat(u.deletedAt()).isNotNull());
    assertThat(f.hand.findById(dead)).isEmpty();
    assertThat(f.attached.findById(dead)).isEmpty();
    assertThat(f.sqlObject.findById(dead)).isEmpty();
  }

  @Test
  void pagesAgreeAndAreFull() {
    PageBenchmark benchmark = new PageBenchmark();
    for (int i = 0; i < 200; i++) {
      long after = f.pageStart();
      List<User> expected = f.hand.aliveAfter(after, Fixture.PAGE);
      assertThat(expected).hasSize(Fixture.PAGE);
      assertThat(expected.get(0).id()).isGreaterThan(after);
      assertThat(f.attached.aliveAfter(after, Fixture.PAGE)).isEqualTo(expected);
      assertThat(
              f.handle
                  .createQuery(HandWrittenUsers.ALIVE_AFTER)
                  .bind(0, after)
                  .bind(1, Fixture.PAGE)
                  .map(f.handMapper)
                  .list())
          .isEqualTo(expected);
    }
    assertThat(benchmark.a_handJdbc(f)).hasSize(Fixture.PAGE);
    assertThat(benchmark.b_generatedAttached(f)).hasSize(Fixture.PAGE);
    assertThat(benchmark.d_jdbiFluentHandMapper(f)).hasSize(Fixture.PAGE);
  }

  @Test
  void writesSucceedAndLeaveTheTableAsItWas() {
    WriteBenchmark benchmark = new WriteBenchmark();
    long live = f.attached.countAlive();
    long dead = f.attached.countDead();
    List<User> before = f.attached.all();
    for (int i = 0; i < 100; i++) {
      assertThat(benchmark.update_a_handJdbc(f)).isTrue();
      assertThat(benchmark.update_b_generatedAttached(f)).isTrue();
      assertThat(benchmark.lifecycle_a_handJdbc(f)).isTrue();
      assertThat(benchmark.lifecycle_b_generatedAttached(f)).isTrue();
    }
    assertThat(f.attached.countAlive()).isEqualTo(live);
    assertThat(f.attached.countDead()).isEqualTo(dead);
    assertThat(f.attached.all()).isEqualTo(before);
  }

  /** A statement the repository runs on H2, read from its nested {@code Sql} class. */
  private static String generated(String statement) throws Exception {
    Class<?> sql = Class.forName(JdbiUserRepository.class.getName() + "$Sql");
    Field h2 = sql.getDeclaredField("H2");
    h2.setAccessible(true);
    Field field = sql.getDeclaredField(statement);
    field.setAccessible(true);
    return (String) field.get(h2.get(null));
  }
}
