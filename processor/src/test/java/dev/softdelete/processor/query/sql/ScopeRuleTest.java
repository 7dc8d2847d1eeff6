package dev.softdelete.processor.query.sql;

import static dev.softdelete.processor.query.sql.Fixtures.accepted;
import static dev.softdelete.processor.query.sql.Fixtures.h2;
import static dev.softdelete.processor.query.sql.Fixtures.kinds;
import static dev.softdelete.processor.query.sql.Fixtures.param;
import static dev.softdelete.processor.query.sql.Fixtures.problem;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every reference to a soft-delete table carries exactly one scope, where it restricts its rows.
 */
class ScopeRuleTest {

  @Nested
  class Accepted {
    @Test
    void selfJoinWithAScopeForEachReference() {
      assertThat(
              h2(
                  "SELECT a.id, b.id AS other FROM articles a JOIN articles b ON b.author_id ="
                      + " a.author_id AND {dead b} WHERE {alive a}"))
          .isEqualTo(
              "SELECT a.id, b.id AS other FROM articles a JOIN articles b ON b.author_id ="
                  + " a.author_id AND b.live IS NULL WHERE a.live = TRUE");
    }

    @Test
    void leftJoinScopedInItsOwnOn() {
      accepted(
          "SELECT u.name, a.title FROM authors u LEFT JOIN articles a ON a.author_id = u.id"
              + " AND {alive a} WHERE {alive u}");
    }

    @Test
    void rightJoinScopesTheTablesOnItsLeftInItsOn() {
      accepted(
          "SELECT u.name, a.title FROM articles a RIGHT JOIN authors u ON a.author_id = u.id"
              + " AND {alive a} WHERE {alive u}");
    }

    @Test
    void innerJoinOnScopesTablesJoinedBefore() {
      accepted(
          "SELECT u.name FROM articles a JOIN authors u ON a.author_id = u.id AND {alive a} AND"
              + " {alive u}");
    }

    @Test
    void scopeInParenthesesOrInAParenthesisedConjunction() {
      accepted("SELECT a.id FROM articles a WHERE ({alive a}) AND a.status = 'x'");
      accepted("SELECT a.id FROM articles a WHERE (a.status = 'x' AND ({alive a}))");
    }

    @Test
    void commaJoin() {
      accepted(
          "SELECT a.id FROM articles a, authors u WHERE u.id = a.author_id AND {alive a} AND {any"
              + " u}");
    }

    @Test
    void parenthesisedJoin() {
      accepted(
          "SELECT a.id FROM (articles a JOIN authors u ON u.id = a.author_id AND {alive u})"
              + " WHERE {alive a}");
    }

    @Test
    void derivedTableWithItsOwnScope() {
      accepted("SELECT t.id FROM (SELECT a.id FROM articles a WHERE {alive a}) t WHERE t.id > 3");
    }

    @Test
    void scalarSubqueryInTheSelectList() {
      accepted(
          "SELECT u.name, (SELECT COUNT(*) FROM articles a WHERE a.author_id = u.id AND {alive a})"
              + " AS n FROM authors u WHERE {alive u}");
    }

    @Test
    void subqueryInsideExpressionsThatJSqlParsersFinderSkips() {
      // TablesNamesFinder does not look inside IS UNKNOWN (nor, in 5.3, GROUP_CONCAT); the walker
      // does.
      accepted(
          "SELECT GROUP_CONCAT((SELECT MAX(a.title) FROM articles a WHERE {alive a}) SEPARATOR ',')"
              + " FROM tags");
      assertThat(
              kinds(
                  "SELECT GROUP_CONCAT((SELECT MAX(title) FROM articles) SEPARATOR ',') FROM tags"))
          .containsExactly(QueryProblemKind.MISSING_SCOPE);
      assertThat(kinds("SELECT t.name FROM tags t WHERE (SELECT 1 FROM articles) IS UNKNOWN"))
          .containsExactly(QueryProblemKind.MISSING_SCOPE);
    }

