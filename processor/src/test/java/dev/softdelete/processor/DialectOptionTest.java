package dev.softdelete.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.softdelete.processor.Compilations.entity;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Set;
import java.util.stream.Collectors;
import javax.annotation.processing.Processor;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The processor option {@code softdelete.dialects}: which dialects SQL and DDL are written for, and
 * whose reserved words names must avoid.
 */
class DialectOptionTest {
  private static final String ALL_IDS = "h2, postgresql, mysql, sqlite, sqlserver, oracle";

  private static final JavaFileObject USER =
      entity(
          "User",
          """
          @SoftDeleteEntity(table = "users")
          public record User(@Id Long id, @Unique String email, String name, @DeletedAt Instant deletedAt) {}
          """);

  /** A second record, to show that an option error is reported once, not once per record. */
  private static final JavaFileObject TAG =
      entity(
          "Tag",
          """
          @SoftDeleteEntity(table = "tags")
          public record Tag(@Id Long id, String label) {}
          """);

  /** javac with a new processor and the option set to {@code value}. */
  private static Compiler javacWithDialects(String value) {
    return javacWithDialects(new SoftDeleteProcessor(), value);
  }

  /**
   * javac with the processor and the option. A {@link FilerRecorder} shows what a failed
   * compilation wrote, which compile-testing does not.
   */
  private static Compiler javacWithDialects(Processor processor, String value) {
    return Compiler.javac().withProcessors(processor).withOptions("-Asoftdelete.dialects=" + value);
  }

  @Test
  void writesResourcesForTheNamedDialectsOnly() {
    Compilation compilation = javacWithDialects("postgresql,h2").compile(USER);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(resources(compilation))
        .containsExactlyInAnyOrder(
            "META-INF/softdelete/h2/users.sql", "META-INF/softdelete/postgresql/users.sql");
    assertThat(compilation)
        .generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/softdelete/postgresql/users.sql")
        .contentsAsUtf8String()
        .contains("CREATE UNIQUE INDEX ux_users_email ON users (email, live) NULLS DISTINCT");
    for (String left : new String[] {"mysql", "sqlite", "sqlserver", "oracle"}) {
      assertThat(
              compilation.generatedFile(
                  StandardLocation.CLASS_OUTPUT, "META-INF/softdelete/" + left + "/users.sql"))
          .as(left)
          .isEmpty();
    }
  }

  @Test
  void createStatementsHasCasesForTheNamedDialectsOnly() {
    Compilation compilation = javacWithDialects("postgresql,h2").compile(USER);

    assertThat(compilation).succeededWithoutWarnings();
    String schema = source(compilation, "test.UserSchema");
    String createStatements =
        schema.substring(
            schema.indexOf("public static List<String> createStatements(Dialect dialect)"),
            schema.indexOf("public static final class Columns"));
    assertThat(createStatements)
        .contains("case H2 ->", "case POSTGRESQL ->")
        .doesNotContain("MYSQL", "SQLITE", "SQLSERVER", "ORACLE")
        .doesNotContain("NVARCHAR", "VARCHAR2", "LONGTEXT", "AUTOINCREMENT")
        // Dialect order, whatever the order of the option.
        .contains("\"; it was compiled for h2, postgresql\"\n", "\" (see the processor option softdelete.dialects)\"");
  }

  @Test
  void repositoryHasSqlForTheNamedDialectsOnly() {
    Compilation compilation = javacWithDialects("sqlserver").compile(USER);

    assertThat(compilation).succeededWithoutWarnings();
    String repository = source(compilation, "test.JdbiUserRepository");
    assertThat(repository)
        .contains("case SQLSERVER -> SQLSERVER;", "OFFSET 0 ROWS FETCH NEXT ? ROWS ONLY")
        .doesNotContain("H2", "POSTGRESQL", "ORACLE", "ROWNUM");
    assertThat(resources(compilation)).containsExactly("META-INF/softdelete/sqlserver/users.sql");
  }

  @Test
  void idsIgnoreCaseSpacesAndEmptyEntries() {
    Compilation compilation = javacWithDialects(" PostgreSQL , ,Oracle,").compile(USER);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(resources(compilation))
        .containsExactlyInAnyOrder(
            "META-INF/softdelete/postgresql/users.sql", "META-INF/softdelete/oracle/users.sql");
  }

