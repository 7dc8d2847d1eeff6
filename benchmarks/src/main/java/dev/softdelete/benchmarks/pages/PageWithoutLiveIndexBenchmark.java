package dev.softdelete.benchmarks.pages;

import dev.softdelete.benchmarks.User;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A page of {@value PagedUsers#PAGE} live rows after a random live id, on a schema with and without the
 * {@code (live, id)} index ({@link PagedUsers#liveIndex}): the generated {@code aliveAfter} ({@code ORDER
 * BY live, id}, which that index serves) against the same query written {@code ORDER BY id}, which the
 * primary key serves.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class PageWithoutLiveIndexBenchmark {
  /** The generated query's shape, ordered by id alone. */
  public static final String ORDER_BY_ID = "SELECT id, email, name, deleted_at FROM users"
      + " WHERE live = TRUE AND id > ? ORDER BY id FETCH FIRST ? ROWS ONLY";

  @Benchmark
  public List<User> generatedOrderByLiveId(PagedUsers p) {
    return p.repository.aliveAfter(p.samples.pageStart(), PagedUsers.PAGE);
  }

  @Benchmark
  public List<User> handOrderById(PagedUsers p) {
    return p.hand.page(ORDER_BY_ID, p.samples.pageStart(), PagedUsers.PAGE);
  }
}
