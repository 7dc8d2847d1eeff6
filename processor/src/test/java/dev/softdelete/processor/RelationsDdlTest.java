package dev.softdelete.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.softdelete.processor.Compilations.compile;
import static dev.softdelete.processor.Compilations.entity;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.softdelete.Dialect;
import dev.softdelete.internal.ddl.DdlNames;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The pieces that references add to the DDL resource of each dialect: the deletion column of the
 * dialect's UUID type on both sides of a reference, its CHECK and index; per reference an index over
 * every row and a FOREIGN KEY to the parent's id, added after every table exists, or inside CREATE
 * TABLE on SQLite. The golden files hold the whole text; this says which parts matter.
 */
class RelationsDdlTest {
  private static Compilation compilation;

  @BeforeAll
  static void compileRelatedEntities() {
    compilation =
        compile(
            entity(
                "Author",
                "@SoftDeleteEntity(table = \"authors\") public record Author(@Id Long id, String name) {}"),
            entity(
                "Book",
                """
                @SoftDeleteEntity(table = "books")
                public record Book(
                    @Id Long id,
                    @References(value = Author.class, onSoftDelete = OnSoftDelete.CASCADE) long authorId,
                    String title) {}
                """),
            entity(
                "Topic",
                """
                @SoftDeleteEntity(table = "topics")
                public record Topic(@Id String code, @References(Topic.class) String parentCode) {}
                """),
            entity(
                "Footnote",
                """
                @SoftDeleteEntity(table = "footnotes_of_books_kept_by_the_long_named_archive_dept")
                public record Footnote(@Id Long id, @References(Book.class) Long bookId) {}
                """),
            entity(
                "Reader",
                "@SoftDeleteEntity(table = \"readers\") public record Reader(@Id Long id, String name) {}"));
    assertThat(compilation).succeededWithoutWarnings();
  }

  private static String ddl(Dialect dialect, String table) {
    String path = "META-INF/softdelete/" + dialect.id() + "/" + table + ".sql";
    try {
      return compilation
          .generatedFile(StandardLocation.CLASS_OUTPUT, path)
          .orElseThrow(() -> new AssertionError(path + " was not generated"))
          .getCharContent(true)
          .toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The CREATE TABLE statement of the resource. */
  private static String createTable(Dialect dialect, String table) {
    String text = ddl(dialect, table);
    int start = text.indexOf("CREATE TABLE");
    return text.substring(start, text.indexOf(";", start));
  }

  private static String uuidType(Dialect dialect) {
    return switch (dialect) {
      case H2, POSTGRESQL -> "UUID";
      case MYSQL, ORACLE -> "CHAR(36)";
      case SQLITE -> "TEXT";
      case SQLSERVER -> "UNIQUEIDENTIFIER";
    };
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void parentAndChildGetTheDeletionColumnWithItsCheckAndIndex(Dialect dialect) {
    for (String table : List.of("authors", "books")) {
      assertThat(createTable(dialect, table))
          .contains("    deleted_at ")
          .contains("\n    deletion_id " + uuidType(dialect) + ",\n")
          .contains("CONSTRAINT ck_" + table + "_deletion_id CHECK (live IS NULL OR deletion_id IS NULL)");
      assertThat(createTable(dialect, table).indexOf("deletion_id"))
          .as("after deleted_at")
          .isGreaterThan(createTable(dialect, table).indexOf("deleted_at"));
      assertThat(ddl(dialect, table))
          .contains("CREATE INDEX ix_" + table + "_deletion_id ON " + table + " (deletion_id);");
    }
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void anEntityOutsideEveryRelationHasNoDeletionColumnNorForeignKey(Dialect dialect) {
    assertThat(ddl(dialect, "readers")).doesNotContain("deletion_id").doesNotContain("FOREIGN KEY");
  }

  /** Over all rows, dead ones too: the database's own checks of the foreign key read it. */
  @ParameterizedTest
  @EnumSource(Dialect.class)
  void aReferenceColumnIsIndexedOverEveryRow(Dialect dialect) {
    assertThat(ddl(dialect, "books")).contains("CREATE INDEX ix_books_author_id ON books (author_id);\n");
    assertThat(ddl(dialect, "topics")).contains("CREATE INDEX ix_topics_parent_code ON topics (parent_code);\n");
  }

  @ParameterizedTest
  @EnumSource(value = Dialect.class, names = "SQLITE", mode = EnumSource.Mode.EXCLUDE)
  void foreignKeysAreAddedAfterEveryTableExists(Dialect dialect) {
    String foreignKey =
        "ALTER TABLE books ADD CONSTRAINT fk_books_author_id FOREIGN KEY (author_id) REFERENCES authors (id);\n";

    assertThat(createTable(dialect, "books")).doesNotContain("FOREIGN KEY");
    assertThat(ddl(dialect, "books"))
        .endsWith("-- Foreign keys: run these once every table exists, so that tables can be created in any"
            + " order.\n" + foreignKey);
    assertThat(ddl(dialect, "topics"))
        .endsWith(
            "ALTER TABLE topics ADD CONSTRAINT fk_topics_parent_code FOREIGN KEY (parent_code) REFERENCES"
                + " topics (code);\n");
    assertThat(ddl(dialect, "authors")).doesNotContain("FOREIGN KEY");
  }

  /** SQLite cannot add a constraint to a table, and looks the parent up only when the key is used. */
  @Test
  void sqliteDeclaresForeignKeysInsideCreateTable() {
    assertThat(createTable(Dialect.SQLITE, "books"))
        .endsWith("    CONSTRAINT fk_books_author_id FOREIGN KEY (author_id) REFERENCES authors (id)\n)");
    assertThat(ddl(Dialect.SQLITE, "books"))
        .doesNotContain("ALTER TABLE")
        .contains("-- SQLite enforces the foreign keys only on connections with PRAGMA foreign_keys = ON.");
  }

  /** A reference has its parent's id type, so where text is unbounded it gets the bounded key type. */
  @Test
  void aStringReferenceHasTheTypeOfItsParentsId() {
    assertThat(createTable(Dialect.MYSQL, "topics"))
        .contains("code VARCHAR(255) NOT NULL,\n    parent_code VARCHAR(255),");
    assertThat(createTable(Dialect.SQLSERVER, "topics"))
        .contains("parent_code NVARCHAR(255) COLLATE Latin1_General_100_BIN2,");
    assertThat(createTable(Dialect.ORACLE, "topics")).contains("parent_code VARCHAR2(255 CHAR),");
  }

  @Test
  void longNamesAreShortenedAsEveryOtherConstraintName() {
    String table = "footnotes_of_books_kept_by_the_long_named_archive_dept";
    String foreignKey = DdlNames.foreignKey(table, "book_id");
    String index = DdlNames.index(table, "book_id");

    assertThat(foreignKey).hasSize(DdlNames.MAX_IDENTIFIER_LENGTH).startsWith("fk_footnotes_").matches(".*_[0-9a-f]{8}");
    assertThat(ddl(Dialect.POSTGRESQL, table))
        .contains("ADD CONSTRAINT " + foreignKey + " FOREIGN KEY (book_id) REFERENCES books (id);")
        .contains("CREATE INDEX " + index + " ON " + table + " (book_id);");
    assertThat(compilation)
        .generatedSourceFile("test.FootnoteSchema")
        .contentsAsUtf8String()
        .contains("\"" + foreignKey + "\"");
  }
}
