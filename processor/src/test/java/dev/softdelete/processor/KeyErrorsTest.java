package dev.softdelete.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.softdelete.processor.Compilations.compile;
import static dev.softdelete.processor.Compilations.entity;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Errors about unique keys. The {@code @UniqueKey}s spread their members over several lines, so that
 * each test checks the error is on the member it is about.
 */
class KeyErrorsTest {

  @Test
  void unknownKeyComponent() {
    JavaFileObject membership =
        entity(
            "Membership",
            """
            @SoftDeleteEntity(
                table = "memberships",
                uniqueKeys = @UniqueKey(
                    name = "org_user",
                    components = {"orgId", "usrId"}))
            public record Membership(
                @Id Long id,
                long orgId,
                long userId) {}
            """);

    Compilation compilation = compile(membership);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "@UniqueKey \"org_user\" names component \"usrId\", which Membership does not have. Its"
                + " components are: id, orgId, userId.")
        .inFile(membership)
        .onLineContaining("components = {\"orgId\", \"usrId\"}");
  }

  @Test
  void finderThatEveryRepositoryHas() {
    JavaFileObject device =
        entity(
            "Device",
            """
            @SoftDeleteEntity(table = "devices")
            public record Device(
                @Id java.util.UUID code,
                @Unique long id,
                String name) {}
            """);

    Compilation compilation = compile(device);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "Unique key \"id\" would get the finder findById(...), which SoftDeleteRepository"
                + " already declares. Rename one of the key's components.")
        .inFile(device)
        .onLineContaining("@Unique long id");
  }

  @Test
  void finderOfTwoKeys() {
    JavaFileObject pair =
        entity(
            "Pair",
            """
            @SoftDeleteEntity(
                table = "pairs",
                uniqueKeys = @UniqueKey(
                    name = "both",
                    components = {"a", "b"}))
            public record Pair(
                @Id Long id,
                String a,
                String b,
                @Unique String aAndB) {}
            """);

    Compilation compilation = compile(pair);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "Unique keys \"aAndB\" and \"both\" would both get the finder findByAAndB(...). Rename one"
                + " of the key's components.")
        .inFile(pair)
        .onLineContaining("components = {\"a\", \"b\"}");
  }

  @Test
  void emptyKey() {
    JavaFileObject membership =
        entity(
            "Membership",
            """
            @SoftDeleteEntity(
                table = "memberships",
                uniqueKeys = @UniqueKey(
                    name = "org_user",
                    components = {}))
            public record Membership(
                @Id Long id,
                long orgId,
                long userId) {}
            """);

    Compilation compilation = compile(membership);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "@UniqueKey \"org_user\" names no components. List the record components that are"
                + " unique together, for example components = {\"orgId\", \"userId\"}.")
        .inFile(membership)
        .onLineContaining("components = {}");
  }

  @Test
  void repeatedKeyComponent() {
    JavaFileObject membership =
        entity(
            "Membership",
            """
            @SoftDeleteEntity(
                table = "memberships",
                uniqueKeys = @UniqueKey(
                    name = "org_user",
                    components = {"orgId", "userId", "orgId"}))
            public record Membership(
                @Id Long id,
                long orgId,
                long userId) {}
            """);

    Compilation compilation = compile(membership);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "@UniqueKey \"org_user\" names component \"orgId\" more than once. Name each component"
                + " once.")
        .inFile(membership)
        .onLineContaining("components = {\"orgId\", \"userId\", \"orgId\"}");
  }

  @Test
  void duplicateKeyName() {
    JavaFileObject membership =
        entity(
            "Membership",
            """
            @SoftDeleteEntity(
                table = "memberships",
                uniqueKeys = {
                  @UniqueKey(name = "org_user", components = {"orgId", "userId"}),
                  @UniqueKey(
                      name = "org_user",
                      components = {"orgId", "email"})
                })
            public record Membership(
                @Id Long id,
                long orgId,
                long userId,
                String email) {}
            """);

    Compilation compilation = compile(membership);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "Two unique keys of Membership are named \"org_user\". Give the @UniqueKey another name.")
        .inFile(membership)
        .onLineContaining("    name = \"org_user\",");
  }

  /** A {@code @Unique} component's key is named after the component. */
  @Test
  void keyNamedAfterUniqueComponent() {
    JavaFileObject user =
        entity(
            "User",
            """
            @SoftDeleteEntity(
                table = "users",
                uniqueKeys = @UniqueKey(
                    name = "email",
                    components = {"email", "tenant"}))
            public record User(
                @Id Long id,
                @Unique String email,
                String tenant) {}
            """);

    Compilation compilation = compile(user);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "Two unique keys of User are named \"email\". Give the @UniqueKey another name.")
        .inFile(user)
        .onLineContaining("name = \"email\"");
  }

  @Test
  void keyIsTheId() {
    JavaFileObject user =
        entity(
            "User",
            """
            @SoftDeleteEntity(
                table = "users",
                uniqueKeys = @UniqueKey(
                    name = "by_id",
                    components = {"id"}))
            public record User(
                @Id Long id,
                String name) {}
            """);

    Compilation compilation = compile(user);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "@UniqueKey \"by_id\" is the @Id component `id` alone, which is already unique across"
                + " all rows. Remove the key.")
        .inFile(user)
        .onLineContaining("components = {\"id\"}");
  }

  /** Both keys would be index ux_users_org_id, and the second CREATE INDEX would fail. */
  @Test
  void duplicateIndexName() {
    JavaFileObject user =
        entity(
            "User",
            """
            @SoftDeleteEntity(
                table = "users",
                uniqueKeys = @UniqueKey(
                    name = "org_id",
                    components = {"orgId", "name"}))
            public record User(
                @Id Long id,
                @Unique Long orgId,
                String name) {}
            """);

    Compilation compilation = compile(user);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "Unique keys \"orgId\" and \"org_id\" would both be index ux_users_org_id. Give the"
                + " @UniqueKey another name.")
        .inFile(user)
        .onLineContaining("name = \"org_id\"");
  }

  @Test
  void duplicateKeyColumnsOfUniqueComponentAndKey() {
    JavaFileObject user =
        entity(
            "User",
            """
            @SoftDeleteEntity(
                table = "users",
                uniqueKeys = @UniqueKey(
                    name = "by_email",
                    components = {"email"}))
            public record User(
                @Id Long id,
                @Unique String email) {}
            """);

    Compilation compilation = compile(user);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "Unique key \"by_email\" has the same components as unique key \"email\". Remove one of"
                + " them.")
        .inFile(user)
        .onLineContaining("components = {\"email\"}");
  }

  /** Column order does not make another key: either index makes the other redundant. */
  @Test
  void duplicateKeyColumnsInAnotherOrder() {
    JavaFileObject membership =
        entity(
            "Membership",
            """
            @SoftDeleteEntity(
                table = "memberships",
                uniqueKeys = {
                  @UniqueKey(name = "org_user", components = {"orgId", "userId"}),
                  @UniqueKey(
                      name = "user_org",
                      components = {"userId", "orgId"})
                })
            public record Membership(
                @Id Long id,
                long orgId,
                long userId) {}
            """);

    Compilation compilation = compile(membership);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "Unique key \"user_org\" has the same components as unique key \"org_user\". Remove one"
                + " of them.")
        .inFile(membership)
        .onLineContaining("components = {\"userId\", \"orgId\"}");
  }

  /** The key name appears in SQL only inside the index name ux_memberships_order. */
  @Test
  void keyNameMayBeAReservedWord() {
    JavaFileObject membership =
        entity(
            "Membership",
            """
            @SoftDeleteEntity(
                table = "memberships",
                uniqueKeys = @UniqueKey(name = "order", components = {"orgId", "userId"}))
            public record Membership(@Id Long id, long orgId, long userId) {}
            """);

    Compilation compilation = compile(membership);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedFile(
            javax.tools.StandardLocation.CLASS_OUTPUT, "META-INF/softdelete/h2/memberships.sql")
        .contentsAsUtf8String()
        .contains("INDEX ux_memberships_order ON memberships (org_id, user_id, live)");
  }
}
