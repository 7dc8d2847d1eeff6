package dev.softdelete.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.softdelete.RestoreResult;
import dev.softdelete.SoftDeleteRepository;
import dev.softdelete.UniqueViolationException;
import dev.softdelete.internal.Codecs;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A model-based property test: long seeded random sequences of every verb, each checked against an
 * in-memory model of the table, and the whole table checked against the model after every step.
 *
 * <p>Each step first works out from the model what the call must do (its result, or a
 * UniqueViolationException naming the key), then calls the repository, checks the outcome and
 * applies it to the model. Unique keys come from tiny pools, so conflicts are frequent; explicit
 * ids come from a pool far above the identity column's range, so they collide only with each other.
 * insertAll batches may conflict too: a refused batch must change nothing. After every step the
 * table must equal the model (all, alive, dead, counts, the finders, deleted-at to the microsecond)
 * and plain SQL must find no live = FALSE, no live/deleted-at disagreement and no key held by two
 * live rows.
 *
 * <p>What the run needs of each table is a {@link Kind}: {@link ModelBasedUsers} and {@link
 * ModelBasedMemberships}. A kind may bring steps of its own: the Users run also calls the derived
 * bulk verbs and reads of {@link UserAccounts} ({@link ModelBasedUserAccounts}), checked against
 * the same model. Tables whose rows reference each other need a model of all of them at once:
 * {@link ModelBasedRelationsTest} runs the same kind of sequences over the relations story.
 *
 * <p>A failure names the database, the access mode, the seed, the step and the last steps before
 * it; the same seed replays the same sequence.
 */
class ModelBasedTest extends DatabaseTest {
  /**
   * Long enough that every run of the Users kind, whose derived steps take two fifths of its steps,
   * reaches its rarest outcome, a restore by name refused among its own rows, a few times.
   */
  private static final int USER_STEPS = 1000;

  private static final int MEMBERSHIP_STEPS = 200;

  /**
   * Steps run in blocks of this many. Every step is checked in full, through the repository under
   * test when that is cheap, else through one attached to the test's handle and through the
   * repository under test at the end of the block: on demand with a handle per call, each call
   * opens a connection, and PostgreSQL connections are too slow to open twenty of them per step.
   */
  private static final int BLOCK = 25;

  /**
   * Explicit ids, far above anything the identity column hands out in a run, so they only collide
   * with each other.
   */
  private static final long FIRST_EXPLICIT_ID = 1_000_001L;

  private static final int EXPLICIT_IDS = 4;

