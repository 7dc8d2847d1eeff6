package dev.softdelete.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.softdelete.processor.Compilations.compile;
import static dev.softdelete.processor.RepositorySources.article;
import static dev.softdelete.processor.RepositorySources.articles;
import static dev.softdelete.processor.RepositorySources.author;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Errors about {@code @Query} methods as a user meets them: problems of the SQL stand on the
 * {@code @Query} annotation's value, a parameter that cannot be bound on the parameter, and a
 * return type the statement cannot fill on the method. Each test puts what it points at on a line
 * of its own. The repository reads two soft-delete tables, {@code articles} and {@code authors}.
 */
class QueryErrorsTest {
  private static final String SUPPORTED =
      "String, boolean/Boolean, short/Short, int/Integer, long/Long, float/Float, double/Double,"
          + " BigDecimal, UUID, Instant, OffsetDateTime, LocalDate, LocalDateTime, byte[] and"
          + " enums";

  /** A table read without a scope placeholder, wherever the statement reads it. */
  @Nested
  class MissingScope {
    @Test
    void inFrom() {
      assertOneError(
          """
          @Query("SELECT a.id FROM articles a WHERE a.status = 'draft'")
          List<Long> drafts();
          """,
          "@Query of `drafts`: Table articles (alias a) has no scope: add {alive a}, {dead a} or"
              + " {any a} to the WHERE or a JOIN ON of the SELECT that reads it, so that reading"
              + " deleted rows is a decision written in the query.",
          "@Query(\"SELECT a.id FROM articles a");
    }

    @Test
    void inAJoin() {
      // The issue's join without {alive u}: the articles of deleted authors would come back.
      assertOneError(
          """
          @Query("SELECT {columns a} FROM articles a JOIN authors u ON u.id = a.author_id"
              + " WHERE {alive a} AND u.email = :email")
          List<Article> byAuthorEmail(String email);
          """,
          "@Query of `byAuthorEmail`: Table authors (alias u) has no scope: add {alive u}, {dead u}"
              + " or {any u} to the WHERE or a JOIN ON of the SELECT that reads it, so that reading"
              + " deleted rows is a decision written in the query.",
          "@Query(\"SELECT {columns a} FROM articles a JOIN authors u");
    }

    @Test
    void inASubquery() {
      assertOneError(
          """
          @Query("SELECT a.id FROM articles a WHERE {alive a} AND a.author_id IN"
              + " (SELECT u.id FROM authors u WHERE u.name = :name)")
          List<Long> byAuthorName(String name);
          """,
          "@Query of `byAuthorName`: Table authors (alias u) has no scope: add {alive u}, {dead u}"
              + " or {any u} to the WHERE or a JOIN ON of the SELECT that reads it, so that reading"
              + " deleted rows is a decision written in the query.",
          "@Query(\"SELECT a.id FROM articles a WHERE {alive a} AND a.author_id IN");
    }

    @Test
    void inACommonTableExpression() {
      // The outer SELECT reads the WITH query, not the table: the scope belongs inside.
      assertOneError(
          """
          @Query("WITH recent AS (SELECT id FROM articles WHERE published_at > :since)"
              + " SELECT id FROM recent")
          List<Long> recent(Instant since);
          """,
          "@Query of `recent`: Table articles has no scope: add {alive articles}, {dead articles}"
              + " or {any articles} to the WHERE or a JOIN ON of the SELECT that reads it, so that"
              + " reading deleted rows is a decision written in the query.",
          "@Query(\"WITH recent AS");
    }

    @Test
    void asAnUpdateTarget() {
      // Without a scope this would re-stamp dead rows too, as django-safedelete's update() does.
      assertOneError(
          """
          @Query("UPDATE articles SET status = 'archived' WHERE author_id = :authorId")
          int archive(long authorId);
          """,
          "@Query of `archive`: Table articles has no scope: add {alive articles}, {dead articles}"
              + " or {any articles} to the WHERE of the UPDATE, so that reading deleted rows is a"
              + " decision written in the query.",
          "@Query(\"UPDATE articles SET status");
    }
  }

