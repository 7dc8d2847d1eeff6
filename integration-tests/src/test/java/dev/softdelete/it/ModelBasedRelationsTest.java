package dev.softdelete.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.softdelete.DeadParentException;
import dev.softdelete.LiveChildrenException;
import dev.softdelete.RestoreResult;
import dev.softdelete.SoftDeleteRepository;
import dev.softdelete.UniqueViolationException;
import dev.softdelete.internal.Codecs;
import dev.softdelete.it.RelationsModel.DeadParent;
import dev.softdelete.it.RelationsModel.Kill;
import dev.softdelete.it.RelationsModel.LiveChildren;
import dev.softdelete.it.RelationsModel.Refusal;
import dev.softdelete.it.RelationsModel.Removal;
import dev.softdelete.it.RelationsModel.Restore;
import dev.softdelete.it.RelationsModel.Row;
import dev.softdelete.it.RelationsModel.RowId;
import dev.softdelete.it.RelationsModel.Taken;
import dev.softdelete.it.StoryTable.Binding;
import dev.softdelete.it.relations.Orders;
import dev.softdelete.it.relations.PurchaseOrder;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The model-based test of relations: long seeded random sequences of every verb over the six tables of
 * the relations story (a customer's category tree with products, orders with lines and invoices), each
 * call checked against {@link RelationsModel}, and every table compared with the model after every
 * step.
 *
 * <p>Children are inserted under live, dead and missing parents; soft deletes (single, bulk and
 * derived) cascade and meet RESTRICT; restores are exact, and must return RESTORED with the rows of
 * each entity, CONFLICT, PARENT_DEAD, ALREADY_ALIVE or NOT_FOUND as the model says; hard deletes meet
 * live children; purges run with a clock the test moves. Keys come from tiny pools, so conflicts are
 * frequent.
 *
 * <p>After every step: each table holds the model's rows (the repository's {@code all()}), each row is
 * live or dead as in the model with the model's deleted-at, rows the model says one operation killed
 * carry one deletion id and rows of different operations different ones, and {@link
 * RelationInvariants} hold: no live row under a dead or missing parent, one live row per key.
 *
 * <p>A failure names the database, the access mode, the seed and the step, with the steps before it
 * and the model; {@code -Dsoftdelete.relations.seed=N} replays one seed, {@code
 * -Dsoftdelete.relations.steps=N} changes the length.
 */
class ModelBasedRelationsTest extends DatabaseTest {
  private static final int STEPS = Integer.getInteger("softdelete.relations.steps", 500);

  /** On demand, steps run in blocks of this many alternately with a handle per call and on the thread's handle. */
  private static final int BLOCK = 25;

  /** Below this many live rows in all, half the steps are inserts. */
  private static final int SPARSE = 30;

