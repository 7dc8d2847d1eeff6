package dev.softdelete.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.softdelete.RestoreResult;
import dev.softdelete.UniqueViolationException;
import dev.softdelete.internal.SqlErrors;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Races on one row or one key, each thread on its own connection, released together by a barrier. The
 * tests assert outcomes (who won, what the others got, what the table holds), never timings, and every
 * wait is bounded so that a deadlock fails the test instead of hanging it.
 *
 * <p>Odd rounds run each racer's call inside its own explicit transaction, even rounds in autocommit:
 * inside a transaction a loser waits for the winner's commit, which is where PostgreSQL and H2 differ
 * most.
 *
 * <p>Inside a transaction the database may abort a racer to break a deadlock (InnoDB does so to one of
 * concurrent writers of a unique key). It rolls the whole transaction back, so the repository cannot
 * run the statement again: the transaction's owner must, as a correct application does. Transactional
 * rounds therefore re-run a racer's whole transaction when it was aborted for a deadlock, a bounded
 * number of times, and the assertions apply to each racer's final outcome; the retries are counted and
 * printed. In autocommit rounds the repository itself must retry, so a deadlock there fails the test.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class ConcurrencyTest {
  private static final int THREADS = 8;
  private static final long TIMEOUT_SECONDS = 30;
  private static final Instant T0 = DatabaseTest.T0;
  /** How many times a transactional round runs one racer's transaction at most. */
  private static final int TRANSACTION_ATTEMPTS = 10;
  /** Transactions re-run after a deadlock, by test and database, printed after all tests. */
  private static final Map<String, Map<TestDatabase, Integer>> DEADLOCK_RETRIES = new TreeMap<>();

  @Parameter TestDatabase database;

  private final MutableClock clock = new MutableClock(T0);
  private Jdbi jdbi;
  private Handle handle;
  private UserRepository users;
  private ExecutorService executor;
  private String testName;
  /** Racers' transactions this test re-ran because the database aborted them for a deadlock. */
  private final AtomicInteger deadlockRetries = new AtomicInteger();

  @BeforeEach
  void setUp(TestInfo testInfo) {
    testName = testInfo.getTestMethod().map(m -> m.getName()).orElse(testInfo.getDisplayName());
    database.recreateTables();
    jdbi = database.jdbi(clock);
    handle = jdbi.open();
    users = handle.attach(UserRepository.class);
    executor = Executors.newFixedThreadPool(THREADS, runnable -> {
      Thread thread = new Thread(runnable, "racer");
      // A racer stuck in a lock wait must not keep the test JVM alive.
      thread.setDaemon(true);
      return thread;
    });
  }

  @AfterEach
  void tearDown() throws InterruptedException {
    executor.shutdownNow();
    executor.awaitTermination(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    handle.close();
    int retries = deadlockRetries.get();
    synchronized (DEADLOCK_RETRIES) {
      DEADLOCK_RETRIES.computeIfAbsent(testName, k -> new TreeMap<>()).merge(database, retries, Integer::sum);
    }
    System.out.printf("ConcurrencyTest [%s] %s: %d transaction(s) re-run after a deadlock%n", database, testName, retries);
  }

  @AfterAll
  static void printDeadlockRetries() {
    synchronized (DEADLOCK_RETRIES) {
      if (DEADLOCK_RETRIES.isEmpty()) {
        return;
      }
      StringBuilder table = new StringBuilder("ConcurrencyTest: transactions re-run after a deadlock\n");
      table.append(String.format("%-90s", "test"));
      for (TestDatabase db : TestDatabase.values()) {
        table.append(String.format(" %10s", db));
      }
      table.append('\n');
      DEADLOCK_RETRIES.forEach((test, byDatabase) -> {
        table.append(String.format("%-90s", test));
        for (TestDatabase db : TestDatabase.values()) {
          Integer n = byDatabase.get(db);
          table.append(String.format(" %10s", n == null ? "-" : n.toString()));
        }
        table.append('\n');
      });
      System.out.print(table);
    }
  }

  // ---------------------------------------------------------------------------------------------

  @Test
  void ofConcurrentSoftDeletesOfALiveRowExactlyOneWinsAndDeletedAtNeverChangesAgain() {
    int rounds = 20;
    for (int round = 0; round < rounds; round++) {
      User row = users.insert(User.of("row" + round + "@example.com", "Row " + round));
      String where = database + ", round " + round + ", row " + row.id();

      // Each racer stamps from its own clock, so the stored deleted-at says which racer wrote it.
      Instant base = T0.plus(Duration.ofHours(round));
      List<Instant> stamps = IntStream.range(0, THREADS)
          .mapToObj(t -> base.plusSeconds(t).plusNanos(1_001L * (t + 1)))
          .collect(Collectors.toList());
      boolean inTransaction = round % 2 == 1;

      // Half the racers soft-delete the id, the other half soft-delete a list that repeats it.
      List<Outcome<Integer>> first = race(
          t -> new MutableClock(stamps.get(t)),
          (t, h) -> maybeInTransaction(h, inTransaction, () -> softDeleteOne(h, t, row.id())));
      List<Integer> winners = winners(first, where + ", first race");
      assertThat(winners).as(where + ": racers whose soft-delete turned the row dead").hasSize(1);
      Instant winnerStamp = stamps.get(winners.get(0)).truncatedTo(ChronoUnit.MICROS);
      User dead = users.findAnyById(row.id()).orElseThrow();
      assertThat(dead.deletedAt())
          .as(where + ": deleted_at is the winner's (racer %d) stamp", winners.get(0))
          .isEqualTo(winnerStamp);

      // A second race on the now dead row: nobody wins, and nobody moves deleted-at.
      List<Outcome<Integer>> second = race(
          t -> new MutableClock(stamps.get(t).plus(Duration.ofMinutes(30))),
          (t, h) -> maybeInTransaction(h, inTransaction, () -> softDeleteOne(h, t, row.id())));
      assertThat(winners(second, where + ", second race"))
          .as(where + ": racers whose soft-delete of the dead row returned true/1")
          .isEmpty();
      assertThat(users.findAnyById(row.id()))
          .as(where + ": the dead row after the second race")
          .contains(dead);
    }
    assertThat(users.countAlive()).isZero();
    assertThat(users.countDead()).isEqualTo(rounds);
    assertInvariants();
  }

  /** 1 when the racer's call turned the row dead: softDelete for even racers, softDeleteAll for odd. */
  private static int softDeleteOne(Handle h, int racer, long id) {
    UserRepository repository = h.attach(UserRepository.class);
    return racer % 2 == 0 ? (repository.softDelete(id) ? 1 : 0) : repository.softDeleteAll(List.of(id, id));
  }

  @Test
  void ofConcurrentInsertsOfOneEmailExactlyOneWinsAndTheOthersGetUniqueViolations() {
    int rounds = 16;
    for (int round = 0; round < rounds; round++) {
      String email = "race" + round + "@example.com";
      String where = database + ", round " + round + ", email " + email;
      // Every other round, dead rows already hold the email; they must not get in the way.
      int deadBefore = round % 4 < 2 ? 0 : 2;
      for (int i = 0; i < deadBefore; i++) {
        User old = users.insert(User.of(email, "Old " + i));
        clock.advance(Duration.ofSeconds(1));
        assertThat(users.softDelete(old.id())).isTrue();
      }
      boolean inTransaction = round % 2 == 1;

      // Half the racers insert, the other half insertAll a batch of one.
      List<Outcome<User>> outcomes = race(
          t -> clock,
          (t, h) -> maybeInTransaction(h, inTransaction, () -> {
            UserRepository repository = h.attach(UserRepository.class);
            User user = User.of(email, "Racer " + t);
            return t % 2 == 0 ? repository.insert(user) : repository.insertAll(List.of(user)).get(0);
          }));

      List<Integer> succeeded = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        Outcome<User> outcome = outcomes.get(t);
        if (outcome.thrown() == null) {
          succeeded.add(t);
        } else {
          assertUniqueViolation(outcome.thrown(), "email", where + ", racer " + t);
        }
      }
      assertThat(succeeded).as(where + ": racers whose insert succeeded").hasSize(1);
      int winner = succeeded.get(0);
      User inserted = outcomes.get(winner).value();
      assertThat(inserted).as(where + ": the winner's row")
          .isEqualTo(new User(inserted.id(), email, "Racer " + winner, null));
      assertThat(users.findByEmail(email)).as(where + ": the live holder").contains(inserted);
      assertThat(count("email = '" + email + "' AND live = TRUE")).as(where + ": live rows").isEqualTo(1);
      assertThat(count("email = '" + email + "'"))
          .as(where + ": rows with the email (the losers left nothing behind)")
          .isEqualTo(1 + deadBefore);
    }
    assertInvariants();
  }

  @Test
  void ofConcurrentRestoresOfDeadRowsSharingAnEmailExactlyOneWinsAndTheOthersConflict() {
    int rounds = 10;
    for (int round = 0; round < rounds; round++) {
      String email = "betty" + round + "@example.com";
      String where = database + ", round " + round + ", email " + email;
      List<User> bettys = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        User betty = users.insert(User.of(email, "Betty " + t));
        clock.advance(Duration.ofSeconds(1).plusNanos(1_234));
        assertThat(users.softDelete(betty.id())).isTrue();
        bettys.add(users.findAnyById(betty.id()).orElseThrow());
      }
      boolean inTransaction = round % 2 == 1;

      // Each racer restores its own Betty; they all share one email and none is live.
      List<Outcome<RestoreResult>> outcomes = race(
          t -> clock,
          (t, h) -> maybeInTransaction(h, inTransaction, () -> {
            RestoreResult result = h.attach(UserRepository.class).restore(bettys.get(t).id());
            if (inTransaction) {
              // "The caller's transaction stays usable": a later statement in it still runs.
              h.createQuery("SELECT COUNT(*) FROM users").mapTo(Long.class).one();
            }
            return result;
          }));

      List<Integer> restored = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        RestoreResult result = value(outcomes.get(t), where + ", racer " + t);
        if (result.equals(RestoreResult.restored())) {
          restored.add(t);
        } else {
          assertThat(result).as(where + ", racer " + t + ": a loser's result").isEqualTo(RestoreResult.conflict("email"));
        }
      }
      assertThat(restored).as(where + ": racers whose restore returned RESTORED").hasSize(1);
      int winner = restored.get(0);
      User winnerRow = bettys.get(winner);
      assertThat(users.findByEmail(email))
          .as(where + ": the live Betty is the winner's")
          .contains(new User(winnerRow.id(), email, winnerRow.name(), null));
      for (int t = 0; t < THREADS; t++) {
        if (t != winner) {
          assertThat(users.findAnyById(bettys.get(t).id()))
              .as(where + ": loser %d's Betty is still dead with its deleted_at", t)
              .contains(bettys.get(t));
        }
      }
      assertThat(count("email = '" + email + "' AND live = TRUE")).as(where + ": live Bettys").isEqualTo(1);
      assertThat(count("email = '" + email + "' AND live IS NULL")).as(where + ": dead Bettys").isEqualTo(THREADS - 1);
      assertInvariants();
    }
  }

  @Test
  void ofConcurrentRestoresOfOneDeadRowExactlyOneRestoresIt() {
    int rounds = 10;
    for (int round = 0; round < rounds; round++) {
      User row = users.insert(User.of("again" + round + "@example.com", "Again " + round));
      clock.advance(Duration.ofSeconds(1));
      assertThat(users.softDelete(row.id())).isTrue();
      String where = database + ", round " + round + ", row " + row.id();
      boolean inTransaction = round % 2 == 1;

      List<Outcome<RestoreResult>> outcomes = race(
          t -> clock,
          (t, h) -> maybeInTransaction(h, inTransaction, () -> h.attach(UserRepository.class).restore(row.id())));

      List<RestoreResult> results = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        results.add(value(outcomes.get(t), where + ", racer " + t));
      }
      assertThat(results).as(where + ": results").filteredOn(RestoreResult.restored()::equals).hasSize(1);
      assertThat(results).as(where + ": results").filteredOn(r -> !r.equals(RestoreResult.restored()))
          .containsOnly(RestoreResult.alreadyAlive());
      assertThat(users.findById(row.id())).as(where + ": the row").contains(row);
    }
    assertInvariants();
  }

  @Test
  void ofConcurrentUpdatesToOneEmailExactlyOneWinsAndTheOthersGetUniqueViolations() {
    int rounds = 10;
    for (int round = 0; round < rounds; round++) {
      String email = "taken" + round + "@example.com";
      String where = database + ", round " + round + ", email " + email;
      List<User> rows = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        rows.add(users.insert(User.of("r" + round + "-" + t + "@example.com", "Racer " + t)));
      }
      boolean inTransaction = round % 2 == 1;

      // Each racer moves its own live row to the same email.
      List<Outcome<Boolean>> outcomes = race(
          t -> clock,
          (t, h) -> maybeInTransaction(
              h, inTransaction, () -> h.attach(UserRepository.class).update(rows.get(t).withEmail(email))));

      List<Integer> succeeded = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        Outcome<Boolean> outcome = outcomes.get(t);
        if (outcome.thrown() == null) {
          assertThat(outcome.value()).as(where + ", racer " + t + ": update of a live row").isTrue();
          succeeded.add(t);
        } else {
          assertUniqueViolation(outcome.thrown(), "email", where + ", racer " + t);
        }
      }
      assertThat(succeeded).as(where + ": racers whose update succeeded").hasSize(1);
      int winner = succeeded.get(0);
      assertThat(users.findByEmail(email)).as(where + ": the live holder").contains(rows.get(winner).withEmail(email));
      for (int t = 0; t < THREADS; t++) {
        if (t != winner) {
          assertThat(users.findById(rows.get(t).id())).as(where + ": loser %d's row is unchanged", t).contains(rows.get(t));
        }
      }
    }
    assertInvariants();
  }

  @Test
  void aRestoreRacingInsertsOfItsEmailLeavesExactlyOneLiveHolder() {
    int rounds = 10;
    for (int round = 0; round < rounds; round++) {
      String email = "comeback" + round + "@example.com";
      String where = database + ", round " + round + ", email " + email;
      User old = users.insert(User.of(email, "Old"));
      clock.advance(Duration.ofSeconds(1));
      assertThat(users.softDelete(old.id())).isTrue();
      User oldDead = users.findAnyById(old.id()).orElseThrow();
      boolean inTransaction = round % 2 == 1;

      // Racer 0 restores the dead row; the others insert new rows with its email.
      List<Outcome<Object>> outcomes = race(
          t -> clock,
          (t, h) -> maybeInTransaction(h, inTransaction, () -> {
            UserRepository repository = h.attach(UserRepository.class);
            return t == 0 ? repository.restore(old.id()) : repository.insert(User.of(email, "New " + t));
          }));

      int winners = 0;
      RestoreResult restoreResult = (RestoreResult) value(outcomes.get(0), where + ", the restorer");
      if (restoreResult.equals(RestoreResult.restored())) {
        winners++;
      } else {
        assertThat(restoreResult).as(where + ": the restorer lost").isEqualTo(RestoreResult.conflict("email"));
      }
      User insertedWinner = null;
      for (int t = 1; t < THREADS; t++) {
        Outcome<Object> outcome = outcomes.get(t);
        if (outcome.thrown() == null) {
          winners++;
          insertedWinner = (User) outcome.value();
        } else {
          assertUniqueViolation(outcome.thrown(), "email", where + ", racer " + t);
        }
      }
      assertThat(winners).as(where + ": racers that made a live row with the email").isEqualTo(1);
      User expectedHolder = insertedWinner != null ? insertedWinner : new User(old.id(), email, "Old", null);
      assertThat(users.findByEmail(email)).as(where + ": the live holder").contains(expectedHolder);
      if (insertedWinner != null) {
        assertThat(users.findAnyById(old.id())).as(where + ": the old row stays dead").contains(oldDead);
      }
      assertThat(count("email = '" + email + "'")).as(where + ": rows with the email").isEqualTo(insertedWinner != null ? 2 : 1);
    }
    assertInvariants();
  }

  // ---------------------------------------------------------------------------------------------

  /** What one racer's call did. */
  private record Outcome<R>(R value, Throwable thrown) {}

  @FunctionalInterface
  private interface Racer<R> {
    R run(int racer, Handle handle) throws Exception;
  }

  @FunctionalInterface
  private interface Call<R> {
    R call();
  }

  /**
   * Runs {@link #THREADS} racers at once, each on its own connection from a Jdbi whose softdelete clock
   * is {@code clocks.apply(racer)}; connections are opened before the start gate, so the calls
   * themselves overlap. Waits a bounded time for each.
   */
  private <R> List<Outcome<R>> race(IntFunction<Clock> clocks, Racer<R> racer) {
    CyclicBarrier gate = new CyclicBarrier(THREADS);
    List<Future<R>> futures = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      int racerIndex = t;
      Jdbi racerJdbi = database.jdbi(clocks.apply(t));
      futures.add(executor.submit(() -> {
        try (Handle racerHandle = racerJdbi.open()) {
          gate.await(TIMEOUT_SECONDS, TimeUnit.SECONDS);
          return racer.run(racerIndex, racerHandle);
        }
      }));
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
    List<Outcome<R>> outcomes = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      try {
        R value = futures.get(t).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        outcomes.add(new Outcome<>(value, null));
      } catch (ExecutionException e) {
        if (e.getCause() instanceof BrokenBarrierException || e.getCause() instanceof TimeoutException) {
          throw new AssertionError(database + ": racer " + t + " never got past the start gate", e.getCause());
        }
        outcomes.add(new Outcome<>(null, e.getCause()));
      } catch (TimeoutException e) {
        throw new AssertionError(
            database + ": racer " + t + " did not finish within " + TIMEOUT_SECONDS + " s (deadlock or lost wake-up?)", e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted", e);
      }
    }
    return outcomes;
  }

  /**
   * The call as it is (autocommit), or inside a transaction of its own on the handle, which runs again
   * from the start, at most {@link #TRANSACTION_ATTEMPTS} times in all, while the database aborts it to
   * break a deadlock. Its final outcome is the racer's.
   */
  private <R> R maybeInTransaction(Handle h, boolean inTransaction, Call<R> call) {
    if (!inTransaction) {
      return call.call();
    }
    for (int attempt = 1; ; attempt++) {
      try {
        return h.inTransaction(tx -> call.call());
      } catch (RuntimeException e) {
        if (attempt >= TRANSACTION_ATTEMPTS || !abortedForDeadlock(e)) {
          throw e;
        }
        deadlockRetries.incrementAndGet();
      }
    }
  }

  /**
   * Whether the database aborted the statement, or its whole transaction, to break a deadlock: an
   * SQLException in the cause chain with SQLState 40001 or 40P01 (or SQLite's BUSY or LOCKED).
   */
  static boolean abortedForDeadlock(Throwable thrown) {
    if (thrown instanceof UniqueViolationException) {
      return false;
    }
    for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLException && SqlErrors.isTransient((SQLException) t)) {
        return true;
      }
    }
    return false;
  }

  /** A hint for a failure message when the call threw because of a deadlock. */
  private static String deadlockHint(Throwable thrown) {
    return abortedForDeadlock(thrown)
        ? " (the database aborted it to break a deadlock; in autocommit the repository itself must retry"
            + ", and a transactional round retries " + TRANSACTION_ATTEMPTS + " times)"
        : "";
  }

  /** The racers whose call returned 1; fails if any threw or returned something else than 0 or 1. */
  private List<Integer> winners(List<Outcome<Integer>> outcomes, String where) {
    List<Integer> winners = new ArrayList<>();
    for (int t = 0; t < outcomes.size(); t++) {
      int value = value(outcomes.get(t), where + ", racer " + t);
      assertThat(value).as(where + ", racer " + t + ": rows this call soft-deleted").isBetween(0, 1);
      if (value == 1) {
        winners.add(t);
      }
    }
    return winners;
  }

  private static <R> R value(Outcome<R> outcome, String where) {
    if (outcome.thrown() != null) {
      throw new AssertionError(
          where + ": expected a result but the call threw " + outcome.thrown() + deadlockHint(outcome.thrown()),
          outcome.thrown());
    }
    return outcome.value();
  }

  private static void assertUniqueViolation(Throwable thrown, String key, String where) {
    if (!(thrown instanceof UniqueViolationException)) {
      throw new AssertionError(
          where + ": expected a UniqueViolationException on '" + key + "' but got " + thrown + deadlockHint(thrown),
          thrown);
    }
    UniqueViolationException e = (UniqueViolationException) thrown;
    assertThat(e.table()).as(where + ": the exception's table").isEqualTo(UserSchema.TABLE);
    assertThat(e.key()).as(where + ": the exception's key").contains(key);
  }

  private long count(String predicate) {
    return handle.createQuery("SELECT COUNT(*) FROM " + UserSchema.TABLE + " WHERE " + predicate)
        .mapTo(Long.class)
        .one();
  }

  private void assertInvariants() {
    assertThat(count("live = FALSE")).as(database + ": rows with live = FALSE").isZero();
    assertThat(count("(live IS NULL) <> (deleted_at IS NOT NULL)"))
        .as(database + ": rows whose live and deleted_at disagree")
        .isZero();
    assertThat(count("live = TRUE AND email IN (SELECT email FROM users WHERE live = TRUE AND email IS NOT NULL"
            + " GROUP BY email HAVING COUNT(*) > 1)"))
        .as(database + ": live rows sharing an email with another live row")
        .isZero();
  }
}