  /** Scope placeholders that are there but wrong. */
  @Nested
  class Placeholders {
    @Test
    void twoScopesForOneTable() {
      assertOneError(
          """
          @Query("SELECT a.id FROM articles a WHERE {alive a} AND {dead a}")
          List<Long> both();
          """,
          "@Query of `both`: Table articles (alias a) has 2 scopes ({alive a}, {dead a}), but needs"
              + " exactly one. Keep the one that says which rows to read.",
          "@Query(\"SELECT a.id FROM articles a WHERE {alive a} AND {dead a}\")");
    }

    @Test
    void unknownPlaceholder() {
      assertOneError(
          """
          @Query("SELECT {colums a} FROM articles a WHERE {alive a}")
          List<Article> misspelt();
          """,
          "@Query of `misspelt`: Unknown placeholder `{colums a}`. The placeholders are {alive a},"
              + " {dead a}, {any a} and {columns a}, where a is a table's alias (or its name), or"
              + " {alive}, {dead}, {any} and {columns} in a query of one soft-delete table.",
          "@Query(\"SELECT {colums a}");
    }

    @Test
    void unknownAlias() {
      assertOneError(
          """
          @Query("SELECT a.id FROM articles a WHERE {alive a} AND {any b}")
          List<Long> strayAlias();
          """,
          "@Query of `strayAlias`: `{any b}` names `b`, which the query does not have. Its"
              + " soft-delete tables are articles (alias a).",
          "@Query(\"SELECT a.id FROM articles a WHERE {alive a} AND {any b}\")");
    }

    @Test
    void scopeUnderOr() {
      // `{alive a} OR a.status = 'x'` would return every dead row whose status is 'x'.
      assertOneError(
          """
          @Query("SELECT a.id FROM articles a WHERE {alive a} OR a.status = 'pinned'")
          List<Long> liveOrPinned();
          """,
          "@Query of `liveOrPinned`: `{alive a}` is not a condition joined with AND to a WHERE or"
              + " JOIN ON (it is under OR, NOT or another expression, or outside those clauses), so"
              + " it would not keep the other rows of articles (alias a) out. Write it as its own"
              + " condition: `WHERE {alive a} AND (...)`.",
          "@Query(\"SELECT a.id FROM articles a WHERE {alive a} OR");
    }
  }

  /** Named parameters and the method's parameters. */
  @Nested
  class Parameters {
    @Test
    void nameNoParameterHas() {
      assertOneError(
          """
          @Query("SELECT a.id FROM articles a WHERE {alive a} AND a.status = :status")
          List<Long> withStatus();
          """,
          "@Query of `withStatus`: `:status` matches no parameter of the method (it has none)."
              + " Rename it, or name a parameter for it with @Bind(\"status\").",
          "@Query(\"SELECT a.id FROM articles a WHERE {alive a} AND a.status = :status\")");
    }

    @Test
    void unusedParameter() {
      assertOneError(
          """
          @Query("SELECT a.id FROM articles a WHERE {alive a}")
          List<Long> ofAuthor(long authorId);
          """,
          "@Query of `ofAuthor`: Parameter `authorId` is not used in the SQL. Use it as"
              + " `:authorId`, or remove it.",
          "@Query(\"SELECT a.id FROM articles a WHERE {alive a}\")");
    }

    @Test
    void parameterOfAnUnsupportedType() {
      assertOneError(
          """
          @Query("SELECT a.id FROM articles a WHERE {alive a} AND a.status = :status")
          List<Long> withStatus(
              Object status);
          """,
          "Parameter `status` of `withStatus` is Object, which a @Query cannot bind. Bind a"
              + " supported type ("
              + SUPPORTED
              + "), or a Collection of one for `IN (:status)`.",
          "Object status");
    }

    @Test
    void limitIsForDerivedFinders() {
      assertOneError(
          """
          @Query("SELECT a.id FROM articles a WHERE {alive a} AND a.views > :limit")
          List<Long> popular(
              Limit limit);
          """,
          "Parameter `limit` of `popular` is Limit, which a @Query cannot bind. Bind a supported"
              + " type ("
              + SUPPORTED
              + "), or a Collection of one for `IN (:limit)`.",
          "Limit limit");
    }
  }

  /** Statements that would write what only the verbs may write, or that do not read as SQL. */
  @Nested
  class Statements {
    @Test
    void updateWritingTheLiveColumn() {
      assertOneError(
          """
          @Query("UPDATE articles SET live = NULL WHERE {alive} AND author_id = :a")
          int hide(@Bind("a") long authorId);
          """,
          "@Query of `hide`: The UPDATE writes articles.live, the live column, which only the"
              + " repository's verbs write, so that it always agrees with the other one. Remove it"
              + " and use softDelete, restore, softDelete…By or restore…By instead.",
          "@Query(\"UPDATE articles SET live = NULL");
    }

