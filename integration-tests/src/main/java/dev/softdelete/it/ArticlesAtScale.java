package dev.softdelete.it;

import dev.softdelete.Repository;
import dev.softdelete.SoftDeleteRepository;
import java.util.Collection;
import java.util.List;

/**
 * The derived methods {@code InListScaleTest} runs over 100,000 articles: {@code In} criteria with
 * tens of thousands of values, on the primary key and on a component without an index (title), and
 * a count over most of the table.
 */
@Repository
public interface ArticlesAtScale extends SoftDeleteRepository<Article, Long> {
  List<Article> findByIdIn(Collection<Long> ids);

  long countByIdIn(Collection<Long> ids);

  int softDeleteByIdIn(Collection<Long> ids);

  List<Article> findAnyByIdIn(Collection<Long> ids);

  long countByTitleIn(Collection<String> titles);

  long countByStatus(String status);
}