    @Test
    void tablesOfNoEntityNeedNoScope() {
      accepted("SELECT t.name FROM tags t JOIN article_tags x ON x.tag_id = t.id");
    }

    @Test
    void schemaQualifiedTableIsTheEntitysTable() {
      assertThat(h2("SELECT title FROM public.articles WHERE {alive articles}"))
          .isEqualTo("SELECT title FROM public.articles WHERE public.articles.live = TRUE");
      assertThat(kinds("SELECT title FROM public.articles"))
          .containsExactly(QueryProblemKind.MISSING_SCOPE);
    }

    @Test
    void quotedAndUpperCaseNamesAreTheEntitysTable() {
      assertThat(kinds("SELECT title FROM \"ARTICLES\""))
          .containsExactly(QueryProblemKind.MISSING_SCOPE);
      assertThat(kinds("SELECT title FROM `Articles` x"))
          .containsExactly(QueryProblemKind.MISSING_SCOPE);
      assertThat(h2("SELECT title FROM ARTICLES A WHERE {alive a}"))
          .isEqualTo("SELECT title FROM ARTICLES A WHERE A.live = TRUE");
    }

    @Test
    void placeholdersInLiteralsAndCommentsAreText() {
      assertThat(h2("SELECT '{alive a}' AS s /* {dead x} */ FROM tags -- {columns y}\n"))
          .isEqualTo("SELECT '{alive a}' AS s /* {dead x} */ FROM tags -- {columns y}\n");
    }

    @Test
    void deleteOfDeadRows() {
      AnalysedQuery q =
          accepted("DELETE FROM articles WHERE {dead} AND deleted_at < :cutoff", param("cutoff"));
      assertThat(q.kind()).isEqualTo(QueryKind.DELETE);
      assertThat(q.sql(dev.softdelete.Dialect.H2).fragments())
          .containsExactly("DELETE FROM articles WHERE articles.live IS NULL AND deleted_at < ?");
    }

    @Test
    void mySqlAndPostgreSqlMultiTableUpdatesAndDeletes() {
      accepted(
          "UPDATE articles a JOIN authors u ON u.id = a.author_id SET a.status = :s"
              + " WHERE {alive a} AND {dead u}",
          param("s"));
      accepted(
          "UPDATE articles a SET status = :s FROM authors u WHERE u.id = a.author_id AND {alive a}"
              + " AND {dead u}",
          param("s"));
      accepted(
          "DELETE FROM articles a USING authors u WHERE u.id = a.author_id AND {any a} AND {dead"
              + " u}");
      accepted(
          "DELETE a FROM articles a JOIN authors u ON u.id = a.author_id WHERE {dead a} AND {dead"
              + " u}");
    }

    @Test
    void sqlServerUpdateOfAnAliasFromItsFrom() {
      accepted(
          "UPDATE a SET a.status = :s FROM articles a JOIN authors u ON u.id = a.author_id"
              + " WHERE {alive a} AND {alive u}",
          param("s"));
      assertThat(
              kinds(
                  "UPDATE a SET a.live = NULL FROM articles a JOIN authors u ON u.id = a.author_id"
                      + " WHERE {alive a} AND {alive u}"))
          .containsExactly(QueryProblemKind.WRITES_VERB_COLUMN);
    }

    @Test
    void insertSelectScopesWhatItReads() {
      AnalysedQuery q =
          accepted(
              "INSERT INTO article_archive (id, title) SELECT a.id, a.title FROM articles a"
                  + " WHERE {dead a}");
      assertThat(q.kind()).isEqualTo(QueryKind.INSERT);
    }
  }

  @Nested
  class MissingScope {
    @Test
    void namesTheTableAndShowsTheFix() {
      assertThat(problem("SELECT * FROM articles").message())
          .isEqualTo(
              "Table articles has no scope: add {alive articles}, {dead articles} or {any articles}"
                  + " to the WHERE or a JOIN ON of the SELECT that reads it, so that reading"
                  + " deleted rows is a decision written in the query.");
    }

