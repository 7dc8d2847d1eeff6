package dev.softdelete.processor.query.sql;

import static dev.softdelete.processor.query.sql.Fixtures.accepted;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a SELECT returns: the labels, and whether its rows map with the entity's row mapper. */
class ResultShapeTest {

  @Test
  void entityColumnsAlone() {
    AnalysedQuery q = accepted("SELECT {columns a} FROM articles a WHERE {alive a}");
    assertThat(q.entity()).contains(Fixtures.ARTICLES);
    assertThat(q.labels()).contains(Fixtures.ARTICLES.selectColumns());
    assertThat(q.resultColumns().get(1))
        .isEqualTo(new ResultColumn("a.author_id", Optional.of("author_id")));
  }

  @Test
  void entityColumnsBesideOthersMapByLabel() {
    AnalysedQuery q =
        accepted(
            "SELECT {columns u}, COUNT(a.id) AS article_count FROM authors u LEFT JOIN articles a"
                + " ON a.author_id = u.id AND {alive a} WHERE {alive u} GROUP BY {columns u}");
    assertThat(q.entity()).isEmpty();
    assertThat(q.labels()).contains(List.of("id", "email", "name", "deleted_at", "article_count"));
  }

  @Test
  void labelsOfColumnsAliasesAndExpressions() {
    AnalysedQuery q =
        accepted(
            "SELECT a.title, a.status AS \"State\", UPPER(a.title), COUNT(*) n FROM articles a"
                + " WHERE {alive a} GROUP BY a.title, a.status");
    assertThat(q.resultColumns())
        .containsExactly(
            new ResultColumn("a.title", Optional.of("title")),
            new ResultColumn("a.status", Optional.of("State")),
            new ResultColumn("UPPER(a.title)", Optional.empty()),
            new ResultColumn("COUNT(*)", Optional.of("n")));
    assertThat(q.labels()).isEmpty();
  }

  @Test
  void starIsUnknown() {
    AnalysedQuery q = accepted("SELECT a.*, * FROM articles a WHERE {alive a}");
    assertThat(q.resultColumns())
        .containsExactly(
            new ResultColumn("a.*", Optional.empty()), new ResultColumn("*", Optional.empty()));
    assertThat(q.entity()).isEmpty();
  }

  @Test
  void aliasedEntityColumnsAreNoEntity() {
    // JSqlParser accepts an alias on the marker; it names the last column only.
    assertThat(accepted("SELECT {columns a} AS x FROM articles a WHERE {alive a}").entity())
        .isEmpty();
  }

  @Test
  void unionMapsWithTheRowMapperOnlyIfEveryBranchSelectsOneEntity() {
    assertThat(
            accepted(
                    "SELECT {columns a} FROM articles a WHERE {alive a}"
                        + " UNION SELECT {columns u} FROM authors u WHERE {alive u}")
                .entity())
        .isEmpty();
    AnalysedQuery q =
        accepted(
            "(SELECT {columns a} FROM articles a WHERE {alive a}) UNION"
                + " (SELECT {columns b} FROM articles b WHERE {dead b})");
    assertThat(q.entity()).contains(Fixtures.ARTICLES);
    assertThat(q.labels()).contains(Fixtures.ARTICLES.selectColumns());
  }

  @Test
  void withQueryReturnsItsMainSelectsColumns() {
    AnalysedQuery q =
        accepted(
            "WITH w AS (SELECT {columns a} FROM articles a WHERE {alive a}) SELECT w.title, w.id AS"
                + " k FROM w");
    assertThat(q.labels()).contains(List.of("title", "k"));
    assertThat(q.entity()).isEmpty();
  }

  @Test
  void scalar() {
    AnalysedQuery q = accepted("SELECT COUNT(*) FROM articles a WHERE {alive a}");
    assertThat(q.resultColumns()).containsExactly(new ResultColumn("COUNT(*)", Optional.empty()));
  }

  @Test
  void parametersInExpressionsAreShownAsWritten() {
    AnalysedQuery q =
        accepted(
            "SELECT a.id + :n AS m, COALESCE(a.title, :t) FROM articles a WHERE {alive a}",
            Fixtures.param("n"),
            Fixtures.param("t"));
    assertThat(q.resultColumns().get(1).expression()).isEqualTo("COALESCE(a.title, :t)");
  }
}
