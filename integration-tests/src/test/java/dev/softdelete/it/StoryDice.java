package dev.softdelete.it;

import dev.softdelete.it.RelationsModel.Row;
import dev.softdelete.it.RelationsModel.RowId;
import dev.softdelete.it.StoryTable.Reference;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The random choices of {@link ModelBasedRelationsTest}, drawn from one seeded Random and the model, so
 * that a seed replays the same run. The choices lean towards what makes the verbs interesting: parents
 * that are mostly live (a child under a dead one is refused, which teaches little after a few times),
 * keys from small pools and often a dead row's key (so restores meet CONFLICT), lines under their own
 * customer's products (so a customer's cascade takes them, where another customer's would be refused
 * by RESTRICT), and restores of the rows that an operation killed directly.
 */
final class StoryDice {
  private static final int EMAILS = 5;
  private static final List<String> CATEGORY_NAMES = List.of("Home", "Garden", "Lamps");
  private static final int SKUS = 8;
  private static final int ORDER_CODES = 10;
  private static final int INVOICE_CODES = 8;

  /** Ids no row ever has: the identity columns start at 1 and a run inserts far fewer rows. */
  private static final long MISSING_ID = 900_000L;

  private final Random random;
  private final RelationsModel model;
  private final Map<StoryTable, TreeSet<Long>> everSeen;

  /**
   * @param everSeen every id each table's rows ever had, kept by the run, so that picks include
   *     hard-deleted and purged ids
   */
  StoryDice(Random random, RelationsModel model, Map<StoryTable, TreeSet<Long>> everSeen) {
    this.random = random;
    this.model = model;
    this.everSeen = everSeen;
  }

  /** A table, by weights in the order customers, categories, products, orders, lines, invoices. */
  StoryTable table(int... weights) {
    int n = random.nextInt(Arrays.stream(weights).sum());
    StoryTable[] tables = StoryTable.values();
    for (int i = 0; i < tables.length; i++) {
      n -= weights[i];
      if (n < 0) {
        return tables[i];
      }
    }
    throw new AssertionError("no weights");
  }

  /** A new row of the table: its parents mostly live, sometimes dead or missing; keys from small pools. */
  Row newRow(StoryTable table) {
    List<Long> refs = new ArrayList<>();
    for (Reference r : table.references()) {
      if (r.child() == StoryTable.CATEGORY && r.parent() == StoryTable.CATEGORY && random.nextInt(100) < 35) {
        refs.add(null);
      } else if (r.child() == StoryTable.LINE && r.parent() == StoryTable.PRODUCT && random.nextInt(100) < 60) {
        refs.add(productOfCustomerOf(refs.get(0)));
      } else {
        refs.add(parent(r.parent()));
      }
    }
    String key = switch (table) {
      case CUSTOMER -> "c" + random.nextInt(EMAILS) + "@example.com";
      case CATEGORY -> CATEGORY_NAMES.get(random.nextInt(CATEGORY_NAMES.size()));
      case PRODUCT -> "SKU-" + random.nextInt(SKUS);
      case ORDER -> "O-" + random.nextInt(ORDER_CODES);
      case INVOICE -> "I-" + random.nextInt(INVOICE_CODES);
      case LINE -> null;
    };
    // Often the key of a dead row, so that restoring that row meets a CONFLICT.
    List<Row> dead = model.rows(table).values().stream().filter(row -> !row.live() && row.key() != null).toList();
    if (!dead.isEmpty() && random.nextInt(4) == 0) {
      Row taken = dead.get(random.nextInt(dead.size()));
      key = taken.key();
      if (table == StoryTable.CATEGORY) {
        refs.set(0, taken.ref(0));
      }
    }
    return Row.live(refs, key, random.nextInt(100));
  }

  private long parent(StoryTable parent) {
    return id(parent, 88, 7);
  }

