package dev.softdelete.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A cross-check of the JMH pairs, not a JMH benchmark: both sides of each pair run in the same JVM,
 * in alternating blocks of 0.5 s (after 5 s of warm-up each), and the median of the per-block ratios is
 * printed. Each JMH benchmark runs in its own fork, where the JIT compiles H2 from that fork's profile;
 * forks of the same benchmark differ by up to about 20% on writes. Here both sides share one compiled
 * H2, so only the code under test differs, and load spikes hit both sides of a block pair alike.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar dev.softdelete.benchmarks.Interleaved</pre>
 */
public final class Interleaved {
  private static final long WARM_UP_NANOS = 1_000_000_000L;
  private static final int WARM_UP_BLOCKS = 5;
  private static final long BLOCK_NANOS = 500_000_000L;
  private static final int BLOCKS = 15;

  private static volatile Object sink;

  private Interleaved() {}

  public static void main(String[] args) throws Exception {
    Fixture f = new Fixture();
    f.setUp();
    try {
      HandWrittenUsers hand = f.hand;
      UserRepository repository = f.attached;
      User newUser = new User(null, WriteBenchmark.EMAIL, WriteBenchmark.NAME, null);
      Map<String, Runnable[]> pairs = new LinkedHashMap<>();
      pairs.put("findById", new Runnable[] {
          () -> sink = hand.findById(f.liveId()),
          () -> sink = repository.findById(f.liveId())});
      pairs.put("page of 50", new Runnable[] {
          () -> sink = hand.aliveAfter(f.pageStart(), Fixture.PAGE),
          () -> sink = repository.aliveAfter(f.pageStart(), Fixture.PAGE)});
      pairs.put("update", new Runnable[] {
          () -> sink = hand.update(f.liveUser()),
          () -> sink = repository.update(f.liveUser())});
      pairs.put("lifecycle", new Runnable[] {
          () -> {
            long id = hand.insert(WriteBenchmark.EMAIL, WriteBenchmark.NAME);
            sink = hand.softDelete(id) & hand.hardDelete(id);
          },
          () -> {
            Long id = repository.insert(newUser).id();
            sink = repository.softDelete(id) & repository.hardDelete(id);
          }});
      System.out.println("pair: hand JDBC µs/op median [min..max] | generated µs/op median [min..max]"
          + " | generated/hand per block, median [min..max]");
      for (Map.Entry<String, Runnable[]> pair : pairs.entrySet()) {
        Runnable handSide = pair.getValue()[0];
        Runnable generatedSide = pair.getValue()[1];
        for (int i = 0; i < WARM_UP_BLOCKS; i++) {
          block(handSide, WARM_UP_NANOS);
          block(generatedSide, WARM_UP_NANOS);
        }
        List<Double> hands = new ArrayList<>();
        List<Double> generated = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        for (int i = 0; i < BLOCKS; i++) {
          double h;
          double g;
          if (i % 2 == 0) {
            h = block(handSide, BLOCK_NANOS);
            g = block(generatedSide, BLOCK_NANOS);
          } else {
            g = block(generatedSide, BLOCK_NANOS);
            h = block(handSide, BLOCK_NANOS);
          }
          hands.add(h);
          generated.add(g);
          ratios.add(g / h);
        }
        System.out.printf("%s: %s | %s | %s%n", pair.getKey(), spread(hands, "%.3f"),
            spread(generated, "%.3f"), spread(ratios, "%.3f"));
      }
    } finally {
      f.tearDown();
    }
  }

  /** Runs the operation for about this long; returns µs per operation. */
  private static double block(Runnable operation, long nanos) {
    long start = System.nanoTime();
    long count = 0;
    long now;
    do {
      for (int i = 0; i < 20; i++) {
        operation.run();
      }
      count += 20;
      now = System.nanoTime();
    } while (now - start < nanos);
    return (now - start) / 1000.0 / count;
  }

  private static String spread(List<Double> values, String format) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return String.format(format + " [" + format + ".." + format + "]",
        sorted.get(sorted.size() / 2), sorted.get(0), sorted.get(sorted.size() - 1));
  }
}