  static LongStream seeds() {
    String seed = System.getProperty("softdelete.relations.seed");
    return seed != null ? LongStream.of(Long.parseLong(seed)) : LongStream.of(7L, 20260109L);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void theStoryFollowsTheModel(long seed) {
    new Run(seed).run();
  }

  /** A row's state, read with plain SQL. */
  private record Stored(long id, boolean live, Instant deletedAt, UUID deletion) {}

  /** What a call did: returned a value or threw. */
  private record Outcome<R>(R value, RuntimeException thrown) {}

  /** An entity's repository under test and the same repository attached to the test's handle, for reads. */
  private final class Repo<T> {
    final StoryTable table;
    final Binding<T> binding;
    final SoftDeleteRepository<T, Long> underTest;
    final SoftDeleteRepository<T, Long> reader;

    Repo(StoryTable table, Binding<T> binding) {
      this.table = table;
      this.binding = binding;
      this.underTest = repository(binding.repository());
      this.reader = handle.attach(binding.repository());
    }

    T record(Long id, Row row) {
      return binding.record().apply(id, row);
    }

    /** Inserts the row; checks that the stored entity is the row with its new id, and returns the id. */
    long insert(Row row) {
      T stored = underTest.insert(record(null, row));
      long id = binding.id().applyAsLong(stored);
      assertThat(stored).as("the inserted entity").isEqualTo(record(id, row));
      return id;
    }

    List<Long> insertAll(List<Row> rows) {
      List<T> stored = underTest.insertAll(rows.stream().map(row -> record(null, row)).toList());
      List<Long> ids = new ArrayList<>();
      for (int i = 0; i < rows.size(); i++) {
        long id = binding.id().applyAsLong(stored.get(i));
        assertThat(stored.get(i)).as("inserted entity " + i).isEqualTo(record(id, rows.get(i)));
        ids.add(id);
      }
      return ids;
    }

    boolean update(long id, Row row) {
      return underTest.update(record(id, row));
    }

    /** Checks {@code all()} against the model's rows of the table. */
    void checkAll(RelationsModel model, String where) {
      List<T> expected = new ArrayList<>();
      model.rows(table).forEach((id, row) -> expected.add(record(id, row)));
      assertThat(reader.all()).as(where + table.table() + ": all()").isEqualTo(expected);
    }
  }

  private final class Run {
    private final long seed;
    private final Random random;
    private final RelationsModel model = new RelationsModel();
    private final StoryDice dice;
    private final Map<StoryTable, Repo<?>> repos = new EnumMap<>(StoryTable.class);
    private final Orders orders;
    private final Orders ordersReader;
    /** Every id a row of each table ever had, so that picks include hard-deleted and purged ids. */
    private final Map<StoryTable, TreeSet<Long>> everSeen = new EnumMap<>(StoryTable.class);
    /** The deletion id the database stamped for each of the model's operations, and back. */
    private final Map<Integer, UUID> uuidOf = new HashMap<>();
    private final Map<UUID, Integer> operationOf = new HashMap<>();
    private final Deque<String> history = new ArrayDeque<>();
    private final Map<String, Integer> tally = new TreeMap<>();
    private int step;
    private String current = "(setup)";

    Run(long seed) {
      this.seed = seed;
      this.random = new Random(seed);
      for (StoryTable table : StoryTable.values()) {
        repos.put(table, repo(table, table.binding()));
        everSeen.put(table, new TreeSet<>());
      }
      this.dice = new StoryDice(random, model, everSeen);
      this.orders = repository(Orders.class);
      this.ordersReader = handle.attach(Orders.class);
    }

    private <T> Repo<T> repo(StoryTable table, Binding<T> binding) {
      return new Repo<>(table, binding);
    }

    void run() {
      long start = System.nanoTime();
      for (int from = 1; from <= STEPS; from += BLOCK) {
        int to = Math.min(STEPS, from + BLOCK - 1);
        int first = from;
        if (access == Access.ON_DEMAND && (from / BLOCK) % 2 == 1) {
          jdbi.useHandle(h -> runSteps(first, to, " (thread's handle)"));
        } else {
          runSteps(first, to, access == Access.ON_DEMAND ? " (handle per call)" : "");
        }
      }
      System.out.printf("ModelBasedRelationsTest %s/%s seed %d: %d steps in %.1f s: %s%n",
          database, access, seed, STEPS, (System.nanoTime() - start) / 1e9, tally);
      assertThat(tally)
          .as("seed %d: outcomes the run reached", seed)
          .containsKeys(
              "insert", "insert refused: DeadParent", "insert refused: Taken", "insertAll",
              "insertAll refused", "update", "update refused", "softDelete", "softDelete cascading",
              "softDelete refused: RESTRICT", "softDeleteAll", "softDeleteByCustomerId",
              "restore RESTORED", "restore RESTORED with its cascade", "restore CONFLICT",
              "restore PARENT_DEAD", "restore ALREADY_ALIVE", "restore NOT_FOUND", "restoreByCustomerId",
              "hardDelete refused: live children", "hardDelete with dead descendants", "hardDeleteAll",
              "hardDeleteDeadByCustomerId", "purge", "purge with dead descendants");
    }

    private void runSteps(int from, int to, String how) {
      for (step = from; step <= to; step++) {
        try {
          randomStep();
          verify();
        } catch (AssertionError | RuntimeException e) {
          throw new AssertionError(String.format(
              "Model mismatch on %s/%s%s, seed %d, step %d of %d%n  step: %s%n  clock: %s%n  model:%s%n"
                  + "  steps before it:%n    %s%n  failure: %s",
              database, access, how, seed, step, STEPS, current, clock.instant(), model,
              String.join("\n    ", history), e), e);
        }
        history.addLast(step + ": " + current);
        if (history.size() > 12) {
          history.removeFirst();
        }
        advanceClock();
      }
    }

    private void randomStep() {
      // A sparse story grows first: deletes need live trees, and conflicts need keys in use.
      if (liveRows() < SPARSE && random.nextBoolean()) {
        insert();
        return;
      }
      int r = random.nextInt(100);
      if (r < 28) {
        insert();
      } else if (r < 32) {
        insertAll();
      } else if (r < 38) {
        update();
      } else if (r < 50) {
        softDelete();
      } else if (r < 54) {
        softDeleteAll();
      } else if (r < 56) {
        softDeleteByCustomerId();
      } else if (r < 77) {
        restore();
      } else if (r < 80) {
        restoreByCustomerId();
      } else if (r < 86) {
        hardDelete();
      } else if (r < 88) {
        hardDeleteAll();
      } else if (r < 90) {
        hardDeleteDeadByCustomerId();
      } else {
        purge();
      }
    }

    private long liveRows() {
      return List.of(StoryTable.values()).stream()
          .mapToLong(t -> model.rows(t).values().stream().filter(Row::live).count())
          .sum();
    }


    private void insert() {
      StoryTable table = dice.table(12, 22, 16, 20, 15, 15);
      Row row = dice.newRow(table);
      Refusal refusal = writeRefusal(table, row, null);
      current = "insert " + table.entity() + row.refs() + " " + row.key() + expecting(refusal);
      Outcome<Long> outcome = call(() -> repos.get(table).insert(row));
      if (refusal != null) {
        expectRefusal(outcome, refusal);
        reached("insert refused: " + refusal.getClass().getSimpleName());
        return;
      }
      long id = expectValue(outcome);
      added(table, id, row);
      reached("insert");
    }

    private void insertAll() {
      StoryTable table = dice.table(10, 0, 15, 25, 25, 25);
      List<Row> rows = new ArrayList<>();
      for (int n = 1 + random.nextInt(3); n > 0; n--) {
        rows.add(dice.newRow(table));
      }
      // Every row's parents are checked, in order, before any row is written.
      Refusal refusal = rows.stream().map(row -> (Refusal) model.deadParent(table, row))
          .filter(Objects::nonNull).findFirst().orElse(null);
      if (refusal == null) {
        Set<List<Object>> keys = new HashSet<>();
        for (Row row : rows) {
          List<Object> key = RelationsModel.uniqueKey(table, row);
          if (key != null && (model.liveHolder(table, row, null) != null || !keys.add(key))) {
            refusal = new Taken(table, table.keyName().orElseThrow());
          }
        }
      }
      List<String> described = rows.stream().map(row -> row.refs() + " " + row.key()).toList();
      current = "insertAll " + table.entity() + " " + described + expecting(refusal);
      Outcome<List<Long>> outcome = call(() -> repos.get(table).insertAll(rows));
      if (refusal != null) {
        expectRefusal(outcome, refusal);
        reached("insertAll refused");
        return;
      }
      List<Long> ids = expectValue(outcome);
      for (int i = 0; i < rows.size(); i++) {
        added(table, ids.get(i), rows.get(i));
      }
      reached("insertAll");
    }

    private void update() {
      StoryTable table = dice.table(10, 25, 10, 25, 20, 10);
      long id = dice.id(table, 80, 10);
      Row old = model.rows(table).get(id);
      Row row = dice.newRow(table);
      if (old != null && random.nextBoolean()) {
        // Keep the references, change the rest.
        row = Row.live(old.refs(), random.nextInt(3) == 0 ? old.key() : row.key(), row.payload());
      }
      if (table == StoryTable.CATEGORY && row.ref(1) != null && model.categoriesUnder(id).contains(row.ref(1))) {
        // A category under itself would be a cycle no verb can delete; keep it at the top instead.
        row = Row.live(Arrays.asList(row.ref(0), null), row.key(), row.payload());
      }
      Refusal refusal = model.deadParent(table, row);
      boolean live = model.isLive(table, id);
      if (refusal == null && live && model.liveHolder(table, row, id) != null) {
        refusal = new Taken(table, table.keyName().orElseThrow());
      }
      Row written = row;
      current = "update " + table.entity() + "#" + id + " (" + describe(table, id) + ") to " + row.refs() + " "
          + row.key() + expecting(refusal);
      Outcome<Boolean> outcome = call(() -> repos.get(table).update(id, written));
      if (refusal != null) {
        expectRefusal(outcome, refusal);
        reached("update refused");
        return;
      }
      assertThat(expectValue(outcome)).as(context() + ": update's result").isEqualTo(live);
      if (live) {
        model.update(table, id, row);
      }
      reached(live ? "update" : "update of a dead or missing row");
    }

    private void softDelete() {
      StoryTable table = dice.table(15, 20, 15, 20, 15, 15);
      long id = dice.id(table, 75, 12);
      Kill kill = model.softDelete(table, List.of(id));
      Instant at = stamp();
      current = "softDelete " + table.entity() + "#" + id + " (" + describe(table, id) + ") at " + at + expecting(kill);
      Outcome<Boolean> outcome = call(() -> repos.get(table).underTest.softDelete(id));
      if (expectKill(outcome, kill)) {
        assertThat(outcome.value()).as(context() + ": softDelete's result").isEqualTo(kill.roots() == 1);
        model.apply(kill, at);
        reached(kill.roots() == 1 ? "softDelete" : "softDelete of nothing live");
        if (kill.killed().size() > kill.roots()) {
          reached("softDelete cascading");
        }
      }
    }

    private void softDeleteAll() {
      StoryTable table = dice.table(15, 25, 15, 15, 15, 15);
      List<Long> ids = new ArrayList<>();
      for (int n = random.nextInt(5); n > 0; n--) {
        ids.add(!ids.isEmpty() && random.nextInt(5) == 0 ? ids.get(0) : dice.id(table, 75, 12));
      }
      Kill kill = model.softDelete(table, ids);
      Instant at = stamp();
      current = "softDeleteAll " + table.entity() + ids + " at " + at + expecting(kill);
      Outcome<Integer> outcome = call(() -> repos.get(table).underTest.softDeleteAll(ids));
      if (expectKill(outcome, kill)) {
        assertThat(outcome.value()).as(context() + ": softDeleteAll's count").isEqualTo(kill.roots());
        model.apply(kill, at);
        reached("softDeleteAll");
      }
    }

    private void softDeleteByCustomerId() {
      long customer = dice.id(StoryTable.CUSTOMER, 80, 10);
      List<Long> ids = model.ordersOf(customer, true);
      Kill kill = model.softDelete(StoryTable.ORDER, ids);
      Instant at = stamp();
      current = "softDeleteByCustomerId(" + customer + "), live orders " + ids + " at " + at + expecting(kill);
      Outcome<Integer> outcome = call(() -> orders.softDeleteByCustomerId(customer));
      if (expectKill(outcome, kill)) {
        assertThat(outcome.value()).as(context() + ": softDeleteByCustomerId's count").isEqualTo(kill.roots());
        model.apply(kill, at);
        reached("softDeleteByCustomerId");
      }
    }

    private void restore() {
      RowId target = dice.restoreTarget();
      StoryTable table = target.table();
      long id = target.id();
      Restore expected = model.restore(table, id);
      current = "restore " + target + " (" + describe(table, id) + ") expecting " + expected.status()
          + (expected.named().isEmpty() ? "" : " of " + expected.named())
          + (expected.restored().isEmpty() ? "" : " " + expected.counts());
      RestoreResult result = expectValue(call(() -> repos.get(table).underTest.restore(id)));
      assertThat(result.status().name()).as(context() + ": restore's status, in " + result)
          .isEqualTo(expected.status());
      switch (result.status()) {
        case PARENT_DEAD -> assertThat(expected.named()).as(context() + ": the dead parent's entity")
            .contains(result.entity().orElseThrow());
        case CONFLICT -> assertThat(expected.named())
            .as(context() + ": the entity and key of the conflict")
            .contains(result.entity().orElseThrow() + "." + result.conflictingKey().orElseThrow());
        case RESTORED -> {
          assertThat(result.restoredRows()).as(context() + ": the rows restored by entity")
              .containsExactlyInAnyOrderEntriesOf(expected.counts());
          assertThat(result.restoredRows().keySet().iterator().next()).as(context() + ": the first entity restored")
              .isEqualTo(table.entity());
          model.apply(expected);
          if (expected.counts().size() > 1) {
            reached("restore RESTORED with its cascade");
          }
        }
        default -> assertThat(result.entity()).as(context() + ": entity of " + result).isEmpty();
      }
      reached("restore " + result.status());
    }

    private void restoreByCustomerId() {
      long customer = dice.id(StoryTable.CUSTOMER, 60, 30);
      List<Long> ids = model.ordersOf(customer, false);
      // One by one, in one transaction: any refusal undoes them all.
      RelationsModel tried = model.copy();
      String refused = null;
      for (long id : ids) {
        Restore restore = tried.restore(StoryTable.ORDER, id);
        if (!restore.status().equals("RESTORED")) {
          refused = restore.status() + restore.named();
          break;
        }
        tried.apply(restore);
      }
      current = "restoreByCustomerId(" + customer + "), dead orders " + ids
          + (refused == null ? "" : ", expecting a refusal, in id order " + refused);
      Outcome<Integer> outcome = call(() -> orders.restoreByCustomerId(customer));
      if (refused != null) {
        // Which order the call meets first decides between the two refusals.
        RuntimeException thrown = outcome.thrown();
        if (!(thrown instanceof DeadParentException) && !(thrown instanceof UniqueViolationException)) {
          throw unexpected(outcome, "DeadParentException or UniqueViolationException");
        }
        reached("restoreByCustomerId refused");
        return;
      }
      assertThat(expectValue(outcome)).as(context() + ": restoreByCustomerId's count").isEqualTo(ids.size());
      model.become(tried);
      reached("restoreByCustomerId");
    }

    private void hardDelete() {
      RowId target = dice.deadRootOrNull();
      StoryTable table = target != null ? target.table() : dice.table(15, 20, 15, 20, 15, 15);
      long id = target != null ? target.id() : dice.id(table, 40, 45);
      Removal removal = model.hardDelete(table, id);
      current = "hardDelete " + table.entity() + "#" + id + " (" + describe(table, id) + ")" + expecting(removal);
      Outcome<Boolean> outcome = call(() -> repos.get(table).underTest.hardDelete(id));
      if (expectRemoval(outcome, removal)) {
        assertThat(outcome.value()).as(context() + ": hardDelete's result").isEqualTo(removal.result() == 1);
        model.apply(removal);
        reached(removal.removed().size() > 1 ? "hardDelete with dead descendants" : "hardDelete");
      } else {
        reached("hardDelete refused: live children");
      }
    }

    private void hardDeleteAll() {
      StoryTable table = dice.table(15, 20, 15, 20, 15, 15);
      List<Long> ids = new ArrayList<>();
      for (int n = random.nextInt(4); n > 0; n--) {
        ids.add(dice.id(table, 20, 65));
      }
      current = "hardDeleteAll " + table.entity() + ids;
      hardDeleteEach(table, new ArrayList<>(new LinkedHashSet<>(ids)),
          () -> repos.get(table).underTest.hardDeleteAll(ids), "hardDeleteAll");
    }

    private void hardDeleteDeadByCustomerId() {
      long customer = dice.id(StoryTable.CUSTOMER, 60, 30);
      List<Long> ids = model.ordersOf(customer, false);
      current = "hardDeleteDeadByCustomerId(" + customer + "), dead orders " + ids;
      hardDeleteEach(
          StoryTable.ORDER, ids, () -> orders.hardDeleteDeadByCustomerId(customer), "hardDeleteDeadByCustomerId");
    }

    /** Hard deletes of several rows in one transaction: all, or nothing when one is refused. */
    private void hardDeleteEach(StoryTable table, List<Long> ids, Supplier<Integer> action, String verb) {
      RelationsModel tried = model.copy();
      int deleted = 0;
      Removal refused = null;
      for (long id : ids) {
        Removal removal = tried.hardDelete(table, id);
        if (!removal.refusals().isEmpty()) {
          refused = removal;
          break;
        }
        tried.apply(removal);
        deleted += removal.result();
      }
      current += refused == null ? "" : expecting(refused);
      Outcome<Integer> outcome = call(action);
      if (refused != null) {
        expectRemoval(outcome, refused);
        reached(verb + " refused");
        return;
      }
      assertThat(expectValue(outcome)).as(context() + ": " + verb + "'s count").isEqualTo(deleted);
      model.become(tried);
      reached(verb);
    }

    private void purge() {
      StoryTable table = dice.table(15, 20, 15, 20, 15, 15);
      Instant cutoff = dice.cutoff(table, clock.instant());
      Removal removal = model.purge(table, cutoff);
      current = "purgeDeletedBefore " + table.entity() + " " + cutoff + ", expecting " + removal.result()
          + " rows of it, " + removal.removed().size() + " in all: " + removal.removed();
      assertThat(expectValue(call(() -> repos.get(table).underTest.purgeDeletedBefore(cutoff))))
          .as(context() + ": purgeDeletedBefore's count")
          .isEqualTo(removal.result());
      model.apply(removal);
      reached(removal.removed().size() > removal.result() ? "purge with dead descendants"
          : removal.result() > 0 ? "purge" : "purge of nothing");
      if (removal.result() > 0) {
        reached("purge");
      }
    }


    private boolean expectKill(Outcome<?> outcome, Kill kill) {
      if (kill.refusals().isEmpty()) {
        expectValue(outcome);
        return true;
      }
      expectLiveChildren(outcome, kill.refusals());
      reached("softDelete refused: RESTRICT");
      return false;
    }

    private boolean expectRemoval(Outcome<?> outcome, Removal removal) {
      if (removal.refusals().isEmpty()) {
        expectValue(outcome);
        return true;
      }
      expectLiveChildren(outcome, removal.refusals());
      return false;
    }

    /** The call threw LiveChildrenException matching one of the refusals, and changed nothing. */
    private void expectLiveChildren(Outcome<?> outcome, List<LiveChildren> refusals) {
      if (!(outcome.thrown() instanceof LiveChildrenException e)) {
        throw unexpected(outcome, "LiveChildrenException, one of " + refusals);
      }
      assertThat(refusals)
          .as(context() + ": the refusal " + e.getMessage())
          .anySatisfy(r -> {
            assertThat(e.getMessage()).startsWith(r.verb() + " of ");
            assertThat(e.parentEntity()).isEqualTo(r.parent().entity());
            assertThat(e.childEntity()).isEqualTo(r.child().entity());
            assertThat(e.rows()).isEqualTo(r.rows());
          });
    }

    private void expectRefusal(Outcome<?> outcome, Refusal refusal) {
      if (refusal instanceof DeadParent dead) {
        if (!(outcome.thrown() instanceof DeadParentException e)) {
          throw unexpected(outcome, "DeadParentException");
        }
        assertThat(e.childEntity()).as(context() + ": the child entity").isEqualTo(dead.child().entity());
        assertThat(e.parentEntity()).as(context() + ": the parent entity").isEqualTo(dead.parent().entity());
        assertThat(e.getMessage()).as(context() + ": the message names the column").contains("(" + dead.column() + ")");
      } else if (refusal instanceof Taken taken) {
        if (!(outcome.thrown() instanceof UniqueViolationException e)) {
          throw unexpected(outcome, "UniqueViolationException");
        }
        assertThat(e.table()).as(context() + ": the table").isEqualTo(taken.table().table());
        assertThat(e.key()).as(context() + ": the key").contains(taken.key());
      } else {
        throw new IllegalArgumentException(refusal.toString());
      }
    }

    private <R> Outcome<R> call(Supplier<R> action) {
      try {
        return new Outcome<>(action.get(), null);
      } catch (RuntimeException e) {
        return new Outcome<>(null, e);
      }
    }

    private <R> R expectValue(Outcome<R> outcome) {
      if (outcome.thrown() != null) {
        throw new AssertionError(
            context() + ": expected a result but the call threw " + outcome.thrown(), outcome.thrown());
      }
      return outcome.value();
    }

    private AssertionError unexpected(Outcome<?> outcome, String expected) {
      return new AssertionError(context() + ": expected " + expected + " but "
          + (outcome.thrown() == null ? "the call returned " + outcome.value() : "it threw " + outcome.thrown()),
          outcome.thrown());
    }

    private String expecting(Object expected) {
      if (expected == null) {
        return "";
      }
      if (expected instanceof Kill kill) {
        return kill.refusals().isEmpty() ? ", expecting " + kill.roots() + " killed, with " + kill.killed()
            : ", expecting one of " + kill.refusals();
      }
      if (expected instanceof Removal removal) {
        return removal.refusals().isEmpty() ? ", expecting to remove " + removal.removed()
            : ", expecting one of " + removal.refusals();
      }
      return ", expecting " + expected;
    }

    /** What an insert or update of the row must refuse with, if anything. */
    private Refusal writeRefusal(StoryTable table, Row row, Long except) {
      DeadParent dead = model.deadParent(table, row);
      if (dead != null) {
        return dead;
      }
      return model.liveHolder(table, row, except) != null ? new Taken(table, table.keyName().orElseThrow()) : null;
    }


    private void verify() {
      String where = context() + ", after the step: ";
      assertThat(RelationInvariants.violations(handle)).as(where + "the invariants").isEmpty();
      Codecs codecs = Codecs.of(database.dialect());
      for (StoryTable table : StoryTable.values()) {
        repos.get(table).checkAll(model, where);
        Map<Long, String> expected = new TreeMap<>();
        model.rows(table).forEach((id, row) -> expected.put(id, row.live() ? "live" : "dead at " + row.deletedAt()));
        List<Stored> rows = handle.createQuery("SELECT id, live, deleted_at, deletion_id FROM " + table.table())
            .map((rs, ctx) -> new Stored(
                rs.getLong(1), rs.getObject(2) != null, codecs.getInstant(rs, 3), codecs.getUuid(rs, 4)))
            .list();
        Map<Long, String> stored = new TreeMap<>();
        rows.forEach(row -> stored.put(row.id(), row.live() ? "live" : "dead at " + row.deletedAt()));
        assertThat(stored).as(where + table.table() + ": live or dead, and deleted_at, by id").isEqualTo(expected);
        rows.forEach(row -> checkOperation(where, table, row.id(), row.deletion()));
      }
      if (random.nextInt(4) == 0) {
        long customer = dice.id(StoryTable.CUSTOMER, 70, 20);
        assertThat(ordersReader.findByCustomerId(customer).stream().map(PurchaseOrder::id).toList())
            .as(where + "findByCustomerId(" + customer + ")")
            .isEqualTo(model.ordersOf(customer, true));
        assertThat(ordersReader.findDeadByCustomerId(customer).stream().map(PurchaseOrder::id).toList())
            .as(where + "findDeadByCustomerId(" + customer + ")")
            .isEqualTo(model.ordersOf(customer, false));
      }
    }

    /** The row's deletion id is the one of the operation that killed it in the model, and no other's. */
    private void checkOperation(String where, StoryTable table, long id, UUID stored) {
      Integer operation = model.rows(table).get(id).op();
      String what =
          where + table.entity() + "#" + id + " killed by the model's operation " + operation + ": deletion_id";
      if (operation == null) {
        assertThat(stored).as(what).isNull();
        return;
      }
      assertThat(stored).as(what).isNotNull();
      UUID known = uuidOf.putIfAbsent(operation, stored);
      assertThat(stored).as(what + " (the one its operation's other rows carry)")
          .isEqualTo(known == null ? stored : known);
      Integer other = operationOf.putIfAbsent(stored, operation);
      assertThat(other).as(what + " " + stored + " (which no other operation's rows may carry)")
          .isIn(null, operation);
    }

    private void advanceClock() {
      clock.advance(dice.clockStep());
    }


    private void added(StoryTable table, long id, Row row) {
      assertThat(everSeen.get(table)).as(context() + ": the new id " + id + " of " + table.table() + " was never used")
          .doesNotContain(id);
      everSeen.get(table).add(id);
      model.insert(table, id, row);
    }

    /** The deleted-at the repository stamps now, as the database stores it. */
    private Instant stamp() {
      return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private String describe(StoryTable table, long id) {
      Row row = model.rows(table).get(id);
      return row == null ? "missing" : (row.live() ? "live " : "dead by op " + row.op() + " ") + row.refs();
    }

    private String context() {
      return "seed " + seed + ", step " + step;
    }

    private void reached(String outcome) {
      tally.merge(outcome, 1, Integer::sum);
    }
  }
}
