package dev.softdelete.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.softdelete.Limit;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The derived methods of the blog example's {@link Articles}, on every database, attached and on
 * demand: every verb and scope, orders, limits, projections and streams, and the seed's story.
 */
class ArticlesTest extends DatabaseTest {
  private Articles articles;
  private long ann;
  private long bob;

  @BeforeEach
  void repository() {
    articles = repository(Articles.class);
    AuthorRepository authors = repository(AuthorRepository.class);
    ann = authors.insert(new Author(null, "ann@example.com", "Ann")).id();
    bob = authors.insert(new Author(null, "bob@example.com", "Bob")).id();
  }

  private Article publish(long author, String title, String status, int day) {
    return articles.insert(
        new Article(null, author, title, status, T0.plus(Duration.ofDays(day)), null));
  }

  private static List<String> titles(List<Article> rows) {
    return rows.stream().map(Article::title).collect(Collectors.toList());
  }

  @Test
  void theSeedsStoryListsSoftDeletesCountsAndRestoresAnAuthorsArticles() {
    publish(ann, "One", "published", 1);
    publish(ann, "Two", "published", 2);
    publish(ann, "Three", "draft", 3);
    Article bobs = publish(bob, "Bob's", "published", 4);

    assertThat(titles(articles.findByAuthorIdOrderByPublishedAtDesc(ann))).containsExactly("Three", "Two", "One");
    assertThat(articles.countByAuthorId(ann)).isEqualTo(3);

    clock.advance(Duration.ofHours(1));
    assertThat(articles.softDeleteByAuthorId(ann)).isEqualTo(3);

    assertThat(articles.findByAuthorIdOrderByPublishedAtDesc(ann)).isEmpty();
    assertThat(articles.countByAuthorId(ann)).isZero();
    assertThat(articles.countDeadByAuthorId(ann)).isEqualTo(3);
    assertThat(articles.findDeadByAuthorId(ann))
        .allSatisfy(a -> assertThat(a.deletedAt()).isEqualTo(T0.plus(Duration.ofHours(1))));
    assertThat(articles.findByAuthorIdOrderByPublishedAtDesc(bob)).containsExactly(bobs);

    assertThat(articles.restoreByAuthorId(ann)).isEqualTo(3);
    assertThat(titles(articles.findByAuthorIdOrderByPublishedAtDesc(ann))).containsExactly("Three", "Two", "One");
    assertThat(articles.findByAuthorIdOrderByPublishedAtDesc(ann)).allSatisfy(a -> assertThat(a.deletedAt()).isNull());
    assertThat(articles.countDeadByAuthorId(ann)).isZero();
  }

  @Test
  void softDeleteByNeverReStampsADeadRow() {
    Article one = publish(ann, "One", "published", 1);
    publish(ann, "Two", "published", 2);
    articles.softDelete(one.id());
    Instant first = articles.findAnyById(one.id()).orElseThrow().deletedAt();

    clock.advance(Duration.ofDays(1));
    assertThat(articles.softDeleteByAuthorId(ann)).isEqualTo(1);

    assertThat(articles.findAnyById(one.id()).orElseThrow().deletedAt()).isEqualTo(first);
    assertThat(articles.softDeleteByAuthorId(ann)).isZero();
  }

  @Test
  void scopesSeeLiveDeadOrAnyRows() {
    Article live = publish(ann, "Live", "published", 1);
    Article dead = publish(ann, "Dead", "published", 2);
    articles.softDelete(dead.id());
    Article deadNow = articles.findAnyById(dead.id()).orElseThrow();

    assertThat(articles.findByAuthorIdOrderByPublishedAtDesc(ann)).containsExactly(live);
    assertThat(articles.findDeadByAuthorId(ann)).containsExactly(deadNow);
    assertThat(articles.findAnyByAuthorId(ann)).containsExactly(live, deadNow);
    assertThat(articles.countByAuthorId(ann)).isEqualTo(1);
    assertThat(articles.countDeadByAuthorId(ann)).isEqualTo(1);
    assertThat(articles.countAnyByAuthorId(ann)).isEqualTo(2);
    assertThat(articles.existsByAuthorIdAndTitle(ann, "Live")).isTrue();
    assertThat(articles.existsByAuthorIdAndTitle(ann, "Dead")).isFalse();
    assertThat(articles.existsDeadByAuthorId(ann)).isTrue();
    assertThat(articles.existsDeadByAuthorId(bob)).isFalse();
    assertThat(articles.existsAnyByTitle("Dead")).isTrue();
    assertThat(articles.existsAnyByTitle("None")).isFalse();
  }

