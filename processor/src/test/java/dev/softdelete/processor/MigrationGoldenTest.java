package dev.softdelete.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.softdelete.processor.GoldenFiles.expectedText;
import static dev.softdelete.processor.GoldenFiles.input;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The migrations of the golden entities on PostgreSQL and SQLite (whose CREATE TABLE holds the foreign
 * keys), as Flyway files and as a Liquibase changelog, against the expected files under {@code
 * golden/expected/db/}. {@link GoldenFiles} says how to regenerate them.
 */
class MigrationGoldenTest {
  private static final List<String> FILES =
      List.of(
          "db/migration/postgresql/V1_1__categories.sql",
          "db/migration/postgresql/V1_2__customers.sql",
          "db/migration/postgresql/V1_3__memberships.sql",
          "db/migration/postgresql/V1_4__purchase_orders.sql",
          "db/migration/postgresql/V1_5__users.sql",
          "db/migration/postgresql/V1_6__foreign_keys.sql",
          "db/migration/sqlite/V1_1__categories.sql",
          "db/migration/sqlite/V1_2__customers.sql",
          "db/migration/sqlite/V1_3__memberships.sql",
          "db/migration/sqlite/V1_4__purchase_orders.sql",
          "db/migration/sqlite/V1_5__users.sql",
          "db/changelog/postgresql/softdelete.sql",
          "db/changelog/sqlite/softdelete.sql");

  private static Compilation compilation;

  @BeforeAll
  static void compile() {
    compilation =
        Compilations.javac()
            .withOptions(
                "-Asoftdelete.dialects=postgresql,sqlite", "-Asoftdelete.flyway.version=1", "-Asoftdelete.liquibase")
            .compile(
                input("test/User.java"),
                input("test/Membership.java"),
                input("test/NonNull.java"),
                input("test/Accounts.java"),
                input("test/Customer.java"),
                input("test/PurchaseOrder.java"),
                input("test/Category.java"));
  }

  static List<String> files() {
    return FILES;
  }

  @Test
  void writesExactlyTheGoldenMigrations() {
    assertThat(compilation).succeededWithoutWarnings();
    String root = "/" + StandardLocation.CLASS_OUTPUT.getName() + "/";
    Set<String> written =
        compilation.generatedFiles().stream()
            .map(file -> file.toUri().getPath())
            .filter(path -> path.startsWith(root + "db/"))
            .map(path -> path.substring(root.length()))
            .collect(Collectors.toSet());
    assertThat(written).containsExactlyInAnyOrderElementsOf(FILES);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void migrationMatchesGoldenFile(String path) {
    JavaFileObject file =
        compilation
            .generatedFile(StandardLocation.CLASS_OUTPUT, path)
            .orElseThrow(() -> new AssertionError(path + " was not generated"));
    String actual;
    try {
      actual = GoldenFiles.normalize(file.getCharContent(true).toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (GoldenFiles.updating()) {
      GoldenFiles.update(path, actual);
      return;
    }
    assertThat(actual).as("text of %s", path).isEqualTo(expectedText(path));
  }
}
