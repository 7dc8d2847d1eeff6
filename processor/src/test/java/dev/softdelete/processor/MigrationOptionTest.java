package dev.softdelete.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.softdelete.processor.Compilations.entity;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The processor options of migrations, each wrong value an error about the compilation (an option has
 * no line in a source file) that says how to write it, after which nothing at all is generated.
 */
class MigrationOptionTest {
  private static final JavaFileObject USER =
      entity(
          "User",
          """
          @SoftDeleteEntity(table = "users")
          public record User(@Id Long id, @Unique String email, @DeletedAt Instant deletedAt) {}
          """);

  private static final JavaFileObject TAG =
      entity(
          "Tag",
          """
          @SoftDeleteEntity(table = "tags")
          public record Tag(@Id Long id, String label) {}
          """);

  /** Compiles USER and TAG with the options, recording what the processor created. */
  private static Result compile(String... options) {
    FilerRecorder processor = new FilerRecorder(new SoftDeleteProcessor());
    Compilation compilation =
        Compiler.javac()
            .withProcessors(processor)
            .withOptions(Stream.of(options).map(o -> "-A" + o).toList())
            .compile(USER, TAG);
    return new Result(compilation, processor.created());
  }

  private record Result(Compilation compilation, List<String> created) {}

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(strings = {"", "V1", "1.x", "1..2", "-1", "1.2.", "one"})
  void flywayVersionThatIsNotAVersionIsOneError(String version) {
    Result result = compile("softdelete.flyway.version=" + version);

    assertThat(result.compilation()).hadErrorCount(1);
    assertThat(result.compilation())
        .hadErrorContaining(
            "The processor option softdelete.flyway.version is \""
                + version
                + "\", which is not a Flyway version. Use numbers separated by dots or underscores, for"
                + " example 1 or 2.1: the migrations are named V<version>_<n>__<table>.sql.");
    assertThat(result.created()).isEmpty();
  }

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(strings = {"/db/migration", "classpath:db/migration", "db/../migration", "db\\migration", "db//x", " "})
  void locationThatIsNotARelativeFolderIsOneError(String location) {
    Result result = compile("softdelete.flyway.version=1", "softdelete.flyway.location=" + location);

    assertThat(result.compilation()).hadErrorCount(1);
    assertThat(result.compilation())
        .hadErrorContaining(
            "The processor option softdelete.flyway.location is \""
                + location.trim()
                + "\", which is not a relative resource folder. Use folder names separated by '/', without a"
                + " leading '/', '..', '\\' or 'classpath:', for example db/migration.");
    assertThat(result.created()).isEmpty();
  }

  @Test
  void liquibaseLocationIsCheckedLikeFlyways() {
    Result result = compile("softdelete.liquibase=true", "softdelete.liquibase.location=/changelog");

    assertThat(result.compilation()).hadErrorCount(1);
    assertThat(result.compilation())
        .hadErrorContaining(
            "The processor option softdelete.liquibase.location is \"/changelog\", which is not a relative"
                + " resource folder.");
    assertThat(result.compilation()).hadErrorContaining("for example db/changelog.");
  }

  @Test
  void liquibaseThatIsNotABooleanIsOneError() {
    Result result = compile("softdelete.liquibase=yes");

    assertThat(result.compilation()).hadErrorCount(1);
    assertThat(result.compilation())
        .hadErrorContaining("The processor option softdelete.liquibase is \"yes\". Use true or false.");
    assertThat(result.created()).isEmpty();
  }

  @Test
  void flywayLocationWithoutAVersionIsOneError() {
    Result result = compile("softdelete.flyway.location=db/flyway");

    assertThat(result.compilation()).hadErrorCount(1);
    assertThat(result.compilation())
        .hadErrorContaining(
            "The processor option softdelete.flyway.location has no effect without"
                + " softdelete.flyway.version. Set softdelete.flyway.version too, or remove"
                + " softdelete.flyway.location.");
    assertThat(result.created()).isEmpty();
  }

