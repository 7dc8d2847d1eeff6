package dev.softdelete.benchmarks.queries;

import dev.softdelete.Limit;
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
 * The queries users write (issue 8) against the same SQL in hand-written JDBC, on the {@link Blog}:
 * a derived finder, an author's {@value Blog#NEWEST} newest live articles ({@code
 * findByAuthorIdOrderByPublishedAtDesc(authorId, Limit.of(20))}, about {@value Blog#PER_AUTHOR}
 * articles per author, 90 % live), and the {@code @Query} finder, the live articles of a live
 * author found by email through a join (about 90 rows).
 *
 * <p>Methods are named {@code <operation>_<letter>_<implementation>} as in {@code compare/}: (a)
 * hand-written JDBC, the limit; (b) the generated repository attached to the handle. The target is
 * (b) within 1.3x of (a) for the derived finder.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class QueryBenchmarks {
  private static final Limit NEWEST = Limit.of(Blog.NEWEST);

  @Benchmark
  public List<Article> derivedFinder_a_handJdbc(Blog b) {
    return b.hand.newestOfAuthor(b.authorId(), Blog.NEWEST);
  }

  @Benchmark
  public List<Article> derivedFinder_b_generatedAttached(Blog b) {
    return b.generated.findByAuthorIdOrderByPublishedAtDesc(b.authorId(), NEWEST);
  }

  @Benchmark
  public List<Article> queryFinder_a_handJdbc(Blog b) {
    return b.hand.liveArticlesOfLiveAuthor(b.liveEmail());
  }

  @Benchmark
  public List<Article> queryFinder_b_generatedAttached(Blog b) {
    return b.generated.liveArticlesOfLiveAuthor(b.liveEmail());
  }
}
