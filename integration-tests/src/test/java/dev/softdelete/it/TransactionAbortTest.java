package dev.softdelete.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.softdelete.UniqueViolationException;
import dev.softdelete.internal.SqlErrors;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.api.Test;

/**
 * On MariaDB a deadlock rolls back a whole transaction; when it strikes inside a batch whose first
 * row already hit a duplicate key, the driver reports only the duplicate. The caller must learn that
 * their transaction is gone, not that a key was taken, or they would carry on and commit half of it.
 */
class TransactionAbortTest {

  @Test
  void aDeadlockInsideInsertAllSaysTheTransactionIsGoneEvenWhenAKeyWasAlsoTaken() throws Exception {
    TestDatabase mariadb = TestDatabase.MARIADB;
    mariadb.recreateTables();
    Jdbi jdbi = mariadb.jdbi(Clock.systemUTC());
    UserRepository users = jdbi.onDemand(UserRepository.class);
    users.insert(User.of("taken@example.com", "Holder"));
    long contested = users.insert(User.of("contested@example.com", "Before")).id();

    ExecutorService other = Executors.newSingleThreadExecutor();
    try (Handle heavy = jdbi.open()) {
      // The other transaction holds the lock on a new key, and is the heavier one, so that InnoDB
      // picks ours as the deadlock's victim.
      heavy.begin();
      heavy.execute("INSERT INTO users (email, name) VALUES ('wanted@example.com', 'Heavy')");
      for (int i = 0; i < 50; i++) {
        heavy.execute("INSERT INTO users (email, name) VALUES (?, 'Heavy')", "heavy" + i + "@example.com");
      }
      Future<?> closesTheCycle =
          other.submit(
              () -> {
                awaitLockWait(jdbi);
                // Waits for our row lock while we wait for its key lock: a deadlock.
                heavy.execute("UPDATE users SET name = 'Heavy' WHERE id = ?", contested);
                heavy.commit();
                return null;
              });

      assertThatThrownBy(
              () -> jdbi.useTransaction(
                  h -> {
                    UserRepository inTx = h.attach(UserRepository.class);
                    inTx.update(new User(contested, "contested@example.com", "Ours", null));
                    assertThatThrownBy(
                            () -> inTx.insertAll(
                                List.of(
                                    User.of("taken@example.com", "Duplicate"),
                                    User.of("wanted@example.com", "Blocked"))))
                        .isNotInstanceOf(UniqueViolationException.class)
                        .isInstanceOfSatisfying(
                            UnableToExecuteStatementException.class,
                            e -> assertThat(SqlErrors.isTransient(sqlCause(e))).isTrue())
                        .hasMessageContaining("rolled back the whole transaction");
                    throw new IllegalStateException("the transaction is gone");
                  }))
          .hasMessage("the transaction is gone");
      closesTheCycle.get(60, TimeUnit.SECONDS);
    } finally {
      other.shutdownNow();
    }

    assertThat(users.findById(contested).orElseThrow().name()).isEqualTo("Heavy");
    assertThat(users.findByEmail("wanted@example.com").orElseThrow().name()).isEqualTo("Heavy");
  }

  /**
   * Waits until our insert of the wanted key runs, which it only does for long while it waits for the
   * heavy transaction's lock on that key (the heavy connection is idle by then).
   */
  private static void awaitLockWait(Jdbi jdbi) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (jdbi.withHandle(
            h -> h.createQuery(
                    "SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE ID <> CONNECTION_ID()"
                        + " AND INFO LIKE 'INSERT INTO users%'")
                .mapTo(Long.class)
                .one())
        == 0) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("Our insert never came to wait for the key lock");
      }
      Thread.sleep(10);
    }
  }

  private static SQLException sqlCause(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof SQLException) {
        return (SQLException) c;
      }
    }
    throw new AssertionError("no SQLException in " + t);
  }
}