    @Test
    void updateWritingTheDeletedAtColumn() {
      assertOneError(
          """
          @Query("UPDATE articles SET deleted_at = :at WHERE {dead}")
          int backdate(Instant at);
          """,
          "@Query of `backdate`: The UPDATE writes articles.deleted_at, the deleted-at column,"
              + " which only the repository's verbs write, so that it always agrees with the other"
              + " one. Remove it and use softDelete, restore, softDelete…By or restore…By instead.",
          "@Query(\"UPDATE articles SET deleted_at");
    }

    @Test
    void sqlThatDoesNotParse() {
      assertOneError(
          """
          @Query("SELECT a.id FROM articles a WHERE {alive a} ORDER a.id")
          List<Long> ordered();
          """,
          "@Query of `ordered`: The SQL does not parse at line 1, column 45, near `ORDER a.id`:"
              + " Encountered: <K_ORDER> / \"ORDER\". Check the SQL there.",
          "@Query(\"SELECT a.id FROM articles a WHERE {alive a} ORDER a.id\")");
    }
  }

  /** Return types the statement cannot fill; these stand on the method. */
  @Nested
  class Results {
    @Test
    void entityWithoutItsColumnsPlaceholder() {
      assertOneError(
          """
          @Query("SELECT a.id, a.title FROM articles a WHERE {alive a}")
          List<Article> headings();
          """,
          "@Query of `headings` returns List<Article>, but its select list is not `{columns a}` of"
              + " that entity's table alone. Select `{columns a}` alone, or return a record"
              + " projection of the columns you select.",
          "List<Article> headings()");
    }

    @Test
    void recordComponentWithoutAColumnLabel() {
      assertOneError(
          """
          record TitleCount(String title, long articles) {}
          @Query("SELECT a.title, COUNT(*) AS n FROM articles a WHERE {alive a}"
              + " GROUP BY a.title")
          List<TitleCount> perTitle();
          """,
          "@Query of `perTitle` returns List<Articles.TitleCount>, but no selected column is"
              + " labelled `articles` (it selects title, n). Select a column with that name, or"
              + " alias one: `AS articles`.",
          "List<TitleCount> perTitle()");
    }

    @Test
    void recordOfAnExpressionWithoutAName() {
      assertOneError(
          """
          record TitleCount(String title, long n) {}
          @Query("SELECT a.title, COUNT(*) FROM articles a WHERE {alive a}"
              + " GROUP BY a.title")
          List<TitleCount> perTitle();
          """,
          "@Query of `perTitle` returns List<Articles.TitleCount>, but a column it selects has no"
              + " name (an expression or *). Give each expression a name with AS, and list the"
              + " columns instead of *.",
          "List<TitleCount> perTitle()");
    }

    @Test
    void scalarOfTwoColumns() {
      assertOneError(
          """
          @Query("SELECT COUNT(*), MAX(views) FROM articles WHERE {alive}")
          long stats();
          """,
          "@Query of `stats` returns long, but its SELECT returns 2 columns. Select exactly one"
              + " column, or return rows of a record whose components are named like the columns.",
          "long stats()");
    }

    @Test
    void voidForASelect() {
      assertOneError(
          """
          @Query("SELECT {columns} FROM articles WHERE {alive}")
          void touch();
          """,
          "@Query of `touch` returns void, but its SELECT returns rows, which void would drop."
              + " Return a List, Optional or Stream of them, or long, int or boolean for a single"
              + " value.",
          "void touch()");
    }

    @Test
    void stringForAnUpdate() {
      assertOneError(
          """
          @Query("UPDATE articles SET status = :status WHERE {alive}")
          String retitle(String status);
          """,
          "@Query of `retitle` returns String, but its UPDATE gives a row count. Return int, long"
              + " or void.",
          "String retitle(String status)");
    }

