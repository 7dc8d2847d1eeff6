package dev.softdelete.processor.query.sql;

import static dev.softdelete.processor.query.sql.Fixtures.accepted;
import static dev.softdelete.processor.query.sql.Fixtures.h2;
import static dev.softdelete.processor.query.sql.Fixtures.param;
import static org.assertj.core.api.Assertions.assertThat;

import dev.softdelete.Dialect;
import org.junit.jupiter.api.Test;

/** The queries of issue 8's "SQL the user writes", accepted and rendered. */
class IssueExamplesTest {

  @Test
  void joinOfArticlesToLiveAuthors() {
    AnalysedQuery q =
        accepted(
            "SELECT {columns a} FROM articles a JOIN authors u ON u.id = a.author_id WHERE {alive"
                + " a} AND {alive u} AND u.email = :email ORDER BY a.published_at DESC",
            param("email"));

    assertThat(q.kind()).isEqualTo(QueryKind.SELECT);
    assertThat(q.sql(Dialect.POSTGRESQL).fragments())
        .containsExactly(
            "SELECT a.id, a.author_id, a.title, a.status, a.published_at, a.deleted_at FROM"
                + " articles a JOIN authors u ON u.id = a.author_id WHERE a.live = TRUE AND u.live"
                + " = TRUE AND u.email = ? ORDER BY a.published_at DESC");
    assertThat(q.sql(Dialect.SQLSERVER).fragments().get(0))
        .contains("WHERE a.live = 1 AND u.live = 1 AND u.email = ?");
    assertThat(q.bindOrder()).containsExactly(param("email"));
    assertThat(q.entity()).contains(Fixtures.ARTICLES);
  }

  @Test
  void updateOfOneTableWithTheUnqualifiedScope() {
    AnalysedQuery q =
        accepted(
            "UPDATE articles SET status = :s WHERE author_id = :a AND {alive}",
            param("a"),
            param("s"));

    assertThat(q.kind()).isEqualTo(QueryKind.UPDATE);
    assertThat(q.sql(Dialect.H2).fragments())
        .containsExactly(
            "UPDATE articles SET status = ? WHERE author_id = ? AND articles.live = TRUE");
    assertThat(q.sql(Dialect.ORACLE).fragments())
        .containsExactly(
            "UPDATE articles SET status = ? WHERE author_id = ? AND articles.live = 1");
    assertThat(q.bindOrder()).containsExactly(param("s"), param("a"));
    assertThat(q.resultColumns()).isEmpty();
    assertThat(q.entity()).isEmpty();
  }

  @Test
  void commonTableExpressionScopedInsideAndReadOutside() {
    assertThat(
            h2(
                "WITH recent AS (SELECT a.id, a.author_id FROM articles a WHERE {alive a} AND"
                    + " a.published_at > :since) SELECT u.name, COUNT(*) AS n FROM recent r JOIN"
                    + " authors u ON u.id = r.author_id AND {alive u} GROUP BY u.name",
                param("since")))
        .isEqualTo(
            "WITH recent AS (SELECT a.id, a.author_id FROM articles a WHERE a.live = TRUE"
                + " AND a.published_at > ?)"
                + " SELECT u.name, COUNT(*) AS n FROM recent r JOIN authors u ON u.id = r.author_id"
                + " AND u.live = TRUE GROUP BY u.name");
  }

  @Test
  void subqueryInWhereWithItsOwnScope() {
    assertThat(
            h2(
                "SELECT {columns articles} FROM articles WHERE {alive articles} AND author_id IN"
                    + " (SELECT u.id FROM authors u WHERE {dead u})"))
        .isEqualTo(
            "SELECT articles.id, articles.author_id, articles.title, articles.status,"
                + " articles.published_at, articles.deleted_at FROM articles WHERE articles.live ="
                + " TRUE AND author_id IN (SELECT u.id FROM authors u WHERE u.live IS NULL)");
  }

  @Test
  void existsWithItsOwnScope() {
    assertThat(
            h2(
                "SELECT u.id, u.name FROM authors u WHERE {alive u} AND NOT EXISTS"
                    + " (SELECT 1 FROM articles a WHERE a.author_id = u.id AND {alive a})"))
        .isEqualTo(
            "SELECT u.id, u.name FROM authors u WHERE u.live = TRUE AND NOT EXISTS"
                + " (SELECT 1 FROM articles a WHERE a.author_id = u.id AND a.live = TRUE)");
  }

  @Test
  void unionOfLiveAndDeadBranchesOfOneEntity() {
    AnalysedQuery q =
        accepted(
            "SELECT {columns a} FROM articles a WHERE {alive a} AND a.status = :s UNION ALL SELECT"
                + " {columns b} FROM articles b WHERE {dead b} AND b.deleted_at > :t",
            param("s"),
            param("t"));

    assertThat(q.entity()).contains(Fixtures.ARTICLES);
    assertThat(q.bindOrder()).containsExactly(param("s"), param("t"));
    assertThat(q.sql(Dialect.MYSQL).fragments().get(0))
        .contains("WHERE a.live = TRUE AND a.status = ?")
        .contains("WHERE b.live IS NULL AND b.deleted_at > ?");
  }
}
