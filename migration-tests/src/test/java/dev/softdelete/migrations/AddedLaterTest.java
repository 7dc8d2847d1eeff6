package dev.softdelete.migrations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.softdelete.TableDefinition;
import dev.softdelete.schema.SchemaVerifier;
import dev.softdelete.schema.SchemaVerifier.Strictness;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The life of a schema over two releases, as the README tells it. Release 1 builds with {@code
 * softdelete.flyway.version=1}, migrates, and its files are committed. Release 2 adds an entity and
 * builds with {@code softdelete.flyway.version=2} and {@code softdelete.migrations.tables=reviews}: it
 * writes only the new table's files, no file of version 1 changes, and Flyway, validating the applied
 * files against the committed ones, migrates the database of release 1 to release 2.
 */
class AddedLaterTest {
  private static final Map<String, String> RELEASE_1 =
      Map.of(
          "dev/softdelete/later/Author.java",
          """
          package dev.softdelete.later;

          import dev.softdelete.*;

          @SoftDeleteEntity(table = "authors")
          public record Author(@Id Long id, @Unique String email) {}
          """,
          "dev/softdelete/later/Book.java",
          """
          package dev.softdelete.later;

          import dev.softdelete.*;

          @SoftDeleteEntity(table = "books")
          public record Book(@Id Long id, @References(Author.class) long authorId, String title) {}
          """);

  private static final Map<String, String> ADDED =
      Map.of(
          "dev/softdelete/later/Review.java",
          """
          package dev.softdelete.later;

          import dev.softdelete.*;

          @SoftDeleteEntity(table = "reviews")
          public record Review(
              @Id Long id,
              @References(value = Book.class, onSoftDelete = OnSoftDelete.CASCADE) long bookId,
              int stars) {}
          """);

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void anEntityAddedLaterIsANewVersionAndLeavesTheAppliedOnesAlone(TestDatabase db, @TempDir Path work)
      throws IOException {
    String dialect = "-Asoftdelete.dialects=" + db.folder();
    Path release1 =
        Builds.compile(
            Builds.sources(work.resolve("src1"), RELEASE_1), work.resolve("out1"),
            List.of(dialect, "-Asoftdelete.flyway.version=1"));
    Path generated1 = release1.resolve("db/migration/" + db.folder());
    DataSource dataSource = db.fresh();
    MigrateResult first = flyway(dataSource, generated1).migrate();
    assertThat(first.migrations).extracting(m -> m.version + " " + m.description)
        .containsExactlyElementsOf(withKeys(db, List.of("1.1 authors", "1.2 books"), "1.3 foreign keys"));
    verify(dataSource, release1, "Author", "Book");

    // What the team commits at the release: src/main/resources/db/migration/<dialect>/ of its project.
    Path committed = copy(generated1, work.resolve("resources/db/migration/" + db.folder()));

    Map<String, String> release2Sources = new LinkedHashMap<>(RELEASE_1);
    release2Sources.putAll(ADDED);
    Path release2 =
        Builds.compile(
            Builds.sources(work.resolve("src2"), release2Sources), work.resolve("out2"),
            List.of(dialect, "-Asoftdelete.flyway.version=2", "-Asoftdelete.migrations.tables=reviews"));
    Path generated2 = release2.resolve("db/migration/" + db.folder());

    assertThat(Builds.migrations(release2).keySet())
        .containsExactlyElementsOf(
            withKeys(
                db,
                List.of("db/migration/" + db.folder() + "/V2_1__reviews.sql"),
                "db/migration/" + db.folder() + "/V2_2__foreign_keys.sql"));
    // The committed files of version 1 are those applied: their checksums match; version 2 is pending.
    Flyway pendingAllowed =
        Flyway.configure()
            .dataSource(dataSource)
            .locations("filesystem:" + committed.toAbsolutePath(), "filesystem:" + generated2.toAbsolutePath())
            .ignoreMigrationPatterns("*:pending")
            .load();
    assertThat(pendingAllowed.validateWithResult().validationSuccessful).isTrue();
    Flyway flyway = flyway(dataSource, committed, generated2);
    MigrateResult second = flyway.migrate();

    assertThat(second.migrations).extracting(m -> m.version + " " + m.description)
        .containsExactlyElementsOf(withKeys(db, List.of("2.1 reviews"), "2.2 foreign keys"));
    assertThat(flyway.validateWithResult().validationSuccessful).isTrue();
    verify(dataSource, release2, "Author", "Book", "Review");
    assertThat(flyway.migrate().migrationsExecuted).isZero();
  }