    @Test
    void aCollectionOtherThanListOptionalOrStream() {
      assertOneError(
          """
          @Query("SELECT {columns} FROM articles WHERE {alive}")
          Set<Article> live();
          """,
          "@Query of `live` returns Set<Article>, but a @Query gives its rows as a List, an"
              + " Optional or a Stream. Return List<Article>, Optional<Article> or"
              + " Stream<Article>.",
          "Set<Article> live()");
    }

    @Test
    void aBoxedCount() {
      assertOneError(
          """
          @Query("SELECT COUNT(*) FROM articles WHERE {alive}")
          Long live();
          """,
          "@Query of `live` returns Long, but a query may find no row or several. Return long for"
              + " a query that always returns one row, Optional<Long> or List<Long>.",
          "Long live()");
    }
  }

  /** Where errors stand, and that all of them are reported. */
  @Nested
  class Placement {
    @Test
    void sqlOverSeveralLinesHasItsErrorsOnTheFirst() {
      // javac's parser folds string literals joined by + into one literal at the first one's
      // position (JavacParser, -XDallowStringFolding, on by default), so the value of the @Query
      // starts on the SQL's first line; JDK 17 and JDK 25 both put the error there. A text block
      // starts on the line of its opening quotes.
      JavaFileObject articles =
          articles(
              """
              @Query(
                  "SELECT a.id FROM articles a"
                      + " WHERE a.author_id = :authorId")
              List<Long> concatenated(long authorId);
              @Query(\"""
                  SELECT a.id FROM articles a
                  WHERE a.status = :status
                  \""")
              List<Long> textBlock(String status);
              """);

      Compilation compilation = compile(article(), author(), articles);

      assertThat(compilation).hadErrorCount(2);
      assertThat(compilation)
          .hadErrorContaining("@Query of `concatenated`: Table articles (alias a) has no scope")
          .inFile(articles)
          .onLineContaining("\"SELECT a.id FROM articles a\"");
      assertThat(compilation)
          .hadErrorContaining("@Query of `textBlock`: Table articles (alias a) has no scope")
          .inFile(articles)
          .onLineContaining("@Query(\"\"\"");
    }

    @Test
    void severalProblemsOfOneQueryReportedTogether() {
      JavaFileObject articles =
          articles(
              """
              @Query("SELECT a.id FROM articles a JOIN authors u ON u.id = a.author_id"
                  + " WHERE {alive a} OR a.title = :title")
              List<Long> everything(
                  Object name);
              """);

      Compilation compilation = compile(article(), author(), articles);

      assertThat(compilation).hadErrorCount(5);
      for (String problem :
          new String[] {
            "`{alive a}` is not a condition joined with AND",
            "Table authors (alias u) has no scope",
            "`:title` matches no parameter of the method (its parameters are name)",
            "Parameter `name` is not used in the SQL",
          }) {
        assertThat(compilation)
            .hadErrorContaining("@Query of `everything`: " + problem)
            .inFile(articles)
            .onLineContaining("@Query(");
      }
      assertThat(compilation)
          .hadErrorContaining("Parameter `name` of `everything` is Object, which a @Query cannot")
          .inFile(articles)
          .onLineContaining("Object name");
    }

    @Test
    void severalBadQueriesInOneFileEachOnItsLine() {
      JavaFileObject articles =
          articles(
              """
              @Query("SELECT id FROM articles")
              List<Long> unscoped();
              @Query("SELECT id FROM articles WHERE {alive} AND {any}")
              List<Long> twice();
              @Query("SELECT {columns} FROM articles WHERE {alive}")
              void dropped();
              @Query("SELECT id FROM articles WHERE {dead}")
              List<Long> fine();
              """);

      Compilation compilation = compile(article(), author(), articles);

      assertThat(compilation).hadErrorCount(3);
      assertThat(compilation)
          .hadErrorContaining("@Query of `unscoped`: Table articles has no scope")
          .inFile(articles)
          .onLineContaining("@Query(\"SELECT id FROM articles\")");
      assertThat(compilation)
          .hadErrorContaining("@Query of `twice`: Table articles has 2 scopes ({alive}, {any})")
          .inFile(articles)
          .onLineContaining("{alive} AND {any}");
      assertThat(compilation)
          .hadErrorContaining("@Query of `dropped` returns void, but its SELECT returns rows")
          .inFile(articles)
          .onLineContaining("void dropped()");
    }
  }

