package dev.softdelete.benchmarks.bulk;

import dev.softdelete.benchmarks.JdbiUserRepository;
import dev.softdelete.benchmarks.User;
import dev.softdelete.benchmarks.UserSchema;
import dev.softdelete.jdbi.SoftDeletePlugin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jdbi.v3.core.ConnectionFactory;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * How the bulk verbs grow with the rows they touch (issue 11), on H2, PostgreSQL, MariaDB and SQLite.
 * Not JMH: each measurement is one call on a fresh table, the way a user runs a bulk verb, timed with
 * {@code System.nanoTime()} and repeated {@code --rounds} times (median reported). For each size N:
 * {@code insertAll} of N new rows in one call, {@code softDeleteAll} of their N ids, {@code
 * purgeDeletedBefore} of those N dead rows (with each batch statement timed), and {@code hardDeleteAll}
 * of N freshly inserted ids. The growth column is the exponent k in time ~ N^k between one size and the
 * previous: 1 is linear, 2 quadratic; read it, not the absolute times, on a shared machine. One
 * unreported pass at the smallest size warms the JIT up first.
 *
 * <p>Then, on H2 and PostgreSQL, the purge of every tenth row of {@code --among} rows (default
 * 1,000,000), filled by one INSERT ... SELECT, reported as rows per second and per-batch times.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.softdelete.benchmarks.bulk.BulkScaling \
 *     [--db h2,postgresql,mariadb,sqlite] [--sizes 10000,30000,100000] [--rounds 1] [--among 1000000]
 * </pre>
 */
public final class BulkScaling {
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  private static final Instant CUTOFF = Instant.parse("2027-01-01T00:00:00Z");

  private BulkScaling() {}

  public static void main(String[] args) throws Exception {
    Options options = Options.parse(args);
    Path work = Files.createDirectories(options.work());
    // The embedded servers unpack their binaries to java.io.tmpdir: keep them under target/ (FACTS.md).
    System.setProperty("java.io.tmpdir", Files.createDirectories(work.resolve("tmp")).toString());
    System.out.printf("sizes %s, %d round(s), work folder %s%n", options.sizes(), options.rounds(), work);
    for (EmbeddedDatabase database : options.databases()) {
      try (EmbeddedDatabase.Running running = database.start(work)) {
        TimedConnection timed = new TimedConnection(running.connection());
        Jdbi jdbi = Jdbi.create(shared(timed.connection()))
            .installPlugin(new SoftDeletePlugin(Clock.fixed(T0, ZoneOffset.UTC)));
        try (Handle handle = jdbi.open()) {
          Verbs verbs = new Verbs(database, handle, new JdbiUserRepository(handle), timed);
          // One unreported pass at the smallest size, so that the first reported size is not the JIT's.
          verbs.measure(options.sizes().get(0));
          List<Measurement> rows = new ArrayList<>();
          for (int size : options.sizes()) {
            rows.addAll(Measurement.medians(IntStream.range(0, options.rounds())
                .mapToObj(round -> verbs.measure(size))
                .collect(Collectors.toList())));
          }
          Report.scaling(database, rows);
          if (options.among() > 0 && (database == EmbeddedDatabase.H2 || database == EmbeddedDatabase.POSTGRESQL)) {
            Report.among(database, options.among(), verbs.purgeAmong(options.among()));
          }
        }
      }
    }
  }

  /** One connection for every handle: closing a handle leaves it open, as a pool would. */
  private static ConnectionFactory shared(Connection connection) {
    return new ConnectionFactory() {
      @Override
      public Connection openConnection() {
        return connection;
      }

      @Override
      public void closeConnection(Connection toClose) {}
    };
  }

  /** The command line. */
  record Options(List<EmbeddedDatabase> databases, List<Integer> sizes, int rounds, int among, Path work) {
    static Options parse(String[] args) throws Exception {
      List<EmbeddedDatabase> databases = Arrays.asList(EmbeddedDatabase.values());
      List<Integer> sizes = List.of(10_000, 30_000, 100_000);
      int rounds = 1;
      int among = 1_000_000;
      // The folder of the jar: benchmarks/target/ when run from the built module.
      Path work = Path.of(BulkScaling.class.getProtectionDomain().getCodeSource().getLocation().toURI())
          .getParent().resolve("bulk");
      for (int i = 0; i + 1 < args.length; i += 2) {
        String value = args[i + 1];
        switch (args[i]) {
          case "--db" -> databases = Arrays.stream(value.split(","))
              .map(name -> EmbeddedDatabase.valueOf(name.trim().toUpperCase(java.util.Locale.ROOT)))
              .collect(Collectors.toList());
          case "--sizes" -> sizes = Arrays.stream(value.split(",")).map(s -> Integer.parseInt(s.trim()))
              .collect(Collectors.toList());
          case "--rounds" -> rounds = Integer.parseInt(value);
          case "--among" -> among = Integer.parseInt(value);
          case "--work" -> work = Path.of(value);
          default -> throw new IllegalArgumentException("Unknown option " + args[i]);
        }
      }
      return new Options(databases, sizes, rounds, among, work);
    }
  }

  /** Plain SQL for the harness's own setup; the measured calls are the repository's. */
  static void execute(Connection connection, String sql) throws Exception {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  static List<User> users(int count, String prefix) {
    return IntStream.range(0, count)
        .mapToObj(i -> new User(null, prefix + i + "@example.com", "User " + i, null))
        .collect(Collectors.toList());
  }

  static void recreate(EmbeddedDatabase database, Connection connection) throws Exception {
    execute(connection, "DROP TABLE IF EXISTS users");
    for (String ddl : UserSchema.createStatements(database.dialect())) {
      execute(connection, ddl);
    }
  }

  static Instant cutoff() {
    return CUTOFF;
  }
}