  /** A live product of the order's customer, when there is one; else any product. */
  private long productOfCustomerOf(Long order) {
    Row o = order == null ? null : model.rows(StoryTable.ORDER).get(order);
    List<Long> own = new ArrayList<>();
    if (o != null) {
      model.rows(StoryTable.PRODUCT).forEach((id, product) -> {
        Row category = model.rows(StoryTable.CATEGORY).get(product.ref(0));
        if (product.live() && category != null && category.ref(0).equals(o.ref(0))) {
          own.add(id);
        }
      });
    }
    return own.isEmpty() ? parent(StoryTable.PRODUCT) : own.get(random.nextInt(own.size()));
  }

  /**
   * An id of the table: a live row with the first chance in percent, a dead one with the second,
   * else a gone or never-used one; falls back on any row when the table has none of the kind.
   */
  long id(StoryTable table, int livePercent, int deadPercent) {
    int r = random.nextInt(100);
    TreeMap<Long, Row> rows = model.rows(table);
    List<Long> live = rows.keySet().stream().filter(id -> rows.get(id).live()).toList();
    List<Long> dead = rows.keySet().stream().filter(id -> !rows.get(id).live()).toList();
    if (r < livePercent && !live.isEmpty()) {
      return live.get(random.nextInt(live.size()));
    }
    if (r < livePercent + deadPercent && !dead.isEmpty()) {
      return dead.get(random.nextInt(dead.size()));
    }
    List<Long> gone = everSeen.get(table).stream().filter(id -> !rows.containsKey(id)).toList();
    if (!gone.isEmpty() && random.nextBoolean()) {
      return gone.get(random.nextInt(gone.size()));
    }
    if (!rows.isEmpty() && random.nextInt(3) > 0) {
      List<Long> all = new ArrayList<>(rows.keySet());
      return all.get(random.nextInt(all.size()));
    }
    return MISSING_ID + random.nextInt(3);
  }

  /**
   * What to restore: mostly a row that its operation killed directly (the interesting restores, with
   * their cascades and conflicts), else any dead row (often one whose parent died with it), a live row
   * or a missing one.
   */
  RowId restoreTarget() {
    int r = random.nextInt(100);
    List<RowId> roots = model.deadRoots();
    if (r < 50 && !roots.isEmpty()) {
      return roots.get(random.nextInt(roots.size()));
    }
    StoryTable table = table(15, 20, 15, 20, 15, 15);
    return new RowId(table, r < 80 ? id(table, 0, 100) : id(table, 50, 0));
  }

  /** A dead row that its operation killed directly, when a third of the time there is one; else null. */
  RowId deadRootOrNull() {
    List<RowId> roots = model.deadRoots();
    return !roots.isEmpty() && random.nextInt(3) == 0 ? roots.get(random.nextInt(roots.size())) : null;
  }

  /**
   * A purge cutoff: exactly a stored stamp of the table (strictly before excludes it), or less than a
   * microsecond after or before one (stamps are whole microseconds, cutoffs need not be); else a time
   * in the last half minute, or a day ahead, which purges every dead row of the table.
   */
  Instant cutoff(StoryTable table, Instant now) {
    List<Instant> stamps = model.rows(table).values().stream().filter(row -> !row.live()).map(Row::deletedAt).toList();
    int r = random.nextInt(100);
    if (!stamps.isEmpty() && r < 50) {
      Instant stamp = stamps.get(random.nextInt(stamps.size()));
      if (r < 15) {
        return stamp;
      }
      return r < 35 ? stamp.plusNanos(1 + random.nextInt(999)) : stamp.minusNanos(1 + random.nextInt(999));
    }
    if (r < 85) {
      return now.minusNanos(random.nextLong(30_000_000_000L));
    }
    return now.plus(Duration.ofDays(1));
  }

  /** How far the clock moves between steps: not at all, by less than a microsecond, or by up to 3 s. */
  Duration clockStep() {
    int r = random.nextInt(100);
    if (r < 15) {
      return Duration.ZERO;
    }
    return r < 40 ? Duration.ofNanos(1 + random.nextInt(2999)) : Duration.ofNanos(random.nextLong(3_000_000_000L));
  }
}