  @Test
  void liquibaseLocationWithoutLiquibaseIsOneError() {
    Result result = compile("softdelete.liquibase.location=db/lb");

    assertThat(result.compilation()).hadErrorCount(1);
    assertThat(result.compilation())
        .hadErrorContaining(
            "The processor option softdelete.liquibase.location has no effect without softdelete.liquibase.");
  }

  @Test
  void tablesWithoutAToolIsOneError() {
    Result result = compile("softdelete.migrations.tables=users");

    assertThat(result.compilation()).hadErrorCount(1);
    assertThat(result.compilation())
        .hadErrorContaining(
            "The processor option softdelete.migrations.tables has no effect without"
                + " softdelete.flyway.version or softdelete.liquibase.");
  }

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(strings = {"", " ", ",", " , "})
  void tablesThatNameNoTableIsOneError(String tables) {
    Result result = compile("softdelete.flyway.version=1", "softdelete.migrations.tables=" + tables);

    assertThat(result.compilation()).hadErrorCount(1);
    assertThat(result.compilation())
        .hadErrorContaining(
            "The processor option softdelete.migrations.tables names no table. Name the tables the"
                + " migrations create, separated by commas, or leave the option out for every table.");
    assertThat(result.created()).isEmpty();
  }

  /** Known only once every round is over: the other files are written, the migrations are not. */
  @Test
  void tableThatNoEntityHasIsOneErrorAndNoMigration() {
    Result result = compile("softdelete.flyway.version=2", "softdelete.migrations.tables=tags,user");

    assertThat(result.compilation()).hadErrorCount(1);
    assertThat(result.compilation())
        .hadErrorContaining(
            "The processor option softdelete.migrations.tables names table \"user\", which no"
                + " @SoftDeleteEntity of this compilation has. Its tables are: tags, users.");
    assertThat(result.created()).contains("test.UserSchema").noneMatch(path -> path.startsWith("db/"));
  }

  /** Every wrong option is reported at once, the dialects' too. */
  @Test
  void everyWrongOptionIsReported() {
    Result result =
        compile("softdelete.dialects=postgres", "softdelete.flyway.version=x", "softdelete.liquibase=1");

    assertThat(result.compilation()).hadErrorCount(3);
    assertThat(result.compilation()).hadErrorContaining("softdelete.dialects names \"postgres\"");
    assertThat(result.compilation()).hadErrorContaining("softdelete.flyway.version is \"x\"");
    assertThat(result.compilation()).hadErrorContaining("softdelete.liquibase is \"1\"");
    assertThat(result.created()).isEmpty();
  }

  /** The options are optional: without them no migration is written, and no warning is given. */
  @Test
  void withoutTheOptionsNoMigrationIsWritten() {
    Result result = compile();

    assertThat(result.compilation()).succeededWithoutWarnings();
    assertThat(result.created()).isNotEmpty().noneMatch(path -> path.startsWith("db/"));
  }

  /** {@code -Asoftdelete.liquibase} alone is a flag; {@code false} is the same as leaving it out. */
  @Test
  void liquibaseAloneTurnsItOnAndFalseTurnsItOff() {
    assertThat(compile("softdelete.liquibase").created()).contains("db/changelog/h2/softdelete.sql");
    Result off = compile("softdelete.liquibase=false");
    assertThat(off.compilation()).succeededWithoutWarnings();
    assertThat(off.created()).noneMatch(path -> path.startsWith("db/"));
  }

  /**
   * Gradle's incremental compilation: the processor is declared aggregating, since the registry lists
   * every record of the compilation and a migration holds the tables of many.
   */
  @Test
  void gradleSeesAnAggregatingProcessor() throws IOException {
    try (InputStream in =
        SoftDeleteProcessor.class.getResourceAsStream("/META-INF/gradle/incremental.annotation.processors")) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8).strip())
          .isEqualTo(SoftDeleteProcessor.class.getName() + ",aggregating");
    }
  }
}