  /**
   * The same two releases with Liquibase: the changelog of release 1 is committed under another name
   * and included before the generated one, which holds only the table added in release 2. The
   * changesets keep their identity through the rename ({@code logicalFilePath}).
   */
  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void liquibaseRunsOnlyTheChangesetsOfAnEntityAddedLater(TestDatabase db, @TempDir Path work) throws IOException {
    String dialect = "-Asoftdelete.dialects=" + db.folder();
    String folder = "db/changelog/" + db.folder();
    Path resources = Files.createDirectories(work.resolve("resources").resolve(folder));
    Path release1 =
        Builds.compile(
            Builds.sources(work.resolve("src1"), RELEASE_1), work.resolve("out1"),
            List.of(dialect, "-Asoftdelete.liquibase=true"));
    Files.writeString(resources.resolve("master.xml"), master(folder + "/softdelete.sql"));
    DataSource dataSource = db.fresh();
    Tools.liquibaseUpdate(dataSource, folder + "/master.xml", work.resolve("resources"), release1);
    assertThat(LiquibaseTest.ranChangesets(dataSource))
        .containsExactlyElementsOf(
            withKeys(
                db,
                List.of("softdelete:authors softdelete", "softdelete:books softdelete"),
                "softdelete:books-foreign-keys softdelete"));

    // The release's commit: the changelog under a name of its own, included first.
    Files.copy(release1.resolve(folder + "/softdelete.sql"), resources.resolve("softdelete-1.sql"));
    Files.writeString(
        resources.resolve("master.xml"), master(folder + "/softdelete-1.sql", folder + "/softdelete.sql"));
    Map<String, String> release2Sources = new LinkedHashMap<>(RELEASE_1);
    release2Sources.putAll(ADDED);
    Path release2 =
        Builds.compile(
            Builds.sources(work.resolve("src2"), release2Sources), work.resolve("out2"),
            List.of(dialect, "-Asoftdelete.liquibase=true", "-Asoftdelete.migrations.tables=reviews"));
    Tools.liquibaseUpdate(dataSource, folder + "/master.xml", work.resolve("resources"), release2);
    Tools.liquibaseUpdate(dataSource, folder + "/master.xml", work.resolve("resources"), release2);

    List<String> all = new ArrayList<>(withKeys(
        db,
        List.of("softdelete:authors softdelete", "softdelete:books softdelete"),
        "softdelete:books-foreign-keys softdelete"));
    all.addAll(withKeys(db, List.of("softdelete:reviews softdelete"), "softdelete:reviews-foreign-keys softdelete"));
    assertThat(LiquibaseTest.ranChangesets(dataSource)).containsExactlyElementsOf(all);
    verify(dataSource, release2, "Author", "Book", "Review");
  }

  /** The tables' migrations, then that of their foreign keys where the database has one (not SQLite). */
  private static List<String> withKeys(TestDatabase db, List<String> tables, String keys) {
    List<String> all = new ArrayList<>(tables);
    if (!db.keysInCreateTable()) {
      all.add(keys);
    }
    return all;
  }

  /** A master changelog that includes the files, in order. */
  private static String master(String... files) {
    StringBuilder includes = new StringBuilder();
    for (String file : files) {
      includes.append("  <include file=\"").append(file).append("\"/>\n");
    }
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
            xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog
                http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-latest.xsd">
        %s</databaseChangeLog>
        """.formatted(includes);
  }

  private static Flyway flyway(DataSource dataSource, Path... folders) {
    return Tools.flyway(
        dataSource, Stream.of(folders).map(f -> "filesystem:" + f.toAbsolutePath()).toArray(String[]::new));
  }

  /** The verifier, with the definitions of the schema classes that build compiled. */
  private static void verify(DataSource dataSource, Path classes, String... entities) {
    try (URLClassLoader loader =
            new URLClassLoader(new URL[] {classes.toUri().toURL()}, AddedLaterTest.class.getClassLoader());
        Handle handle = Jdbi.create(dataSource).open()) {
      TableDefinition[] definitions = new TableDefinition[entities.length];
      for (int i = 0; i < entities.length; i++) {
        Class<?> schema = Class.forName("dev.softdelete.later." + entities[i] + "Schema", true, loader);
        definitions[i] = (TableDefinition) schema.getField("DEFINITION").get(null);
      }
      SchemaVerifier.verifyOrThrow(handle, Strictness.ERRORS_AND_WARNINGS, definitions);
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("the build did not compile the schema classes", e);
    }
  }

  private static Path copy(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    try (Stream<Path> files = Files.list(from)) {
      for (Path file : files.toList()) {
        Files.copy(file, to.resolve(file.getFileName()));
      }
    }
    return to;
  }
}
