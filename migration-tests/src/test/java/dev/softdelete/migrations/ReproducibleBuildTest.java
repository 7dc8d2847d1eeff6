package dev.softdelete.migrations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Flyway and Liquibase refuse to go on when a file they applied has changed: a second build of the same
 * records must write the same bytes. The second build here is javac run by the test on this module's
 * sources, with the options of its pom; the first is Maven's, in target/classes.
 */
class ReproducibleBuildTest {
  @Test
  void aSecondBuildWritesByteIdenticalMigrations(@TempDir Path work) {
    Map<String, String> maven = Builds.migrations(Path.of("target", "classes"));

    Path classes = Builds.compile(Path.of("src", "main", "java"), work, Builds.MODULE_OPTIONS);

    // Five Flyway files and a changelog on each of H2 and PostgreSQL; four and a changelog on SQLite.
    assertThat(maven).hasSize(17);
    assertThat(Builds.migrations(classes)).isEqualTo(maven);
  }
}
