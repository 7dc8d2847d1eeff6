package dev.softdelete.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.softdelete.processor.Compilations.compile;
import static dev.softdelete.processor.RepositorySources.article;
import static dev.softdelete.processor.RepositorySources.articles;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Errors about derived methods of a {@code @Repository}: names that do not read, operators that do
 * not fit their component, parameters, return types and projections. Each error stands on the
 * method, or on the parameter it is about, which these tests put on a line of its own.
 */
class DerivedMethodErrorsTest {
  private static final String COMPONENTS =
      "Components: authorId, deletedAt, id, notes, orderId, pinned, publishedAt, slug, status,"
          + " title, views.";

  private static final String GRAMMAR =
      "After `By` write components, each followed by an optional operator (Not, In, NotIn,"
          + " LessThan, LessThanEqual, GreaterThan, GreaterThanEqual, Between, Before, After, Null,"
          + " NotNull, True, False, Like, StartsWith, EndsWith, Contains) and IgnoreCase, joined by"
          + " And or Or, then optionally OrderBy.";

  @Test
  void noVerb() {
    assertOneError(
        "List<Article> searchByTitle(String title);",
        "Method `searchByTitle` is neither a derived query nor a @Query method. Start its name with"
            + " find, count, exists, softDelete, restore or hardDelete and `By` (for example"
            + " `findByAuthorId`), annotate it with @Query, or give it a default body.",
        "searchByTitle");
  }

  @Test
  void wordBetweenVerbAndBy() {
    assertOneError(
        "List<Article> findArticlesByTitle(String title);",
        "Method `findArticlesByTitle` has `Articles` between `find` and `By`; only Dead, Any and"
            + " First or First<N> may stand there. Remove it.",
        "findArticlesByTitle");
  }

  @Test
  void scopeWordAfterABulkVerb() {
    // Read as a subject, "Dead" would soft-delete live rows by title: the name must not compile.
    assertOneError(
        "int softDeleteDeadByTitle(String title);",
        "Method `softDeleteDeadByTitle` puts `Dead` after `softDelete`, which does not take it:"
            + " Dead and Any follow find, count and exists (Dead also hardDelete), First follows"
            + " find. Remove it.",
        "softDeleteDeadByTitle");
  }

  @Test
  void noCriteria() {
    assertOneError(
        "long countBy();",
        "Method `countBy` has no criteria after `By`. Name at least one component, for example"
            + " `countByAuthorId`; a find may instead order every row in scope with"
            + " `findByOrderBy<Component>`.",
        "countBy()");
  }

  @Test
  void unknownComponentWithTheClosestName() {
    assertOneError(
        "List<Article> findByAutorId(long authorId);",
        "Method `findByAutorId` names `autorId`, which is not a component of Article. Did you mean"
            + " `authorId`? "
            + COMPONENTS,
        "findByAutorId");
  }

  @Test
  void unreadableRest() {
    assertOneError(
        "List<Article> findByTitleStartsWithBlah(String title);",
        "Method `findByTitleStartsWithBlah` cannot be read from `Blah` on. " + GRAMMAR,
        "findByTitleStartsWithBlah");
  }

  @Test
  void orderOnACount() {
    assertOneError(
        "long countByStatusOrderByTitle(String status);",
        "Method `countByStatusOrderByTitle` has OrderBy, but only find returns rows in an order."
            + " Remove the OrderBy part.",
        "countByStatusOrderByTitle");
  }

  @Test
  void likeOnANumber() {
    assertOneError(
        "List<Article> findByViewsLike(String pattern);",
        "Method `findByViewsLike` applies Like to `views`, which is int; Like needs a String"
            + " component. Use another operator or component.",
        "findByViewsLike");
  }

  @Test
  void inOnABoolean() {
    assertOneError(
        "List<Article> findByPinnedIn(Collection<Boolean> values);",
        "Method `findByPinnedIn` applies In to `pinned`, which is boolean; In needs a component whose"
            + " values compare exactly: a whole number, a decimal, a String, an enum, a UUID, a date or a"
            + " time. Use another operator or component.",
        "findByPinnedIn");
  }

  @Test
  void ignoreCaseOnANumber() {
    assertOneError(
        "List<Article> findByViewsIgnoreCase(int views);",
        "Method `findByViewsIgnoreCase` applies IgnoreCase to `views`, which is int; IgnoreCase"
            + " needs a String component. Use another operator or component.",
        "findByViewsIgnoreCase");
  }

