package dev.softdelete.processor.query.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.softdelete.Dialect;
import java.util.Arrays;
import java.util.List;

/** The blog of issue 8: articles and authors are soft-delete entities, tags is a plain table. */
final class Fixtures {
  static final SoftDeleteTable ARTICLES =
      new SoftDeleteTable(
          "articles",
          "live",
          "deleted_at",
          List.of("id", "author_id", "title", "status", "published_at", "deleted_at"));
  static final SoftDeleteTable AUTHORS =
      new SoftDeleteTable(
          "authors", "live", "deleted_at", List.of("id", "email", "name", "deleted_at"));
  static final List<SoftDeleteTable> TABLES = List.of(ARTICLES, AUTHORS);

  private Fixtures() {}

  static QueryParameter param(String name) {
    return new QueryParameter(name, false);
  }

  static QueryParameter collection(String name) {
    return new QueryParameter(name, true);
  }

  static QueryAnalysis analyse(String sql, QueryParameter... parameters) {
    return QuerySqlAnalyser.analyse(sql, TABLES, Arrays.asList(parameters));
  }

  /** The analysed query, failing with the problems if there are any. */
  static AnalysedQuery accepted(String sql, QueryParameter... parameters) {
    QueryAnalysis analysis = analyse(sql, parameters);
    assertThat(analysis.problems()).as("problems of %s", sql).isEmpty();
    return analysis.query().orElseThrow();
  }

  /** The query's H2 SQL, with each collection of one element. */
  static String h2(String sql, QueryParameter... parameters) {
    RenderedSql rendered = accepted(sql, parameters).sql(Dialect.H2);
    int[] sizes = new int[rendered.collections()];
    Arrays.fill(sizes, 1);
    return rendered.expand(sizes);
  }

  /** The only problem of the query, failing if there is not exactly one. */
  static QueryProblem problem(String sql, QueryParameter... parameters) {
    List<QueryProblem> problems = analyse(sql, parameters).problems();
    assertThat(problems).as("problems of %s", sql).hasSize(1);
    return problems.get(0);
  }

  static List<QueryProblemKind> kinds(String sql, QueryParameter... parameters) {
    return analyse(sql, parameters).problems().stream().map(QueryProblem::kind).toList();
  }
}
