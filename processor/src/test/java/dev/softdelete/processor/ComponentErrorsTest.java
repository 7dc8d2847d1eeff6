package dev.softdelete.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.softdelete.processor.Compilations.compile;
import static dev.softdelete.processor.Compilations.entity;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Errors about record components: the id, the types, the deleted-at mirror. The records declare one
 * component per line, so that each test checks the error is on its component's line.
 */
class ComponentErrorsTest {

  @Test
  void noId() {
    JavaFileObject user =
        entity(
            "User",
            """
            @SoftDeleteEntity(table = "users")
            public record User(
                Long id,
                String name) {}
            """);

    Compilation compilation = compile(user);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "User has no @Id component. Annotate the primary key component with @Id, for example"
                + " `@Id Long id`.")
        .inFile(user)
        .onLineContaining("@SoftDeleteEntity");
  }

  @Test
  void multipleIds() {
    JavaFileObject user =
        entity(
            "User",
            """
            @SoftDeleteEntity(table = "users")
            public record User(
                @Id Long id,
                @Id String email,
                String name) {}
            """);

    Compilation compilation = compile(user);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "User has more than one @Id component: `id`, `email`. Keep @Id on exactly one; mark"
                + " other unique components @Unique.")
        .inFile(user)
        .onLineContaining("@Id String email");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          List<String> tags               | List<String>
          Map<String, ? extends Number> m | Map<String, ? extends Number>
          Object tags                     | Object
          char letter                     | char
          byte flags                      | byte
          Integer[] scores                | Integer[]
          ZonedDateTime tags              | ZonedDateTime
          Map.Entry<String, String> pair  | Map.Entry<String, String>
          """)
  void unsupportedType(String component, String type) {
    String name = component.substring(component.lastIndexOf(' ') + 1);
    JavaFileObject user =
        entity(
            "User",
            """
            @SoftDeleteEntity(table = "users")
            public record User(
                @Id Long id,
                %s,
                String name) {}
            """
                .formatted(component));

    Compilation compilation = compile(user);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "Component `"
                + name
                + "` has type "
                + type
                + ", which softdelete cannot store in a column. Supported types: String,"
                + " boolean/Boolean, short/Short, int/Integer, long/Long, float/Float, double/Double,"
                + " BigDecimal, UUID, Instant, OffsetDateTime, LocalDate, LocalDateTime, byte[] and"
                + " enums.")
        .inFile(user)
        .onLineContaining(component);
  }

  /**
   * javac reports the missing type too. The processor waits until the last round for another
   * processor to generate it, then says which component could not be resolved.
   */
  @Test
  void unresolvedType() {
    JavaFileObject user =
        entity(
            "User",
            """
            @SoftDeleteEntity(table = "users")
            public record User(
                @Id Long id,
                Address address,
                String name) {}
            """);

    Compilation compilation = compile(user);

    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation)
        .hadErrorContaining(
            "The type of component `address` (Address) could not be resolved. Check that it exists;"
                + " if another processor generates it, check that processor's errors.")
        .inFile(user)
        .onLineContaining("Address address");
    assertThat(compilation)
        .hadErrorContaining("cannot find symbol")
        .inFile(user)
        .onLineContaining("Address address");
  }

  /** A component type that another processor generates in the first round is there by the next. */
  @Test
  void typeGeneratedInALaterRoundIsResolved() {
    JavaFileObject user =
        entity(
            "User",
            """
            @SoftDeleteEntity(table = "users")
            public record User(@Id Long id, Status status) {}
            """);

    Compilation compilation =
        Compiler.javac()
            .withProcessors(
                new SoftDeleteProcessor(),
                new SourceGenerator("test.Status", "package test; public enum Status { ACTIVE }"))
            .compile(user);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("test.UserRowMapper")
        .contentsAsUtf8String()
        .contains("Jdbc.getEnum(rs, positions[1], Status::valueOf)");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          @Id Instant id        | Instant
          @Id double id         | double
          @Id short id          | short
          @Id BigDecimal id     | BigDecimal
          @Id List<Long> id     | List<Long>
          """)
  void unsupportedIdType(String component, String type) {
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
            "@Id component `id` has type "
                + type
                + ", which cannot be an id. Id types: Long, long, Integer, int, UUID and String.")
        .inFile(user)
        .onLineContaining(component);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"UUID", "String"})
  void idNotGeneratable(String type) {
    JavaFileObject user =
        entity(
            "User",
            """
            @SoftDeleteEntity(table = "users")
            public record User(
                @Id(generated = true) %s id,
                String name) {}
            """
                .formatted(type));

    Compilation compilation = compile(user);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "@Id component `id` has type "
                + type
                + ", which the database cannot generate. Remove `generated = true` and supply ids"
                + " yourself, or use a Long id.")
        .inFile(user)
        .onLineContaining("@Id(generated = true)");
  }

  /** Without {@code generated = true} written out, a UUID id is simply supplied by the caller. */
  @Test
  void uuidIdWithDefaultGeneratedIsValid() {
    JavaFileObject user =
        entity(
            "User",
            """
            @SoftDeleteEntity(table = "users")
            public record User(
                @Id UUID id,
                String name) {}
            """);

    assertThat(compile(user)).succeededWithoutWarnings();
  }

  /** javac reports a value that does not compile; the processor neither fails nor adds to it. */
  @Test
  void idGeneratedValueThatDoesNotCompile() {
    JavaFileObject user =
        entity(
            "User",
            """
            @SoftDeleteEntity(table = "users")
            public record User(
                @Id(generated = NO_SUCH_CONSTANT) Long id,
                String name) {}
            """);

    Compilation compilation = compile(user);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("cannot find symbol")
        .inFile(user)
        .onLineContaining("@Id(generated = NO_SUCH_CONSTANT)");
  }

  @Test
  void idAlsoUnique() {
    JavaFileObject user =
        entity(
            "User",
            """
            @SoftDeleteEntity(table = "users")
            public record User(
                @Id @Unique Long id,
                String name) {}
            """);

    Compilation compilation = compile(user);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "Component `id` is the @Id, which is already unique across all rows. Remove @Unique.")
        .inFile(user)
        .onLineContaining("@Id @Unique Long id");
  }

  @Test
  void deletedAtTwice() {
    JavaFileObject user =
        entity(
            "User",
            """
            @SoftDeleteEntity(table = "users")
            public record User(
                @Id Long id,
                String name,
                @DeletedAt Instant deletedAt,
                @DeletedAt Instant removedAt) {}
            """);

    Compilation compilation = compile(user);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "User has more than one @DeletedAt component: `deletedAt`, `removedAt`. Keep @DeletedAt"
                + " on exactly one, the component that mirrors the deleted-at column.")
        .inFile(user)
        .onLineContaining("@DeletedAt Instant removedAt");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          @DeletedAt LocalDateTime deletedAt | LocalDateTime
          @DeletedAt String deletedAt        | String
          @DeletedAt long deletedAt          | long
          @DeletedAt Date deletedAt          | Date
          """)
  void deletedAtType(String component, String type) {
    JavaFileObject user =
        entity(
            "User",
            """
            @SoftDeleteEntity(table = "users")
            public record User(
                @Id Long id,
                String name,
                %s) {}
            """
                .formatted(component));

    Compilation compilation = compile(user);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "@DeletedAt component `deletedAt` has type "
                + type
                + ". Use Instant or OffsetDateTime: it mirrors the deleted-at timestamp.")
        .inFile(user)
        .onLineContaining(component);
  }

  @Test
  void deletedAtAlsoUnique() {
    JavaFileObject user =
        entity(
            "User",
            """
            @SoftDeleteEntity(table = "users")
            public record User(
                @Id Long id,
                String name,
                @DeletedAt @Unique Instant deletedAt) {}
            """);

    Compilation compilation = compile(user);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "@DeletedAt component `deletedAt` cannot also be @Unique: it is a read-only mirror of"
                + " the deleted_at column. Remove @Unique; to rename the column, set"
                + " @SoftDeleteEntity(deletedAtColumn = \"...\").")
        .inFile(user)
        .onLineContaining("@DeletedAt @Unique Instant deletedAt");
  }

  @Test
  void deletedAtWithColumn() {
    JavaFileObject user =
        entity(
            "User",
            """
            @SoftDeleteEntity(table = "users")
            public record User(
                @Id Long id,
                String name,
                @DeletedAt @Column("gone_at") Instant deletedAt) {}
            """);

    Compilation compilation = compile(user);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "@DeletedAt component `deletedAt` cannot also be @Column: it is a read-only mirror of"
                + " the deleted_at column. Remove @Column; to rename the column, set"
                + " @SoftDeleteEntity(deletedAtColumn = \"...\").")
        .inFile(user)
        .onLineContaining("@DeletedAt @Column(\"gone_at\") Instant deletedAt");
  }

  @Test
  void deletedAtInUniqueKey() {
    JavaFileObject user =
        entity(
            "User",
            """
            @SoftDeleteEntity(
                table = "users",
                uniqueKeys = @UniqueKey(
                    name = "email_deleted",
                    components = {"email", "deletedAt"}))
            public record User(
                @Id Long id,
                String email,
                @DeletedAt Instant deletedAt) {}
            """);

    Compilation compilation = compile(user);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "@DeletedAt component `deletedAt` cannot be part of @UniqueKey \"email_deleted\":"
                + " it is a read-only mirror of the deleted_at column. Remove it from the key.")
        .inFile(user)
        .onLineContaining("components = {\"email\", \"deletedAt\"}");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          @Id Long id
          @Id Long id, @DeletedAt Instant deletedAt
          @Id Long id, @DeletedBy String deletedBy
          """)
  void noDataColumns(String components) {
    JavaFileObject tag =
        entity(
            "Tag",
            """
            @SoftDeleteEntity(table = "tags")
            public record Tag(%s) {}
            """
                .formatted(components));

    Compilation compilation = compile(tag);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "Tag has nothing to insert or update: the @Id, @DeletedAt and @DeletedBy components are not"
                + " written as data. Add a component.")
        .inFile(tag)
        .onLineContaining("@SoftDeleteEntity");
  }
}
