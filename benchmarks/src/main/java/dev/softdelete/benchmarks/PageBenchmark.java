package dev.softdelete.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/** A page of 50 live rows after a random live id (keyset pagination), by each contender. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class PageBenchmark {
  /** (a) Hand-written JDBC of the generated SQL, into an ArrayList. */
  @Benchmark
  public List<User> a_handJdbc(Fixture f) {
    return f.hand.aliveAfter(f.pageStart(), Fixture.PAGE);
  }

  /** (b) aliveAfter(afterId, 50) on the generated repository attached to the trial's handle. */
  @Benchmark
  public List<User> b_generatedAttached(Fixture f) {
    return f.attached.aliveAfter(f.pageStart(), Fixture.PAGE);
  }

  /** (d) Jdbi fluent API with the hand-written mapper, same SQL, for context. */
  @Benchmark
  public List<User> d_jdbiFluentHandMapper(Fixture f) {
    return f.handle
        .createQuery(HandWrittenUsers.ALIVE_AFTER)
        .bind(0, f.pageStart())
        .bind(1, Fixture.PAGE)
        .map(f.handMapper)
        .list();
  }
}
