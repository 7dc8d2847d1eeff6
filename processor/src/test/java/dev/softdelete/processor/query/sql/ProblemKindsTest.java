package dev.softdelete.processor.query.sql;

import static dev.softdelete.processor.query.sql.Fixtures.collection;
import static dev.softdelete.processor.query.sql.Fixtures.kinds;
import static dev.softdelete.processor.query.sql.Fixtures.param;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every kind of problem has a query that shows it; the other tests check each one's message. */
class ProblemKindsTest {
  private record Example(String sql, List<QueryParameter> parameters) {}

  private static final Map<QueryProblemKind, Example> EXAMPLES =
      new EnumMap<>(QueryProblemKind.class);

  private static void example(QueryProblemKind kind, String sql, QueryParameter... parameters) {
    EXAMPLES.put(kind, new Example(sql, List.of(parameters)));
  }

  static {
    example(QueryProblemKind.PARSE_ERROR, "SELECT FROM WHERE");
    example(QueryProblemKind.MULTIPLE_STATEMENTS, "SELECT 1; SELECT 2");
    example(QueryProblemKind.UNSUPPORTED_STATEMENT, "DROP TABLE tags");
    example(QueryProblemKind.UNKNOWN_PLACEHOLDER, "SELECT t.id FROM tags t WHERE {live t}");
    example(
        QueryProblemKind.UNKNOWN_ALIAS, "SELECT a.id FROM articles a WHERE {alive a} AND {dead b}");
    example(QueryProblemKind.NOT_SOFT_DELETE_TABLE, "SELECT t.id FROM tags t WHERE {alive t}");
    example(QueryProblemKind.NO_SINGLE_TABLE, "SELECT t.id FROM tags t WHERE {alive}");
    example(
        QueryProblemKind.AMBIGUOUS_ALIAS,
        "SELECT 1 FROM articles x JOIN authors x ON x.id = x.id WHERE {alive x}");
    example(QueryProblemKind.MISSING_SCOPE, "SELECT id FROM articles");
    example(QueryProblemKind.DUPLICATE_SCOPE, "SELECT id FROM articles WHERE {alive} AND {any}");
    example(QueryProblemKind.SCOPE_NOT_ANDED, "SELECT id FROM articles WHERE {alive} OR id = 1");
    example(
        QueryProblemKind.SCOPE_IN_OTHER_SELECT,
        "SELECT a.id FROM articles a WHERE {alive a} AND EXISTS (SELECT 1 FROM tags WHERE {alive"
            + " a})");
    example(
        QueryProblemKind.SCOPE_IN_OUTER_JOIN,
        "SELECT 1 FROM articles a LEFT JOIN tags t ON t.id = a.id AND {alive a}");
    example(
        QueryProblemKind.COLUMNS_NOT_VISIBLE,
        "SELECT {columns a} FROM (SELECT 1 AS x FROM articles a WHERE {alive a}) s");
    example(QueryProblemKind.UNKNOWN_PARAMETER, "SELECT id FROM tags WHERE id = :id");
    example(QueryProblemKind.UNUSED_PARAMETER, "SELECT id FROM tags", param("id"));
    example(QueryProblemKind.POSITIONAL_PARAMETER, "SELECT id FROM tags WHERE id = ?");
    example(
        QueryProblemKind.COLLECTION_OUTSIDE_IN,
        "SELECT id FROM tags WHERE id = :ids",
        collection("ids"));
    example(QueryProblemKind.WRITES_VERB_COLUMN, "UPDATE articles SET live = NULL WHERE {alive}");
    example(QueryProblemKind.INSERT_WITHOUT_COLUMNS, "INSERT INTO articles VALUES (1)");
    example(
        QueryProblemKind.WITH_SHADOWS_TABLE, "WITH authors AS (SELECT 1 AS x) SELECT x FROM tags");
    example(QueryProblemKind.UNCHECKED_TABLE, "TABLE articles");
  }

  @Test
  void everyKindHasAnExample() {
    assertThat(EXAMPLES).containsOnlyKeys(QueryProblemKind.values());
  }

  @Test
  void eachExampleShowsItsKind() {
    EXAMPLES.forEach(
        (kind, example) ->
            assertThat(kinds(example.sql(), example.parameters().toArray(QueryParameter[]::new)))
                .as(example.sql())
                .containsExactly(kind));
  }
}
