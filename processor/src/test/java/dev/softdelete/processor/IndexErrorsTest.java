package dev.softdelete.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.softdelete.processor.Compilations.compile;
import static dev.softdelete.processor.Compilations.entity;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Errors about {@code @Index}. The declarations spread their members over several lines, so that
 * each test checks the error is on the member it is about; an error about an {@code @Index} on a
 * component is on the component's line.
 */
class IndexErrorsTest {

  private static JavaFileObject article(String indexes, String components) {
    return entity(
        "Article",
        """
        @SoftDeleteEntity(
            table = "articles"%s)
        public record Article(
        %s) {}
        """
            .formatted(indexes.isEmpty() ? "" : ",\n" + indexes, components));
  }

  private static final String COMPONENTS =
      """
      @Id Long id,
      long authorId,
      String title,
      java.time.Instant publishedAt,
      @DeletedAt java.time.Instant deletedAt\
      """;

  private static void assertOnlyError(
      Compilation compilation, JavaFileObject source, String message, String line) {
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(message).inFile(source).onLineContaining(line);
  }

  @Test
  void unknownComponentNamesTheClosest() {
    JavaFileObject article =
        article(
            """
            indexes = @Index(
                name = "author_published",
                components = {"authorID", "publishedAt"})\
            """,
            COMPONENTS);

    assertOnlyError(
        compile(article),
        article,
        "@Index \"author_published\" names component \"authorID\", which Article does not have. Did"
            + " you mean \"authorId\"? Its components are: id, authorId, title, publishedAt,"
            + " deletedAt.",
        "components = {\"authorID\", \"publishedAt\"}");
  }

  @Test
  void noComponents() {
    JavaFileObject article =
        article(
            """
            indexes = @Index(
                name = "nothing",
                components = {})\
            """,
            COMPONENTS);

    assertOnlyError(
        compile(article),
        article,
        "@Index \"nothing\" names no components. List the record components to index, in the order"
            + " queries filter by them, for example components = {\"authorId\", \"publishedAt\"}.",
        "components = {}");
  }

  @Test
  void repeatedComponent() {
    JavaFileObject article =
        article(
            """
            indexes = @Index(
                name = "twice",
                components = {"authorId", "title", "authorId"})\
            """,
            COMPONENTS);

    assertOnlyError(
        compile(article),
        article,
        "@Index \"twice\" names component \"authorId\" more than once. Name each component once.",
        "components = {\"authorId\", \"title\", \"authorId\"}");
  }

  /** Without a name there is no member to point at: the error is on the @Index in the list. */
  @Test
  void missingName() {
    JavaFileObject article =
        article(
            """
            indexes = {
                @Index(name = "by_title", components = "title"),
                @Index(components = {"authorId", "publishedAt"})}\
            """,
            COMPONENTS);

    assertOnlyError(
        compile(article),
        article,
        "The @Index over (authorId, publishedAt) in @SoftDeleteEntity(indexes = ...) has no name."
            + " Name it, for example name = \"author_id_published_at\": the index is"
            + " ix_articles_<name>.",
        "@Index(components = {\"authorId\", \"publishedAt\"})");
  }

  @Test
  void nameThatIsNotAnIdentifier() {
    JavaFileObject article =
        article(
            """
            indexes = @Index(
                name = "author-published",
                components = {"authorId", "publishedAt"})\
            """,
            COMPONENTS);

    assertOnlyError(
        compile(article),
        article,
        "Index name \"author-published\" is not a plain SQL identifier. Use letters, digits and"
            + " underscores, starting with a letter or underscore ([A-Za-z_][A-Za-z0-9_]*).",
        "name = \"author-published\"");
  }

  @Test
  void componentsOnAComponent() {
    JavaFileObject article =
        article(
            "",
            """
            @Id Long id,
            @Index(components = {"authorId", "title"}) long authorId,
            String title\
            """);

    assertOnlyError(
        compile(article),
        article,
        "@Index on component `authorId` names components, but on a component it indexes that"
            + " component alone. Remove components = {...}, or declare the index in"
            + " @SoftDeleteEntity(indexes = @Index(name = \"...\", components = {...})).",
        "@Index(components = {\"authorId\", \"title\"}) long authorId");
  }

  /**
   * @Index on authorId is ix_articles_author_id; so is a declared index named AUTHOR_ID.
   */
  @Test
  void twoIndexesOfOneName() {
    JavaFileObject article =
        article(
            """
            indexes = @Index(
                name = "AUTHOR_ID",
                components = {"authorId", "title"})\
            """,
            """
            @Id Long id,
            @Index long authorId,
            String title\
            """);

    assertOnlyError(
        compile(article),
        article,
        "Indexes \"author_id\" and \"AUTHOR_ID\" would both be index ix_articles_AUTHOR_ID. Give"
            + " one of them another name with @Index(name = \"...\").",
        "name = \"AUTHOR_ID\"");
  }

  @Test
  void nameOfAGeneratedIndex() {
    JavaFileObject article =
        article(
            """
            indexes = @Index(
                name = "live",
                components = {"authorId", "title"})\
            """,
            COMPONENTS);

    assertOnlyError(
        compile(article),
        article,
        "@Index \"live\" would be index ix_articles_live, which the generated DDL already creates"
            + " over (live, id). Give the @Index another name with @Index(name = \"...\").",
        "name = \"live\"");
  }

