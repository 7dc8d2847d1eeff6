package dev.softdelete.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The {@code @Query} methods of {@link Articles}, on every database, attached and on demand: SQL with
 * scope placeholders, rendered per dialect, never returning a dead row it did not ask for.
 */
class ArticleQueriesTest extends DatabaseTest {
  private Articles articles;
  private AuthorRepository authors;
  private Author ann;
  private Author bob;

  @BeforeEach
  void repository() {
    articles = repository(Articles.class);
    authors = repository(AuthorRepository.class);
    ann = authors.insert(new Author(null, "ann@example.com", "Ann"));
    bob = authors.insert(new Author(null, "bob@example.com", "Bob"));
  }

  private Article publish(Author author, String title, int day) {
    return articles.insert(new Article(null, author.id(), title, "published", T0.plus(Duration.ofDays(day)), null));
  }

  @Test
  void aJoinExcludesDeadRowsOnBothSides() {
    Article one = publish(ann, "One", 1);
    Article two = publish(ann, "Two", 2);
    articles.softDelete(publish(ann, "Gone", 3).id());
    publish(bob, "Bob's", 4);

    assertThat(articles.liveArticlesOfLiveAuthor("ann@example.com")).containsExactly(two, one);

    authors.softDelete(ann.id());
    assertThat(articles.liveArticlesOfLiveAuthor("ann@example.com")).isEmpty();

    // A new live author with Ann's address sees none of the dead Ann's articles.
    authors.insert(new Author(null, "ann@example.com", "New Ann"));
    assertThat(articles.liveArticlesOfLiveAuthor("ann@example.com")).isEmpty();
  }

  @Test
  void anUpdateQueryChangesOnlyLiveRowsAndReturnsTheCount() {
    Article one = publish(ann, "One", 1);
    Article gone = publish(ann, "Gone", 2);
    articles.softDelete(gone.id());

    assertThat(articles.setStatusOfAuthor(ann.id(), "archived")).isEqualTo(1);

    assertThat(articles.findById(one.id()).orElseThrow().status()).isEqualTo("archived");
    assertThat(articles.findAnyById(gone.id()).orElseThrow().status()).isEqualTo("published");
  }

  @Test
  void recordsMapByLabel() {
    publish(ann, "One", 1);
    publish(ann, "Two", 2);
    publish(bob, "Three", 3);
    articles.softDelete(publish(bob, "Gone", 4).id());
    authors.softDelete(bob.id());

    // {any u}: dead authors count too, dead articles do not.
    assertThat(articles.liveArticlesPerAuthor())
        .containsExactly(new Articles.ArticlesPerAuthor("Ann", 2), new Articles.ArticlesPerAuthor("Bob", 1));
  }

  @Test
  void collectionsExpandInsideIn() {
    articles.softDelete(publish(ann, "A", 1).id());
    articles.softDelete(publish(ann, "B", 2).id());
    articles.softDelete(publish(bob, "C", 3).id());
    publish(bob, "D", 4);

    assertThat(articles.countDeadOf(List.of(ann.id()))).isEqualTo(2);
    assertThat(articles.countDeadOf(List.of(ann.id(), bob.id()))).isEqualTo(3);
    assertThat(articles.countDeadOf(List.of())).isZero();
  }

  @Test
  void streamsAndScalars() {
    Article a = publish(ann, "A", 1);
    Article b = publish(ann, "B", 2);
    Article c = publish(bob, "C", 3);
    articles.softDelete(b.id());

    try (Stream<Article> rows = articles.liveWithIdsAndStatus(List.of(a.id(), b.id(), c.id()), "published")) {
      assertThat(rows).containsExactly(a, c);
    }
    assertThat(articles.liveTitlesOf(ann.id())).containsExactly("A");
  }

  @Test
  void anyScopeReadsLiveAndDeadRowsOnPurpose() {
    Article a = publish(ann, "A", 1);
    Article b = publish(bob, "B", 2);
    articles.softDelete(b.id());
    authors.softDelete(bob.id());

    assertThat(articles.articlesWithoutLiveAuthor())
        .containsExactly(new Articles.Orphan(b.id(), "B", b.publishedAt()));
    assertThat(articles.articlesWithoutLiveAuthor()).noneMatch(o -> o.id().equals(a.id()));
  }
}
