package dev.softdelete.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.softdelete.processor.Compilations.compile;
import static dev.softdelete.processor.Compilations.entity;
import static dev.softdelete.processor.RepositorySources.article;
import static dev.softdelete.processor.RepositorySources.articles;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Errors about {@code @DeletedBy}: on a record component, on a derived method's parameter, and across
 * the entities a cascade reaches. The sources declare one component or parameter per line, so that each
 * test checks the error is on its line; each error is reported once.
 */
class DeletedByErrorsTest {
  private static final String TYPE_ADVICE =
      ". Use String, Long, Integer or UUID, boxed and without @NonNull: it is NULL while the row is"
          + " live.";

  private static final String PARAMETER_ADVICE =
      ". Mark only the last parameter of a softDelete…By method, with the type of the entity's"
          + " @DeletedBy component, or remove @DeletedBy.";

  /** A type-use NonNull, which the processor recognises by its simple name. */
  private static final JavaFileObject NON_NULL =
      JavaFileObjects.forSourceString(
          "test.NonNull",
          """
          package test;

          import java.lang.annotation.ElementType;
          import java.lang.annotation.Target;

          @Target(ElementType.TYPE_USE)
          public @interface NonNull {}
          """);

  private static final JavaFileObject CUSTOMER =
      entity(
          "Customer",
          """
          @SoftDeleteEntity(table = "customers")
          public record Customer(
              @Id Long id,
              String name) {}
          """);

  /** {@code test.User}: an id, a name, and the given component on a line of its own. */
  private static JavaFileObject user(String component) {
    return entity(
        "User",
        """
        @SoftDeleteEntity(table = "users")
        public record User(
            @Id Long id,
            String name,
            %s) {}
        """
            .formatted(component));
  }