  @Test
  void nullOnAPrimitive() {
    assertOneError(
        "List<Article> findByAuthorIdNull();",
        "Method `findByAuthorIdNull` applies Null to `authorId`, which is long and never NULL; Null"
            + " needs a component that may be null. Use another operator or component.",
        "findByAuthorIdNull");
  }

  @Test
  void trueOnANumber() {
    assertOneError(
        "List<Article> findByViewsTrue();",
        "Method `findByViewsTrue` applies True to `views`, which is int; True needs a boolean"
            + " component. Use another operator or component.",
        "findByViewsTrue");
  }

  @Test
  void comparisonOnABoolean() {
    assertOneError(
        "List<Article> findByPinnedGreaterThan(boolean pinned);",
        "Method `findByPinnedGreaterThan` applies GreaterThan to `pinned`, which is boolean;"
            + " GreaterThan needs a component with an order: a number, a String or a time. Use"
            + " another operator or component.",
        "findByPinnedGreaterThan");
  }

  @Test
  void tooFewParameters() {
    assertOneError(
        "List<Article> findByTitleAndPublishedAtBetween(String title, Instant from);",
        "Method `findByTitleAndPublishedAtBetween` takes 2 parameter(s) for its criteria, but its"
            + " name needs 3: title, publishedAtBetween, publishedAtBetween. Declare one parameter"
            + " per value, in the order of the name, then optionally a Limit.",
        "findByTitleAndPublishedAtBetween");
  }

  @Test
  void parameterOfTheWrongType() {
    assertOneError(
        """
        List<Article> findByAuthorIdAndTitle(
            long authorId,
            int title);
        """,
        "Parameter `title` of `findByAuthorIdAndTitle` is int, but criterion `title` needs the type"
            + " of `title`. Declare it as String.",
        "int title");
  }

  @Test
  void inWithoutACollection() {
    assertOneError(
        """
        List<Article> findByAuthorIdIn(
            long authorId);
        """,
        "Parameter `authorId` of `findByAuthorIdIn` is long, but criterion `authorIdIn` needs a"
            + " collection of Long. Declare it as Collection<Long>.",
        "long authorId");
  }

  @Test
  void inWithACollectionOfAnotherType() {
    assertOneError(
        """
        List<Article> findByTitleIn(
            List<Long> titles);
        """,
        "Parameter `titles` of `findByTitleIn` is List<Long>, but criterion `titleIn` needs a"
            + " collection of String. Declare it as Collection<String>.",
        "List<Long> titles");
  }

  @Test
  void limitNotLast() {
    assertOneError(
        """
        List<Article> findByAuthorId(
            Limit limit,
            long authorId);
        """,
        "Parameter `limit` of `findByAuthorId` is a Limit, which only the last parameter of a find"
            + " returning List or Stream without First may be. Remove it, or move it to the end.",
        "Limit limit,");
  }

  @Test
  void limitOnACount() {
    assertOneError(
        """
        long countByAuthorId(
            long authorId,
            Limit limit);
        """,
        "Parameter `limit` of `countByAuthorId` is a Limit, which only the last parameter of a find"
            + " returning List or Stream without First may be. Remove it, or move it to the end.",
        "Limit limit");
  }

  @Test
  void countReturningText() {
    assertOneError(
        "String countByTitle(String title);",
        "Method `countByTitle` returns String, but count…By returns long or int. Change the return"
            + " type.",
        "countByTitle");
  }

  @Test
  void existsReturningANumber() {
    assertOneError(
        "long existsDeadByTitle(String title);",
        "Method `existsDeadByTitle` returns long, but existsDead…By returns boolean. Change the"
            + " return type.",
        "existsDeadByTitle");
  }

  @Test
  void bulkVerbReturningLong() {
    assertOneError(
        "long softDeleteByTitle(String title);",
        "Method `softDeleteByTitle` returns long, but softDelete…By returns int, the number of rows"
            + " it changed. Change the return type.",
        "softDeleteByTitle");
  }

  @Test
  void findReturningASet() {
    assertOneError(
        "Set<Article> findByTitle(String title);",
        "Method `findByTitle` returns Set<Article>, but find…By returns List<Article>,"
            + " Optional<Article> or Stream<Article>. Change the return type.",
        "findByTitle");
  }

  @Test
  void findFirstReturningAList() {
    assertOneError(
        "List<Article> findFirstByAuthorIdOrderByPublishedAtDesc(long authorId);",
        "Method `findFirstByAuthorIdOrderByPublishedAtDesc` returns List<Article>, but findFirst…By"
            + " returns Optional<Article> (findFirst<N>By… returns a List). Change the return"
            + " type.",
        "findFirstByAuthorIdOrderByPublishedAtDesc");
  }

