package dev.softdelete.processor.query.sql;

import static dev.softdelete.processor.query.sql.Fixtures.accepted;
import static dev.softdelete.processor.query.sql.Fixtures.collection;
import static dev.softdelete.processor.query.sql.Fixtures.kinds;
import static dev.softdelete.processor.query.sql.Fixtures.param;
import static dev.softdelete.processor.query.sql.Fixtures.problem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.softdelete.Dialect;
import org.junit.jupiter.api.Test;

/** {@code :name} binds the method parameter of that name; each one is used; collections expand. */
class ParameterRuleTest {

  @Test
  void bindOrderFollowsTheText() {
    AnalysedQuery q =
        accepted(
            "SELECT a.id FROM articles a WHERE {alive a} AND a.status = :status AND a.author_id ="
                + " :author AND a.title <> :status",
            param("author"),
            param("status"));
    assertThat(q.bindOrder()).containsExactly(param("status"), param("author"), param("status"));
    assertThat(q.sql(Dialect.H2).fragments().get(0))
        .endsWith("a.status = ? AND a.author_id = ? AND a.title <> ?");
  }

  @Test
  void castsLiteralsQuotedNamesAndCommentsHoldNoParameters() {
    AnalysedQuery q =
        accepted(
            "SELECT a.id::text, ':no' AS s, \":not\" FROM articles a -- :nor\n"
                + "WHERE {alive a} /* :neither */ AND a.published_at > :since::timestamp"
                + " AND a.title <> $$:dollar$$ AND a.title <> 'it''s :quoted'",
            param("since"));
    assertThat(q.bindOrder()).containsExactly(param("since"));
    assertThat(q.sql(Dialect.POSTGRESQL).fragments().get(0))
        .contains("a.published_at > ?::timestamp")
        .contains("':no'")
        .contains("/* :neither */");
  }

  @Test
  void collectionExpandsInAnInList() {
    AnalysedQuery q =
        accepted(
            "SELECT {columns a} FROM articles a WHERE {alive a} AND a.id IN (:ids) AND a.status ="
                + " :s AND a.author_id NOT IN (:authors)",
            collection("ids"),
            param("s"),
            collection("authors"));
    RenderedSql h2 = q.sql(Dialect.H2);
    assertThat(h2.collections()).isEqualTo(2);
    assertThat(h2.fragments().get(1)).isEqualTo(") AND a.status = ? AND a.author_id NOT IN (");
    assertThat(h2.expand(3, 1))
        .endsWith("a.id IN (?, ?, ?) AND a.status = ? AND a.author_id NOT IN (?)");
    assertThat(q.bindOrder()).containsExactly(collection("ids"), param("s"), collection("authors"));
  }

  @Test
  void collectionBesideOtherItemsOfAnInList() {
    assertThat(
            Fixtures.h2(
                "SELECT a.id FROM articles a WHERE {alive a} AND a.id IN (:first, :more)",
                param("first"),
                collection("more")))
        .endsWith("a.id IN (?, ?)");
  }

  @Test
  void collectionOutsideAnInList() {
    QueryProblem p =
        problem("SELECT a.id FROM articles a WHERE {alive a} AND a.id = :ids", collection("ids"));
    assertThat(p.kind()).isEqualTo(QueryProblemKind.COLLECTION_OUTSIDE_IN);
    assertThat(p.message())
        .isEqualTo(
            "Collection parameter `:ids` can only be an item of an IN list, as in `x IN (:ids)`,"
                + " where it expands to one parameter per element.");
    assertThat(
            kinds(
                "SELECT a.id FROM articles a WHERE {alive a} AND a.id IN :ids", collection("ids")))
        .containsExactly(QueryProblemKind.COLLECTION_OUTSIDE_IN);
  }

  @Test
  void nameThatNoParameterHas() {
    assertThat(
            kinds(
                "SELECT a.id FROM articles a WHERE {alive a} AND a.title = :titel", param("title")))
        .containsExactly(QueryProblemKind.UNKNOWN_PARAMETER, QueryProblemKind.UNUSED_PARAMETER);
  }

  @Test
  void unknownNameMessage() {
    QueryProblem p = problem("SELECT a.id FROM articles a WHERE {alive a} AND a.title = :titel");
    assertThat(p.kind()).isEqualTo(QueryProblemKind.UNKNOWN_PARAMETER);
    assertThat(p.message())
        .isEqualTo(
            "`:titel` matches no parameter of the method (it has none). Rename it, or name a"
                + " parameter for it with @Bind(\"titel\").");
  }

  @Test
  void parameterTheSqlNeverUses() {
    QueryProblem p = problem("SELECT a.id FROM articles a WHERE {alive a}", param("title"));
    assertThat(p.kind()).isEqualTo(QueryProblemKind.UNUSED_PARAMETER);
    assertThat(p.message())
        .isEqualTo("Parameter `title` is not used in the SQL. Use it as `:title`, or remove it.");
  }

  @Test
  void namesAreCaseSensitiveAsInJava() {
    assertThat(
            kinds(
                "SELECT a.id FROM articles a WHERE {alive a} AND a.title = :Title", param("title")))
        .containsExactly(QueryProblemKind.UNKNOWN_PARAMETER, QueryProblemKind.UNUSED_PARAMETER);
  }

  @Test
  void positionalParameter() {
    QueryProblem p = problem("SELECT a.id FROM articles a\nWHERE {alive a} AND a.id = ?");
    assertThat(p.kind()).isEqualTo(QueryProblemKind.POSITIONAL_PARAMETER);
    assertThat(p.message())
        .isEqualTo(
            "The SQL has a `?` at line 2, column 28, but @Query binds parameters by name. Write"
                + " `:name` for a method parameter called name.");
  }

  @Test
  void parametersInLimitsAndUpdates() {
    assertThat(
            Fixtures.h2(
                "SELECT a.id FROM articles a WHERE {alive a} ORDER BY a.id LIMIT :n OFFSET :o",
                param("n"),
                param("o")))
        .endsWith("ORDER BY a.id LIMIT ? OFFSET ?");
    assertThat(
            Fixtures.h2(
                "UPDATE articles SET title = :t WHERE {alive} AND id IN (:ids)",
                param("t"),
                collection("ids")))
        .isEqualTo("UPDATE articles SET title = ? WHERE articles.live = TRUE AND id IN (?)");
  }
}
