package dev.softdelete.benchmarks.queries;

import dev.softdelete.Limit;
import dev.softdelete.Query;
import dev.softdelete.Repository;
import dev.softdelete.SoftDeleteRepository;
import java.util.Collection;
import java.util.List;

/** The queries measured against hand-written JDBC: the processor generates {@code JdbiArticles}. */
@Repository
public interface Articles extends SoftDeleteRepository<Article, Long> {
  /** A derived finder: an author's newest live articles. */
  List<Article> findByAuthorIdOrderByPublishedAtDesc(long authorId, Limit limit);

  /** A derived count with an In list, bound as one parameter. */
  long countByIdIn(Collection<Long> ids);

  /** The issue's {@code @Query}: the live articles of a live author, by the author's email. */
  @Query(
      "SELECT {columns a} FROM articles a JOIN authors u ON u.id = a.author_id"
          + " WHERE {alive a} AND {alive u} AND u.email = :email ORDER BY a.published_at DESC")
  List<Article> liveArticlesOfLiveAuthor(String email);
}
