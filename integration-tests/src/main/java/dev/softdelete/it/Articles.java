package dev.softdelete.it;

import dev.softdelete.Limit;
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
}
