package dev.softdelete.it;

import dev.softdelete.Query;
import dev.softdelete.Repository;
import dev.softdelete.SoftDeleteRepository;

/**
 * A query that runs for minutes by design, for the tests that show a query timeout stopping a generated
 * statement: a four-way cross join of 150 articles is 500 million rows to count, on any database.
 */
@Repository
public interface ArticleCrossJoins extends SoftDeleteRepository<Article, Long> {
  @Query(
      "SELECT COUNT(*) FROM articles a CROSS JOIN articles b CROSS JOIN articles c CROSS JOIN articles d"
          + " WHERE {alive a} AND {any b} AND {any c} AND {any d} AND a.title <> d.title")
  long crossJoinCount();
}