  /** {@code level} and {@code comment} are reserved in Oracle and in none of the other dialects. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"level", "comment"})
  void nameReservedOnlyInOracleIsAcceptedWithoutOracle(String name) {
    Compilation compilation = javacWithDialects("postgresql,h2").compile(account(name));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/softdelete/postgresql/accounts.sql")
        .contentsAsUtf8String()
        .contains("    " + name + " INTEGER NOT NULL,");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"level, 'postgresql,h2,oracle'", "comment, oracle"})
  void nameReservedOnlyInOracleIsRefusedWithOracle(String name, String dialects) {
    JavaFileObject account = account(name);
    FilerRecorder processor = new FilerRecorder(new SoftDeleteProcessor());

    Compilation compilation = javacWithDialects(processor, dialects).compile(account);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "Column name \""
                + name
                + "\" of component `"
                + name
                + "` is a reserved word in Oracle, so unquoted SQL cannot use it. Choose another"
                + " name, for example @Column(\"account_"
                + name
                + "\"), or leave those databases out with the processor option"
                + " softdelete.dialects.")
        .inFile(account)
        .onLineContaining("int " + name + ")");
    assertThat(processor.created()).isEmpty();
  }

  @Test
  void nameReservedOnlyInOracleIsRefusedByDefault() {
    JavaFileObject account = account("level");

    Compilation compilation = Compilations.compile(account);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "Column name \"level\" of component `level` is a reserved word in Oracle,")
        .inFile(account)
        .onLineContaining("int level)");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          postgres             | postgres
          postgresql,postgres  | postgres
          h2, MSSQL ,oracle    | MSSQL
          """)
  void unknownDialectIsOneErrorAndGeneratesNothing(String value, String bad) {
    FilerRecorder processor = new FilerRecorder(new SoftDeleteProcessor());

    Compilation compilation = javacWithDialects(processor, value).compile(USER, TAG);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "The processor option softdelete.dialects names \""
                + bad
                + "\", which is not a dialect. Use dialect ids separated by commas: "
                + ALL_IDS
                + ".");
    assertThat(processor.created()).isEmpty();
  }

  /** A value that names no dialect: blanks and commas. */
  @ParameterizedTest(name = "[{0}]")
  @ValueSource(strings = {" ", ",", " , ,", "\t"})
  void blankValueIsNoDialectError(String value) {
    FilerRecorder processor = new FilerRecorder(new SoftDeleteProcessor());

    Compilation compilation = javacWithDialects(processor, value).compile(USER, TAG);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "The processor option softdelete.dialects names no dialect. Use dialect ids separated"
                + " by commas: "
                + ALL_IDS
                + "; or leave the option out for all of them.");
    assertThat(processor.created()).isEmpty();
  }

  /**
   * {@code -Asoftdelete.dialects=} with nothing after the '=' reaches the processor as a null value;
   * it names no dialect, like a blank value, rather than meaning "all" as a missing option does.
   */
  @Test
  void emptyValueNamesNoDialect() {
    FilerRecorder processor = new FilerRecorder(new SoftDeleteProcessor());
    Compilation compilation =
        Compiler.javac().withProcessors(processor).withOptions("-Asoftdelete.dialects=").compile(USER);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("The processor option softdelete.dialects names no dialect.");
    assertThat(processor.created()).isEmpty();
  }

  @Test
  void withoutTheOptionEveryDialectIsWritten() {
    Compilation compilation = Compilations.compile(USER);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(resources(compilation))
        .containsExactlyInAnyOrder(
            "META-INF/softdelete/h2/users.sql",
            "META-INF/softdelete/postgresql/users.sql",
            "META-INF/softdelete/mysql/users.sql",
            "META-INF/softdelete/sqlite/users.sql",
            "META-INF/softdelete/sqlserver/users.sql",
            "META-INF/softdelete/oracle/users.sql");
  }

  private static JavaFileObject account(String column) {
    return entity(
        "Account",
        """
        @SoftDeleteEntity(table = "accounts")
        public record Account(
            @Id Long id,
            int %s) {}
        """
            .formatted(column));
  }

  /** The paths of the DDL resources written to the class output. */
  private static Set<String> resources(Compilation compilation) {
    return compilation.generatedFiles().stream()
        .filter(file -> file.getKind() == JavaFileObject.Kind.OTHER)
        .map(DialectOptionTest::classOutputPath)
        .filter(path -> path.startsWith("META-INF/softdelete/"))
        .collect(Collectors.toSet());
  }

  private static String classOutputPath(JavaFileObject file) {
    Path path = Paths.get(file.toUri().getPath());
    Path root = Paths.get("/" + StandardLocation.CLASS_OUTPUT.getName());
    assertThat(path).as("location of %s", file.toUri()).startsWithRaw(root);
    return root.relativize(path).toString().replace(File.separatorChar, '/');
  }

  private static String source(Compilation compilation, String qualifiedName) {
    JavaFileObject file =
        compilation
            .generatedSourceFile(qualifiedName)
            .orElseThrow(() -> new AssertionError(qualifiedName + " was not generated"));
    try {
      return file.getCharContent(true).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * {@code LIVE_PREDICATE} exists only when every dialect compiled for writes the live predicate
   * alike; {@code livePredicate(Dialect)} always, right for each dialect.
   */
  @Test
  void livePredicateConstantExistsOnlyWhenEveryDialectWritesItAlike() {
    Compilation alike = javacWithDialects("h2,postgresql").compile(USER);
    Compilation differing = javacWithDialects("postgresql,sqlserver").compile(USER);

    assertThat(alike).succeeded();
    assertThat(differing).succeeded();
    assertThat(source(alike, "test.UserSchema")).contains("public static final String LIVE_PREDICATE = \"live = TRUE\";");
    assertThat(source(differing, "test.UserSchema"))
        .doesNotContain("LIVE_PREDICATE =")
        .contains("case POSTGRESQL -> \"live = TRUE\";")
        .contains("case SQLSERVER -> \"live = 1\";");
  }
}