  /** The share of steps, in percent, drawn from a kind's own steps when it has some. */
  private static final int OWN_STEPS_PERCENT = 40;

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1L, 42L, 20260101L})
  void usersFollowTheModel(long seed) {
    UserRepository attached = handle.attach(UserRepository.class);
    new Run<>(
            new ModelBasedUsers(repository(UserRepository.class), repository(UserAccounts.class)),
            new ModelBasedUsers(attached, handle.attach(UserAccounts.class)),
            seed,
            USER_STEPS)
        .run();
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {7L, 99L})
  void membershipsFollowTheModel(long seed) {
    new Run<>(
            new ModelBasedMemberships(repository(MembershipRepository.class)),
            new ModelBasedMemberships(handle.attach(MembershipRepository.class)),
            seed,
            MEMBERSHIP_STEPS)
        .run();
  }

  // ---------------------------------------------------------------------------------------------
  // The model

  /**
   * One row of the model: its unique key (null takes no part in uniqueness), its other columns, and
   * deleted-at (null exactly when the row is live).
   */
  record Row(Object key, Object payload, Instant deletedAt) {
    boolean live() {
      return deletedAt == null;
    }

    Row dead(Instant at) {
      return new Row(key, payload, at);
    }

    Row restored() {
      return new Row(key, payload, null);
    }
  }

  /** A row's deleted_at, read with plain SQL. */
  private record Stamp(long id, Instant deletedAt) {}

  /** What the run needs to know about one entity type. */
  interface Kind<T> {
    String table();

    /** The unique key's name, as UniqueViolationException and RestoreResult report it. */
    String keyName();

    /** The unique key's columns, comma-separated. */
    String keyColumns();

    /** The predicate of rows whose key takes part in uniqueness. */
    String keyPresent();

    SoftDeleteRepository<T, Long> repository();

    /** Every key the run draws, for the finder check. */
    List<Object> keyPool();

    Object randomKey(Random random);

    Object randomPayload(Random random);

    /** The entity to write; a null id lets the database generate it. */
    T entity(Long id, Object key, Object payload, Random random);

    Object keyOf(T entity);

    long idOf(T entity);

    /** The entity as the repository reads the row back. */
    T expected(long id, Row row);

    /** The live row holding the key, by the generated finder. */
    Optional<T> findByKey(Object key);

    /** Extra checks of the finder that do not depend on the model. */
    void checkFinderEdgeCases(String context);

    /** Steps of this kind's own beside the common ones, bound to this kind's repositories. */
    default Optional<OwnSteps> ownSteps() {
      return Optional.empty();
    }
  }

  /** Verbs and reads a kind has beside those of every repository, checked against the model. */
  interface OwnSteps {
    /** One random step: works out the outcome, calls the verb, checks it, updates the model. */
    void step(RunView run);

    /** Checks these reads against the model, after every step. */
    void verify(RunView run, String where);

    /** The outcomes every run must reach with these steps. */
    Set<String> outcomes();
  }

  /** What a kind's own steps see of the run: the model, its dice and clock, and its checks. */
  interface RunView {
    /** The model, by id; a step changes it to what the call did. */
    TreeMap<Long, Row> model();

    Random random();

    TestDatabase database();

    /** The deleted-at the repository stamps now, as the database stores it. */
    Instant stamp();

    /** Says what the step does, for its failure messages. */
    void running(String step);

    /** The seed, the step and what it does, for an assertion's description. */
    String context();

    /** Counts an outcome, for the check that the run reached it. */
    void reached(String outcome);

    <R> Outcome<R> call(Supplier<R> action);

    <R> R expectValue(Outcome<R> outcome);

    /**
     * Checks that the call threw a UniqueViolationException on the table naming one of the keys.
     */
    void expectViolation(Outcome<?> outcome, Set<String> keys);

    /** The live row holding the key, if any. */
    Optional<Long> liveHolder(Object key);

    /** Adds a row the step inserted with a generated id, after checking that the id is new. */
    void inserted(long id, Row row);
  }

  // ---------------------------------------------------------------------------------------------
  // The run

  /** What a call did: returned a value or threw. */
  record Outcome<R>(R value, RuntimeException thrown) {}

  private final class Run<T> implements RunView {
    /** The repository under test, attached or on demand by {@link #access}. */
    private final Kind<T> kind;

    /** The same repository attached to the test's handle, for most of the checks. */
    private final Kind<T> reader;

    private final SoftDeleteRepository<T, Long> repo;
    private final Optional<OwnSteps> ownSteps;
    private final long seed;
    private final int steps;
    private final Random random;

    private final TreeMap<Long, Row> model = new TreeMap<>();

    /** Every id any row ever had, so that picks include hard-deleted and purged ids. */
    private final TreeSet<Long> everSeen = new TreeSet<>();

    private final Deque<String> history = new ArrayDeque<>();
    private final Map<String, Integer> tally = new TreeMap<>();
    private int step;
    private String current = "(setup)";

    Run(Kind<T> kind, Kind<T> reader, long seed, int steps) {
      this.kind = kind;
      this.reader = reader;
      this.repo = kind.repository();
      this.ownSteps = kind.ownSteps();
      this.seed = seed;
      this.steps = steps;
      this.random = new Random(seed);
    }

    void run() {
      // On demand, steps alternate in blocks between a new handle per call and the thread's open
      // handle (inside jdbi.useHandle), the two ways an on-demand repository finds its connection.
      for (int from = 1; from <= steps; from += BLOCK) {
        int to = Math.min(steps, from + BLOCK - 1);
        int first = from;
        if (access == Access.ON_DEMAND && (from / BLOCK) % 2 == 1) {
          jdbi.useHandle(h -> runSteps(first, to, true));
        } else {
          runSteps(first, to, false);
        }
      }
      // The run must have reached the interesting outcomes, or it proves little.
      Set<String> outcomes =
          new TreeSet<>(
              Set.of(
                  "insert",
                  "insert refused on " + kind.keyName(),
                  "insertAll",
                  "update",
                  "update refused",
                  "softDelete",
                  "softDeleteAll",
                  "restore RESTORED",
                  "restore CONFLICT(" + kind.keyName() + ")",
                  "hardDelete",
                  "purge"));
      ownSteps.ifPresent(own -> outcomes.addAll(own.outcomes()));
      System.out.printf(
          "ModelBasedTest %s/%s %s seed %d: %s%n", database, access, kind.table(), seed, tally);
      assertThat(tally)
          .as("seed %d: outcomes the run reached", seed)
          .containsKeys(outcomes.toArray(String[]::new));
    }

    private void runSteps(int from, int to, boolean onThreadHandle) {
      for (step = from; step <= to; step++) {
        try {
          randomStep();
          boolean cheap = access == Access.ATTACHED || onThreadHandle;
          verify(cheap || step % BLOCK == 0 || step == steps ? kind : reader);
        } catch (AssertionError | RuntimeException e) {
          throw new AssertionError(
              String.format(
                  "Model mismatch on %s/%s%s, table %s, seed %d, step %d of %d%n  step: %s%n"
                      + "  clock: %s%n  model: %s%n  steps before it:%n    %s%n  failure: %s",
                  database,
                  access,
                  access == Access.ON_DEMAND
                      ? (onThreadHandle ? " (thread's handle)" : " (handle per call)")
                      : "",
                  kind.table(),
                  seed,
                  step,
                  steps,
                  current,
                  clock.instant(),
                  model,
                  String.join("\n    ", history),
                  e),
              e);
        }
        history.addLast(step + ": " + current);
        if (history.size() > 15) {
          history.removeFirst();
        }
        advanceClock();
      }
    }

    @Override
    public void reached(String outcome) {
      tally.merge(outcome, 1, Integer::sum);
    }

    @Override
    public String context() {
      return "seed " + seed + ", step " + step + " (" + current + ")";
    }

    @Override
    public TreeMap<Long, Row> model() {
      return model;
    }

    @Override
    public Random random() {
      return random;
    }

    @Override
    public TestDatabase database() {
      return database;
    }

    @Override
    public void running(String step) {
      current = step;
    }

    // --- the steps -----------------------------------------------------------------------------

    private void randomStep() {
      if (ownSteps.isPresent() && random.nextInt(100) < OWN_STEPS_PERCENT) {
        ownSteps.get().step(this);
        return;
      }
      int r = random.nextInt(100);
      if (r < 20) {
        insert();
      } else if (r < 29) {
        insertAll();
      } else if (r < 44) {
        update();
      } else if (r < 58) {
        softDelete();
      } else if (r < 65) {
        softDeleteAll();
      } else if (r < 81) {
        restore();
      } else if (r < 86) {
        hardDelete();
      } else if (r < 89) {
        hardDeleteAll();
      } else {
        purge();
      }
    }

    private void insert() {
      Long id = random.nextInt(6) == 0 ? randomExplicitId() : null;
      Object key = kind.randomKey(random);
      Object payload = kind.randomPayload(random);
      T entity = kind.entity(id, key, payload, random);

      Set<String> violations = new TreeSet<>();
      if (id != null && model.containsKey(id)) {
        violations.add("id");
      }
      if (key != null && liveHolder(key).isPresent()) {
        violations.add(kind.keyName());
      }
      current = "insert(" + entity + ")" + expecting(violations);

      Outcome<T> outcome = call(() -> repo.insert(entity));
      if (!violations.isEmpty()) {
        expectViolation(outcome, violations);
        reached("insert refused on " + String.join("+", violations));
        return;
      }
      reached("insert");
      T stored = expectValue(outcome);
      long storedId = checkNewId(id, kind.idOf(stored));
      Row row = new Row(key, payload, null);
      assertThat(stored).as(context() + " returned entity").isEqualTo(kind.expected(storedId, row));
      put(storedId, row);
    }

    private void insertAll() {
      int n = 1 + random.nextInt(3);
      List<T> batch = new ArrayList<>();
      List<Long> ids = new ArrayList<>();
      List<Row> rows = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        Long id = random.nextInt(8) == 0 ? randomExplicitId() : null;
        Object key = kind.randomKey(random);
        Object payload = kind.randomPayload(random);
        batch.add(kind.entity(id, key, payload, random));
        ids.add(id);
        rows.add(new Row(key, payload, null));
      }
      // Which row the database refuses first depends on the order it runs them; any conflict is
      // possible.
      Set<String> violations = new TreeSet<>();
      for (int i = 0; i < n; i++) {
        Long id = ids.get(i);
        Object key = rows.get(i).key();
        if (id != null && model.containsKey(id)) {
          violations.add("id");
        }
        if (key != null && liveHolder(key).isPresent()) {
          violations.add(kind.keyName());
        }
        for (int j = 0; j < n; j++) {
          if (j == i) {
            continue;
          }
          if (id != null && id.equals(ids.get(j))) {
            violations.add("id");
          }
          if (key != null && key.equals(rows.get(j).key())) {
            violations.add(kind.keyName());
          }
        }
      }
      current = "insertAll(" + batch + ")" + expecting(violations);

      Outcome<List<T>> outcome = call(() -> repo.insertAll(batch));
      if (!violations.isEmpty()) {
        // The contract: "The database refused it and nothing changed" -- verify() checks the table.
        expectViolation(outcome, violations);
        reached("insertAll refused");
        return;
      }
      reached("insertAll");
      List<T> stored = expectValue(outcome);
      assertThat(stored).as(context() + " returned entities").hasSize(n);
      for (int i = 0; i < n; i++) {
        long storedId = checkNewId(ids.get(i), kind.idOf(stored.get(i)));
        assertThat(stored.get(i))
            .as(context() + " returned entity " + i)
            .isEqualTo(kind.expected(storedId, rows.get(i)));
        put(storedId, rows.get(i));
      }
    }

    private void update() {
      long id = pickId();
      Row existing = model.get(id);
      Object key =
          existing != null && random.nextInt(3) == 0 ? existing.key() : kind.randomKey(random);
      Object payload = kind.randomPayload(random);
      T entity = kind.entity(id, key, payload, random);

      boolean live = existing != null && existing.live();
      Set<String> violations = new TreeSet<>();
      if (live && key != null) {
        liveHolder(key)
            .filter(holder -> holder != id)
            .ifPresent(holder -> violations.add(kind.keyName()));
      }
      current = "update(" + entity + ") on " + describe(id) + expecting(violations);

      Outcome<Boolean> outcome = call(() -> repo.update(entity));
      if (!violations.isEmpty()) {
        expectViolation(outcome, violations);
        reached("update refused");
        return;
      }
      reached(live ? "update" : "update of a dead or missing row");
      assertThat(expectValue(outcome)).as(context() + " update's result").isEqualTo(live);
      if (live) {
        model.put(id, new Row(key, payload, null));
      }
    }

    private void softDelete() {
      long id = pickId();
      boolean live = isLive(id);
      Instant stamp = stamp();
      current = "softDelete(" + id + ") on " + describe(id) + " at " + stamp;

      assertThat(expectValue(call(() -> repo.softDelete(id))))
          .as(context() + " softDelete's result")
          .isEqualTo(live);
      reached(live ? "softDelete" : "softDelete of a dead or missing row");
      if (live) {
        model.put(id, model.get(id).dead(stamp));
      }
    }

    private void softDeleteAll() {
      List<Long> ids = pickIds(6);
      Set<Long> becomeDead =
          ids.stream().filter(this::isLive).collect(Collectors.toCollection(TreeSet::new));
      Instant stamp = stamp();
      current = "softDeleteAll(" + ids + ") at " + stamp + ", live among them: " + becomeDead;

      assertThat(expectValue(call(() -> repo.softDeleteAll(ids))))
          .as(context() + " softDeleteAll's count")
          .isEqualTo(becomeDead.size());
      reached(becomeDead.isEmpty() ? "softDeleteAll of nothing live" : "softDeleteAll");
      for (long id : becomeDead) {
        model.put(id, model.get(id).dead(stamp));
      }
    }

    private void restore() {
      long id = pickRestoreId();
      Row row = model.get(id);
      RestoreResult expected;
      if (row == null) {
        expected = RestoreResult.notFound();
      } else if (row.live()) {
        expected = RestoreResult.alreadyAlive();
      } else if (row.key() != null && liveHolder(row.key()).isPresent()) {
        expected = RestoreResult.conflict(kind.keyName());
      } else {
        expected = RestoreResult.restored();
      }
      current = "restore(" + id + ") on " + describe(id) + " expecting " + expected;

      assertThat(expectValue(call(() -> repo.restore(id))))
          .as(context() + " restore's result")
          .isEqualTo(expected);
      reached("restore " + expected);
      if (expected.equals(RestoreResult.restored())) {
        model.put(id, row.restored());
      }
    }

    private void hardDelete() {
      long id = pickId();
      boolean exists = model.containsKey(id);
      current = "hardDelete(" + id + ") on " + describe(id);

      assertThat(expectValue(call(() -> repo.hardDelete(id))))
          .as(context() + " hardDelete's result")
          .isEqualTo(exists);
      reached(exists ? "hardDelete" : "hardDelete of a missing row");
      model.remove(id);
    }

    private void hardDeleteAll() {
      List<Long> ids = pickIds(4);
      Set<Long> existing =
          ids.stream().filter(model::containsKey).collect(Collectors.toCollection(TreeSet::new));
      current = "hardDeleteAll(" + ids + "), existing among them: " + existing;

      assertThat(expectValue(call(() -> repo.hardDeleteAll(ids))))
          .as(context() + " hardDeleteAll's count")
          .isEqualTo(existing.size());
      reached("hardDeleteAll");
      existing.forEach(model::remove);
    }

    private void purge() {
      Instant cutoff = randomCutoff();
      Set<Long> purged = new TreeSet<>();
      model.forEach(
          (id, row) -> {
            if (!row.live() && row.deletedAt().isBefore(cutoff)) {
              purged.add(id);
            }
          });
      current =
          String.format(
              "purgeDeletedBefore(%s), dead rows before it: %s, dead rows: %s",
              cutoff, purged, deadStamps());

      assertThat(expectValue(call(() -> repo.purgeDeletedBefore(cutoff))))
          .as(context() + " purgeDeletedBefore's count")
          .isEqualTo(purged.size());
      reached(purged.isEmpty() ? "purge of nothing" : "purge");
      purged.forEach(model::remove);
    }

    // --- checking the database against the model ----------------------------------------------

    private void verify(Kind<T> reads) {
      SoftDeleteRepository<T, Long> repo = reads.repository();
      String where =
          context()
              + ": after the step, reading "
              + (reads == kind ? "through the repository under test" : "attached")
              + ", ";
      List<T> all = new ArrayList<>();
      List<T> alive = new ArrayList<>();
      List<T> dead = new ArrayList<>();
      model.forEach(
          (id, row) -> {
            T entity = kind.expected(id, row);
            all.add(entity);
            (row.live() ? alive : dead).add(entity);
          });

      assertThat(repo.all()).as(where + "all()").isEqualTo(all);
      assertThat(storedDeletedAt())
          .as(where + "the deleted_at column by id")
          .isEqualTo(modelDeletedAt());
      assertThat(repo.countAlive()).as(where + "countAlive()").isEqualTo(alive.size());
      assertThat(repo.countDead()).as(where + "countDead()").isEqualTo(dead.size());
      assertThat(repo.alive()).as(where + "alive()").isEqualTo(alive);
      assertThat(repo.dead()).as(where + "dead()").isEqualTo(dead);

      for (Object key : kind.keyPool()) {
        Optional<T> holder = liveHolder(key).map(id -> kind.expected(id, model.get(id)));
        assertThat(reads.findByKey(key)).as(where + "findByKey(" + key + ")").isEqualTo(holder);
      }
      reads.checkFinderEdgeCases(where);
      reads.ownSteps().ifPresent(own -> own.verify(this, where));

      long probe = pickId();
      Row row = model.get(probe);
      assertThat(repo.findById(probe))
          .as(where + "findById(" + probe + ")")
          .isEqualTo(Optional.ofNullable(row).filter(Row::live).map(r -> kind.expected(probe, r)));
      assertThat(repo.findAnyById(probe))
          .as(where + "findAnyById(" + probe + ")")
          .isEqualTo(Optional.ofNullable(row).map(r -> kind.expected(probe, r)));

      Long after = random.nextInt(3) == 0 ? null : pickId();
      int limit = random.nextInt(5);
      List<T> page =
          alive.stream()
              .filter(entity -> after == null || kind.idOf(entity) > after)
              .limit(limit)
              .collect(Collectors.toList());
      assertThat(repo.aliveAfter(after, limit))
          .as(where + "aliveAfter(" + after + ", " + limit + ")")
          .isEqualTo(page);

      String table = kind.table();
      assertThat(count(table, "live = FALSE")).as(where + "rows with live = FALSE").isZero();
      assertThat(count(table, "(live IS NULL) <> (deleted_at IS NOT NULL)"))
          .as(where + "rows whose live and deleted_at disagree")
          .isZero();
      String keys = kind.keyColumns();
      String shared =
          String.format(
              "live = TRUE AND (%1$s) IN (SELECT %1$s FROM %2$s WHERE live = TRUE AND %3$s"
                  + " GROUP BY %1$s HAVING COUNT(*) > 1)",
              keys, table, kind.keyPresent());
      assertThat(count(table, shared))
          .as(where + "live rows sharing a key with another live row")
          .isZero();
    }

    /**
     * The deleted_at column by id, read with plain SQL (Membership has no @DeletedAt component) and
     * the dialect's codec (SQLite stores times as text).
     */
    private Map<Long, Instant> storedDeletedAt() {
      Codecs codecs = Codecs.of(database.dialect());
      Map<Long, Instant> stored = new TreeMap<>();
      handle
          .createQuery("SELECT id, deleted_at FROM " + kind.table())
          .map((rs, ctx) -> new Stamp(rs.getLong(1), codecs.getInstant(rs, 2)))
          .forEach(stamp -> stored.put(stamp.id(), stamp.deletedAt()));
      return stored;
    }

    private Map<Long, Instant> modelDeletedAt() {
      Map<Long, Instant> expected = new TreeMap<>();
      model.forEach((id, row) -> expected.put(id, row.deletedAt()));
      return expected;
    }

    // --- helpers -------------------------------------------------------------------------------

    @Override
    public <R> Outcome<R> call(Supplier<R> action) {
      try {
        return new Outcome<>(action.get(), null);
      } catch (RuntimeException e) {
        return new Outcome<>(null, e);
      }
    }

    @Override
    public <R> R expectValue(Outcome<R> outcome) {
      if (outcome.thrown() != null) {
        throw new AssertionError(
            context() + ": expected a result but the call threw " + outcome.thrown(),
            outcome.thrown());
      }
      return outcome.value();
    }

    @Override
    public void expectViolation(Outcome<?> outcome, Set<String> keys) {
      if (!(outcome.thrown() instanceof UniqueViolationException)) {
        throw new AssertionError(
            context()
                + ": expected a UniqueViolationException on "
                + keys
                + " but "
                + (outcome.thrown() == null
                    ? "the call returned " + outcome.value()
                    : "it threw " + outcome.thrown()),
            outcome.thrown());
      }
      UniqueViolationException e = (UniqueViolationException) outcome.thrown();
      assertThat(e.table()).as(context() + " exception's table").isEqualTo(kind.table());
      assertThat(e.key()).as(context() + " exception's key, one of " + keys).isPresent();
      assertThat(keys).as(context() + " exception's key").contains(e.key().orElseThrow());
    }

    private String expecting(Set<String> violations) {
      return violations.isEmpty() ? "" : " expecting a violation of " + violations;
    }

    /** Checks the id the insert stored: the given one, or a fresh generated one. */
    private long checkNewId(Long given, long storedId) {
      if (given != null) {
        assertThat(storedId).as(context() + " stored id").isEqualTo(given);
      } else {
        assertThat(storedId)
            .as(context() + " generated id is new (never used before in this table)")
            .isNotIn(everSeen)
            .isPositive();
      }
      return storedId;
    }

    @Override
    public void inserted(long id, Row row) {
      put(checkNewId(null, id), row);
    }

    private void put(long id, Row row) {
      model.put(id, row);
      everSeen.add(id);
    }

    @Override
    public Optional<Long> liveHolder(Object key) {
      return model.entrySet().stream()
          .filter(e -> e.getValue().live() && Objects.equals(e.getValue().key(), key))
          .map(Map.Entry::getKey)
          .findFirst();
    }

    private boolean isLive(long id) {
      Row row = model.get(id);
      return row != null && row.live();
    }

    private String describe(long id) {
      Row row = model.get(id);
      return row == null ? "a missing row" : (row.live() ? "live " : "dead ") + row;
    }

    @Override
    public Instant stamp() {
      return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private Long randomExplicitId() {
      return FIRST_EXPLICIT_ID + random.nextInt(EXPLICIT_IDS);
    }

    /** An id to act on: mostly one in the table, sometimes a gone or never-used one. */
    private long pickId() {
      int r = random.nextInt(100);
      List<Long> ids = new ArrayList<>(model.keySet());
      if (r < 80 && !ids.isEmpty()) {
        if (r < 20) {
          return pick(ids.stream().filter(this::isLive).collect(Collectors.toList()), ids);
        }
        if (r < 40) {
          return pick(ids.stream().filter(id -> !isLive(id)).collect(Collectors.toList()), ids);
        }
        return ids.get(random.nextInt(ids.size()));
      }
      if (r < 92 && !everSeen.isEmpty()) {
        return new ArrayList<>(everSeen).get(random.nextInt(everSeen.size()));
      }
      SortedSet<Long> generated = everSeen.headSet(FIRST_EXPLICIT_ID);
      long highest = generated.isEmpty() ? 0 : generated.last();
      return random.nextBoolean() ? -1 - random.nextInt(3) : highest + 1000 + random.nextInt(3);
    }

    /** Restores mostly pick dead rows, which is where conflicts happen. */
    private long pickRestoreId() {
      List<Long> deadIds =
          model.keySet().stream().filter(id -> !isLive(id)).collect(Collectors.toList());
      return !deadIds.isEmpty() && random.nextInt(3) > 0
          ? deadIds.get(random.nextInt(deadIds.size()))
          : pickId();
    }

    private long pick(List<Long> preferred, List<Long> fallback) {
      List<Long> from = preferred.isEmpty() ? fallback : preferred;
      return from.get(random.nextInt(from.size()));
    }

    /** 0 to max-1 ids, with repeats and missing ids. */
    private List<Long> pickIds(int max) {
      int n = random.nextInt(max);
      List<Long> ids = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        ids.add(
            !ids.isEmpty() && random.nextInt(5) == 0
                ? ids.get(random.nextInt(ids.size()))
                : pickId());
      }
      return ids;
    }

    private Instant randomCutoff() {
      List<Instant> stamps =
          model.values().stream()
              .filter(row -> !row.live())
              .map(Row::deletedAt)
              .collect(Collectors.toList());
      int r = random.nextInt(100);
      if (!stamps.isEmpty() && r < 45) {
        Instant stamp = stamps.get(random.nextInt(stamps.size()));
        // Exactly a stored stamp (strictly before excludes it), or less than a microsecond after or
        // before it: stamps are whole microseconds, cutoffs need not be.
        if (r < 15) {
          return stamp;
        }
        return r < 30
            ? stamp.plusNanos(1 + random.nextInt(999))
            : stamp.minusNanos(1 + random.nextInt(999));
      }
      if (r < 85) {
        return clock.instant().minusNanos(random.nextLong(20_000_000_000L));
      }
      if (r < 95) {
        return clock.instant().plus(Duration.ofDays(1));
      }
      return T0.minus(Duration.ofDays(1));
    }

    private Set<Instant> deadStamps() {
      return model.values().stream()
          .filter(row -> !row.live())
          .map(Row::deletedAt)
          .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** Moves the clock on: not at all, by less than a microsecond, or by up to a few seconds. */
    private void advanceClock() {
      int r = random.nextInt(100);
      if (r < 15) {
        return;
      }
      if (r < 40) {
        clock.advance(Duration.ofNanos(1 + random.nextInt(2999)));
      } else {
        clock.advance(Duration.ofNanos(random.nextLong(3_000_000_000L)));
      }
    }
  }
}
