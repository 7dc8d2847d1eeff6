package dev.softdelete.benchmarks.relations;

import dev.softdelete.RestoreResult;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 9's cascade against the hand-written JDBC statements that do the same: the soft delete of one
 * parent with its children, and the exact restore of what that delete killed, each verb in one
 * transaction on a connection in auto-commit mode.
 *
 * <ul>
 *   <li>{@code softDelete}, {@code restore}: an album with {@link Albums#children} photos (100, 1,000
 *       as the issue asks, 10,000 to show the growth);
 *   <li>{@code treeSoftDelete}, {@code treeRestore}: a customer with {@value Customers#ORDERS} orders
 *       of {@value Customers#LINES_PER_ORDER} lines each, a cascade two levels deep.
 * </ul>
 *
 * <p>Every call starts from the same state, made before it outside the measurement by the hand-written
 * statements ({@code Level.Invocation}: each call takes hundreds of microseconds or more, so the
 * timestamps JMH takes around it do not matter): all live for a soft delete, all dead under one
 * operation for a restore. Methods are named {@code <operation>_<letter>_<implementation>} as in {@code
 * compare/}: (a) hand-written JDBC, the limit; (b) the generated repository attached to the handle.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class CascadeBenchmarks {
  @Benchmark
  public int softDelete_a_handJdbc(Albums.Live live) throws SQLException {
    return live.tables.hand.softDelete(Albums.ALBUM);
  }

  @Benchmark
  public boolean softDelete_b_generatedAttached(Albums.Live live) {
    return live.tables.generated.softDelete(Albums.ALBUM);
  }

  @Benchmark
  public int restore_a_handJdbc(Albums.Dead dead) throws SQLException {
    return dead.tables.hand.restore(Albums.ALBUM);
  }

  @Benchmark
  public RestoreResult restore_b_generatedAttached(Albums.Dead dead) {
    return dead.tables.generated.restore(Albums.ALBUM);
  }

  @Benchmark
  public int treeSoftDelete_a_handJdbc(Customers.Live live) throws SQLException {
    return live.tables.hand.softDelete(Customers.CUSTOMER);
  }

  @Benchmark
  public boolean treeSoftDelete_b_generatedAttached(Customers.Live live) {
    return live.tables.generated.softDelete(Customers.CUSTOMER);
  }

  @Benchmark
  public int treeRestore_a_handJdbc(Customers.Dead dead) throws SQLException {
    return dead.tables.hand.restore(Customers.CUSTOMER);
  }

  @Benchmark
  public RestoreResult treeRestore_b_generatedAttached(Customers.Dead dead) {
    return dead.tables.generated.restore(Customers.CUSTOMER);
  }
}