  /**
   * Queries that must compile, and what the generated {@code JdbiArticles} does with them: the SQL
   * it runs (its Javadoc shows H2's), how it binds, how it reads a row.
   */
  @Nested
  class Accepted {
    @Test
    void issueJoinOfArticlesToLiveAuthors() {
      assertGenerates(
          """
@Query("SELECT {columns a} FROM articles a JOIN authors u ON u.id = a.author_id"
     + " WHERE {alive a} AND {alive u} AND u.email = :email ORDER BY a.published_at DESC")
List<Article> liveArticlesOfLiveAuthor(String email);
""",
          "public List<Article> liveArticlesOfLiveAuthor(String email)",
          "WHERE a.live = TRUE AND u.live = TRUE AND u.email = ?",
          "statement.setString(1, email);",
          "rows.add(row(rs, sql.codecs));");
    }

    @Test
    void updateReturningTheRowCount() {
      // The SQL's order binds, not the method's: status is the first `?`.
      assertGenerates(
          """
          @Query("UPDATE articles SET status = :status"
              + " WHERE author_id = :authorId AND {alive}")
          int archive(long authorId, String status);
          """,
          "public int archive(long authorId, String status)",
          "UPDATE articles SET status = ? WHERE author_id = ? AND articles.live = TRUE",
          "statement.setString(1, status); statement.setLong(2, authorId);"
              + " return statement.executeUpdate();");
    }

    @Test
    void projectionByLabel() {
      // published_at fills publishedAt although it comes first.
      assertGenerates(
          """
          record Published(Long id, Instant publishedAt) {}
          @Query("SELECT a.published_at, a.id FROM articles a WHERE {alive a}"
              + " ORDER BY a.id")
          List<Published> published();
          """,
          "public List<Articles.Published> published()",
          "return new Articles.Published(Jdbc.getLong(rs, 2), codecs.getInstant(rs, 1));");
    }

    @Test
    void scalarCount() {
      assertGenerates(
          """
          @Query("SELECT COUNT(*) FROM articles WHERE {alive} AND author_id = :id")
          long countLive(long id);
          """,
          "public long countLive(long id)",
          "statement.setLong(1, id);",
          "return rs.getLong(1);");
    }

    @Test
    void listOfStrings() {
      assertGenerates(
          """
          @Query("SELECT a.title FROM articles a WHERE {alive a} ORDER BY a.title")
          List<String> titles();
          """,
          "public List<String> titles()",
          "rows.add(rs.getString(1));");
    }

    @Test
    void streamOfTheEntity() {
      assertGenerates(
          """
          @Query("SELECT {columns} FROM articles WHERE {dead}")
          java.util.stream.Stream<Article> deadOnes();
          """,
          "public Stream<Article> deadOnes()",
          "FROM articles WHERE articles.live IS NULL",
          "ResultStreams.query(statements, sql.deadOnes, statement -> { }, rs -> row(rs,"
              + " sql.codecs));");
    }

    @Test
    void bindNamesAParameter() {
      assertGenerates(
          """
          @Query("SELECT COUNT(*) FROM articles WHERE {any} AND author_id = :author")
          long countAnyOf(@Bind("author") long authorId);
          """,
          "public long countAnyOf(long authorId)",
          "statement.setLong(1, authorId);");
    }
  }

  /** A repository of the members, with one error, with this text, on the line with this text. */
  private static void assertOneError(String members, String message, String line) {
    JavaFileObject articles = articles(members);

    Compilation compilation = compile(article(), author(), articles);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(message).inFile(articles).onLineContaining(line);
  }

  /**
   * A repository of the members compiles without a warning, and its generated implementation holds
   * each piece of code, compared without whitespace so that line breaks do not matter.
   */
  private static void assertGenerates(String members, String... code) {
    Compilation compilation = compile(article(), author(), articles(members));

    assertThat(compilation).succeededWithoutWarnings();
    String generated = oneLine(source(compilation, "test.JdbiArticles"));
    for (String piece : code) {
      assertThat(generated).contains(oneLine(piece));
    }
  }

  private static String source(Compilation compilation, String type) {
    try {
      return compilation.generatedSourceFile(type).orElseThrow().getCharContent(true).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text without whitespace, nor the stars that open the lines of a Javadoc comment. */
  private static String oneLine(String text) {
    return text.replaceAll("\\n\\s*\\*(?!/)", "").replaceAll("\\s+", "");
  }
}
