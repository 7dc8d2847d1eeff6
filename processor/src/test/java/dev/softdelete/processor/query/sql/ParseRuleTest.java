package dev.softdelete.processor.query.sql;

import static dev.softdelete.processor.query.sql.Fixtures.accepted;
import static dev.softdelete.processor.query.sql.Fixtures.kinds;
import static dev.softdelete.processor.query.sql.Fixtures.param;
import static dev.softdelete.processor.query.sql.Fixtures.problem;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** SQL that does not parse, or is not one SELECT, UPDATE, DELETE or INSERT. */
class ParseRuleTest {

  @Test
  void errorAtTheUsersLineAndColumnWithTheParsersFirstSentence() {
    // The placeholders and the parameter before the error are longer or shorter in the text the
    // parser reads; the position is the user's.
    QueryProblem p =
        problem(
            "SELECT {columns a} FROM articles a\n  WHERE {alive a} AND a.id = :id garbage",
            param("id"));
    assertThat(p.kind()).isEqualTo(QueryProblemKind.PARSE_ERROR);
    assertThat(p.message())
        .isEqualTo(
            "The SQL does not parse at line 2, column 34, near `garbage`: Encountered:"
                + " <S_IDENTIFIER> / \"garbage\". Check the SQL there.");
  }

  @Test
  void errorOnAPlaceholderShowsThePlaceholder() {
    QueryProblem p = problem("SELECT a.id FROM articles a WHERE a.id = 1 {alive a}");
    assertThat(p.message())
        .startsWith("The SQL does not parse at line 1, column 44, near `{alive a}`:")
        .doesNotContain("softdelete_");
  }

  @Test
  void errorAtTheEnd() {
    assertThat(problem("SELECT a.id FROM articles a WHERE a.id =").message())
        .startsWith("The SQL does not parse at line 1, column ")
        .endsWith("near the end of the SQL: the SQL ends too soon. Check the SQL there.");
  }

  @Test
  void lexicalError() {
    QueryProblem p = problem("SELECT a.id FROM articles a WHERE a.title = 'open");
    assertThat(p.kind()).isEqualTo(QueryProblemKind.PARSE_ERROR);
    assertThat(p.message())
        .isEqualTo(
            "The SQL does not parse at line 1, column 50, near the end of the SQL: a quoted text or"
                + " comment does not end. Check the SQL there.");
  }

  @Test
  void unclosedComment() {
    assertThat(problem("SELECT a.id FROM articles a WHERE {alive a} /* note").message())
        .contains("a quoted text or comment does not end");
  }

  @Test
  void secondStatementIsRefused() {
    QueryProblem p =
        problem(
            "UPDATE articles SET status = 'x' WHERE {alive};\nDELETE FROM articles WHERE {any}");
    assertThat(p.kind()).isEqualTo(QueryProblemKind.MULTIPLE_STATEMENTS);
    assertThat(p.message())
        .isEqualTo(
            "The SQL holds more than one statement; the second starts at line 2, column 1. Put one"
                + " statement in each @Query.");
  }

  @Test
  void trailingSemicolonAndCommentsAreOneStatement() {
    accepted("SELECT a.id FROM articles a WHERE {alive a}; -- done\n");
  }

  @Test
  void otherStatements() {
    QueryProblem p = problem("/* cleanup */ TRUNCATE TABLE articles");
    assertThat(p.kind()).isEqualTo(QueryProblemKind.UNSUPPORTED_STATEMENT);
    assertThat(p.message())
        .isEqualTo(
            "@Query runs SELECT, UPDATE, DELETE or INSERT, but this is a TRUNCATE statement. Run"
                + " other statements through Jdbi directly.");
    assertThat(kinds("DROP TABLE articles"))
        .containsExactly(QueryProblemKind.UNSUPPORTED_STATEMENT);
  }

  @Test
  void sqlServerBracketsParse() {
    accepted("SELECT [a].[title] FROM [articles] [a] WHERE {alive a}");
  }

  @Test
  void dialectFormsParse() {
    accepted("SELECT TOP 5 a.id FROM articles a WHERE {alive a} ORDER BY a.id");
    accepted(
        "SELECT a.id FROM articles a WHERE {alive a} ORDER BY a.id OFFSET 5 ROWS FETCH NEXT 5 ROWS"
            + " ONLY");
    accepted(
        "SELECT a.id FROM articles a WHERE {alive a} AND a.title ILIKE :p LIMIT 5", param("p"));
    accepted("SELECT `a`.`title` FROM `articles` `a` WHERE {alive a}");
    accepted("SELECT a.id FROM articles a WHERE {alive a} FOR UPDATE");
  }

  @Test
  void problemsOfTheScanAreReportedBesideParseErrors() {
    assertThat(kinds("SELECT a.id FROM articles a WHERE {alve a} AND a.id = ? garbage"))
        .containsExactly(
            QueryProblemKind.UNKNOWN_PLACEHOLDER,
            QueryProblemKind.POSITIONAL_PARAMETER,
            QueryProblemKind.PARSE_ERROR);
  }
}
