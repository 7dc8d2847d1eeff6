package dev.softdelete.benchmarks.queries;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The In lists of {@link InListBenchmark}: {@value #LISTS} lists of {@link #values} distinct
 * article ids each, drawn at random (fixed seed) from every article, live or dead, and used in
 * turn. H2 keeps the last 8 statements of a session (QUERY_CACHE_SIZE) and answers one whose text
 * and parameters repeat, with no write since, from its last result: with 8 lists, ids written into
 * the statement were answered in 35 µs at 1,000 ids and 2.6 ms at 70,000, without reading the
 * table.
 */
@State(Scope.Thread)
public class InValues {
  static final int LISTS = 16;

  @Param({"1000", "10000", "70000"})
  public int values;

  private final List<List<Long>> lists = new ArrayList<>();
  private int next;

  @Setup(Level.Trial)
  public void draw() {
    SplittableRandom random = new SplittableRandom(7);
    for (int l = 0; l < LISTS; l++) {
      lists.add(draw(random, values));
    }
  }

  public List<Long> next() {
    return lists.get(next++ & (LISTS - 1));
  }

  /**
   * {@code count} distinct ids of 1 to {@link Blog#ARTICLES}, in random order (a partial shuffle).
   */
  static List<Long> draw(SplittableRandom random, int count) {
    long[] ids = new long[Blog.ARTICLES];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = i + 1;
    }
    List<Long> drawn = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      int j = i + random.nextInt(ids.length - i);
      long id = ids[j];
      ids[j] = ids[i];
      ids[i] = id;
      drawn.add(id);
    }
    return drawn;
  }

  /** How many of the ids are live articles' ids. */
  static long live(List<Long> ids) {
    return ids.stream().filter(id -> !Blog.dead(id)).count();
  }
}
