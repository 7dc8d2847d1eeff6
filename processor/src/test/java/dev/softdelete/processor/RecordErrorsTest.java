package dev.softdelete.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.softdelete.processor.Compilations.compile;
import static dev.softdelete.processor.Compilations.entity;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Errors about the annotated type as a whole, and how errors are reported together. */
class RecordErrorsTest {

  @Test
  void validEntityCompilesWithoutErrorsOrWarnings() {
    JavaFileObject user =
        entity(
            "User",
            """
            @SoftDeleteEntity(table = "users")
            public record User(@Id Long id, @Unique String email, String name, @DeletedAt Instant deletedAt) {}
            """);

    Compilation compilation = compile(user);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.JdbiUserRepository");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          public class User {}                  | a class
          public interface User {}              | an interface
          public enum User { ACTIVE }           | an enum
          public @interface User {}             | an annotation type
          """)
  void notARecord(String declaration, String kind) {
    JavaFileObject user =
        entity(
            "User",
            """
            @SoftDeleteEntity(table = "users")
            %s
            """
                .formatted(declaration));

    Compilation compilation = compile(user);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "@SoftDeleteEntity applies to records, but User is "
                + kind
                + ". Declare it as a record: `public record User(@Id Long id, ...)`.")
        .inFile(user)
        .onLineContaining("@SoftDeleteEntity");
  }

  @Test
  void genericRecord() {
    JavaFileObject box =
        entity(
            "Box",
            """
            @SoftDeleteEntity(table = "boxes")
            public record Box<T, U>(
                @Id Long id,
                String label) {}
            """);

    Compilation compilation = compile(box);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "@SoftDeleteEntity records cannot have type parameters, but Box declares <T, U>. Give"
                + " every component a concrete type.")
        .inFile(box)
        .onLineContaining("record Box<T, U>");
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          public class Outer {                 | User is private
          private static class Outer {         | User is nested in private type Outer
          """)
  void inaccessibleRecord(String outer, String why) {
    String record = why.equals("User is private") ? "private record User(" : "record User(";
    JavaFileObject file =
        entity(
            "Holder",
            """
            public class Holder {
              %s
                @SoftDeleteEntity(table = "users")
                %s
                    @Id Long id,
                    String name) {}
              }
            }
            """
                .formatted(outer, record));

    Compilation compilation = compile(file);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            why
                + ", so the code generated beside it cannot construct it. Make it a top-level or"
                + " static nested record that is at least package-private.")
        .inFile(file)
        .onLineContaining(record);
  }

  /**
   * A type of a name the processor generates cannot be generated again. The middle of the message is
   * the Filer's reason, which is javac's wording.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          UserRepository     | public interface UserRepository extends SoftDeleteRepository<User, Long> {}
          JdbiUserRepository | public class JdbiUserRepository {}
          UserRowMapper      | public class UserRowMapper {}
          UserSchema         | public class UserSchema {}
          """)
  void cannotWrite(String declared, String declaration) {
    JavaFileObject user =
        entity(
            "User",
            """
            @SoftDeleteEntity(table = "users")
            public record User(
                @Id Long id,
                String name) {}
            """);
    JavaFileObject existing = entity(declared, declaration);

    Compilation compilation = compile(user, existing);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("Cannot write test." + declared + " for User: ")
        .inFile(user)
        .onLineContaining("public record User(");
    assertThat(compilation)
        .hadErrorContaining(
            ". softdelete generates that file: if you declared a type with that name, rename it.")
        .inFile(user)
        .onLineContaining("public record User(");
  }

  /** Every problem of a record is reported in one compile, each where it is. */
  @Test
  void reportsAllErrorsOfARecordTogether() {
    JavaFileObject user =
        entity(
            "User",
            """
            @SoftDeleteEntity(table = "users")
            public record User(
                Long id,
                List<String> tags,
                String order) {}
            """);

    Compilation compilation = compile(user);

    assertThat(compilation).hadErrorCount(3);
    assertThat(compilation)
        .hadErrorContaining("User has no @Id component.")
        .inFile(user)
        .onLineContaining("@SoftDeleteEntity");
    assertThat(compilation)
        .hadErrorContaining("Component `tags` has type List<String>, which softdelete cannot store")
        .inFile(user)
        .onLineContaining("List<String> tags");
    assertThat(compilation)
        .hadErrorContaining("Column name \"order\" of component `order` is a reserved word")
        .inFile(user)
        .onLineContaining("String order");
  }

  /** Errors in one record do not keep another record from being generated. */
  @Test
  void reportsErrorsPerRecord() {
    JavaFileObject user =
        entity(
            "User",
            """
            @SoftDeleteEntity(table = "users")
            public record User(
                Long id,
                String name) {}
            """);
    JavaFileObject team =
        entity(
            "Team",
            """
            @SoftDeleteEntity(table = "teams")
            public record Team(@Id Long id, String name) {}
            """);

    FilerRecorder processor = new FilerRecorder(new SoftDeleteProcessor());

    Compilation compilation = Compiler.javac().withProcessors(processor).compile(user, team);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("User has no @Id component.").inFile(user);
    assertThat(processor.created())
        .containsExactlyInAnyOrderElementsOf(withRegistry(List.of("test.Team"),
            "test.TeamRepository",
            "test.JdbiTeamRepository",
            "test.TeamRowMapper",
            "test.TeamSchema",
            "META-INF/softdelete/h2/teams.sql",
            "META-INF/softdelete/postgresql/teams.sql",
            "META-INF/softdelete/mysql/teams.sql",
            "META-INF/softdelete/sqlite/teams.sql",
            "META-INF/softdelete/sqlserver/teams.sql",
            "META-INF/softdelete/oracle/teams.sql"));
  }

  /** The files and, after them, the registry of the records written. */
  private static List<String> withRegistry(List<String> records, String... files) {
    List<String> all = new java.util.ArrayList<>(List.of(files));
    all.addAll(RegistryFiles.created(records.toArray(String[]::new)));
    return all;
  }

  /**
   * A bug in the processor (here an Error thrown from inside it) becomes one error on the record it was
   * processing, carrying the trace; it never escapes into javac, and the other records are generated.
   */
  @Test
  void processorFailureIsReportedOnTheRecordAndTheOthersAreGenerated() {
    JavaFileObject user =
        entity(
            "User",
            """
            @SoftDeleteEntity(table = "users")
            public record User(@Id Long id, String name) {}
            """);
    JavaFileObject team =
        entity(
            "Team",
            """
            @SoftDeleteEntity(table = "teams")
            public record Team(@Id Long id, String name) {}
            """);

    FilerRecorder processor = new FilerRecorder(new SoftDeleteProcessor()).failingOn("test.UserRepository");

    Compilation compilation = Compiler.javac().withProcessors(processor).compile(user, team);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "The softdelete processor failed on test.User. This is a bug in softdelete; please report"
                + " it with this trace:")
        .inFile(user)
        .onLineContaining("public record User");
    assertThat(compilation).hadErrorContaining("java.lang.AssertionError: injected failure for test.UserRepository");
    assertThat(processor.created()).contains("test.TeamRepository", "test.JdbiTeamRepository").doesNotContain("test.UserRepository");
  }
}
