package dev.softdelete.processor.query.sql;

import static dev.softdelete.processor.query.sql.Fixtures.accepted;
import static dev.softdelete.processor.query.sql.Fixtures.collection;
import static dev.softdelete.processor.query.sql.Fixtures.param;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.softdelete.Dialect;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each placeholder per dialect, in the user's own text. */
class RenderingTest {
  private static final String ALL =
      "SELECT {columns a} FROM articles a JOIN authors u ON u.id = a.author_id AND {dead u}"
          + " LEFT JOIN authors v ON v.id = a.author_id AND {any v} WHERE {alive a}";

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void everyPlaceholder(Dialect dialect) {
    String trueLiteral = dialect == Dialect.SQLSERVER || dialect == Dialect.ORACLE ? "1" : "TRUE";
    assertThat(accepted(ALL).sql(dialect).fragments())
        .containsExactly(
            "SELECT a.id, a.author_id, a.title, a.status, a.published_at, a.deleted_at FROM"
                + " articles a JOIN authors u ON u.id = a.author_id AND u.live IS NULL LEFT JOIN"
                + " authors v ON v.id = a.author_id AND 1 = 1 WHERE a.live = "
                + trueLiteral);
  }

  @Test
  void theEntitysOwnColumnNames() {
    SoftDeleteTable posts =
        new SoftDeleteTable(
            "posts", "is_live", "removed_on", List.of("post_id", "body", "removed_on"));
    QueryAnalysis analysis =
        QuerySqlAnalyser.analyse(
            "SELECT {columns} FROM posts WHERE {alive} OR FALSE AND {dead posts}",
            List.of(posts),
            List.of());
    assertThat(analysis.problems()).isNotEmpty();
    AnalysedQuery q =
        QuerySqlAnalyser.analyse(
                "SELECT {columns} FROM posts p WHERE {alive}", List.of(posts), List.of())
            .query()
            .orElseThrow();
    assertThat(q.sql(Dialect.ORACLE).fragments())
        .containsExactly("SELECT p.post_id, p.body, p.removed_on FROM posts p WHERE p.is_live = 1");
  }

  @Test
  void commentsLayoutAndCaseAreKept() {
    String sql = "select {columns a}\n  from Articles a -- the blog's\n where {alive a} /* live */";
    assertThat(accepted(sql).sql(Dialect.H2).fragments().get(0))
        .isEqualTo(
            "select a.id, a.author_id, a.title, a.status, a.published_at, a.deleted_at\n"
                + "  from Articles a -- the blog's\n where a.live = TRUE /* live */");
  }

  @Test
  void quotedAliasIsWrittenAsQuoted() {
    assertThat(
            accepted("SELECT x.id FROM articles \"X\" WHERE {alive \"X\"}")
                .sql(Dialect.POSTGRESQL)
                .fragments())
        .containsExactly("SELECT x.id FROM articles \"X\" WHERE \"X\".live = TRUE");
  }

  @Test
  void fragmentsAroundCollections() {
    AnalysedQuery q =
        accepted(
            "DELETE FROM articles WHERE {dead} AND id IN (:ids) AND author_id = :a",
            collection("ids"),
            param("a"));
    RenderedSql sql = q.sql(Dialect.SQLITE);
    assertThat(sql.fragments())
        .containsExactly(
            "DELETE FROM articles WHERE articles.live IS NULL AND id IN (", ") AND author_id = ?");
    assertThat(sql.expand(2))
        .isEqualTo(
            "DELETE FROM articles WHERE articles.live IS NULL AND id IN (?, ?) AND author_id = ?");
    assertThatThrownBy(() -> sql.expand(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("empty");
    assertThatThrownBy(() -> sql.expand()).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> sql.expand(1, 1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void queryWithoutCollectionsIsOneFragment() {
    RenderedSql sql = accepted("SELECT a.id FROM articles a WHERE {alive a}").sql(Dialect.MYSQL);
    assertThat(sql.collections()).isZero();
    assertThat(sql.expand()).isEqualTo("SELECT a.id FROM articles a WHERE a.live = TRUE");
  }

  @Test
  void everyDialectIsRendered() {
    assertThat(accepted(ALL).sql()).containsOnlyKeys(Dialect.values());
  }
}
