package dev.softdelete.dropwizard;

import static org.assertj.core.api.Assertions.assertThat;

import com.codahale.metrics.MetricRegistry;
import com.codahale.metrics.jdbi3.InstrumentedSqlLogger;
import dev.softdelete.fixture.FixtureDatabase;
import dev.softdelete.internal.Statements;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/** Timers named by the statement attributes, and every other statement named as metrics-jdbi3 names it. */
class SoftDeleteStatementNamesTest {
  private final MetricRegistry metrics = new MetricRegistry();
  private final Jdbi jdbi =
      Jdbi.create(FixtureDatabase.H2.dataSource())
          .setSqlLogger(new InstrumentedSqlLogger(metrics, new SoftDeleteStatementNames()));

  @Test
  void theAttributesAreTheOnesTheGeneratedStatementsCarry() {
    assertThat(SoftDeleteStatementNames.GROUP).isEqualTo(Statements.GROUP_ATTRIBUTE);
    assertThat(SoftDeleteStatementNames.NAME).isEqualTo(Statements.NAME_ATTRIBUTE);
  }

  @Test
  void aStatementThatCarriesBothAttributesIsTimedAsGroupDotName() {
    try (Handle handle = jdbi.open()) {
      handle.createQuery("SELECT 1")
          .define(SoftDeleteStatementNames.GROUP, "com.example.UserRepository")
          .define(SoftDeleteStatementNames.NAME, "findById")
          .mapTo(Integer.class)
          .one();
    }

    assertThat(metrics.getTimers()).containsOnlyKeys("com.example.UserRepository.findById");
    assertThat(metrics.timer("com.example.UserRepository.findById").getCount()).isEqualTo(1);
  }

  @Test
  void anyOtherStatementIsNamedAsMetricsJdbi3NamesIt() {
    try (Handle handle = jdbi.open()) {
      handle.createQuery("SELECT 1")
          .define(SoftDeleteStatementNames.GROUP, "only.the.group")
          .mapTo(Integer.class)
          .one();
      handle.createQuery("SELECT 2").mapTo(Integer.class).one();
    }

    // SmartNameStrategy's last resort for a statement that no SqlObject method ran.
    assertThat(metrics.getTimers()).containsOnlyKeys("sql.raw");
    assertThat(metrics.timer("sql.raw").getCount()).isEqualTo(2);
  }
}
