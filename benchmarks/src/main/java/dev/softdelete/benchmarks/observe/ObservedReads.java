package dev.softdelete.benchmarks.observe;

import dev.softdelete.benchmarks.User;
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
 * findById of a random live row (issue 10): what a SqlLogger costs, and what AUTO's check costs when
 * nothing is configured. (a) hand-written JDBC, the floor; (b) the generated repository in AUTO with
 * nothing configured (plain JDBC after the check); (b2) the same set to JDBC (no check); (c) the
 * generated repository with a SqlLogger (Jdbi's pipeline); (e) Jdbi SqlObject; (e2) SqlObject with the
 * same SqlLogger. Every contender on the same connection and table; names as {@code results.py} reads
 * them.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ObservedReads {
  @Benchmark
  public Optional<User> findById_a_handJdbc(ObservedUsers u) {
    return u.hand.findById(u.samples.id());
  }

  @Benchmark
  public Optional<User> findById_b_generatedAuto(ObservedUsers u) {
    return u.auto.findById(u.samples.id());
  }

  @Benchmark
  public Optional<User> findById_b2_generatedJdbc(ObservedUsers u) {
    return u.jdbcOnly.findById(u.samples.id());
  }

  @Benchmark
  public Optional<User> findById_c_generatedLogged(ObservedUsers u) {
    return u.logged.findById(u.samples.id());
  }

  @Benchmark
  public Optional<User> findById_e_jdbiSqlObject(ObservedUsers u) {
    return u.sqlObject.findById(u.samples.id());
  }

  @Benchmark
  public Optional<User> findById_e2_sqlObjectLogged(ObservedUsers u) {
    return u.sqlObjectLogged.findById(u.samples.id());
  }
}
