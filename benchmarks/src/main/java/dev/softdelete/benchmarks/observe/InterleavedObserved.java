package dev.softdelete.benchmarks.observe;

import dev.softdelete.benchmarks.db.Database;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The contenders of {@link ObservedReads} in one JVM, in rounds of 0.5 s blocks, one block per
 * contender per round in a rotating order, after warm-up; prints for each contender the median of its
 * per-round ratio to hand-written JDBC. On a shared, loaded machine JMH's forks see different load, and
 * the errors of a short run swamp a few percent; here a load spike hits the blocks of one round alike,
 * and the ratio of each round is taken before the median. Not a JMH benchmark.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar dev.softdelete.benchmarks.observe.InterleavedObserved h2|postgresql [rounds]</pre>
 */
public final class InterleavedObserved {
  private static final long BLOCK_NANOS = 500_000_000L;
  private static final int WARM_UP_ROUNDS = 6;

  private static volatile Object sink;

  private InterleavedObserved() {}

  public static void main(String[] args) throws Exception {
    Database db = Database.valueOf(args[0].toUpperCase(Locale.ROOT));
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 21;
    ObservedUsers u = new ObservedUsers();
    u.db = db;
    u.setUp();
    try {
      Map<String, Runnable> contenders = new LinkedHashMap<>();
      contenders.put("a hand-written JDBC", () -> sink = u.hand.findById(u.samples.id()));
      contenders.put("b generated, AUTO, nothing configured", () -> sink = u.auto.findById(u.samples.id()));
      contenders.put("b2 generated, JDBC (no check)", () -> sink = u.jdbcOnly.findById(u.samples.id()));
      contenders.put("c generated, SqlLogger (Jdbi pipeline)", () -> sink = u.logged.findById(u.samples.id()));
      contenders.put("e Jdbi SqlObject", () -> sink = u.sqlObject.findById(u.samples.id()));
      contenders.put("e2 Jdbi SqlObject, SqlLogger", () -> sink = u.sqlObjectLogged.findById(u.samples.id()));
      List<String> names = new ArrayList<>(contenders.keySet());
      Map<String, List<Double>> micros = new LinkedHashMap<>();
      Map<String, List<Double>> ratios = new LinkedHashMap<>();
      names.forEach(n -> {
        micros.put(n, new ArrayList<>());
        ratios.put(n, new ArrayList<>());
      });
      for (int round = 0; round < WARM_UP_ROUNDS + rounds; round++) {
        double[] perOp = new double[names.size()];
        for (int k = 0; k < names.size(); k++) {
          // Rotate the order, so no contender always runs first or after the same one.
          int i = (k + round) % names.size();
          perOp[i] = block(contenders.get(names.get(i)));
        }
        if (round < WARM_UP_ROUNDS) {
          continue;
        }
        for (int i = 0; i < names.size(); i++) {
          micros.get(names.get(i)).add(perOp[i]);
          ratios.get(names.get(i)).add(perOp[i] / perOp[0]);
        }
      }
      System.out.printf("%s, %d rounds of %d ms blocks: contender | µs/op median [min..max] | ratio to (a) per"
          + " round, median [min..max]%n", db, rounds, BLOCK_NANOS / 1_000_000);
      for (String name : names) {
        System.out.printf("%s | %s | %s%n", name, spread(micros.get(name), "%.2f"), spread(ratios.get(name), "%.3f"));
      }
    } finally {
      u.tearDown();
    }
    System.exit(0);
  }

  /** Runs the operation for about half a second; returns µs per operation. */
  private static double block(Runnable operation) {
    long start = System.nanoTime();
    long count = 0;
    long now;
    do {
      for (int i = 0; i < 20; i++) {
        operation.run();
      }
      count += 20;
      now = System.nanoTime();
    } while (now - start < BLOCK_NANOS);
    return (now - start) / 1000.0 / count;
  }

  private static String spread(List<Double> values, String format) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return String.format(Locale.ROOT, format + " [" + format + ".." + format + "]",
        sorted.get(sorted.size() / 2), sorted.get(0), sorted.get(sorted.size() - 1));
  }
}
