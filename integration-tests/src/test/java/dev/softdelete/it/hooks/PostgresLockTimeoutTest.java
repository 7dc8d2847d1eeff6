package dev.softdelete.it.hooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.softdelete.StatementPath;
import dev.softdelete.it.MutableClock;
import dev.softdelete.it.TestDatabase;
import dev.softdelete.it.User;
import dev.softdelete.it.UserRepository;
import dev.softdelete.jdbi.SoftDeleteConfig;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.StatementCustomizer;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A statement that waits for a row lock another handle holds is stopped by Jdbi's query timeout, or by
 * a customizer that sets one, with a clear exception, and changes nothing. PostgreSQL only: H2 2.x
 * waits for a row lock without looking at the statement's timeout (a thread stayed in {@code
 * Transaction.waitForThisToEnd} for ten minutes with a timeout of one second), so there no timeout
 * can stop such a statement, whichever path it takes; {@link StatementHooksTest} shows on both
 * databases that the timeout reaches the driver's statement.
 */
class PostgresLockTimeoutTest {
  private static final TestDatabase DATABASE = TestDatabase.POSTGRESQL;

  private Jdbi jdbi;
  private User ann;

  @BeforeEach
  void openDatabase() {
    DATABASE.recreateTables();
    jdbi = DATABASE.jdbi(new MutableClock(Instant.parse("2026-01-01T00:00:00Z")));
    ann = jdbi.onDemand(UserRepository.class).insert(User.of("ann@example.com", "Ann"));
  }

  @Test
  void aQueryTimeoutStopsAnUpdateThatWaitsForALockAndChangesNothing() {
    try (Handle locker = jdbi.open(); Handle waiter = jdbi.open()) {
      // AUTO sees the timeout and takes Jdbi's pipeline.
      waiter.getConfig(SqlStatements.class).setQueryTimeout(1);
      UserRepository users = waiter.attach(UserRepository.class);
      lock(locker);

      assertThatThrownBy(() -> users.update(ann.withName("Late")))
          .isInstanceOf(UnableToExecuteStatementException.class)
          .satisfies(e -> assertThat(canceled(e)).as("SQLState 57014 in the causes of %s", e).isTrue());

      locker.rollback();
      assertThat(users.findById(ann.id()).orElseThrow().name()).isEqualTo("Ann");
    }
  }

  @Test
  void aCustomizerThatSetsATimeoutStopsASoftDeleteThatWaitsForALock() {
    try (Handle locker = jdbi.open(); Handle waiter = jdbi.open()) {
      // Customizers are not visible through Jdbi's public API: AUTO cannot see them, JDBI sends all.
      waiter.getConfig(SoftDeleteConfig.class).setStatementPath(StatementPath.JDBI);
      waiter.addCustomizer(
          new StatementCustomizer() {
            @Override
            public void beforeExecution(PreparedStatement stmt, StatementContext ctx) throws SQLException {
              stmt.setQueryTimeout(1);
            }
          });
      UserRepository users = waiter.attach(UserRepository.class);
      lock(locker);

      assertThatThrownBy(() -> users.softDelete(ann.id()))
          .isInstanceOf(UnableToExecuteStatementException.class)
          .satisfies(e -> assertThat(canceled(e)).as("SQLState 57014 in the causes of %s", e).isTrue());

      locker.rollback();
      assertThat(users.findById(ann.id())).isPresent();
    }
  }

  private void lock(Handle locker) {
    locker.begin();
    locker.createUpdate("UPDATE users SET name = 'Locked' WHERE id = ?").bind(0, ann.id()).execute();
  }

  /** SQLState 57014, query canceled: what PostgreSQL reports when a statement's timeout passes. */
  private static boolean canceled(Throwable e) {
    for (Throwable c = e; c != null; c = c.getCause()) {
      if (c instanceof SQLException sql && "57014".equals(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }
}
