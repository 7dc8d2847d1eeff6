package dev.softdelete.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.softdelete.processor.Compilations.entity;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * What the migrations hold and how they are named: the order of the tables, the foreign keys after
 * them, the same bytes from build to build, and a table added later that changes no earlier file.
 */
class MigrationFilesTest {
  /** A child whose table sorts before its parent's, so that name order alone would be wrong. */
  private static final JavaFileObject ADDRESS =
      entity(
          "Address",
          """
          @SoftDeleteEntity(table = "addresses")
          public record Address(@Id Long id, @References(Person.class) long personId, String city) {}
          """);

  private static final JavaFileObject PERSON =
      entity(
          "Person",
          """
          @SoftDeleteEntity(table = "people")
          public record Person(@Id Long id, @Unique String email) {}
          """);

  /** A cycle: a team's captain plays in it. */
  private static final JavaFileObject TEAM =
      entity(
          "Team",
          """
          @SoftDeleteEntity(table = "teams")
          public record Team(@Id Long id, String name, @References(Player.class) Long captainId) {}
          """);

  private static final JavaFileObject PLAYER =
      entity(
          "Player",
          """
          @SoftDeleteEntity(table = "players")
          public record Player(@Id Long id, String name, @References(Team.class) Long teamId) {}
          """);

  /** Added in a later version: it references a table of the first. */
  private static final JavaFileObject INVOICE =
      entity(
          "Invoice",
          """
          @SoftDeleteEntity(table = "invoices")
          public record Invoice(@Id Long id, @References(Person.class) long personId, long cents) {}
          """);

  private static Compilation compile(List<String> options, JavaFileObject... sources) {
    List<String> args = new ArrayList<>(List.of("-Asoftdelete.dialects=h2,postgresql,sqlite"));
    options.forEach(o -> args.add("-A" + o));
    Compilation compilation =
        Compiler.javac().withProcessors(new SoftDeleteProcessor()).withOptions(args).compile(sources);
    assertThat(compilation).succeededWithoutWarnings();
    return compilation;
  }

  /** The text of every file written under db/, by path. */
  private static Map<String, String> migrations(Compilation compilation) {
    Map<String, String> files = new TreeMap<>();
    for (JavaFileObject file : compilation.generatedFiles()) {
      String path = file.toUri().getPath();
      String root = "/" + StandardLocation.CLASS_OUTPUT.getName() + "/";
      if (path.startsWith(root + "db/")) {
        files.put(path.substring(root.length()), text(file));
      }
    }
    return files;
  }