    @Test
    void joinedTableWithoutScope() {
      QueryProblem p =
          problem(
              "SELECT {columns a} FROM articles a JOIN authors u ON u.id = a.author_id WHERE {alive"
                  + " a}");
      assertThat(p.kind()).isEqualTo(QueryProblemKind.MISSING_SCOPE);
      assertThat(p.message())
          .startsWith("Table authors (alias u) has no scope: add {alive u}, {dead u} or {any u}");
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "SELECT a.id FROM articles a WHERE {alive a} AND a.author_id IN (SELECT id FROM authors)",
          "SELECT a.id FROM articles a WHERE {alive a} AND EXISTS (SELECT 1 FROM authors u WHERE"
              + " u.id = a.author_id)",
          "WITH w AS (SELECT id FROM authors) SELECT a.id FROM articles a JOIN w ON w.id ="
              + " a.author_id WHERE {alive a}",
          "SELECT a.id FROM articles a WHERE {alive a} UNION SELECT u.id FROM authors u",
          "SELECT t.id FROM (SELECT id FROM authors) t",
          "SELECT t.name, (SELECT COUNT(*) FROM authors) AS n FROM tags t",
          "SELECT t.name FROM tags t LEFT JOIN authors u ON u.id = t.id",
        })
    void inEveryPartOfAQuery(String sql) {
      QueryProblem p = problem(sql);
      assertThat(p.kind()).isEqualTo(QueryProblemKind.MISSING_SCOPE);
      assertThat(p.message()).startsWith("Table authors");
    }

    @Test
    void targetOfUpdateAndDelete() {
      assertThat(problem("UPDATE articles SET status = 'x'").message())
          .contains("Table articles has no scope")
          .contains("to the WHERE of the UPDATE");
      assertThat(problem("DELETE FROM articles WHERE id = 3").message())
          .contains("Table articles has no scope")
          .contains("to the WHERE of the DELETE");
    }

