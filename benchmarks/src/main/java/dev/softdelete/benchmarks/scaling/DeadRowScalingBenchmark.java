package dev.softdelete.benchmarks.scaling;

import dev.softdelete.benchmarks.User;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Live look-ups by the generated repository on tables where 90 % of the rows are dead, at 10,000 and
 * 1,000,000 rows ({@link ScaledUsers}). Target: at a million rows each costs at most 1.5x what it costs
 * at ten thousand, because an index leads straight to live rows. {@link ExplainPlans} prints the plans.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class DeadRowScalingBenchmark {
  @Benchmark
  public Optional<User> byId(ScaledUsers s) {
    return s.repository.findById(s.samples.id());
  }

  @Benchmark
  public Optional<User> byKey(ScaledUsers s) {
    return s.repository.findByEmail(s.samples.email());
  }

  @Benchmark
  public List<User> page(ScaledUsers s) {
    return s.repository.aliveAfter(s.samples.pageStart(), ScaledUsers.PAGE);
  }
}
