package dev.softdelete.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Writes, in auto-commit mode on the trial's connection, by hand-written JDBC and by the generated
 * repository attached to the handle. Both leave the table as they found it, so that every invocation
 * sees the same table size:
 *
 * <ul>
 *   <li>{@code update}: one UPDATE by id of a random live row, with the values it already holds
 *       (idempotent; H2 still rewrites the row and its index entries);
 *   <li>{@code lifecycle}: INSERT with a generated id, soft delete (UPDATE stamping deleted-at), then
 *       DELETE of that row: three statements, three commits; the score is for all three.
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class WriteBenchmark {
  static final String EMAIL = "writer@example.com";
  static final String NAME = "Writer";
  private static final User NEW_USER = new User(null, EMAIL, NAME, null);

  @Benchmark
  public boolean update_a_handJdbc(Fixture f) {
    return f.hand.update(f.liveUser());
  }

  @Benchmark
  public boolean update_b_generatedAttached(Fixture f) {
    return f.attached.update(f.liveUser());
  }

  @Benchmark
  public boolean lifecycle_a_handJdbc(Fixture f) {
    long id = f.hand.insert(EMAIL, NAME);
    return f.hand.softDelete(id) & f.hand.hardDelete(id);
  }

  @Benchmark
  public boolean lifecycle_b_generatedAttached(Fixture f) {
    Long id = f.attached.insert(NEW_USER).id();
    return f.attached.softDelete(id) & f.attached.hardDelete(id);
  }
}
