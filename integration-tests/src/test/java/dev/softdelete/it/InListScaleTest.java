package dev.softdelete.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.softdelete.jdbi.SoftDeletePlugin;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Derived {@code In} criteria of {@value #VALUES} values, and counts over {@value #LIVE} live rows,
 * on a table of {@value #ROWS} articles (issue 8: a naive {@code COUNT(*) ... IN (...)} took about
 * 56 s on H2 with most rows live). Each must return the right rows and counts on every database;
 * each call's time is printed (as {@code InListScaleTest <database> <method> of <n> values: <ms>}),
 * never asserted, and the counts are timed at three sizes with their growth exponent, as issue 11
 * asks of every query that can touch many rows.
 *
 * <p>Row {@code i} (0 to 99,999, in id order) is dead iff {@code i % 10} is 0 to 3; the {@value
 * #VALUES} values are the ids (or titles) of the rows whose {@code i % 10} is 0 or 4 to 9: every
 * live row and 10,000 dead ones, interleaved by id, so that the database must tell them apart row
 * by row. Title has no index; id is the primary key.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class InListScaleTest {
  private static final int ROWS = 100_000;
  private static final int LIVE = 60_000;
  private static final int VALUES = 70_000;

  /** Prefixes of the values timed for growth: 6 live rows in every 7 values. */
  private static final int[] SIZES = {7_000, 21_000, VALUES};

  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  private static final Instant FIRST_DELETION = T0.plus(Duration.ofHours(1));
  private static final Instant SECOND_DELETION = T0.plus(Duration.ofHours(2));

  @Parameter TestDatabase database;

  private final MutableClock clock = new MutableClock(T0);
  private Handle handle;
  private ArticlesAtScale articles;

  /** Every article's id, in insertion order (row i). */
  private List<Long> ids;

  private List<Long> valueIds;
  private List<String> valueTitles;
  private List<Long> liveIds;

  @BeforeEach
  void fill() throws SQLException {
    database.recreateTables();
    Connection connection = database.dataSource().getConnection();
    handle = Jdbi.create(() -> connection).installPlugin(new SoftDeletePlugin(clock)).open();
    articles = handle.attach(ArticlesAtScale.class);
    ids =
        articles
            .insertAll(
                IntStream.range(0, ROWS)
                    .mapToObj(
                        i ->
                            new Article(
                                null,
                                i % 1_000,
                                title(i),
                                "published",
                                T0.minus(Duration.ofSeconds(i)),
                                null))
                    .collect(Collectors.toList()))
            .stream()
            .map(Article::id)
            .collect(Collectors.toList());
    valueIds = new ArrayList<>();
    valueTitles = new ArrayList<>();
    liveIds = new ArrayList<>();
    List<Long> dead = new ArrayList<>();
    for (int i = 0; i < ROWS; i++) {
      int slot = i % 10;
      if (slot >= 1 && slot <= 3) {
        dead.add(ids.get(i));
      } else {
        valueIds.add(ids.get(i));
        valueTitles.add(title(i));
        if (slot == 0) {
          dead.add(ids.get(i));
        } else {
          liveIds.add(ids.get(i));
        }
      }
    }
    // The bulk verb, not an In: the table is ready before the first In is asked for.
    clock.set(FIRST_DELETION);
    assertThat(articles.softDeleteAll(dead)).isEqualTo(ROWS - LIVE);
    assertThat(articles.countAlive()).isEqualTo(LIVE);
    analyze();
  }

  @AfterEach
  void close() {
    handle.close();
  }

  @Test
  void findsAndCountsTheLiveRowsAmongSeventyThousandValues() {
    List<Article> found =
        timed("findByIdIn of " + VALUES + " values", () -> articles.findByIdIn(valueIds));
    assertThat(found.stream().map(Article::id).collect(Collectors.toList())).isEqualTo(liveIds);
    assertThat(found).allSatisfy(article -> assertThat(article.deletedAt()).isNull());
    Article first = found.get(0);
    assertThat(first.title()).isEqualTo(title(ids.indexOf(first.id())));

    assertThat(
            timed(
                "countByStatus over " + LIVE + " live rows",
                () -> articles.countByStatus("published")))
        .isEqualTo(LIVE);
    Growth byId = new Growth("countByIdIn");
    Growth byTitle = new Growth("countByTitleIn");
    for (int size : SIZES) {
      long live = size / 7 * 6;
      assertThat(byId.time(size, () -> articles.countByIdIn(valueIds.subList(0, size))))
          .isEqualTo(live);
      assertThat(byTitle.time(size, () -> articles.countByTitleIn(valueTitles.subList(0, size))))
          .isEqualTo(live);
    }
  }

  @Test
  void softDeletesTheLiveRowsAmongSeventyThousandValuesWithoutReStampingTheDeadOnes() {
    clock.set(SECOND_DELETION);
    assertThat(
            timed(
                "softDeleteByIdIn of " + VALUES + " values",
                () -> articles.softDeleteByIdIn(valueIds)))
        .isEqualTo(LIVE);
    assertThat(articles.countAlive()).isZero();

    List<Article> all =
        timed("findAnyByIdIn of " + ROWS + " values", () -> articles.findAnyByIdIn(ids));
    assertThat(all).hasSize(ROWS);
    assertThat(
            all.stream().collect(Collectors.groupingBy(Article::deletedAt, Collectors.counting())))
        .containsOnly(
            Map.entry(FIRST_DELETION, (long) (ROWS - LIVE)),
            Map.entry(SECOND_DELETION, (long) LIVE));
  }

  private static String title(int i) {
    return "Title " + i;
  }

  /** Runs the call, prints its time, and returns its result. */
  private <T> T timed(String what, Supplier<T> call) {
    long start = System.nanoTime();
    T result = call.get();
    print(what, (System.nanoTime() - start) / 1e6, "");
    return result;
  }

  private void print(String what, double millis, String note) {
    System.out.printf(
        Locale.ROOT, "InListScaleTest %s %s: %.1f ms%s%n", database, what, millis, note);
  }

  /**
   * One method timed at growing sizes: each line after the first also prints the growth exponent k
   * in time ~ values^k from the size before (1 is linear, 2 quadratic), as {@code BulkScaling}
   * does.
   */
  private final class Growth {
    private final String method;
    private int size;
    private double millis;

    Growth(String method) {
      this.method = method;
    }

    <T> T time(int values, Supplier<T> call) {
      long start = System.nanoTime();
      T result = call.get();
      double now = (System.nanoTime() - start) / 1e6;
      String growth = "";
      if (size > 0) {
        double k = Math.log(now / millis) / Math.log((double) values / size);
        growth = String.format(Locale.ROOT, ", growth k %.2f", k);
      }
      print(method + " of " + values + " values", now, growth);
      size = values;
      millis = now;
      return result;
    }
  }

  /** Fresh statistics, as a database that has run for a while would have. */
  private void analyze() {
    handle.execute(database == TestDatabase.MARIADB ? "ANALYZE TABLE articles" : "ANALYZE");
  }
}
