package dev.softdelete.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.softdelete.RestoreResult;
import dev.softdelete.SoftDeleteRepository;
import dev.softdelete.UniqueViolationException;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A bounded stress test on the databases that run concurrent writers for real (PostgreSQL, MariaDB):
 * {@value #THREADS} threads run a fixed number of random inserts, batch inserts, updates, soft deletes,
 * restores and hard deletes over a few unique keys, so that refusals and conflicts are constant. Most
 * calls run in autocommit on on-demand repositories; some threads' steps are explicit transactions of
 * one to three calls, with or without a savepoint around each insert and update.
 *
 * <p>What must hold, whatever the interleaving:
 *
 * <ul>
 *   <li>In autocommit, a call returns or refuses with {@link UniqueViolationException} naming the key,
 *       and never throws anything else: the repository retries a statement the database aborted to
 *       break a deadlock. A transaction aborted for a deadlock is the application's to run again; this
 *       test does so, a bounded number of times, and counts it.
 *   <li>At each checkpoint, with every thread paused: at most one live row per key; the live column
 *       is never FALSE; it is NULL exactly when deleted_at is set; and the table holds exactly the rows
 *       that committed inserts created minus those that committed hard deletes removed.
 * </ul>
 *
 * <p>Each thread draws its steps from a Random seeded from a fixed base seed, printed with the
 * results; set {@code -Dsoftdelete.stress.seed=N} to draw other steps (their interleaving is always
 * the scheduler's).
 */
@ParameterizedClass(name = "{0}")
@EnumSource(value = TestDatabase.class, names = {"POSTGRESQL", "MARIADB"})
class StressTest {
  private static final int THREADS = 6;
  /** Checkpoints, the last at the end; every thread pauses at each. */
  private static final int CHECKPOINTS = 6;
  /** Of the ids to act on, many are drawn from the last this many created. */
  private static final int RECENT = 12;
  /** How many times a transaction runs at most while the database aborts it for a deadlock. */
  private static final int TRANSACTION_ATTEMPTS = 10;
  /** How long the threads may take between two checkpoints. */
  private static final long PHASE_TIMEOUT_SECONDS = 120;
  /** Fixed, so that every run draws the same steps; only the interleaving varies. */
  private static final long BASE_SEED = Long.getLong("softdelete.stress.seed", 20261122L);

  private static final String[] EMAILS = {"ann@example.com", "bob@example.com", "cy@example.com", "di@example.com"};

  /** Outcome counts by subject, then database, for the table printed after all tests. */
  private static final Map<String, Map<TestDatabase, Map<Outcome, Long>>> SUMMARY = new LinkedHashMap<>();

  private static final Subject<User> USERS = new Subject<>(
      "users", UserSchema.TABLE, "email", "email", UserRepository.class,
      r -> User.of(EMAILS[r.nextInt(EMAILS.length)], "Name " + r.nextInt(1000)),
      (id, r) -> new User(id, EMAILS[r.nextInt(EMAILS.length)], "Name " + r.nextInt(1000), null),
      User::id,
      (repository, r) -> ((UserRepository) repository).findByEmail(EMAILS[r.nextInt(EMAILS.length)]));

  private static final Subject<Membership> MEMBERSHIPS = new Subject<>(
      "memberships", MembershipSchema.TABLE, "org_user", "org_id, user_id", MembershipRepository.class,
      r -> new Membership(0, 1 + r.nextInt(2), 1 + r.nextInt(2), role(r)),
      (id, r) -> new Membership(id, 1 + r.nextInt(2), 1 + r.nextInt(2), role(r)),
      Membership::id,
      (repository, r) -> ((MembershipRepository) repository).findByOrgIdAndUserId(1 + r.nextInt(2), 1 + r.nextInt(2)));

  @Parameter TestDatabase database;

  private Jdbi jdbi;
  private Handle handle;
  private ExecutorService executor;

  @BeforeEach
  void setUp() {
    database.recreateTables();
    jdbi = database.jdbi(Clock.systemUTC());
    handle = jdbi.open();
    executor = Executors.newFixedThreadPool(THREADS, runnable -> {
      Thread thread = new Thread(runnable, "stress");
      // A thread stuck in a lock wait must not keep the test JVM alive.
      thread.setDaemon(true);
      return thread;
    });
  }

  @AfterEach
  void tearDown() throws InterruptedException {
    executor.shutdownNow();
    executor.awaitTermination(PHASE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    handle.close();
  }

  @Test
  void usersOnFourEmails() {
    stress(USERS, calls(3000));
  }

  @Test
  void membershipsOnFourOrgUserPairs() {
    stress(MEMBERSHIPS, calls(1500));
  }

  /**
   * The number of repository calls a test makes, all threads together: fixed per database, sized so
   * that both tests take 10-20 s on a 2-core machine. Every autocommit call on PostgreSQL forks a
   * server process for its connection, which makes it several times slower than MariaDB.
   */
  private int calls(int onPostgresql) {
    return database == TestDatabase.MARIADB ? 5 * onPostgresql : onPostgresql;
  }

  // ---------------------------------------------------------------------------------------------

  /** An entity with one unique key, the way the stress test drives it. */
  private record Subject<T>(
      String name,
      String table,
      String key,
      String keyColumns,
      Class<? extends SoftDeleteRepository<T, Long>> type,
      Function<Random, T> fresh,
      BiFunction<Long, Random, T> replacement,
      ToLongFunction<T> id,
      BiFunction<SoftDeleteRepository<T, Long>, Random, Optional<T>> liveHolder) {}

  private static Membership.Role role(Random random) {
    return random.nextBoolean() ? Membership.Role.OWNER : Membership.Role.MEMBER;
  }

  /** The repository calls a step is made of. */
  private enum Op {
    INSERT(22),
    INSERT_ALL(5),
    UPDATE(18),
    SOFT_DELETE(18),
    SOFT_DELETE_ALL(5),
    RESTORE(22),
    HARD_DELETE(10);

    final int weight;

    Op(int weight) {
      this.weight = weight;
    }

    static Op draw(Random random) {
      int total = 0;
      for (Op op : values()) {
        total += op.weight;
      }
      int n = random.nextInt(total);
      for (Op op : values()) {
        n -= op.weight;
        if (n < 0) {
          return op;
        }
      }
      throw new AssertionError();
    }
  }

  /** What calls and transactions did; {@code required} ones must each happen at least once. */
  private enum Outcome {
    INSERTED("insert", "inserted", true),
    INSERT_REFUSED("insert", "refused: UniqueViolationException", true),
    INSERT_ALL_INSERTED("insertAll (1-2 rows)", "inserted", false),
    INSERT_ALL_REFUSED("insertAll (1-2 rows)", "refused: UniqueViolationException", false),
    UPDATED("update", "true", true),
    UPDATE_MISSED("update", "false (dead or missing)", true),
    UPDATE_REFUSED("update", "refused: UniqueViolationException", true),
    SOFT_DELETED("softDelete", "true", true),
    SOFT_DELETE_MISSED("softDelete", "false", true),
    SOFT_DELETE_ALL_SOME("softDeleteAll (2 ids)", "returned 1 or 2", false),
    SOFT_DELETE_ALL_NONE("softDeleteAll (2 ids)", "returned 0", false),
    RESTORED("restore", "RESTORED", true),
    ALREADY_ALIVE("restore", "ALREADY_ALIVE", true),
    NOT_FOUND("restore", "NOT_FOUND", true),
    CONFLICT("restore", "CONFLICT(key)", true),
    HARD_DELETED("hardDelete", "true", true),
    HARD_DELETE_MISSED("hardDelete", "false", true),
    TX_COMMITTED("transaction", "committed", true),
    TX_ROLLED_BACK("transaction", "rolled back by a refusal (no savepoint)", true),
    TX_DEADLOCK_RETRIED("transaction", "re-run after a deadlock", false);

    final String verb;
    final String result;
    final boolean required;

    Outcome(String verb, String result, boolean required) {
      this.verb = verb;
      this.result = result;
      this.required = required;
    }
  }

  /** What one call, one autocommit step or one attempt of a transaction did; applied once it is committed. */
  private static final class Effects {
    final Map<Outcome, Long> outcomes = new EnumMap<>(Outcome.class);
    final List<Long> created = new ArrayList<>();
    final List<Long> hardDeleted = new ArrayList<>();
    /** The refusal that ends a transaction without savepoints. */
    Outcome refusal;

    void count(Outcome outcome) {
      outcomes.merge(outcome, 1L, Long::sum);
    }
  }

  /** One run over a subject: shared ids, the workers, and what went wrong. */
  private final class Run<T> {
    final Subject<T> subject;
    final SoftDeleteRepository<T, Long> repository;
    /** Every id a committed insert created, in order: the ids that steps act on. */
    final List<Long> pool = new ArrayList<>();
    final List<String> failures = Collections.synchronizedList(new ArrayList<>());
    final List<Throwable> failureCauses = Collections.synchronizedList(new ArrayList<>());
    final List<Worker> workers = new ArrayList<>();

    Run(Subject<T> subject) {
      this.subject = subject;
      this.repository = jdbi.onDemand(subject.type());
      for (int t = 0; t < THREADS; t++) {
        workers.add(new Worker(t, BASE_SEED * 31 + t * 0x9E3779B97F4A7C15L + subject.name().hashCode()));
      }
    }

    /** A thread's steps, outcomes and ids. Only its own thread touches it between checkpoints. */
    final class Worker {
      final int index;
      final long seed;
      final Random random;
      final Map<Outcome, Long> outcomes = new EnumMap<>(Outcome.class);
      final List<Long> created = new ArrayList<>();
      final List<Long> hardDeleted = new ArrayList<>();
      int calls;
      int step;
      int savepoints;
      /** The call under way, for failure and timeout messages. */
      volatile String current = "(idle)";

      Worker(int index, long seed) {
        this.index = index;
        this.seed = seed;
        this.random = new Random(seed);
      }

      /** Runs steps until this thread has made {@code target} calls in all. */
      Void runUntil(int target) {
        while (calls < target) {
          step++;
          // One step in four is a transaction of one to three calls.
          if (random.nextInt(4) == 0) {
            int size = 1 + random.nextInt(3);
            List<Op> ops = new ArrayList<>();
            for (int i = 0; i < size; i++) {
              ops.add(Op.draw(random));
            }
            calls += size;
            transaction(ops, random.nextBoolean());
          } else {
            calls++;
            autocommit(Op.draw(random));
          }
        }
        current = "(paused)";
        return null;
      }

      private void autocommit(Op op) {
        Effects effects = new Effects();
        try {
          call(op, effects, null, false);
        } catch (RuntimeException e) {
          fail("autocommit " + current, e);
        }
        apply(effects);
      }

      /**
       * Runs the calls in one transaction, on the thread's handle that the on-demand repository joins;
       * runs it again while the database aborts it for a deadlock. With savepoints, a refused insert or
       * update rolls back to its savepoint and the transaction goes on; without, the refusal ends it.
       */
      private void transaction(List<Op> ops, boolean savepoints) {
        String what = "transaction " + ops + (savepoints ? " with savepoints" : " without savepoints");
        for (int attempt = 1; ; attempt++) {
          Effects effects = new Effects();
          try {
            jdbi.useTransaction(h -> {
              for (Op op : ops) {
                call(op, effects, h, savepoints);
              }
            });
            effects.count(Outcome.TX_COMMITTED);
            apply(effects);
            return;
          } catch (UniqueViolationException e) {
            if (savepoints || effects.refusal == null) {
              fail(what + ", attempt " + attempt + ", at " + current, e);
              return;
            }
            Effects refused = new Effects();
            refused.count(effects.refusal);
            refused.count(Outcome.TX_ROLLED_BACK);
            apply(refused);
            return;
          } catch (RuntimeException e) {
            if (ConcurrencyTest.abortedForDeadlock(e) && attempt < TRANSACTION_ATTEMPTS) {
              Effects retried = new Effects();
              retried.count(Outcome.TX_DEADLOCK_RETRIED);
              apply(retried);
              continue;
            }
            fail(what + ", attempt " + attempt + ", at " + current, e);
            return;
          }
        }
      }

      /** One repository call; {@code tx} is the transaction's handle, or null in autocommit. */
      private void call(Op op, Effects effects, Handle tx, boolean savepoints) {
        current = op + " (picking its id)";
        switch (op) {
          case INSERT -> {
            T row = subject.fresh().apply(random);
            current = "insert(" + row + ")";
            refusable(effects, tx, savepoints, Outcome.INSERT_REFUSED, () -> {
              T stored = repository.insert(row);
              effects.created.add(subject.id().applyAsLong(stored));
              effects.count(Outcome.INSERTED);
            });
          }
          case INSERT_ALL -> {
            List<T> rows = new ArrayList<>();
            for (int i = 1 + random.nextInt(2); i > 0; i--) {
              rows.add(subject.fresh().apply(random));
            }
            current = "insertAll(" + rows + ")";
            refusable(effects, tx, savepoints, Outcome.INSERT_ALL_REFUSED, () -> {
              List<T> stored = repository.insertAll(rows);
              if (stored.size() != rows.size()) {
                fail(current + " returned " + stored, null);
              }
              stored.forEach(s -> effects.created.add(subject.id().applyAsLong(s)));
              effects.count(Outcome.INSERT_ALL_INSERTED);
            });
          }
          case UPDATE -> {
            T row = subject.replacement().apply(pick(effects), random);
            current = "update(" + row + ")";
            refusable(effects, tx, savepoints, Outcome.UPDATE_REFUSED,
                () -> effects.count(repository.update(row) ? Outcome.UPDATED : Outcome.UPDATE_MISSED));
          }
          case SOFT_DELETE -> {
            long id = pick(effects);
            current = "softDelete(" + id + ")";
            effects.count(repository.softDelete(id) ? Outcome.SOFT_DELETED : Outcome.SOFT_DELETE_MISSED);
          }
          case SOFT_DELETE_ALL -> {
            List<Long> ids = List.of(pick(effects), pick(effects));
            current = "softDeleteAll(" + ids + ")";
            int deleted = repository.softDeleteAll(ids);
            if (deleted < 0 || deleted > new HashSet<>(ids).size()) {
              fail(current + " returned " + deleted, null);
            }
            effects.count(deleted > 0 ? Outcome.SOFT_DELETE_ALL_SOME : Outcome.SOFT_DELETE_ALL_NONE);
          }
          case RESTORE -> {
            long id = pick(effects);
            current = "restore(" + id + ")";
            RestoreResult result = repository.restore(id);
            switch (result.status()) {
              case RESTORED -> effects.count(Outcome.RESTORED);
              case ALREADY_ALIVE -> effects.count(Outcome.ALREADY_ALIVE);
              case NOT_FOUND -> effects.count(Outcome.NOT_FOUND);
              case CONFLICT -> {
                if (!result.conflictingKey().equals(Optional.of(subject.key()))) {
                  fail(current + " returned " + result + ", expected CONFLICT(" + subject.key() + ")", null);
                }
                effects.count(Outcome.CONFLICT);
              }
            }
          }
          case HARD_DELETE -> {
            long id = pick(effects);
            current = "hardDelete(" + id + ")";
            if (repository.hardDelete(id)) {
              effects.hardDeleted.add(id);
              effects.count(Outcome.HARD_DELETED);
            } else {
              effects.count(Outcome.HARD_DELETE_MISSED);
            }
          }
        }
      }

      /**
       * Runs an insert or update that a unique key may refuse; counts the refusal, which must name the
       * subject's key. Inside a transaction with savepoints, the refusal rolls back to the savepoint
       * and the transaction goes on; without, it ends the transaction.
       */
      private void refusable(Effects effects, Handle tx, boolean savepoints, Outcome refused, Runnable call) {
        String savepoint = tx != null && savepoints ? "op" + ++this.savepoints : null;
        if (savepoint != null) {
          tx.savepoint(savepoint);
        }
        try {
          call.run();
        } catch (UniqueViolationException e) {
          if (savepoint != null) {
            try {
              tx.rollbackToSavepoint(savepoint);
            } catch (RuntimeException gone) {
              // The database rolled back more than the refused statement: the savepoint is gone.
              gone.addSuppressed(e);
              throw gone;
            }
          }
          if (!e.key().equals(Optional.of(subject.key())) || !subject.table().equals(e.table())) {
            fail(current + " refused on table " + e.table() + ", key " + e.key().orElse(null)
                + "; expected key " + subject.key(), e);
          }
          effects.count(refused);
          if (tx != null && savepoint == null) {
            effects.refusal = refused;
            throw e;
          }
          return;
        }
        if (savepoint != null) {
          tx.releaseSavepoint(savepoint);
        }
      }

      /**
       * An id to act on: sometimes one this transaction created; often the live holder of a random key,
       * found with the key's finder; else one of the last {@value #RECENT} created, or any created so
       * far (hard-deleted ones included).
       */
      private long pick(Effects effects) {
        if (!effects.created.isEmpty() && random.nextInt(4) == 0) {
          return effects.created.get(random.nextInt(effects.created.size()));
        }
        if (random.nextInt(5) < 2) {
          String call = current;
          current = "finder of " + subject.key() + " for " + call;
          Optional<T> holder = subject.liveHolder().apply(repository, random);
          current = call;
          if (holder.isPresent()) {
            return subject.id().applyAsLong(holder.get());
          }
        }
        synchronized (pool) {
          int n = pool.size();
          if (n == 0) {
            return 1 + random.nextInt(RECENT);
          }
          return random.nextInt(8) == 0
              ? pool.get(random.nextInt(n))
              : pool.get(n - 1 - random.nextInt(Math.min(n, RECENT)));
        }
      }

      private void apply(Effects effects) {
        effects.outcomes.forEach((outcome, n) -> outcomes.merge(outcome, n, Long::sum));
        created.addAll(effects.created);
        hardDeleted.addAll(effects.hardDeleted);
        synchronized (pool) {
          pool.addAll(effects.created);
        }
      }

      private void fail(String what, Throwable thrown) {
        failures.add(String.format(
            "%s, %s, thread %d (seed %d), step %d: %s%s",
            database, subject.name(), index, seed, step, what, thrown == null ? "" : " threw " + describe(thrown)));
        if (thrown != null) {
          failureCauses.add(thrown);
        }
      }
    }

    Map<Outcome, Long> totals() {
      Map<Outcome, Long> totals = new EnumMap<>(Outcome.class);
      for (Outcome outcome : Outcome.values()) {
        totals.put(outcome, 0L);
      }
      for (Worker worker : workers) {
        worker.outcomes.forEach((outcome, n) -> totals.merge(outcome, n, Long::sum));
      }
      return totals;
    }
  }

  private <T> void stress(Subject<T> subject, int totalCalls) {
    Run<T> run = new Run<>(subject);
    String title = String.format("StressTest [%s] %s (key %s)", database, subject.name(), subject.key());
    System.out.printf("%s: %d threads, %d calls, seeds %s (base seed %d)%n", title, THREADS, totalCalls,
        run.workers.stream().map(w -> Long.toString(w.seed)).collect(Collectors.joining(", ")), BASE_SEED);
    int perThread = totalCalls / THREADS;
    long start = System.nanoTime();
    try {
      for (int checkpoint = 1; checkpoint <= CHECKPOINTS; checkpoint++) {
        int target = perThread * checkpoint / CHECKPOINTS;
        List<Future<Void>> futures = new ArrayList<>();
        for (Run<T>.Worker worker : run.workers) {
          futures.add(executor.submit(() -> worker.runUntil(target)));
        }
        awaitAll(run, futures, checkpoint);
        checkInvariants(run, checkpoint);
      }
    } finally {
      double seconds = (System.nanoTime() - start) / 1e9;
      Map<Outcome, Long> totals = run.totals();
      synchronized (SUMMARY) {
        SUMMARY.computeIfAbsent(subject.name() + " (key " + subject.key() + ")", k -> new LinkedHashMap<>())
            .put(database, totals);
      }
      System.out.print(table(String.format("%s: %.1f s", title, seconds), Map.of(database, totals)));
    }

    if (!run.failures.isEmpty()) {
      AssertionError error = new AssertionError(run.failures.size() + " call(s) failed on " + database + " ("
          + subject.name() + "); the first ones:\n  " + String.join("\n  ", run.failures.subList(0, Math.min(20, run.failures.size()))));
      run.failureCauses.stream().limit(5).forEach(error::addSuppressed);
      throw error;
    }
    Map<Outcome, Long> totals = run.totals();
    for (Outcome outcome : Outcome.values()) {
      if (outcome.required) {
        assertThat(totals.get(outcome))
            .as("%s, %s: %s %s happened at least once (the test exercised it)", database, subject.name(), outcome.verb, outcome.result)
            .isPositive();
      }
    }
  }

  /** Waits for every thread to reach the checkpoint, within {@link #PHASE_TIMEOUT_SECONDS}. */
  private <T> void awaitAll(Run<T> run, List<Future<Void>> futures, int checkpoint) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(PHASE_TIMEOUT_SECONDS);
    for (int t = 0; t < futures.size(); t++) {
      try {
        futures.get(t).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      } catch (TimeoutException e) {
        String stuck = run.workers.stream()
            .map(w -> "thread " + w.index + " (seed " + w.seed + ", step " + w.step + "): " + w.current)
            .collect(Collectors.joining("\n  "));
        futures.forEach(f -> f.cancel(true));
        throw new AssertionError(database + ", " + run.subject.name() + ": the threads did not reach checkpoint "
            + checkpoint + " within " + PHASE_TIMEOUT_SECONDS + " s (a deadlock the database did not break?):\n  " + stuck, e);
      } catch (ExecutionException e) {
        throw new AssertionError(database + ", " + run.subject.name() + ": thread " + t + " died", e.getCause());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted", e);
      }
    }
  }

  /** Plain-SQL checks of the table while every thread is paused. */
  private <T> void checkInvariants(Run<T> run, int checkpoint) {
    Subject<T> subject = run.subject;
    String table = subject.table();
    String where = database + ", " + subject.name() + ", checkpoint " + checkpoint;

    List<Map<String, Object>> shared = handle.createQuery(
            "SELECT " + subject.keyColumns() + ", COUNT(*) AS n FROM " + table + " WHERE live = TRUE GROUP BY "
                + subject.keyColumns() + " HAVING COUNT(*) > 1")
        .mapToMap()
        .list();
    assertThat(shared).as(where + ": keys that more than one live row holds").isEmpty();
    assertThat(count(table, "live = FALSE")).as(where + ": rows with live = FALSE").isZero();
    assertThat(count(table, "live IS NOT NULL AND live <> TRUE")).as(where + ": rows whose live is neither TRUE nor NULL").isZero();
    assertThat(count(table, "(live IS NULL) <> (deleted_at IS NOT NULL)"))
        .as(where + ": rows whose live and deleted_at disagree")
        .isZero();

    List<Long> created = new ArrayList<>();
    List<Long> hardDeleted = new ArrayList<>();
    for (Run<T>.Worker worker : run.workers) {
      created.addAll(worker.created);
      hardDeleted.addAll(worker.hardDeleted);
    }
    Set<Long> createdSet = new HashSet<>(created);
    Set<Long> hardDeletedSet = new HashSet<>(hardDeleted);
    assertThat(createdSet).as(where + ": ids that inserts returned more than once").hasSize(created.size());
    assertThat(hardDeletedSet).as(where + ": ids whose hard delete returned true more than once").hasSize(hardDeleted.size());
    assertThat(createdSet).as(where + ": hard-deleted ids were all created").containsAll(hardDeletedSet);

    Set<Long> expected = new TreeSet<>(createdSet);
    expected.removeAll(hardDeletedSet);
    Set<Long> actual = new TreeSet<>(handle.createQuery("SELECT id FROM " + table).mapTo(Long.class).list());
    Set<Long> missing = new TreeSet<>(expected);
    missing.removeAll(actual);
    Set<Long> extra = new TreeSet<>(actual);
    extra.removeAll(expected);
    assertThat(actual.size())
        .as("%s: rows in the table = %d created - %d hard-deleted (missing ids %s, unaccounted ids %s)",
            where, createdSet.size(), hardDeletedSet.size(), missing, extra)
        .isEqualTo(createdSet.size() - hardDeletedSet.size());
    assertThat(missing).as(where + ": created ids that no hard delete removed but are gone").isEmpty();
    assertThat(extra).as(where + ": ids in the table that no committed insert returned, or that a hard delete removed").isEmpty();
  }

  private long count(String table, String predicate) {
    return handle.createQuery("SELECT COUNT(*) FROM " + table + " WHERE " + predicate).mapTo(Long.class).one();
  }

  @AfterAll
  static void printSummary() {
    synchronized (SUMMARY) {
      SUMMARY.forEach((subject, byDatabase) -> System.out.print(table("StressTest: " + subject, byDatabase)));
    }
  }

  /** Outcome counts, one column per database. */
  private static String table(String title, Map<TestDatabase, Map<Outcome, Long>> byDatabase) {
    StringBuilder text = new StringBuilder(title).append('\n');
    text.append(String.format("  %-22s %-40s", "call", "outcome"));
    byDatabase.keySet().forEach(db -> text.append(String.format(" %10s", db)));
    text.append('\n');
    for (Outcome outcome : Outcome.values()) {
      text.append(String.format("  %-22s %-40s", outcome.verb, outcome.result));
      byDatabase.values().forEach(counts -> text.append(String.format(" %10d", counts.getOrDefault(outcome, 0L))));
      text.append('\n');
    }
    return text.toString();
  }

  /** The exception and the SQLStates in its cause chain. */
  private static String describe(Throwable thrown) {
    StringBuilder text = new StringBuilder(thrown.toString());
    for (Throwable t = thrown.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
      if (t instanceof SQLException) {
        SQLException e = (SQLException) t;
        text.append(" [").append(e.getClass().getSimpleName()).append(" SQLState ").append(e.getSQLState())
            .append(", code ").append(e.getErrorCode()).append(']');
      }
    }
    if (ConcurrencyTest.abortedForDeadlock(thrown)) {
      text.append(" (aborted for a deadlock)");
    }
    for (Throwable suppressed : thrown.getSuppressed()) {
      text.append(", after ").append(describe(suppressed));
    }
    return text.toString();
  }
}
