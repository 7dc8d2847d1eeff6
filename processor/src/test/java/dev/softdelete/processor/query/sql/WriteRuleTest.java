package dev.softdelete.processor.query.sql;

import static dev.softdelete.processor.query.sql.Fixtures.accepted;
import static dev.softdelete.processor.query.sql.Fixtures.kinds;
import static dev.softdelete.processor.query.sql.Fixtures.param;
import static dev.softdelete.processor.query.sql.Fixtures.problem;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Only the verbs write the live and deleted-at columns. */
class WriteRuleTest {

  @Test
  void updateThatWritesTheLiveColumn() {
    QueryProblem p =
        problem("UPDATE articles SET live = NULL WHERE {alive} AND id = :id", param("id"));
    assertThat(p.kind()).isEqualTo(QueryProblemKind.WRITES_VERB_COLUMN);
    assertThat(p.message())
        .isEqualTo(
            "The UPDATE writes articles.live, the live column, which only the repository's verbs"
                + " write, so that it always agrees with the other one. Remove it and use"
                + " softDelete, restore, softDelete…By or restore…By instead.");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "UPDATE articles SET status = 'x', deleted_at = CURRENT_TIMESTAMP WHERE {alive}",
        "UPDATE articles a SET a.DELETED_AT = NULL WHERE {dead a}",
        "UPDATE articles a JOIN authors u ON u.id = a.author_id SET u.live = NULL WHERE {alive a}"
            + " AND {alive u}",
        "UPDATE articles a SET status = 'x' FROM authors u WHERE {alive a} AND {alive u} AND"
            + " \"live\" = TRUE",
      })
  void updatesThatWriteAVerbColumn(String sql) {
    assertThat(kinds(sql)).doesNotContain(QueryProblemKind.MISSING_SCOPE);
  }

  @Test
  void eachVerbColumnWrittenIsReported() {
    assertThat(
            kinds("UPDATE articles SET status = 'x', deleted_at = CURRENT_TIMESTAMP WHERE {alive}"))
        .containsExactly(QueryProblemKind.WRITES_VERB_COLUMN);
    assertThat(problem("UPDATE articles a SET a.DELETED_AT = NULL WHERE {dead a}").message())
        .startsWith("The UPDATE writes articles.DELETED_AT, the deleted-at column");
    assertThat(
            problem(
                    "UPDATE articles a JOIN authors u ON u.id = a.author_id SET u.live = NULL"
                        + " WHERE {alive a} AND {alive u}")
                .message())
        .startsWith("The UPDATE writes authors.live, the live column");
  }

  @Test
  void qualifiedColumnOfAPlainTableIsNotAVerbColumn() {
    accepted(
        "UPDATE articles a JOIN tags t ON t.id = a.id SET t.live = NULL, a.status = 'x' WHERE"
            + " {alive a}");
  }

  @Test
  void updateOfAPlainTable() {
    accepted("UPDATE tags SET live = NULL, deleted_at = NULL");
  }

  @Test
  void insertWithAColumnListWithoutVerbColumns() {
    AnalysedQuery q =
        accepted(
            "INSERT INTO articles (author_id, title, status) VALUES (:a, :t, 'draft')",
            param("a"),
            param("t"));
    assertThat(q.kind()).isEqualTo(QueryKind.INSERT);
  }

  @Test
  void insertWithoutAColumnList() {
    QueryProblem p = problem("INSERT INTO articles VALUES (1, 2, 'x', 'draft', NULL, TRUE, NULL)");
    assertThat(p.kind()).isEqualTo(QueryProblemKind.INSERT_WITHOUT_COLUMNS);
    assertThat(p.message())
        .isEqualTo(
            "The INSERT into articles has no column list, so it would write the live and deleted_at"
                + " columns by position. List the columns it writes, leaving those two out: `INSERT"
                + " INTO articles (...) VALUES (...)`.");
    assertThat(kinds("INSERT INTO articles SELECT * FROM articles WHERE {dead}"))
        .containsExactly(QueryProblemKind.INSERT_WITHOUT_COLUMNS);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "INSERT INTO articles (title, live) VALUES ('x', NULL)",
        "INSERT INTO articles (title, deleted_at) VALUES ('x', CURRENT_TIMESTAMP)",
        "INSERT INTO articles SET title = 'x', live = NULL",
        "INSERT INTO articles (id, title) VALUES (1, 'x') ON DUPLICATE KEY UPDATE live = TRUE",
        "INSERT INTO articles (id, title) VALUES (1, 'x') ON CONFLICT (id) DO UPDATE SET deleted_at"
            + " = NULL",
      })
  void insertsThatWriteAVerbColumn(String sql) {
    assertThat(kinds(sql)).containsExactly(QueryProblemKind.WRITES_VERB_COLUMN);
    assertThat(problem(sql).message()).startsWith("The INSERT writes articles.");
  }

  @Test
  void insertIntoAPlainTable() {
    accepted("INSERT INTO tags VALUES (1, 'x')");
  }
}
