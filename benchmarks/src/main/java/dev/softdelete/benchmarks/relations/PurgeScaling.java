package dev.softdelete.benchmarks.relations;

import dev.softdelete.benchmarks.db.Database;
import dev.softdelete.benchmarks.db.Seed;
import dev.softdelete.benchmarks.db.SharedConnection;
import dev.softdelete.benchmarks.relations.RelationTables.Table;
import dev.softdelete.jdbi.SoftDeletePlugin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * How the purge of dead parents with their dead children grows (issue 9): {@code
 * purgeDeletedBefore} of P dead albums with {@value #CHILDREN} dead photos each, through the generated
 * repository and through the hand-written JDBC that does the same ({@link HandAlbums}), both in
 * transactions of at most {@value #BATCH} albums with their photos. Not JMH: each measurement is one
 * purge of a freshly filled table, the way a user runs it, timed with {@code System.nanoTime()}, and
 * each of its transactions timed by {@link TimedTransactions} (the lock time of a batch; the issue's
 * target is at most 100 ms on PostgreSQL, and a time linear in the rows).
 *
 * <p>The table around the purged rows: {@value #LIVE_ALBUMS} live albums and {@value #RECENT_ALBUMS}
 * albums deleted after the cutoff, each with {@value #CHILDREN} photos of its own state; the photos of
 * all albums are interleaved, as rows inserted over time are. The purged albums were deleted a second
 * apart, each with its photos under one operation. One unreported purge of {@code --warmup} parents
 * (default 100) per contender warms the JIT first; {@code --rounds} repeats each measurement (the median round by time
 * is reported). The growth column is the exponent k in time ~ N^k from the size before: 1 is linear.
 *
 * <pre>
 * java -Djava.io.tmpdir=benchmarks/target/tmp -cp benchmarks/target/benchmarks.jar \
 *     dev.softdelete.benchmarks.relations.PurgeScaling [--db postgresql,h2] [--parents 1000,10000,50000] \
 *     [--rounds 1] [--warmup 100] [--out DIR]
 * </pre>
 *
 * With {@code --out}, writes for each database DIR/purge-DB.md (the tables), DIR/purge-DB.csv (one line
 * per measurement), DIR/purge-DB-batches.csv (one line per transaction) and DIR/purge-DB-statements.csv
 * (one line per statement).
 */
public final class PurgeScaling {
  /** The repository's batch: at most this many parents, with their children, per transaction. */
  public static final int BATCH = 1_000;

  public static final int CHILDREN = 10;
  public static final int LIVE_ALBUMS = 10_000;
  public static final int RECENT_ALBUMS = 1_000;

  private static final String OLD_DELETED_AT = "TIMESTAMP WITH TIME ZONE '2020-01-01 00:00:00+00'";

  private PurgeScaling() {}

  /** Who purges. */
  enum Contender {
    HAND_JDBC("hand-written JDBC"),
    GENERATED("generated, attached");

    final String label;

    Contender(String label) {
      this.label = label;
    }
  }

  /** One purge: who ran it, how many parents it removed, how long it took, and its transactions. */
  record Purge(Database db, Contender contender, int parents, int round, long nanos,
      List<TimedTransactions.Transaction> batches) {
    int rows() {
      return parents * (1 + CHILDREN);
    }

    double millis() {
      return nanos / 1e6;
    }

    double rowsPerSecond() {
      return rows() / (nanos / 1e9);
    }

    double medianBatchMillis() {
      List<Double> sorted = batches.stream().map(TimedTransactions.Transaction::millis).sorted().toList();
      return sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2);
    }

    double maxBatchMillis() {
      return batches.stream().mapToDouble(TimedTransactions.Transaction::millis).max().orElse(0);
    }
  }

  public static void main(String[] args) throws Exception {
    Options options = Options.parse(args);
    System.out.printf("parents %s with %d children each, %d round(s), batches of %d parents%n",
        options.parents(), CHILDREN, options.rounds(), BATCH);
    for (Database db : options.databases()) {
      List<Purge> reported = new ArrayList<>();
      List<Purge> all = new ArrayList<>();
      try (Purger purger = new Purger(db)) {
        for (Contender contender : Contender.values()) {
          purger.purge(contender, options.warmup(), 0);
        }
        for (int parents : options.parents()) {
          for (Contender contender : Contender.values()) {
            List<Purge> rounds = new ArrayList<>();
            for (int round = 1; round <= options.rounds(); round++) {
              Purge p = purger.purge(contender, parents, round);
              System.out.printf(Locale.ROOT, "%s %s %,d parents: %.1f ms, %d batches, max %.1f ms%n", db,
                  contender.label, parents, p.millis(), p.batches().size(), p.maxBatchMillis());
              rounds.add(p);
            }
            all.addAll(rounds);
            rounds.sort(Comparator.comparingLong(Purge::nanos));
            reported.add(rounds.get(rounds.size() / 2));
          }
        }
      }
      String table = PurgeReport.markdown(reported);
      System.out.println(table);
      if (options.out() != null) {
        Path out = Files.createDirectories(options.out());
        String name = "purge-" + db.name().toLowerCase(Locale.ROOT);
        Files.writeString(out.resolve(name + ".md"), table);
        Files.writeString(out.resolve(name + ".csv"), PurgeReport.csv(all));
        Files.writeString(out.resolve(name + "-batches.csv"), PurgeReport.batchesCsv(all));
        Files.writeString(out.resolve(name + "-statements.csv"), PurgeReport.statementsCsv(all));
      }
    }
  }

  /** One connection to one database, in the schema {@code purge}, with both contenders on it. */
  static final class Purger implements AutoCloseable {
    private final Database db;
    private final Connection connection;
    private final TimedTransactions timed;
    private final Handle handle;
    private final AlbumRepository generated;
    private final HandAlbums hand;

    Purger(Database db) throws SQLException {
      this.db = db;
      this.connection = db.connect("purge");
      this.timed = new TimedTransactions(connection);
      Jdbi jdbi = Jdbi.create(new SharedConnection(timed.connection()));
      jdbi.installPlugin(new SoftDeletePlugin());
      this.handle = jdbi.open();
      this.generated = handle.attach(AlbumRepository.class);
      this.hand = new HandAlbums(timed.connection());
    }

    /**
     * Fills the tables afresh with {@code parents} purgeable albums, purges them and checks that
     * exactly those went, with their photos.
     */
    Purge purge(Contender contender, int parents, int round) throws SQLException {
      RelationTables.recreate(connection, db, tables(db, parents));
      timed.drain();
      long start = System.nanoTime();
      int purged = switch (contender) {
        case HAND_JDBC -> hand.purgeDeletedBefore(db, Seed.PURGE_CUTOFF.atOffset(ZoneOffset.UTC), BATCH);
        case GENERATED -> generated.purgeDeletedBefore(Seed.PURGE_CUTOFF);
      };
      long nanos = System.nanoTime() - start;
      List<TimedTransactions.Transaction> batches = timed.drain();
      long albums = Seed.queryLong(connection, "SELECT COUNT(*) FROM albums");
      long photos = Seed.queryLong(connection, "SELECT COUNT(*) FROM photos");
      long kept = LIVE_ALBUMS + RECENT_ALBUMS;
      if (purged != parents || albums != kept || photos != kept * CHILDREN) {
        throw new IllegalStateException(contender + " purged " + purged + " of " + parents + " albums; left "
            + albums + " albums and " + photos + " photos, expected " + kept + " and " + kept * CHILDREN);
      }
      return new Purge(db, contender, parents, round, nanos, batches);
    }

    @Override
    public void close() throws SQLException {
      handle.close();
      RelationTables.drop(connection, tables(db, 0));
      connection.close();
    }
  }

  /**
   * The tables: albums 1 to {@code parents} were deleted before the cutoff, a second apart, each by
   * operation {@code id}; the next {@value #LIVE_ALBUMS} are live; the last {@value #RECENT_ALBUMS}
   * were deleted after the cutoff. Photo {@code m} belongs to album {@code 1 + (m - 1) % albums} and
   * shares its album's state, deletion time and operation.
   */
  static List<Table> tables(Database db, int parents) {
    int albums = parents + LIVE_ALBUMS + RECENT_ALBUMS;
    String old = "a <= " + parents;
    String recent = "a > " + (parents + LIVE_ALBUMS);
    String state = "CASE WHEN " + old + " OR " + recent + " THEN NULL ELSE TRUE END, CASE WHEN " + old + " THEN "
        + OLD_DELETED_AT + " + a * INTERVAL '1' SECOND WHEN " + recent + " THEN " + Seed.DELETED_AT
        + " END, CASE WHEN " + old + " OR " + recent + " THEN " + RelationTables.uuid("a") + " END";
    return List.of(
        new Table("albums", AlbumSchema.createStatements(db.dialect()), AlbumSchema.foreignKeyStatements(db.dialect()),
            List.of("INSERT INTO albums (id, title, live, deleted_at, deletion_id) SELECT a, CONCAT('Album ', a), "
                + state + " FROM (SELECT n AS a FROM (" + db.series(1, albums) + ") s) s")),
        new Table("photos", PhotoSchema.createStatements(db.dialect()), PhotoSchema.foreignKeyStatements(db.dialect()),
            List.of("INSERT INTO photos (id, album_id, caption, live, deleted_at, deletion_id) SELECT m, a,"
                + " CONCAT('Photo ', m), " + state + " FROM (SELECT n AS m, 1 + MOD(n - 1, " + albums + ") AS a"
                + " FROM (" + db.series(1, (long) albums * CHILDREN) + ") s) s")));
  }

  /** The command line. */
  record Options(List<Database> databases, List<Integer> parents, int rounds, int warmup, Path out) {
    static Options parse(String[] args) {
      List<Database> databases = List.of(Database.POSTGRESQL);
      List<Integer> parents = List.of(1_000, 10_000, 50_000);
      int rounds = 1;
      int warmup = 100;
      Path out = null;
      for (int i = 0; i < args.length; i += 2) {
        if (i + 1 == args.length) {
          throw new IllegalArgumentException("No value for " + args[i]);
        }
        String value = args[i + 1];
        switch (args[i]) {
          case "--db" -> databases = Arrays.stream(value.split(","))
              .map(name -> Database.valueOf(name.trim().toUpperCase(Locale.ROOT)))
              .collect(Collectors.toList());
          case "--parents" -> parents = Arrays.stream(value.split(","))
              .map(s -> Integer.parseInt(s.trim()))
              .collect(Collectors.toList());
          case "--rounds" -> rounds = Integer.parseInt(value);
          case "--warmup" -> warmup = Integer.parseInt(value);
          case "--out" -> out = Path.of(value);
          default -> throw new IllegalArgumentException("Unknown option " + args[i]);
        }
      }
      return new Options(databases, parents, rounds, warmup, out);
    }
  }
}
