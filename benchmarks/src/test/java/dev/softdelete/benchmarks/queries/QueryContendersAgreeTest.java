package dev.softdelete.benchmarks.queries;

import static org.assertj.core.api.Assertions.assertThat;

import dev.softdelete.Limit;
import dev.softdelete.benchmarks.db.Database;
import java.lang.reflect.Field;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The query benchmarks compare like with like, on each database: the hand-written finders run the
 * generated SQL, both sides return the same rows, and the hand-written In counts what the generated
 * one counts, at every size the benchmark uses. No timings here.
 */
class QueryContendersAgreeTest {

  @ParameterizedTest
  @EnumSource(Database.class)
  void handWrittenFindersRunTheGeneratedSql(Database db) throws Exception {
    assertThat(HandQueries.NEWEST_OF_AUTHOR)
        .isEqualTo(generated(db, "findByAuthorIdOrderByPublishedAtDesc"));
    assertThat(HandQueries.LIVE_ARTICLES_OF_LIVE_AUTHOR)
        .isEqualTo(generated(db, "liveArticlesOfLiveAuthor"));
    if (db == Database.POSTGRESQL) {
      assertThat(HandQueries.COUNT_BY_ID_IN).isEqualTo(generated(db, "countByIdIn"));
    }
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  void bothSidesReadTheSameRows(Database db) throws Exception {
    Blog b = blog(db);
    try {
      for (int i = 0; i < 20; i++) {
        long author = b.authorId();
        List<Article> newest = b.hand.newestOfAuthor(author, Blog.NEWEST);
        assertThat(newest).hasSize(Blog.NEWEST);
        assertThat(newest).allSatisfy(a -> assertThat(a.deletedAt()).isNull());
        assertThat(newest).allSatisfy(a -> assertThat(a.authorId()).isEqualTo(author));
        assertThat(newest)
            .isSortedAccordingTo(Comparator.comparing(Article::publishedAt).reversed());
        assertThat(b.generated.findByAuthorIdOrderByPublishedAtDesc(author, Limit.of(Blog.NEWEST)))
            .isEqualTo(newest);

        String email = b.liveEmail();
        List<Article> ofAuthor = b.hand.liveArticlesOfLiveAuthor(email);
        assertThat(ofAuthor).hasSize(Blog.PER_AUTHOR * 9 / 10);
        assertThat(b.generated.liveArticlesOfLiveAuthor(email)).isEqualTo(ofAuthor);
      }
      String deadAuthor = Blog.email(10);
      assertThat(b.hand.liveArticlesOfLiveAuthor(deadAuthor)).isEmpty();
      assertThat(b.generated.liveArticlesOfLiveAuthor(deadAuthor)).isEmpty();
    } finally {
      b.tearDown();
    }
  }

  /**
   * The hand-written In at every size the benchmark uses; the generated one at a size every
   * database answers quickly ({@code InListScaleTest} in the integration tests takes it to 70,000).
   */
  @ParameterizedTest
  @EnumSource(Database.class)
  void bothSidesCountTheLiveIdsOfAnInList(Database db) throws Exception {
    Blog b = blog(db);
    try {
      SplittableRandom random = new SplittableRandom(1);
      for (int size : new int[] {1_000, 10_000, 70_000}) {
        List<Long> ids = InValues.draw(random, size);
        assertThat(b.hand.countByIdIn(ids)).as("%d ids", size).isEqualTo(InValues.live(ids));
      }
      List<Long> ids = InValues.draw(random, 50);
      assertThat(b.generated.countByIdIn(ids))
          .isEqualTo(InValues.live(ids))
          .isEqualTo(b.hand.countByIdIn(ids));
    } finally {
      b.tearDown();
    }
  }

  private static Blog blog(Database db) throws Exception {
    Blog b = new Blog();
    b.db = db;
    b.setUp();
    return b;
  }

  /** A statement the repository runs on the database, read from its nested {@code Sql} class. */
  private static String generated(Database db, String statement) throws Exception {
    Class<?> sql = Class.forName(JdbiArticles.class.getName() + "$Sql");
    Field dialect = sql.getDeclaredField(db.dialect().name());
    dialect.setAccessible(true);
    Field field = sql.getDeclaredField(statement);
    field.setAccessible(true);
    return (String) field.get(dialect.get(null));
  }
}