  @Test
  void optionalOfADeadScopeEvenForAUniqueKey() {
    assertOneError(
        "Optional<Article> findDeadBySlug(String slug);",
        "Method `findDeadBySlug` returns Optional, but several rows can match: findDead…By reads"
            + " dead rows, which may share a unique key. Return List<Article>, or use"
            + " findDeadFirstBy….",
        "findDeadBySlug");
  }

  @Test
  void optionalOfTheAnyScopeEvenForTheId() {
    assertOneError(
        "Optional<Article> findAnyByIdAndStatus(Long id, String status);",
        "Method `findAnyByIdAndStatus` returns Optional, but several rows can match: findAny…By"
            + " reads dead rows, which may share a unique key. Return List<Article>, or use"
            + " findAnyFirstBy….",
        "findAnyByIdAndStatus");
  }

  @Test
  void optionalWithOr() {
    assertOneError(
        "Optional<Article> findBySlugOrId(String slug, Long id);",
        "Method `findBySlugOrId` returns Optional, but several rows can match: its criteria are"
            + " joined by Or. Return List<Article>, or use findFirstBy….",
        "findBySlugOrId");
  }

  @Test
  void optionalWithoutAKey() {
    assertOneError(
        "Optional<Article> findBySlugIgnoreCase(String slug);",
        "Method `findBySlugIgnoreCase` returns Optional, but several rows can match: its criteria"
            + " do not fix the id or a unique key by equality. Return List<Article>, or use"
            + " findFirstBy….",
        "findBySlugIgnoreCase");
  }

  @Test
  void rowsThatAreNoRecord() {
    assertOneError(
        "List<String> findByStatus(String status);",
        "Method `findByStatus` returns rows of String, which is neither Article nor a record."
            + " Return List<Article>, or a record whose components are named like components of"
            + " Article.",
        "findByStatus");
  }

  @Test
  void projectionComponentTheEntityLacks() {
    JavaFileObject articles =
        articles(
            """
            record Heading(Long id, String tittle) {}
            List<Heading> findByStatus(String status);
            """);

    Compilation compilation = compile(article(), articles);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "Record Heading, which `findByStatus` returns, has component `tittle`, which Article"
                + " does not have. Did you mean `title`? Name projection components like the"
                + " entity's: id, authorId, title, status, publishedAt, views, pinned, slug,"
                + " orderId, notes, deletedAt.")
        .inFile(articles)
        .onLineContaining("findByStatus");
  }

  @Test
  void projectionComponentOfAnotherType() {
    JavaFileObject articles =
        articles(
            """
            record Counted(Long id, long views) {}
            record Owned(Long id, Long authorId) {}
            record Unset(Long id, long orderId) {}
            List<Counted> findByStatus(String status);
            List<Owned> findByTitle(String title);
            List<Unset> findBySlug(String slug);
            """);

    Compilation compilation = compile(article(), articles);

    // long for int is another type; Long for long may hold every value; long for a Long that may be
    // NULL may not.
    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation)
        .hadErrorContaining(
            "Record Counted, which `findByStatus` returns, has component `views` of type long, but"
                + " Article.views is int. Declare it as int.")
        .inFile(articles)
        .onLineContaining("findByStatus");
    assertThat(compilation)
        .hadErrorContaining(
            "Record Unset, which `findBySlug` returns, has component `orderId` of type long, but"
                + " Article.orderId is Long. Declare it as Long.")
        .inFile(articles)
        .onLineContaining("findBySlug");
  }

  @Test
  void oneMethodWithSeveralErrors() {
    JavaFileObject articles = articles("Optional<String> findByViewsLikeIgnoreCase(String v);");

    Compilation compilation = compile(article(), articles);

    assertThat(compilation).hadErrorCount(4);
    for (String message :
        new String[] {
          "applies Like to `views`",
          "applies IgnoreCase to `views`",
          "returns Optional, but several rows can match",
          "returns rows of String",
        }) {
      assertThat(compilation)
          .hadErrorContaining("Method `findByViewsLikeIgnoreCase` " + message)
          .inFile(articles)
          .onLineContaining("findByViewsLikeIgnoreCase");
    }
  }

  /** A repository of the one member, with one error, with this text, on the line with this text. */
  private static void assertOneError(String member, String message, String line) {
    JavaFileObject articles = articles(member);

    Compilation compilation = compile(article(), articles);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(message).inFile(articles).onLineContaining(line);
  }
}