  private static String text(JavaFileObject file) {
    try {
      return file.getCharContent(true).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> names(Map<String, String> files, String folder) {
    return files.keySet().stream()
        .filter(path -> path.startsWith(folder + "/"))
        .map(path -> path.substring(folder.length() + 1))
        .sorted(MigrationFilesTest::byFlywayVersion)
        .toList();
  }

  /** V1_10 after V1_9, as Flyway orders them. */
  private static int byFlywayVersion(String a, String b) {
    String[] x = a.substring(1, a.indexOf("__")).split("_");
    String[] y = b.substring(1, b.indexOf("__")).split("_");
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      int c = Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i]));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(x.length, y.length);
  }

  @Test
  void parentsComeFirstAndTheForeignKeysLast() {
    Map<String, String> files = migrations(compile(List.of("softdelete.flyway.version=1"), ADDRESS, PERSON));

    assertThat(names(files, "db/migration/postgresql"))
        .containsExactly("V1_1__people.sql", "V1_2__addresses.sql", "V1_3__foreign_keys.sql");
    assertThat(files.get("db/migration/postgresql/V1_2__addresses.sql"))
        .startsWith("-- addresses: the table of test.Address on PostgreSQL.\n")
        .contains("CREATE TABLE addresses (", "CREATE INDEX ix_addresses_person_id ON addresses (person_id);\n")
        .doesNotContain("FOREIGN KEY");
    assertThat(files.get("db/migration/postgresql/V1_3__foreign_keys.sql"))
        .endsWith(
            "\nALTER TABLE addresses ADD CONSTRAINT fk_addresses_person_id FOREIGN KEY (person_id)"
                + " REFERENCES people (id);\n");
  }

  /** SQLite declares the keys in CREATE TABLE, and has no file of foreign keys. */
  @Test
  void sqliteHasTheKeysInItsTables() {
    Map<String, String> files = migrations(compile(List.of("softdelete.flyway.version=1"), ADDRESS, PERSON));

    assertThat(names(files, "db/migration/sqlite")).containsExactly("V1_1__people.sql", "V1_2__addresses.sql");
    assertThat(files.get("db/migration/sqlite/V1_2__addresses.sql"))
        .contains("CONSTRAINT fk_addresses_person_id FOREIGN KEY (person_id) REFERENCES people (id)");
  }

  @Test
  void aCycleIsTwoTablesThenBothKeys() {
    Map<String, String> files = migrations(compile(List.of("softdelete.flyway.version=3.1"), TEAM, PLAYER));

    assertThat(names(files, "db/migration/h2"))
        .containsExactly("V3_1_1__players.sql", "V3_1_2__teams.sql", "V3_1_3__foreign_keys.sql");
    assertThat(files.get("db/migration/h2/V3_1_3__foreign_keys.sql"))
        .startsWith("-- The foreign keys of the tables of version 3.1 on H2, added once every table exists,\n")
        .contains(
            "ALTER TABLE players ADD CONSTRAINT fk_players_team_id",
            "ALTER TABLE teams ADD CONSTRAINT fk_teams_captain_id");
  }

  /**
   * Flyway compares checksums of applied files: a second build, given its sources in any order, writes
   * the same bytes.
   */
  @Test
  void everyBuildWritesTheSameBytes() {
    List<String> options = List.of("softdelete.flyway.version=1", "softdelete.liquibase=true");
    Map<String, String> first = migrations(compile(options, ADDRESS, PERSON, TEAM, PLAYER));
    Map<String, String> second = migrations(compile(options, PLAYER, TEAM, PERSON, ADDRESS));

    assertThat(second).isEqualTo(first);
    // Four tables on three dialects, a file of keys on H2 and PostgreSQL, a changelog per dialect.
    assertThat(first).hasSize(3 * 4 + 2 + 3);
  }

  /**
   * A table added later takes a version of its own, written alone: no file of version 1 changes or
   * moves. Naming version 1's tables writes version 1 exactly as the first build did.
   */
  @Test
  void aTableAddedLaterChangesNoEarlierFile() {
    Map<String, String> before = migrations(compile(List.of("softdelete.flyway.version=1"), ADDRESS, PERSON));

    Map<String, String> added =
        migrations(
            compile(
                List.of("softdelete.flyway.version=2", "softdelete.migrations.tables=invoices"),
                ADDRESS, PERSON, INVOICE));
    Map<String, String> firstAgain =
        migrations(
            compile(
                List.of("softdelete.flyway.version=1", "softdelete.migrations.tables=people,addresses"),
                ADDRESS, PERSON, INVOICE));

    assertThat(names(added, "db/migration/postgresql")).containsExactly("V2_1__invoices.sql", "V2_2__foreign_keys.sql");
    assertThat(added.get("db/migration/postgresql/V2_2__foreign_keys.sql"))
        .contains(
            "ALTER TABLE invoices ADD CONSTRAINT fk_invoices_person_id FOREIGN KEY (person_id) REFERENCES people (id)")
        .doesNotContain("addresses");
    assertThat(firstAgain).isEqualTo(before);
  }

  @Test
  void liquibaseHasAChangesetPerTableThenPerTablesKeys() {
    Map<String, String> files =
        migrations(compile(List.of("softdelete.liquibase=true"), ADDRESS, PERSON, TEAM, PLAYER));

    assertThat(files.keySet())
        .containsExactly(
            "db/changelog/h2/softdelete.sql",
            "db/changelog/postgresql/softdelete.sql",
            "db/changelog/sqlite/softdelete.sql");
    String changelog = files.get("db/changelog/postgresql/softdelete.sql");
    assertThat(changelog).startsWith("-- liquibase formatted sql\n");
    assertThat(changelog.lines().filter(line -> line.startsWith("--changeset")))
        .containsExactly(
            "--changeset softdelete:people logicalFilePath:softdelete",
            "--changeset softdelete:addresses logicalFilePath:softdelete",
            "--changeset softdelete:players logicalFilePath:softdelete",
            "--changeset softdelete:teams logicalFilePath:softdelete",
            "--changeset softdelete:addresses-foreign-keys logicalFilePath:softdelete",
            "--changeset softdelete:players-foreign-keys logicalFilePath:softdelete",
            "--changeset softdelete:teams-foreign-keys logicalFilePath:softdelete");
    assertThat(files.get("db/changelog/sqlite/softdelete.sql")).doesNotContain("foreign-keys");
  }

  /** A changeset of a table is the same text whatever other tables are added to the changelog. */
  @Test
  void aTableAddedLaterLeavesTheOtherChangesetsAsTheyWere() {
    String before = migrations(compile(List.of("softdelete.liquibase=true"), ADDRESS, PERSON))
        .get("db/changelog/postgresql/softdelete.sql");
    String after = migrations(compile(List.of("softdelete.liquibase=true"), ADDRESS, PERSON, INVOICE))
        .get("db/changelog/postgresql/softdelete.sql");

    for (String id : List.of("people", "addresses", "addresses-foreign-keys")) {
      assertThat(changeset(after, id)).as(id).isEqualTo(changeset(before, id));
    }
    assertThat(changeset(after, "invoices")).contains("CREATE TABLE invoices (");
  }

  /** The text of one changeset, up to the next. */
  private static String changeset(String changelog, String id) {
    int start = changelog.indexOf("--changeset softdelete:" + id + " ");
    assertThat(start).as("changeset %s", id).isNotNegative();
    int end = changelog.indexOf("\n--changeset", start + 1);
    return changelog.substring(start, end < 0 ? changelog.length() : end);
  }

  @Test
  void locationsAreTheOptions() {
    Map<String, String> files =
        migrations(
            compile(
                List.of(
                    "softdelete.flyway.version=1",
                    "softdelete.flyway.location=db/flyway/",
                    "softdelete.liquibase=true",
                    "softdelete.liquibase.location=db/lb"),
                PERSON));

    assertThat(files.keySet())
        .containsExactlyInAnyOrder(
            "db/flyway/h2/V1_1__people.sql",
            "db/flyway/postgresql/V1_1__people.sql",
            "db/flyway/sqlite/V1_1__people.sql",
            "db/lb/h2/softdelete.sql",
            "db/lb/postgresql/softdelete.sql",
            "db/lb/sqlite/softdelete.sql");
  }

  /** A record another processor generates is processed in a later round, and its table is in the migrations too. */
  @Test
  void tablesOfEveryRoundAreInTheMigrations() {
    SourceGenerator generator =
        new SourceGenerator(
            "test.Note",
            """
            package test;

            @dev.softdelete.SoftDeleteEntity(table = "notes")
            public record Note(@dev.softdelete.Id Long id, String text) {}
            """);
    Compilation compilation =
        Compiler.javac()
            .withProcessors(new SoftDeleteProcessor(), generator)
            .withOptions("-Asoftdelete.dialects=h2", "-Asoftdelete.flyway.version=1")
            .compile(PERSON);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(names(migrations(compilation), "db/migration/h2"))
        .containsExactly("V1_1__notes.sql", "V1_2__people.sql");
  }

  /** The statements are those of the schema class and the DDL resource: one source for every form. */
  @Test
  void theStatementsAreTheResourcesStatements() {
    Compilation compilation = compile(List.of("softdelete.flyway.version=1"), ADDRESS, PERSON);
    Map<String, String> files = migrations(compilation);
    String resource =
        text(compilation.generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/softdelete/postgresql/addresses.sql")
            .orElseThrow());

    String table = files.get("db/migration/postgresql/V1_2__addresses.sql");
    assertThat(resource).startsWith(table);
    assertThat(resource.substring(table.length()))
        .isEqualTo(
            "\n-- Foreign keys: run these once every table exists, so that tables can be created in any order.\n"
                + "ALTER TABLE addresses ADD CONSTRAINT fk_addresses_person_id FOREIGN KEY (person_id)"
                + " REFERENCES people (id);\n");
  }
}
