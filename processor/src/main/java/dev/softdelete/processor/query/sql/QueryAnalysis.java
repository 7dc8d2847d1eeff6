package dev.softdelete.processor.query.sql;

import java.util.List;
import java.util.Optional;

/**
 * What the checker made of a {@code @Query}: every problem, or, when there is none, the analysed
 * query.
 *
 * @param problems every problem found, in the order found; empty exactly when {@code query} is
 *     present
 * @param query the checked and rendered query
 */
public record QueryAnalysis(List<QueryProblem> problems, Optional<AnalysedQuery> query) {
  public QueryAnalysis {
    problems = List.copyOf(problems);
    if (problems.isEmpty() == query.isEmpty()) {
      throw new IllegalArgumentException("An analysis has problems or a query, not both");
    }
  }

  static QueryAnalysis rejected(List<QueryProblem> problems) {
    return new QueryAnalysis(problems, Optional.empty());
  }

  static QueryAnalysis accepted(AnalysedQuery query) {
    return new QueryAnalysis(List.of(), Optional.of(query));
  }

  /** Whether the SQL passed every check. */
  public boolean isValid() {
    return query.isPresent();
  }
}
