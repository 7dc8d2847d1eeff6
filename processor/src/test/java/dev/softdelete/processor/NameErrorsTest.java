package dev.softdelete.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.softdelete.processor.Compilations.compile;
import static dev.softdelete.processor.Compilations.entity;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Errors about table and column names: names SQL cannot use unquoted, and names that collide. Each
 * annotation member and record component is on its own line, so that each test checks the error is
 * on the name it is about.
 */
class NameErrorsTest {
  /** The dialects that reserve each word these tests use. */
  private static final java.util.Map<String, String> RESERVING =
      java.util.Map.of(
          "user", "H2, PostgreSQL, SQL Server, Oracle",
          "order", "H2, PostgreSQL, MySQL/MariaDB, SQLite, SQL Server, Oracle",
          "group", "H2, PostgreSQL, MySQL/MariaDB, SQLite, SQL Server, Oracle",
          "select", "H2, PostgreSQL, MySQL/MariaDB, SQLite, SQL Server, Oracle");

  private static final String SIXTY_THREE = "t".repeat(63);
  private static final String SIXTY_FOUR = "t".repeat(64);

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"user", "order", "group", "USER", "Select"})
  void reservedTableName(String table) {
    JavaFileObject account =
        entity(
            "Account",
            """
            @SoftDeleteEntity(
                table = "%s")
            public record Account(
                @Id Long id,
                String name) {}
            """
                .formatted(table));

    Compilation compilation = compile(account);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "Table name \""
                + table
                + "\" is a reserved word in "
                + RESERVING.get(table.toLowerCase(java.util.Locale.ROOT))
                + ", so unquoted SQL cannot use it. Choose another name, for example table = \""
                + table
                + "s\", or leave those databases out with the processor option"
                + " softdelete.dialects.")
        .inFile(account)
        .onLineContaining("table = \"" + table + "\"");
  }

  /** The default table is the record's name in snake_case, so the fix is to set the table. */
  @ParameterizedTest(name = "{0}")
  @CsvSource({"User, user", "Order, order", "Group, group"})
  void reservedDefaultTableName(String record, String table) {
    JavaFileObject file =
        entity(
            record,
            """
            @SoftDeleteEntity
            public record %s(
                @Id Long id,
                String name) {}
            """
                .formatted(record));

    Compilation compilation = compile(file);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "Table name \""
                + table
                + "\" (the default, from the record's name) is a reserved word in "
                + RESERVING.get(table.toLowerCase(java.util.Locale.ROOT))
                + ", so unquoted SQL cannot use it. Choose another name, for example"
                + " @SoftDeleteEntity(table = \""
                + table
                + "s\"), or leave those databases out with the processor option softdelete.dialects.")
        .inFile(file)
        .onLineContaining("@SoftDeleteEntity");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"user", "order", "group"})
  void reservedColumnName(String name) {
    JavaFileObject account =
        entity(
            "Account",
            """
            @SoftDeleteEntity(table = "accounts")
            public record Account(
                @Id Long id,
                String %s) {}
            """
                .formatted(name));

    Compilation compilation = compile(account);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "Column name \""
                + name
                + "\" of component `"
                + name
                + "` is a reserved word in "
                + RESERVING.get(name)
                + ", so unquoted SQL cannot use it. Choose another name, for example @Column(\"account_"
                + name
                + "\"), or leave those databases out with the processor option softdelete.dialects.")
        .inFile(account)
        .onLineContaining("String " + name + ")");
  }

  @Test
  void reservedColumnNameFromColumnAnnotation() {
    JavaFileObject account =
        entity(
            "Account",
            """
            @SoftDeleteEntity(table = "accounts")
            public record Account(
                @Id Long id,
                @Column("limit") long maxUsers) {}
            """);

    Compilation compilation = compile(account);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "Column name \"limit\" of component `maxUsers` is a reserved word in H2, PostgreSQL,"
                + " MySQL/MariaDB, SQLite,")
        .inFile(account)
        .onLineContaining("@Column(\"limit\")");
  }

  /** Reserved in one dialect only: H2 ({@code YEAR}), PostgreSQL ({@code ANALYSE}), Oracle, SQL Server. */
  @ParameterizedTest(name = "{0}")
  @CsvSource({"year, H2", "analyse, PostgreSQL", "level, Oracle", "top, SQL Server", "rank, MySQL/MariaDB"})
  void reservedInOneDialect(String name, String dialect) {
    JavaFileObject account =
        entity(
            "Account",
            """
            @SoftDeleteEntity(table = "accounts")
            public record Account(
                @Id Long id,
                int %s) {}
            """
                .formatted(name));

    Compilation compilation = compile(account);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "Column name \""
                + name
                + "\" of component `"
                + name
                + "` is a reserved word in "
                + dialect
                + ",")
        .inFile(account)
        .onLineContaining("int " + name + ")");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          liveColumn = "select"      | Live column name "select"      | liveColumn = "is_live"
          deletedAtColumn = "order"  | Deleted-at column name "order" | deletedAtColumn = "removed_at"
          """)
  void reservedLiveOrDeletedAtColumn(String member, String subject, String suggestion) {
    JavaFileObject account =
        entity(
            "Account",
            """
            @SoftDeleteEntity(
                table = "accounts",
                %s)
            public record Account(
                @Id Long id,
                String name) {}
            """
                .formatted(member));

    Compilation compilation = compile(account);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            subject
                + " is a reserved word in H2, PostgreSQL, MySQL/MariaDB, SQLite, SQL Server, Oracle, so unquoted SQL cannot"
                + " use it. Choose another name, for example "
                + suggestion
                + ", or leave those databases out with the processor option softdelete.dialects.")
        .inFile(account)
        .onLineContaining(member);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          table = "my-users"           | Table name "my-users"
          table = "1users"             | Table name "1users"
          table = "public.users"       | Table name "public.users"
          table = "users;"             | Table name "users;"
          liveColumn = "is live"       | Live column name "is live"
          deletedAtColumn = "gone-at"  | Deleted-at column name "gone-at"
          """)
  void notAnIdentifierOnTheEntity(String member, String subject) {
    JavaFileObject account =
        entity(
            "Account",
            """
            @SoftDeleteEntity(
                %s)
            public record Account(
                @Id Long id,
                String name) {}
            """
                .formatted(member));

    Compilation compilation = compile(account);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            subject
                + " is not a plain SQL identifier. Use letters, digits and underscores, starting"
                + " with a letter or underscore ([A-Za-z_][A-Za-z0-9_]*).")
        .inFile(account)
        .onLineContaining(member);
  }

  @Test
  void columnNotAnIdentifier() {
    JavaFileObject account =
        entity(
            "Account",
            """
            @SoftDeleteEntity(table = "accounts")
            public record Account(
                @Id Long id,
                @Column("e-mail") String email) {}
            """);

    Compilation compilation = compile(account);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "Column name \"e-mail\" of component `email` is not a plain SQL identifier. Use letters,"
                + " digits and underscores")
        .inFile(account)
        .onLineContaining("@Column(\"e-mail\")");
  }

  @Test
  void keyNameNotAnIdentifier() {
    JavaFileObject membership =
        entity(
            "Membership",
            """
            @SoftDeleteEntity(
                table = "memberships",
                uniqueKeys = @UniqueKey(
                    name = "org-user",
                    components = {"orgId", "userId"}))
            public record Membership(
                @Id Long id,
                long orgId,
                long userId) {}
            """);

    Compilation compilation = compile(membership);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "Unique key name \"org-user\" is not a plain SQL identifier. Use letters, digits and"
                + " underscores")
        .inFile(membership)
        .onLineContaining("name = \"org-user\"");
  }

  @Test
  void tableNameTooLong() {
    JavaFileObject account =
        entity(
            "Account",
            """
            @SoftDeleteEntity(
                table = "%s")
            public record Account(
                @Id Long id,
                String name) {}
            """
                .formatted(SIXTY_FOUR));

    Compilation compilation = compile(account);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "Table name \""
                + SIXTY_FOUR
                + "\" is 64 characters long; PostgreSQL cuts names at 63, so the generated SQL would"
                + " not find it. Use a shorter name.")
        .inFile(account)
        .onLineContaining("table = ");
  }

  @Test
  void columnNameTooLong() {
    JavaFileObject account =
        entity(
            "Account",
            """
            @SoftDeleteEntity(table = "accounts")
            public record Account(
                @Id Long id,
                @Column("%s") String name) {}
            """
                .formatted(SIXTY_FOUR));

    Compilation compilation = compile(account);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "Column name \""
                + SIXTY_FOUR
                + "\" of component `name` is 64 characters long; PostgreSQL cuts names at 63")
        .inFile(account)
        .onLineContaining("@Column(");
  }

  /** 63 characters is the longest name PostgreSQL keeps; index names built on it are shortened. */
  @Test
  void namesOfSixtyThreeCharactersAreAccepted() {
    JavaFileObject account =
        entity(
            "Account",
            """
            @SoftDeleteEntity(table = "%s")
            public record Account(@Id Long id, @Unique @Column("%s") String name) {}
            """
                .formatted(SIXTY_THREE, SIXTY_THREE));

    assertThat(compile(account)).succeededWithoutWarnings();
  }

  @Test
  void duplicateColumnByCase() {
    JavaFileObject account =
        entity(
            "Account",
            """
            @SoftDeleteEntity(table = "accounts")
            public record Account(
                @Id Long id,
                String userId,
                String userID) {}
            """);

    Compilation compilation = compile(account);

    // Both at once: another @Column alone would still leave the two one constant.
    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation)
        .hadErrorContaining(
            "Components `userId` and `userID` both map to column \"user_id\" (databases do not tell"
                + " case apart in unquoted names). Give one of them another name with"
                + " @Column(\"...\").")
        .inFile(account)
        .onLineContaining("String userID");
    assertThat(compilation)
        .hadErrorContaining("Components `userId` and `userID` would both be the constant USER_ID")
        .inFile(account)
        .onLineContaining("String userID");
  }

  @Test
  void duplicateConstant() {
    JavaFileObject account =
        entity(
            "Account",
            """
            @SoftDeleteEntity(table = "accounts")
            public record Account(
                @Id Long id,
                String url,
                @Column("url_text") String URL) {}
            """);

    Compilation compilation = compile(account);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "Components `url` and `URL` would both be the constant URL in the generated"
                + " AccountSchema.Columns. Rename one of them.")
        .inFile(account)
        .onLineContaining("String URL");
  }

  @Test
  void duplicateColumnFromColumnAnnotation() {
    JavaFileObject account =
        entity(
            "Account",
            """
            @SoftDeleteEntity(table = "accounts")
            public record Account(
                @Id Long id,
                String ownerId,
                @Column("owner_id") String owner) {}
            """);

    Compilation compilation = compile(account);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("Components `ownerId` and `owner` both map to column \"owner_id\"")
        .inFile(account)
        .onLineContaining("@Column(\"owner_id\")");
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          ''                           | boolean live     | live   | live
          'liveColumn = "active",'     | boolean active   | active | active
          ''                           | @Column("LIVE") boolean alive | alive | LIVE
          """)
  void columnIsLiveColumn(String member, String component, String name, String column) {
    JavaFileObject account =
        entity(
            "Account",
            """
            @SoftDeleteEntity(
                %s
                table = "accounts")
            public record Account(
                @Id Long id,
                %s) {}
            """
                .formatted(member, component));

    Compilation compilation = compile(account);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "Component `"
                + name
                + "` maps to column \""
                + column
                + "\", which is the live column. Rename the component's column with"
                + " @Column(\"...\"), or the live column with @SoftDeleteEntity(liveColumn ="
                + " \"...\").")
        .inFile(account)
        .onLineContaining(component);
  }

  @Test
  void columnIsDeletedAtColumn() {
    JavaFileObject account =
        entity(
            "Account",
            """
            @SoftDeleteEntity(table = "accounts")
            public record Account(
                @Id Long id,
                Instant deletedAt) {}
            """);

    Compilation compilation = compile(account);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "Component `deletedAt` maps to column \"deleted_at\", which is the deleted-at column."
                + " Mark the component @DeletedAt to read that column, rename its column with"
                + " @Column(\"...\"), or rename the deleted-at column with"
                + " @SoftDeleteEntity(deletedAtColumn = \"...\").")
        .inFile(account)
        .onLineContaining("Instant deletedAt");
  }

  @Test
  void liveColumnIsDeletedAtColumn() {
    JavaFileObject account =
        entity(
            "Account",
            """
            @SoftDeleteEntity(
                table = "accounts",
                liveColumn = "state",
                deletedAtColumn = "STATE")
            public record Account(
                @Id Long id,
                String name) {}
            """);

    Compilation compilation = compile(account);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "The live column and the deleted-at column are both named \"state\". Give them"
                + " different names.")
        .inFile(account)
        .onLineContaining("deletedAtColumn = \"STATE\"");
  }

  /** Unquoted names are case-insensitive, so "USERS" is the table "users" too. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"users", "USERS"})
  void duplicateTable(String table) {
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
            @SoftDeleteEntity(
                table = "%s")
            public record Team(
                @Id Long id,
                String name) {}
            """
                .formatted(table));

    Compilation compilation = compile(user, team);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "test.User and test.Team both map to table \""
                + table
                + "\". Give each @SoftDeleteEntity its own table with @SoftDeleteEntity(table ="
                + " \"...\").")
        .inFile(team)
        .onLineContaining("table = \"" + table + "\"");
  }
}
