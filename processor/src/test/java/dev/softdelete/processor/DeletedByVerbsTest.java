package dev.softdelete.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.softdelete.processor.Compilations.compile;
import static dev.softdelete.processor.Compilations.entity;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The valid forms of {@code @DeletedBy} compile without warnings, and the generated repository of an
 * entity that records its actor, and only of such an entity, has the soft deletes that take one.
 */
class DeletedByVerbsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          String
          Long
          Integer
          UUID
          java.util.UUID
          """)
  void everyActorTypeCompiles(String type) {
    JavaFileObject user = user("@DeletedBy " + type + " deletedBy");

    assertThat(compile(user)).succeededWithoutWarnings();
  }

  /** The column may be renamed, and the component may stand anywhere in the record. */
  @Test
  void renamedColumnAndDeletedAtBesideCompile() {
    JavaFileObject user =
        entity(
            "User",
            """
            @SoftDeleteEntity(table = "users")
            public record User(
                @Id Long id,
                @DeletedBy @Column("removed_by") Long removedBy,
                String name,
                @DeletedAt Instant deletedAt) {}
            """);

    assertThat(compile(user)).succeededWithoutWarnings();
  }

  @Test
  void repositoryHasTheVerbsThatTakeAnActor() {
    Compilation compilation = compile(user("@DeletedBy String deletedBy"));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("test.UserRepository")
        .contentsAsUtf8String()
        .containsMatch("boolean softDelete\\(Long id, String deletedBy\\);");
    assertThat(compilation)
        .generatedSourceFile("test.UserRepository")
        .contentsAsUtf8String()
        .containsMatch("int softDeleteAll\\(Collection<Long> ids, String deletedBy\\);");
  }

  /** The actor's parameter is the component's type, and is named after it. */
  @Test
  void actorParameterTakesTheComponentsTypeAndName() {
    JavaFileObject user =
        entity(
            "User",
            """
            @SoftDeleteEntity(table = "users")
            public record User(
                @Id String id,
                String name,
                @DeletedBy UUID removedBy) {}
            """);

    Compilation compilation = compile(user);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("test.UserRepository")
        .contentsAsUtf8String()
        .containsMatch("boolean softDelete\\(String id, UUID removedBy\\);");
    assertThat(compilation)
        .generatedSourceFile("test.UserRepository")
        .contentsAsUtf8String()
        .containsMatch("int softDeleteAll\\(Collection<String> ids, UUID removedBy\\);");
  }

  @Test
  void withoutDeletedByTheRepositoryHasNoActorVerbs() {
    Compilation compilation = compile(user("String email"));

    assertThat(compilation).succeededWithoutWarnings();
    String source = source(compilation, "test.UserRepository");
    assertThat(source).doesNotContainPattern("softDelete\\([^)]*,");
    assertThat(source).doesNotContainPattern("softDeleteAll\\(");
    assertThat(source).doesNotContain("Collection");
  }

  /** The actor follows the criteria's parameters, of the component's type or its primitive. */
  @ParameterizedTest(name = "{0} actor, {1} component")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          String  | String
          Long    | Long
          long    | Long
          int     | Integer
          UUID    | UUID
          """)
  void derivedSoftDeleteWithAnActorCompiles(String parameterType, String componentType) {
    JavaFileObject user = user("@DeletedBy " + componentType + " deletedBy");
    JavaFileObject users =
        entity(
            "Users",
            """
            @Repository
            public interface Users extends SoftDeleteRepository<User, Long> {
              int softDeleteByName(String name, @DeletedBy %s actor);

              int softDeleteByNameIn(Collection<String> names, @DeletedBy %s actor);

              int softDeleteByName(String name);
            }
            """
                .formatted(parameterType, parameterType));

    assertThat(compile(user, users)).succeededWithoutWarnings();
  }

  /** Related entities that record their actor in one type, or do not record it, compile. */
  @Test
  void relatedEntitiesWithOneActorTypeCompile() {
    JavaFileObject customer =
        entity(
            "Customer",
            """
            @SoftDeleteEntity(table = "customers")
            public record Customer(
                @Id Long id,
                String name,
                @DeletedBy String deletedBy) {}
            """);
    JavaFileObject order =
        entity(
            "Order",
            """
            @SoftDeleteEntity(table = "orders")
            public record Order(
                @Id Long id,
                @References(value = Customer.class, onSoftDelete = OnSoftDelete.CASCADE) long customerId,
                @DeletedBy String deletedBy) {}
            """);
    JavaFileObject line =
        entity(
            "Line",
            """
            @SoftDeleteEntity(table = "order_lines")
            public record Line(
                @Id Long id,
                @References(value = Order.class, onSoftDelete = OnSoftDelete.CASCADE) long orderId,
                int quantity) {}
            """);

    assertThat(compile(customer, order, line)).succeededWithoutWarnings();
  }

  /** {@code test.User}: an id, a name, and the given component. */
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

  private static String source(Compilation compilation, String type) {
    try {
      return compilation.generatedSourceFile(type).orElseThrow().getCharContent(true).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