  /**
   * A reference's column has a generated index over every row, which the database's checks of the
   * foreign key need; a declared index on the component would take its name.
   */
  @Test
  void anIndexOnAReferenceTakesTheNameOfTheReferencesIndex() {
    JavaFileObject author =
        entity("Author", "@SoftDeleteEntity(table = \"authors\") public record Author(@Id Long id, String name) {}");
    JavaFileObject article =
        article(
            "",
            """
            @Id Long id,
            @Index @References(Author.class) long authorId,
            String title\
            """);

    assertOnlyError(
        compile(author, article),
        article,
        "@Index \"author_id\" would be index ix_articles_author_id, which the generated DDL already"
            + " creates over (author_id). Give the @Index another name with @Index(name = \"...\").",
        "@Index @References(Author.class) long authorId");
  }

  @Test
  void sameComponentsAsAnotherIndex() {
    JavaFileObject article =
        article(
            """
            indexes = @Index(
                name = "by_author",
                components = "authorId")\
            """,
            """
            @Id Long id,
            @Index long authorId,
            String title\
            """);

    assertOnlyError(
        compile(article),
        article,
        "@Index \"by_author\" has the same components as @Index \"author_id\", in the same order."
            + " Remove one of them.",
        "components = \"authorId\")");
  }

  @Test
  void sameComponentsAsAUniqueKey() {
    JavaFileObject article =
        article(
            """
            uniqueKeys = @UniqueKey(name = "author_title", components = {"authorId", "title"}),
            indexes = @Index(
                name = "by_author_title",
                components = {"authorId", "title"})\
            """,
            """
            @Id Long id,
            long authorId,
            String title\
            """);

    assertOnlyError(
        compile(article),
        article,
        "@Index \"by_author_title\" has the same components as unique key \"author_title\", whose"
            + " unique index serves its queries already. Remove the @Index.",
        "    components = {\"authorId\", \"title\"})");
  }

  @Test
  void uniqueComponent() {
    JavaFileObject author =
        entity(
            "Author",
            """
            @SoftDeleteEntity(table = "authors")
            public record Author(
                @Id Long id,
                @Unique @Index String email) {}
            """);

    assertOnlyError(
        compile(author),
        author,
        "@Index \"email\" has the same components as unique key \"email\", whose unique index"
            + " serves its queries already. Remove the @Index.",
        "@Unique @Index String email");
  }

  @Test
  void theIdAlone() {
    JavaFileObject article =
        article(
            "",
            """
            @Index @Id Long id,
            String title\
            """);

    assertOnlyError(
        compile(article),
        article,
        "@Index \"id\" is the @Id component `id` alone, which the primary key indexes already."
            + " Remove the @Index.",
        "@Index @Id Long id");
  }

  @Test
  void theDeletedAtComponent() {
    JavaFileObject article =
        article(
            """
            indexes = @Index(
                name = "author_deleted",
                components = {"authorId", "deletedAt"})\
            """,
            COMPONENTS);

    assertOnlyError(
        compile(article),
        article,
        "@Index \"author_deleted\" includes @DeletedAt component `deletedAt`, which mirrors the"
            + " deleted_at column: it is NULL in every live row the index is for. Remove it from"
            + " the index; the generated index ix_articles_deleted_at serves queries by deletion"
            + " time.",
        "components = {\"authorId\", \"deletedAt\"}");
  }

  /** On the component itself its name would be the generated index's too: one error, not two. */
  @Test
  void theDeletedAtComponentItself() {
    JavaFileObject article =
        article(
            "",
            """
            @Id Long id,
            String title,
            @Index @DeletedAt java.time.Instant deletedAt\
            """);

    assertOnlyError(
        compile(article),
        article,
        "@Index \"deleted_at\" includes @DeletedAt component `deletedAt`",
        "@Index @DeletedAt java.time.Instant deletedAt");
  }

  @Test
  void everyMisuseIsReported() {
    JavaFileObject article =
        article(
            """
            indexes = {
                @Index(name = "a", components = "auhtorId"),
                @Index(components = "title"),
                @Index(name = "deleted_at", components = "publishedAt")}\
            """,
            """
            @Id Long id,
            @Index(components = "title") long authorId,
            String title,
            java.time.Instant publishedAt\
            """);

    Compilation compilation = compile(article);

    assertThat(compilation).hadErrorCount(4);
    assertThat(compilation)
        .hadErrorContaining("Did you mean \"authorId\"?")
        .inFile(article)
        .onLineContaining("@Index(name = \"a\", components = \"auhtorId\")");
    assertThat(compilation)
        .hadErrorContaining("The @Index over (title)")
        .inFile(article)
        .onLineContaining("@Index(components = \"title\"),");
    assertThat(compilation)
        .hadErrorContaining("would be index ix_articles_deleted_at")
        .inFile(article)
        .onLineContaining("@Index(name = \"deleted_at\", components = \"publishedAt\")");
    assertThat(compilation)
        .hadErrorContaining("@Index on component `authorId` names components")
        .inFile(article)
        .onLineContaining("@Index(components = \"title\") long authorId");
  }

  /** javac reports an @Index value that does not compile; the processor adds nothing about it. */
  @Test
  void aValueThatDoesNotCompileIsLeftToJavac() {
    JavaFileObject article =
        article(
            "",
            """
            @Id Long id,
            @Index(name = NO_SUCH_CONSTANT) String title\
            """);

    assertOnlyError(
        compile(article), article, "NO_SUCH_CONSTANT", "@Index(name = NO_SUCH_CONSTANT)");
  }
}
