package dev.softdelete.benchmarks.compare;

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
 * Reads on the {@link Users} table of 10,000 rows, every tenth dead: findById and findByEmail (the unique
 * key) of a random live row, a page of {@value Users#PAGE} live rows after a random live id, countAlive.
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
public class ReadBenchmarks {
  // findById
  @Benchmark
  public Optional<User> findById_a_handJdbc(Users u) {
    return u.hand.findById(u.samples.id());
  }

  @Benchmark
  public Optional<User> findById_b_generatedAttached(Users u) {
    return u.attached.findById(u.samples.id());
  }

  @Benchmark
  public Optional<User> findById_c_generatedOnDemand(Users u) {
    return u.onDemand.findById(u.samples.id());
  }

  @Benchmark
  public Optional<User> findById_d_jdbiFluent(Users u) {
    return u.fluent.findById(u.samples.id());
  }

  @Benchmark
  public Optional<User> findById_e_jdbiSqlObject(Users u) {
    return u.sqlObject.findById(u.samples.id());
  }

  @Benchmark
  public Optional<User> findById_f_hibernate(Users u, HibernateSide h) {
    return h.hibernate.findById(h.samples.id());
  }

  // findByEmail
  @Benchmark
  public Optional<User> findByEmail_a_handJdbc(Users u) {
    return u.hand.findByEmail(u.samples.email());
  }

  @Benchmark
  public Optional<User> findByEmail_b_generatedAttached(Users u) {
    return u.attached.findByEmail(u.samples.email());
  }

  @Benchmark
  public Optional<User> findByEmail_c_generatedOnDemand(Users u) {
    return u.onDemand.findByEmail(u.samples.email());
  }

  @Benchmark
  public Optional<User> findByEmail_d_jdbiFluent(Users u) {
    return u.fluent.findByEmail(u.samples.email());
  }

  @Benchmark
  public Optional<User> findByEmail_e_jdbiSqlObject(Users u) {
    return u.sqlObject.findByEmail(u.samples.email());
  }

  @Benchmark
  public Optional<User> findByEmail_f_hibernate(Users u, HibernateSide h) {
    return h.hibernate.findByEmail(h.samples.email());
  }

  // page
  @Benchmark
  public List<User> page_a_handJdbc(Users u) {
    return u.hand.page(u.samples.pageStart(), Users.PAGE);
  }

  @Benchmark
  public List<User> page_b_generatedAttached(Users u) {
    return u.attached.page(u.samples.pageStart(), Users.PAGE);
  }

  @Benchmark
  public List<User> page_c_generatedOnDemand(Users u) {
    return u.onDemand.page(u.samples.pageStart(), Users.PAGE);
  }

  @Benchmark
  public List<User> page_d_jdbiFluent(Users u) {
    return u.fluent.page(u.samples.pageStart(), Users.PAGE);
  }

  @Benchmark
  public List<User> page_e_jdbiSqlObject(Users u) {
    return u.sqlObject.page(u.samples.pageStart(), Users.PAGE);
  }

  @Benchmark
  public List<User> page_f_hibernate(Users u, HibernateSide h) {
    return h.hibernate.page(h.samples.pageStart(), Users.PAGE);
  }

  // countAlive
  @Benchmark
  public long countAlive_a_handJdbc(Users u) {
    return u.hand.countAlive();
  }

  @Benchmark
  public long countAlive_b_generatedAttached(Users u) {
    return u.attached.countAlive();
  }

  @Benchmark
  public long countAlive_c_generatedOnDemand(Users u) {
    return u.onDemand.countAlive();
  }

  @Benchmark
  public long countAlive_d_jdbiFluent(Users u) {
    return u.fluent.countAlive();
  }

  @Benchmark
  public long countAlive_e_jdbiSqlObject(Users u) {
    return u.sqlObject.countAlive();
  }

  @Benchmark
  public long countAlive_f_hibernate(Users u, HibernateSide h) {
    return h.hibernate.countAlive();
  }
}