    @Test
    void eachReferenceOfASelfJoin() {
      QueryProblem p =
          problem("SELECT a.id FROM articles a JOIN articles b ON b.id = a.id WHERE {alive a}");
      assertThat(p.message()).startsWith("Table articles (alias b) has no scope");
    }
  }

  @Test
  void twoScopesForOneReference() {
    QueryProblem p = problem("SELECT a.id FROM articles a WHERE {alive a} AND {dead a}");
    assertThat(p.kind()).isEqualTo(QueryProblemKind.DUPLICATE_SCOPE);
    assertThat(p.message())
        .isEqualTo(
            "Table articles (alias a) has 2 scopes ({alive a}, {dead a}), but needs exactly one."
                + " Keep the one that says which rows to read.");
  }

  @Nested
  class NotAnded {
    @ParameterizedTest
    @ValueSource(
        strings = {
          "SELECT a.id FROM articles a WHERE {alive a} OR a.id = 3",
          "SELECT a.id FROM articles a WHERE a.status = 'x' AND ({alive a} OR a.id = 3)",
          "SELECT a.id FROM articles a WHERE NOT {dead a}",
          "SELECT a.id, {alive a} AS l FROM articles a",
          "SELECT a.author_id FROM articles a GROUP BY a.author_id HAVING {alive a}",
          "SELECT a.id FROM articles a WHERE CASE WHEN {alive a} THEN 1 ELSE 0 END = 1",
        })
    void scopeThatDoesNotRestrictTheRows(String sql) {
      QueryProblem p = problem(sql);
      assertThat(p.kind()).isEqualTo(QueryProblemKind.SCOPE_NOT_ANDED);
      assertThat(p.message())
          .contains("so it would not keep the other rows of articles (alias a) out");
    }
  }

  @Nested
  class OtherSelect {
    @Test
    void scopeOfTheOuterTableInsideASubquery() {
      QueryProblem p =
          problem(
              "SELECT {columns a} FROM articles a WHERE EXISTS (SELECT 1 FROM authors u"
                  + " WHERE u.id = a.author_id AND {alive u} AND {alive a})");
      assertThat(p.kind()).isEqualTo(QueryProblemKind.SCOPE_IN_OTHER_SELECT);
      assertThat(p.message())
          .isEqualTo(
              "`{alive a}` is in a different SELECT from the one that reads articles (alias a), and"
                  + " a scope counts only in the WHERE or JOIN ON of the SELECT whose FROM names"
                  + " its table. Move it there.");
    }

    @Test
    void scopeOfASubquerysTableInTheOuterSelect() {
      QueryProblem p =
          problem(
              "SELECT u.id FROM authors u WHERE {alive u} AND {alive a}"
                  + " AND u.id IN (SELECT a.author_id FROM articles a)");
      assertThat(p.kind()).isEqualTo(QueryProblemKind.SCOPE_IN_OTHER_SELECT);
    }

    @Test
    void scopeInOneBranchOfAUnionForTheOther() {
      assertThat(
              kinds(
                  "SELECT a.id FROM articles a WHERE {alive a} AND {alive b}"
                      + " UNION SELECT b.id FROM articles b"))
          .containsExactly(QueryProblemKind.SCOPE_IN_OTHER_SELECT);
    }
  }

  @Nested
  class OuterJoins {
    @Test
    void leftJoinKeepsTheRowsOnItsLeft() {
      QueryProblem p =
          problem(
              "SELECT u.name FROM authors u LEFT JOIN articles a ON a.author_id = u.id AND {alive"
                  + " a} AND {alive u}");
      assertThat(p.kind()).isEqualTo(QueryProblemKind.SCOPE_IN_OUTER_JOIN);
      assertThat(p.message())
          .isEqualTo(
              "`{alive u}` is in the ON of a LEFT JOIN, which keeps every row of authors (alias u)"
                  + " whatever the ON says. Move it to the WHERE.");
    }

    @Test
    void laterLeftJoinKeepsEveryEarlierTable() {
      assertThat(
              kinds(
                  "SELECT 1 FROM authors u JOIN tags t ON t.id = u.id LEFT JOIN articles a"
                      + " ON a.author_id = u.id AND {alive u} AND {alive a}"))
          .containsExactly(QueryProblemKind.SCOPE_IN_OUTER_JOIN);
    }

    @Test
    void rightJoinKeepsItsOwnTable() {
      assertThat(
              kinds(
                  "SELECT 1 FROM articles a RIGHT JOIN authors u ON a.author_id = u.id AND {alive"
                      + " u} WHERE {alive a}"))
          .containsExactly(QueryProblemKind.SCOPE_IN_OUTER_JOIN);
    }

    @Test
    void fullJoinKeepsBoth() {
      assertThat(
              kinds(
                  "SELECT 1 FROM articles a FULL JOIN authors u ON a.author_id = u.id AND {alive u}"
                      + " AND {alive a}"))
          .containsExactly(
              QueryProblemKind.SCOPE_IN_OUTER_JOIN, QueryProblemKind.SCOPE_IN_OUTER_JOIN);
    }
  }

  @Nested
  class Names {
    @Test
    void unknownAlias() {
      QueryProblem p = problem("SELECT a.id FROM articles a WHERE {alive a} AND {alive x}");
      assertThat(p.kind()).isEqualTo(QueryProblemKind.UNKNOWN_ALIAS);
      assertThat(p.message())
          .isEqualTo(
              "`{alive x}` names `x`, which the query does not have. Its soft-delete tables are"
                  + " articles (alias a).");
    }

    @Test
    void aliasOfATableOfNoEntity() {
      QueryProblem p = problem("SELECT t.id FROM tags t WHERE {alive t}");
      assertThat(p.kind()).isEqualTo(QueryProblemKind.NOT_SOFT_DELETE_TABLE);
      assertThat(p.message())
          .isEqualTo(
              "`{alive t}` names table tags (alias t), which is not the table of a"
                  + " @SoftDeleteEntity record, so it has no live column. Remove the placeholder;"
                  + " this query reads no soft-delete table.");
    }

    @Test
    void aliasOfASubqueryOrWithQuery() {
      assertThat(
              problem("SELECT {columns t} FROM (SELECT a.id FROM articles a WHERE {alive a}) t")
                  .message())
          .startsWith(
              "`{columns t}` names the subquery t, which is not the table of a @SoftDeleteEntity")
          .endsWith("its soft-delete tables are articles (alias a).");
      assertThat(
              problem(
                      "WITH w AS (SELECT a.id FROM articles a WHERE {alive a}) SELECT w.id FROM w"
                          + " WHERE {alive w}")
                  .message())
          .startsWith("`{alive w}` names the WITH query w, which is not the table");
    }

    @Test
    void unqualifiedPlaceholderNeedsExactlyOneSoftDeleteTable() {
      String sql =
          "SELECT {columns a} FROM articles a JOIN authors u ON u.id = a.author_id WHERE {alive}";
      // The tables have no scope either, and those messages show what to write for each.
      assertThat(kinds(sql))
          .containsExactly(
              QueryProblemKind.NO_SINGLE_TABLE,
              QueryProblemKind.MISSING_SCOPE,
              QueryProblemKind.MISSING_SCOPE);
      assertThat(Fixtures.analyse(sql).problems().get(0).message())
          .isEqualTo(
              "`{alive}` has no alias, which is only allowed in a query that reads one soft-delete"
                  + " table; this one reads articles (alias a), authors (alias u). Name the table's"
                  + " alias: `{alive a}`.");
      assertThat(problem("SELECT t.id FROM tags t WHERE {any}").message())
          .contains(
              "this one reads none. Placeholders apply to the tables of @SoftDeleteEntity records");
    }

    @Test
    void unqualifiedPlaceholderBesideAPlainTable() {
      assertThat(
              h2("SELECT {columns} FROM articles JOIN tags t ON t.id = articles.id WHERE {alive}"))
          .startsWith("SELECT articles.id, articles.author_id,")
          .endsWith("WHERE articles.live = TRUE");
    }

    @Test
    void twoTablesOfOneSelectUnderOneName() {
      assertThat(kinds("SELECT 1 FROM articles a JOIN authors a ON a.id = a.id WHERE {alive a}"))
          .contains(QueryProblemKind.AMBIGUOUS_ALIAS);
    }

    @Test
    void columnsOfATableTheSelectCannotSee() {
      QueryProblem p =
          problem("SELECT {columns a} FROM (SELECT * FROM articles a WHERE {alive a}) t");
      assertThat(p.kind()).isEqualTo(QueryProblemKind.COLUMNS_NOT_VISIBLE);
      assertThat(p.message())
          .isEqualTo(
              "`{columns a}` is outside the SELECT that reads articles (alias a), where its columns"
                  + " cannot be named. Use it in that SELECT.");
    }

    @Test
    void columnsOfAnOuterTableInACorrelatedSubquery() {
      accepted(
          "SELECT u.id FROM authors u WHERE {alive u} AND EXISTS"
              + " (SELECT {columns u} FROM articles a WHERE a.author_id = u.id AND {alive a})");
    }

    @Test
    void withQueryNamedLikeASoftDeleteTable() {
      assertThat(kinds("WITH articles AS (SELECT 1 AS x) SELECT x FROM articles WHERE {any}"))
          .containsExactly(QueryProblemKind.WITH_SHADOWS_TABLE);
    }
  }

  @Test
  void tableReadWhereNoScopeCanStand() {
    QueryProblem p = problem("TABLE articles");
    assertThat(p.kind()).isEqualTo(QueryProblemKind.UNCHECKED_TABLE);
    assertThat(p.message()).startsWith("Table articles is read in a part of the statement");
  }
}