  @Test
  void hardDeleteByDeletesRowsInAnyStateAndHardDeleteDeadOnlyDeadOnes() {
    Article oldDraft = publish(ann, "Old draft", "draft", 1);
    Article deadOldDraft = publish(ann, "Dead old draft", "draft", 2);
    Article newDraft = publish(ann, "New draft", "draft", 30);
    Article oldPost = publish(ann, "Old post", "published", 1);
    articles.softDelete(deadOldDraft.id());

    assertThat(articles.hardDeleteByStatusAndPublishedAtBefore("draft", T0.plus(Duration.ofDays(10)))).isEqualTo(2);

    assertThat(articles.findAnyById(oldDraft.id())).isEmpty();
    assertThat(articles.findAnyById(deadOldDraft.id())).isEmpty();
    assertThat(articles.findAnyById(newDraft.id())).isPresent();
    assertThat(articles.findAnyById(oldPost.id())).isPresent();

    articles.softDelete(newDraft.id());
    assertThat(articles.hardDeleteDeadByAuthorId(ann)).isEqualTo(1);
    assertThat(articles.findAnyById(newDraft.id())).isEmpty();
    assertThat(articles.findAnyById(oldPost.id())).isPresent();
  }

  @Test
  void orCriteriaAreScopedAsAWholeAndNeverReturnADeadRow() {
    Article annLive = publish(ann, "A", "draft", 1);
    Article annDead = publish(ann, "B", "draft", 2);
    Article bobLivePublished = publish(bob, "C", "published", 3);
    Article bobDeadPublished = publish(bob, "D", "published", 4);
    publish(bob, "E", "draft", 5);
    articles.softDelete(annDead.id());
    articles.softDelete(bobDeadPublished.id());

    assertThat(articles.findByAuthorIdOrStatus(ann, "published")).containsExactly(annLive, bobLivePublished);
    // (authorId = ann AND status = published) OR title = E
    assertThat(titles(articles.findByAuthorIdAndStatusOrTitle(ann, "draft", "E"))).containsExactly("A", "E");
    assertThat(titles(articles.findByAuthorIdAndStatusOrTitle(bob, "published", "B"))).containsExactly("C");
  }

  @Test
  void ordersByTheNamedComponentsThenById() {
    publish(bob, "b1", "published", 1);
    publish(ann, "a2", "published", 2);
    publish(ann, "a1", "published", 1);
    publish(bob, "b2", "published", 2);
    publish(ann, "x", "draft", 0);

    List<Article> rows = articles.findByStatusOrderByAuthorIdDescPublishedAt("published");

    assertThat(titles(rows)).containsExactly("b1", "b2", "a1", "a2");
  }

  @Test
  void limitSkipsAnOffsetThenReturnsAtMostMax() {
    for (int day = 1; day <= 5; day++) {
      publish(ann, "day " + day, "published", day);
    }

    assertThat(titles(articles.findByAuthorIdOrderByPublishedAtDesc(ann, Limit.of(2)))).containsExactly("day 5", "day 4");
    assertThat(titles(articles.findByAuthorIdOrderByPublishedAtDesc(ann, Limit.range(2, 2))))
        .containsExactly("day 3", "day 2");
    assertThat(titles(articles.findByAuthorIdOrderByPublishedAtDesc(ann, Limit.range(4, 10)))).containsExactly("day 1");
    assertThat(articles.findByAuthorIdOrderByPublishedAtDesc(ann, Limit.range(5, 10))).isEmpty();
    assertThat(articles.findByAuthorIdOrderByPublishedAtDesc(ann, Limit.of(0))).isEmpty();
  }