  @Test
  void deletedByTwice() {
    JavaFileObject user =
        entity(
            "User",
            """
            @SoftDeleteEntity(table = "users")
            public record User(
                @Id Long id,
                String name,
                @DeletedBy String deletedBy,
                @DeletedBy String removedBy) {}
            """);

    Compilation compilation = compile(user);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "User has more than one @DeletedBy component: `deletedBy`, `removedBy`. Keep @DeletedBy on"
                + " exactly one, the component that records who deleted the row.")
        .inFile(user)
        .onLineContaining("@DeletedBy String removedBy");
  }

  /**
   * A primitive or a {@code @NonNull} component cannot be NULL on a live row; other types are no
   * actor. A type softdelete cannot store at all gets this message only, not the general one too.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          @DeletedBy long deletedBy            | long
          @DeletedBy int deletedBy             | int
          @DeletedBy @NonNull String deletedBy | String
          @DeletedBy Instant deletedBy         | Instant
          @DeletedBy boolean deletedBy         | boolean
          @DeletedBy Short deletedBy           | Short
          @DeletedBy Object deletedBy          | Object
          @DeletedBy List<String> deletedBy    | List<String>
          """)
  void deletedByType(String component, String type) {
    JavaFileObject user = user(component);

    Compilation compilation = compile(NON_NULL, user);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("@DeletedBy component `deletedBy` has type " + type + TYPE_ADVICE)
        .inFile(user)
        .onLineContaining(component);
  }

  /** The record's and the field's NonNull count as the type's does. */
  @Test
  void deletedByNonNullOnTheComponent() {
    JavaFileObject nonNull =
        JavaFileObjects.forSourceString(
            "test.NonNull",
            """
            package test;

            public @interface NonNull {}
            """);
    JavaFileObject user = user("@DeletedBy @NonNull String deletedBy");

    Compilation compilation = compile(nonNull, user);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("@DeletedBy component `deletedBy` has type String" + TYPE_ADVICE)
        .inFile(user)
        .onLineContaining("@DeletedBy @NonNull String deletedBy");
  }

  /**
   * The other annotation sets the component's type rules of its own (an id is never NULL, deleted-at
   * is a time): the one error is that the two are combined.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          @DeletedBy @Unique String deletedBy                  | @Unique
          @DeletedBy @DeletedAt Instant deletedBy              | @DeletedAt
          @DeletedBy @DeletedAt String deletedBy               | @DeletedAt
          @DeletedBy @Unique @DeletedAt Instant deletedBy      | @Unique and @DeletedAt
          @DeletedBy @References(Customer.class) Long deletedBy | @References
          """)
  void deletedByCombined(String component, String others) {
    JavaFileObject user = user(component);

    Compilation compilation = compile(CUSTOMER, user);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "@DeletedBy component `deletedBy` cannot also be "
                + others
                + ": only soft deletes write it. Remove "
                + others
                + ".")
        .inFile(user)
        .onLineContaining(component);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          @DeletedBy @Id Long id
          @DeletedBy @Id long id
          @DeletedBy @Id String id
          """)
  void deletedByOnTheId(String component) {
    JavaFileObject user =
        entity(
            "User",
            """
            @SoftDeleteEntity(table = "users")
            public record User(
                %s,
                String name) {}
            """
                .formatted(component));

    Compilation compilation = compile(user);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "@DeletedBy component `id` cannot also be @Id: only soft deletes write it. Remove @Id.")
        .inFile(user)
        .onLineContaining(component);
  }

  /** The key is what names the component, so the error is on the key's components. */
  @Test
  void deletedByInUniqueKey() {
    JavaFileObject user =
        entity(
            "User",
            """
            @SoftDeleteEntity(
                table = "users",
                uniqueKeys = @UniqueKey(
                    name = "email_deleter",
                    components = {"email", "deletedBy"}))
            public record User(
                @Id Long id,
                String email,
                @DeletedBy String deletedBy) {}
            """);

    Compilation compilation = compile(user);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "@DeletedBy component `deletedBy` cannot be part of @UniqueKey \"email_deleter\": it is NULL"
                + " in every live row, and the key holds among live rows only. Remove it from the key.")
        .inFile(user)
        .onLineContaining("components = {\"email\", \"deletedBy\"}");
  }

  @Test
  void deletedByInIndexOfTheEntity() {
    JavaFileObject user =
        entity(
            "User",
            """
            @SoftDeleteEntity(
                table = "users",
                indexes = @Index(
                    name = "by_deleter",
                    components = {"name", "deletedBy"}))
            public record User(
                @Id Long id,
                String name,
                @DeletedBy String deletedBy) {}
            """);

    Compilation compilation = compile(user);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "@Index \"by_deleter\" includes @DeletedBy component `deletedBy`, which is NULL in every"
                + " live row the index is for. Remove it from the index.")
        .inFile(user)
        .onLineContaining("components = {\"name\", \"deletedBy\"}");
  }

  @Test
  void deletedByWithIndexOnTheComponent() {
    JavaFileObject user = user("@DeletedBy @Index String deletedBy");

    Compilation compilation = compile(user);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "@Index \"deleted_by\" includes @DeletedBy component `deletedBy`, which is NULL in every"
                + " live row the index is for. Remove it from the index.")
        .inFile(user)
        .onLineContaining("@DeletedBy @Index String deletedBy");
  }

  @Test
  void actorParameterNotLast() {
    JavaFileObject articles =
        articles(
            """
            int softDeleteByTitle(
                @DeletedBy String actor,
                String title);
            """);

    Compilation compilation = compile(recorded("String"), articles);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "Parameter `actor` of `softDeleteByTitle` is marked @DeletedBy, but it is not the last"
                + " parameter"
                + PARAMETER_ADVICE)
        .inFile(articles)
        .onLineContaining("@DeletedBy String actor");
  }

  /** The last of two actors is the actor; the other is reported, once. */
  @Test
  void twoActorParameters() {
    JavaFileObject articles =
        articles(
            """
            int softDeleteByTitle(
                String title,
                @DeletedBy String first,
                @DeletedBy String second);
            """);

    Compilation compilation = compile(recorded("String"), articles);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "Parameter `first` of `softDeleteByTitle` is marked @DeletedBy, but it is not the last"
                + " parameter"
                + PARAMETER_ADVICE)
        .inFile(articles)
        .onLineContaining("@DeletedBy String first");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          int restoreByTitle(        | restoreByTitle
          List<Article> findByTitle( | findByTitle
          long countByTitle(         | countByTitle
          int hardDeleteByTitle(     | hardDeleteByTitle
          """)
  void actorParameterOnAnotherVerb(String declaration, String method) {
    JavaFileObject articles =
        articles(
            declaration
                + "\n"
                + """
                    String title,
                    @DeletedBy String actor);
                """);

    Compilation compilation = compile(recorded("String"), articles);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "Parameter `actor` of `"
                + method
                + "` is marked @DeletedBy, but only a softDelete…By method takes the actor of a delete"
                + PARAMETER_ADVICE)
        .inFile(articles)
        .onLineContaining("@DeletedBy String actor");
  }

  @Test
  void actorParameterOfAnEntityWithoutDeletedBy() {
    JavaFileObject articles =
        articles(
            """
            int softDeleteByAuthorId(
                long authorId,
                @DeletedBy String actor);
            """);

    Compilation compilation = compile(article(), articles);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "Parameter `actor` of `softDeleteByAuthorId` is marked @DeletedBy, but Article has no"
                + " @DeletedBy component to record it in"
                + PARAMETER_ADVICE)
        .inFile(articles)
        .onLineContaining("@DeletedBy String actor");
  }

  @ParameterizedTest(name = "{1} actor, {0} component")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Long   | String  | String
          String | Long    | Long
          String | long    | long
          Long   | Integer | Integer
          UUID   | String  | String
          """)
  void actorParameterOfAnotherType(String componentType, String parameterType, String shown) {
    JavaFileObject articles =
        articles(
            """
            int softDeleteByTitle(
                String title,
                @DeletedBy %s actor);
            """
                .formatted(parameterType));

    Compilation compilation = compile(recorded(componentType), articles);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "Parameter `actor` of `softDeleteByTitle` is marked @DeletedBy, but it is "
                + shown
                + " and `deletedBy` is "
                + componentType
                + PARAMETER_ADVICE)
        .inFile(articles)
        .onLineContaining("@DeletedBy " + parameterType + " actor");
  }

  /** The parent's soft deletes stamp their actor on the child's rows: the error is the parent's. */
  @Test
  void typesDifferAlongACascade() {
    JavaFileObject customer = deleter("Customer", "", "String");
    JavaFileObject order = deleter("Order", references("Customer", "CASCADE"), "Long");

    Compilation compilation = compile(customer, order);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "@DeletedBy component `deletedBy` of Customer is String, but Order, which its soft deletes"
                + " reach through references, records its actor as Long. Give the @DeletedBy components of"
                + " related entities one type.")
        .inFile(customer)
        .onLineContaining("@DeletedBy String deletedBy");
  }

  /** An entity without {@code @DeletedBy} between the two passes the actor on all the same. */
  @Test
  void typesDifferTwoCascadesDown() {
    JavaFileObject customer = deleter("Customer", "", "String");
    JavaFileObject order =
        entity(
            "Order",
            """
            @SoftDeleteEntity(table = "orders")
            public record Order(
                @Id Long id,
                %s) {}
            """
                .formatted(references("Customer", "CASCADE")));
    JavaFileObject line = deleter("Line", references("Order", "CASCADE"), "UUID");

    Compilation compilation = compile(customer, order, line);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "@DeletedBy component `deletedBy` of Customer is String, but Line, which its soft deletes"
                + " reach through references, records its actor as UUID.")
        .inFile(customer)
        .onLineContaining("@DeletedBy String deletedBy");
  }

  /** When each one's soft deletes reach the other, each is told. */
  @Test
  void typesDifferInACycleOfCascades() {
    JavaFileObject author =
        deleter("Author", "@References(value = Book.class, onSoftDelete = OnSoftDelete.CASCADE) Long bookId", "String");
    JavaFileObject book = deleter("Book", references("Author", "CASCADE"), "Long");

    Compilation compilation = compile(author, book);

    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation)
        .hadErrorContaining("@DeletedBy component `deletedBy` of Author is String, but Book")
        .inFile(author)
        .onLineContaining("@DeletedBy String deletedBy");
    assertThat(compilation)
        .hadErrorContaining("@DeletedBy component `deletedBy` of Book is Long, but Author")
        .inFile(book)
        .onLineContaining("@DeletedBy Long deletedBy");
  }

  /** A RESTRICT child is never soft-deleted by its parent, so it never records the parent's actor. */
  @Test
  void typesMayDifferAcrossARestrict() {
    JavaFileObject customer = deleter("Customer", "", "String");
    JavaFileObject order = deleter("Order", references("Customer", "RESTRICT"), "Long");

    assertThat(compile(customer, order)).succeededWithoutWarnings();
  }

  /** {@code test.Article} whose {@code deletedBy} records the actor as the given type. */
  private static JavaFileObject recorded(String type) {
    return entity(
        "Article",
        """
        @SoftDeleteEntity(table = "articles")
        public record Article(
            @Id Long id,
            String title,
            @DeletedBy %s deletedBy) {}
        """
            .formatted(type));
  }

  /** A reference to {@code parent} in a component {@code <parent>Id}. */
  private static String references(String parent, String onSoftDelete) {
    return "@References(value = %s.class, onSoftDelete = OnSoftDelete.%s) long %sId"
        .formatted(parent, onSoftDelete, parent.toLowerCase(java.util.Locale.ROOT));
  }

  /** Entity {@code name}: an id, the given component if any, a name and {@code @DeletedBy <type> deletedBy}. */
  private static JavaFileObject deleter(String name, String component, String type) {
    return entity(
        name,
        """
        @SoftDeleteEntity(table = "t_%s")
        public record %s(
            @Id Long id,%s
            String name,
            @DeletedBy %s deletedBy) {}
        """
            .formatted(name.toLowerCase(java.util.Locale.ROOT), name,
                component.isEmpty() ? "" : "\n    " + component + ",", type));
  }
}
