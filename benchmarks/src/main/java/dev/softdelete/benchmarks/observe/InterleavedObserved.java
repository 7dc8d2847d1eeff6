package dev.softdelete.benchmarks.observe;

import dev.softdelete.benchmarks.db.Database;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The contenders of {@link ObservedReads} in one JVM, in rounds of short blocks, one block per
 * contender per round in a rotating order, after warm-up; prints for each contender its time per call
 * and the median of its per-round ratio to hand-written JDBC, both by wall clock and by the calling
 * thread's CPU time. On a shared, loaded machine JMH's forks see different load, and the errors of a
 * short run swamp a few percent; here a load spike hits the blocks of one round alike, the ratio of
 * each round is taken before the median, and CPU time leaves out the time the thread waited for a
 * core. On H2 in memory all the work is the calling thread's; on PostgreSQL the server's share is
 * only in the wall clock, and the CPU time is the client's own cost, which is what the paths change.
 * Not a JMH benchmark.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar dev.softdelete.benchmarks.observe.InterleavedObserved h2|postgresql [rounds] [block ms]</pre>
 */
public final class InterleavedObserved {
  private static final int WARM_UP_ROUNDS = 20;
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static long blockNanos;

  private static volatile Object sink;

  private InterleavedObserved() {}

  public static void main(String[] args) throws Exception {
    Database db = Database.valueOf(args[0].toUpperCase(Locale.ROOT));
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 300;
    blockNanos = (args.length > 2 ? Long.parseLong(args[2]) : 50) * 1_000_000L;
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
      int n = names.size();
      List<List<Double>> wall = new ArrayList<>();
      List<List<Double>> cpu = new ArrayList<>();
      List<List<Double>> wallRatios = new ArrayList<>();
      List<List<Double>> cpuRatios = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        wall.add(new ArrayList<>());
        cpu.add(new ArrayList<>());
        wallRatios.add(new ArrayList<>());
        cpuRatios.add(new ArrayList<>());
      }
      for (int round = 0; round < WARM_UP_ROUNDS + rounds; round++) {
        double[][] perOp = new double[n][];
        for (int k = 0; k < n; k++) {
          // Rotate the order, so no contender always runs first or after the same one.
          int i = (k + round) % n;
          perOp[i] = block(contenders.get(names.get(i)));
        }
        if (round < WARM_UP_ROUNDS) {
          continue;
        }
        for (int i = 0; i < n; i++) {
          wall.get(i).add(perOp[i][0]);
          cpu.get(i).add(perOp[i][1]);
          wallRatios.get(i).add(perOp[i][0] / perOp[0][0]);
          cpuRatios.get(i).add(perOp[i][1] / perOp[0][1]);
        }
      }
      System.out.printf("%s, %d rounds of %d ms blocks, medians [quartiles]%n", db, rounds, blockNanos / 1_000_000);
      System.out.println("contender | wall µs/op | wall ratio to (a) | thread CPU µs/op | CPU ratio to (a)");
      for (int i = 0; i < n; i++) {
        System.out.printf("%s | %s | %s | %s | %s%n", names.get(i), spread(wall.get(i), "%.2f"),
            spread(wallRatios.get(i), "%.3f"), spread(cpu.get(i), "%.2f"), spread(cpuRatios.get(i), "%.3f"));
      }
    } finally {
      u.tearDown();
    }
    System.exit(0);
  }

  /** Runs the operation for about one block; returns wall and thread CPU µs per operation. */
  private static double[] block(Runnable operation) {
    long start = System.nanoTime();
    long cpuStart = THREADS.getCurrentThreadCpuTime();
    long count = 0;
    long now;
    do {
      for (int i = 0; i < 20; i++) {
        operation.run();
      }
      count += 20;
      now = System.nanoTime();
    } while (now - start < blockNanos);
    long cpuNanos = THREADS.getCurrentThreadCpuTime() - cpuStart;
    return new double[] {(now - start) / 1000.0 / count, cpuNanos / 1000.0 / count};
  }

  private static String spread(List<Double> values, String format) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int size = sorted.size();
    return String.format(Locale.ROOT, format + " [" + format + ".." + format + "]",
        sorted.get(size / 2), sorted.get(size / 4), sorted.get(size * 3 / 4));
  }
}