  @Test
  void keysetPagingWalksEveryLiveRowOnce() {
    List<Long> ids = LongStream.range(0, 7).mapToObj(i -> publish(ann, "t" + i, "published", 1).id()).toList();
    articles.softDelete(ids.get(3));

    List<Long> seen = new java.util.ArrayList<>();
    long after = 0;
    for (List<Article> page; !(page = articles.findByIdGreaterThanOrderById(after, Limit.of(2))).isEmpty(); ) {
      page.forEach(a -> seen.add(a.id()));
      after = page.get(page.size() - 1).id();
    }

    assertThat(seen).containsExactlyElementsOf(ids.stream().filter(id -> !id.equals(ids.get(3))).toList());
  }

  @Test
  void firstReturnsTheFirstRowOrTheFirstN() {
    publish(ann, "old", "published", 1);
    publish(ann, "new", "published", 9);
    publish(bob, "mid", "published", 5);
    publish(bob, "draft", "draft", 0);

    assertThat(articles.findFirstByAuthorIdOrderByPublishedAtDesc(ann).map(Article::title)).contains("new");
    assertThat(articles.findFirstByAuthorIdOrderByPublishedAtDesc(4242L)).isEmpty();
    assertThat(titles(articles.findFirst2ByStatusOrderByPublishedAt("published"))).containsExactly("old", "mid");
  }

  @Test
  void optionalByIdFindsOnlyALiveRow() {
    Article one = publish(ann, "One", "published", 1);

    assertThat(articles.findByIdAndStatus(one.id(), "published")).contains(one);
    assertThat(articles.findByIdAndStatus(one.id(), "draft")).isEmpty();
    articles.softDelete(one.id());
    assertThat(articles.findByIdAndStatus(one.id(), "published")).isEmpty();
  }

  @Test
  void projectionsReadOnlyTheirColumns() {
    Article one = publish(ann, "One", "published", 1);
    Article two = publish(bob, "Two", "published", 2);
    articles.softDelete(publish(ann, "Gone", "published", 3).id());

    assertThat(articles.findByStatus("published"))
        .containsExactly(new Articles.Title(one.id(), "One"), new Articles.Title(two.id(), "Two"));
  }

  @Test
  void streamsReadRowsLazilyAndCloseWithTheStream() {
    publish(ann, "One", "draft", 1);
    Article gone = publish(bob, "Two", "draft", 2);
    articles.softDelete(gone.id());

    try (Stream<Article> rows = articles.findAnyByStatus("draft")) {
      assertThat(rows.map(Article::title)).containsExactly("One", "Two");
    }
    // A stream closed without being read gives its handle back.
    for (int i = 0; i < 50; i++) {
      articles.findAnyByStatus("draft").close();
    }
    assertThat(articles.countAnyByAuthorId(ann)).isEqualTo(1);
  }

  @Test
  void streamsInsideATransactionSeeItsUncommittedRows() {
    jdbi.useTransaction(
        h -> {
          Articles inTx = h.attach(Articles.class);
          inTx.insert(new Article(null, ann, "uncommitted", "draft", T0, null));
          try (Stream<Article> rows = jdbi.onDemand(Articles.class).findAnyByStatus("draft")) {
            assertThat(rows.map(Article::title)).containsExactly("uncommitted");
          }
          h.rollback();
        });
    assertThat(articles.existsAnyByTitle("uncommitted")).isFalse();
  }

  @Test
  void nullArgumentsAreRefusedByName() {
    assertThatThrownBy(() -> articles.findByStatus(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("status");
    assertThatThrownBy(() -> articles.findByAuthorIdOrderByPublishedAtDesc(ann, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("limit");
  }

  @Test
  void inheritedVerbsAreTheEntityRepositorys() {
    Article one = publish(ann, "One", "published", 1);

    assertThat(articles.findById(one.id())).contains(one);
    assertThat(articles.alive()).containsExactly(one);
    assertThat(articles.softDelete(one.id())).isTrue();
    assertThat(articles.dead()).hasSize(1);
    assertThat(articles.restore(one.id()).status()).isEqualTo(dev.softdelete.RestoreResult.Status.RESTORED);
    assertThat(articles.countAlive()).isEqualTo(1);
  }
}
