package dev.softdelete.benchmarks.queries;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A derived In at three sizes (issue 8: 70,000 values must finish in seconds; issue 11: a query
 * that can touch many rows is measured at three sizes or more, with its growth): {@code
 * countByIdIn} of 1,000, 10,000 and 70,000 random article ids among the {@link Blog}'s 100,000 (90
 * % live), against hand-written JDBC sending the same list the fastest way found ({@link
 * HandQueries#countByIdIn}).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class InListBenchmark {
  @Benchmark
  public long countByIdIn_a_handJdbc(Blog b, InValues in) {
    return b.hand.countByIdIn(in.next());
  }

  @Benchmark
  public long countByIdIn_b_generatedAttached(Blog b, InValues in) {
    return b.generated.countByIdIn(in.next());
  }
}
