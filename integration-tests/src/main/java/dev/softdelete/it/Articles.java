package dev.softdelete.it;

import dev.softdelete.Bind;
import dev.softdelete.Limit;
import dev.softdelete.Query;
import dev.softdelete.Repository;
import dev.softdelete.SoftDeleteRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** The blog example's queries: every verb and scope, orders, limits, projections and streams. */
@Repository
public interface Articles extends SoftDeleteRepository<Article, Long> {
  /** The title of an article: a projection that reads two columns. */
  record Title(Long id, String title) {}

  List<Article> findByAuthorIdOrderByPublishedAtDesc(long authorId, Limit limit);

  List<Article> findByAuthorIdOrderByPublishedAtDesc(long authorId);

  List<Article> findDeadByAuthorId(long authorId);

  List<Article> findAnyByAuthorId(long authorId);

  long countByAuthorId(long authorId);

  int countDeadByAuthorId(long authorId);

  long countAnyByAuthorId(long authorId);

  boolean existsByAuthorIdAndTitle(long authorId, String title);

  boolean existsDeadByAuthorId(long authorId);

  boolean existsAnyByTitle(String title);

  int softDeleteByAuthorId(long authorId);

  int restoreByAuthorId(long authorId);

  int hardDeleteByStatusAndPublishedAtBefore(String status, Instant cutoff);

  int hardDeleteDeadByAuthorId(long authorId);

  List<Article> findByAuthorIdOrStatus(long authorId, String status);

  List<Article> findByAuthorIdAndStatusOrTitle(long authorId, String status, String title);

  List<Article> findByIdIn(Collection<Long> ids);

  long countByIdIn(Collection<Long> ids);

  int softDeleteByIdIn(Collection<Long> ids);

  List<Article> findByAuthorIdNotIn(Set<Long> authorIds);

  List<Article> findByStatusOrderByAuthorIdDescPublishedAt(String status);

  Optional<Article> findFirstByAuthorIdOrderByPublishedAtDesc(long authorId);

  List<Article> findFirst2ByStatusOrderByPublishedAt(String status);

  Optional<Article> findByIdAndStatus(long id, String status);

  List<Title> findByStatus(String status);

  Stream<Article> findAnyByStatus(String status);

  List<Article> findByIdGreaterThanOrderById(long afterId, Limit limit);

  @Query(
      "SELECT {columns a} FROM articles a JOIN authors u ON u.id = a.author_id"
          + " WHERE {alive a} AND {alive u} AND u.email = :email ORDER BY a.published_at DESC")
  List<Article> liveArticlesOfLiveAuthor(String email);

  @Query("UPDATE articles SET status = :status WHERE author_id = :author AND {alive}")
  int setStatusOfAuthor(@Bind("author") long authorId, String status);

  @Query(
      "SELECT u.name AS author, COUNT(*) AS articles FROM articles a JOIN authors u ON u.id = a.author_id"
          + " WHERE {alive a} AND {any u} GROUP BY u.name ORDER BY u.name")
  List<ArticlesPerAuthor> liveArticlesPerAuthor();

  @Query("SELECT COUNT(*) FROM articles WHERE {dead} AND author_id IN (:authors)")
  long countDeadOf(Collection<Long> authors);

  @Query("SELECT {columns} FROM articles WHERE {alive} AND id IN (:ids) AND status = :status ORDER BY id")
  Stream<Article> liveWithIdsAndStatus(Collection<Long> ids, String status);

  @Query("SELECT a.title FROM articles a WHERE {alive a} AND a.author_id = :authorId ORDER BY a.title")
  List<String> liveTitlesOf(long authorId);

  @Query(
      "SELECT a.id, a.title, a.published_at FROM articles a WHERE {any a} AND NOT EXISTS"
          + " (SELECT 1 FROM authors u WHERE u.id = a.author_id AND {alive u}) ORDER BY a.id")
  List<Orphan> articlesWithoutLiveAuthor();

  /** How many live articles an author has; {@code author} is the author's name. */
  record ArticlesPerAuthor(String author, long articles) {}

  /** An article whose author is gone. */
  record Orphan(Long id, String title, Instant publishedAt) {}
}
