package dev.softdelete.benchmarks;

import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * findById of a random live row, by each contender, on the same open connection. Every method returns
 * the {@code Optional<User>} so that JMH consumes it.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class FindByIdBenchmark {
  /** Calls per jdbi.useHandle callback in {@link #c2_generatedOnDemandInsideCallback}. */
  static final int CALLS_PER_CALLBACK = 100;

  /** (a) The floor: prepareStatement, setLong, executeQuery, map by hand. */
  @Benchmark
  public Optional<User> a_handJdbc(Fixture f) {
    return f.hand.findById(f.liveId());
  }

  /** (b) The generated repository attached to the trial's handle once (handle.attach). */
  @Benchmark
  public Optional<User> b1_generatedAttached(Fixture f) {
    return f.attached.findById(f.liveId());
  }

  /** (b') handle.attach(UserRepository.class) on every call: the cost of attaching, for context. */
  @Benchmark
  public Optional<User> b2_generatedAttachPerCall(Fixture f) {
    return f.handle.attach(UserRepository.class).findById(f.liveId());
  }

  /**
   * (c1) new JdbiUserRepository(jdbi) called outside any Jdbi callback: what an on-demand call does
   * outside a transaction. Each call opens a Jdbi handle (the connection itself is reused, as from a
   * free pool) and closes it.
   */
  @Benchmark
  public Optional<User> c1_generatedOnDemandNewHandle(Fixture f) {
    return f.onDemand.findById(f.liveId());
  }

  /**
   * (c2) new JdbiUserRepository(jdbi) called inside jdbi.useHandle: each call finds the thread's
   * handle. A JMH invocation cannot stay inside one callback, so an invocation is one callback of
   * {@value #CALLS_PER_CALLBACK} calls and the score is per call; one handle open per 100 calls is
   * included.
   */
  @Benchmark
  @OperationsPerInvocation(CALLS_PER_CALLBACK)
  public void c2_generatedOnDemandInsideCallback(Fixture f, Blackhole bh) {
    f.jdbi.useHandle(
        h -> {
          for (int i = 0; i < CALLS_PER_CALLBACK; i++) {
            bh.consume(f.onDemand.findById(f.liveId()));
          }
        });
  }

  /** (d) Jdbi fluent API with a hand-written RowMapper, on the trial's handle. */
  @Benchmark
  public Optional<User> d_jdbiFluentHandMapper(Fixture f) {
    return f.handle
        .createQuery(HandWrittenUsers.FIND_BY_ID)
        .bind(0, f.liveId())
        .map(f.handMapper)
        .findOne();
  }

  /** (e) Jdbi SqlObject with @RegisterConstructorMapper, attached to the trial's handle once. */
  @Benchmark
  public Optional<User> e_jdbiSqlObjectConstructorMapper(Fixture f) {
    return f.sqlObject.findById(f.liveId());
  }
}
