package dev.softdelete.benchmarks.compare;

import dev.softdelete.benchmarks.User;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Single-row writes in auto-commit mode (Hibernate: a transaction each): soft delete then restore of a
 * random live row, and insert of a new row (removed again after each invocation by {@link Batch}).
 *
 * <p>Methods are named {@code <operation>_<letter>_<implementation>}; {@code results.py} reads that
 * name. Implementations: (a) hand-written JDBC, the limit; (b) the generated repository attached to the
 * handle; (c) the generated repository on demand, a Jdbi handle per call; (d) Jdbi fluent API with a
 * hand-written mapper; (e) Jdbi SqlObject with ConstructorMapper; (f) Hibernate 7 {@code @SoftDelete}.
 * The six methods of an operation differ only in the implementation they call; keep them so.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class WriteBenchmarks {
  // softDelete then restore of a random live row: two statements, the row ends as it began
  @Benchmark
  public boolean softDeleteRestore_a_handJdbc(Users u) {
    return u.hand.softDeleteThenRestore(u.samples.id());
  }

  @Benchmark
  public boolean softDeleteRestore_b_generatedAttached(Users u) {
    return u.attached.softDeleteThenRestore(u.samples.id());
  }

  @Benchmark
  public boolean softDeleteRestore_c_generatedOnDemand(Users u) {
    return u.onDemand.softDeleteThenRestore(u.samples.id());
  }

  @Benchmark
  public boolean softDeleteRestore_d_jdbiFluent(Users u) {
    return u.fluent.softDeleteThenRestore(u.samples.id());
  }

  @Benchmark
  public boolean softDeleteRestore_e_jdbiSqlObject(Users u) {
    return u.sqlObject.softDeleteThenRestore(u.samples.id());
  }

  @Benchmark
  public boolean softDeleteRestore_f_hibernate(Users u, HibernateSide h) {
    return h.hibernate.softDeleteThenRestore(h.samples.id());
  }

  // insert of one live row; an invocation is Batch.INSERTS inserts, the score is per insert
  @Benchmark
  @OperationsPerInvocation(Batch.INSERTS)
  public long insert_a_handJdbc(Users u, Batch b) {
    long last = 0;
    for (User user : b.newUsers) {
      last = u.hand.insert(user);
    }
    return last;
  }

  @Benchmark
  @OperationsPerInvocation(Batch.INSERTS)
  public long insert_b_generatedAttached(Users u, Batch b) {
    long last = 0;
    for (User user : b.newUsers) {
      last = u.attached.insert(user);
    }
    return last;
  }

  @Benchmark
  @OperationsPerInvocation(Batch.INSERTS)
  public long insert_c_generatedOnDemand(Users u, Batch b) {
    long last = 0;
    for (User user : b.newUsers) {
      last = u.onDemand.insert(user);
    }
    return last;
  }

  @Benchmark
  @OperationsPerInvocation(Batch.INSERTS)
  public long insert_d_jdbiFluent(Users u, Batch b) {
    long last = 0;
    for (User user : b.newUsers) {
      last = u.fluent.insert(user);
    }
    return last;
  }

  @Benchmark
  @OperationsPerInvocation(Batch.INSERTS)
  public long insert_e_jdbiSqlObject(Users u, Batch b) {
    long last = 0;
    for (User user : b.newUsers) {
      last = u.sqlObject.insert(user);
    }
    return last;
  }

  @Benchmark
  @OperationsPerInvocation(Batch.INSERTS)
  public long insert_f_hibernate(Users u, HibernateSide h, Batch b) {
    long last = 0;
    for (User user : b.newUsers) {
      last = h.hibernate.insert(user);
    }
    return last;
  }
}
