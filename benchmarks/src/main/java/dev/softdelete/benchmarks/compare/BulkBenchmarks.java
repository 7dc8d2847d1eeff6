package dev.softdelete.benchmarks.compare;

import dev.softdelete.benchmarks.db.Seed;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Bulk writes: insertAll of {@value Users#BULK} rows, softDeleteAll of {@value Users#BULK} live rows
 * (both prepared and cleaned up by {@link Batch} outside the measurement), and purgeDeletedBefore of
 * {@link Purgeable#purgeRows} dead rows. Each invocation takes milliseconds.
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
public class BulkBenchmarks {
  // insertAll of Users.BULK new rows, in one transaction
  @Benchmark
  public int insertAll_a_handJdbc(Users u, Batch b) {
    return u.hand.insertAll(b.newUsers);
  }

  @Benchmark
  public int insertAll_b_generatedAttached(Users u, Batch b) {
    return u.attached.insertAll(b.newUsers);
  }

  @Benchmark
  public int insertAll_c_generatedOnDemand(Users u, Batch b) {
    return u.onDemand.insertAll(b.newUsers);
  }

  @Benchmark
  public int insertAll_d_jdbiFluent(Users u, Batch b) {
    return u.fluent.insertAll(b.newUsers);
  }

  @Benchmark
  public int insertAll_e_jdbiSqlObject(Users u, Batch b) {
    return u.sqlObject.insertAll(b.newUsers);
  }

  @Benchmark
  public int insertAll_f_hibernate(Users u, HibernateSide h, Batch b) {
    return h.hibernate.insertAll(b.newUsers);
  }

  // softDeleteAll of Users.BULK live rows
  @Benchmark
  public int softDeleteAll_a_handJdbc(Users u, Batch b) {
    return u.hand.softDeleteAll(b.liveIds);
  }

  @Benchmark
  public int softDeleteAll_b_generatedAttached(Users u, Batch b) {
    return u.attached.softDeleteAll(b.liveIds);
  }

  @Benchmark
  public int softDeleteAll_c_generatedOnDemand(Users u, Batch b) {
    return u.onDemand.softDeleteAll(b.liveIds);
  }

  @Benchmark
  public int softDeleteAll_d_jdbiFluent(Users u, Batch b) {
    return u.fluent.softDeleteAll(b.liveIds);
  }

  @Benchmark
  public int softDeleteAll_e_jdbiSqlObject(Users u, Batch b) {
    return u.sqlObject.softDeleteAll(b.liveIds);
  }

  @Benchmark
  public int softDeleteAll_f_hibernate(Users u, HibernateSide h, Batch b) {
    return h.hibernate.softDeleteAll(b.liveIds);
  }

  // purge of Purgeable.purgeRows dead rows: one purge per iteration, timed once (f: not offered)
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public int purge_a_handJdbc(Users u, Purgeable p) {
    p.purged = u.hand.purgeDeletedBefore(Seed.PURGE_CUTOFF);
    return p.purged;
  }

  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public int purge_b_generatedAttached(Users u, Purgeable p) {
    p.purged = u.attached.purgeDeletedBefore(Seed.PURGE_CUTOFF);
    return p.purged;
  }

  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public int purge_c_generatedOnDemand(Users u, Purgeable p) {
    p.purged = u.onDemand.purgeDeletedBefore(Seed.PURGE_CUTOFF);
    return p.purged;
  }

  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public int purge_d_jdbiFluent(Users u, Purgeable p) {
    p.purged = u.fluent.purgeDeletedBefore(Seed.PURGE_CUTOFF);
    return p.purged;
  }

  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public int purge_e_jdbiSqlObject(Users u, Purgeable p) {
    p.purged = u.sqlObject.purgeDeletedBefore(Seed.PURGE_CUTOFF);
    return p.purged;
  }
}
