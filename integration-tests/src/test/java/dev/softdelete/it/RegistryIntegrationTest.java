package dev.softdelete.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.softdelete.Repository;
import dev.softdelete.SoftDeleteEntity;
import dev.softdelete.SoftDeleteRepository;
import dev.softdelete.TableDefinition;
import dev.softdelete.jdbi.SoftDeletePlugin;
import dev.softdelete.registry.EntityBinding;
import dev.softdelete.registry.RepositoryBinding;
import dev.softdelete.registry.SoftDeleteRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The registry the processor generated for this module, loaded as a container would: it lists exactly
 * the module's entities and repositories, and every binding makes a working repository on H2.
 */
class RegistryIntegrationTest {
  private static final SoftDeleteRegistry REGISTRY = SoftDeleteRegistry.load();

  private static Set<Class<?>> moduleEntities;
  private static Set<Class<?>> moduleRepositories;

  /**
   * The module's records and repository interfaces, found by reading its class files (which the
   * registry exists to avoid; a test may): every {@code @SoftDeleteEntity} record; every generated
   * repository (an interface that extends {@code SoftDeleteRepository} itself) and every
   * {@code @Repository} interface.
   */
  @BeforeAll
  static void scanModuleClasses() throws IOException, URISyntaxException {
    Path classes = Path.of(User.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Class<?>> types = new ArrayList<>();
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String name = classes.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".");
        types.add(load(name.substring(0, name.length() - ".class".length())));
      }
    }
    moduleEntities =
        types.stream().filter(t -> t.isRecord() && t.isAnnotationPresent(SoftDeleteEntity.class)).collect(Collectors.toSet());
    moduleRepositories =
        types.stream()
            .filter(Class::isInterface)
            .filter(t -> t.isAnnotationPresent(Repository.class)
                || Arrays.asList(t.getInterfaces()).contains(SoftDeleteRepository.class))
            .collect(Collectors.toSet());
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, RegistryIntegrationTest.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void theRegistryListsExactlyTheModulesEntitiesAndRepositories() {
    assertThat(moduleEntities).contains(User.class, Article.class).hasSizeGreaterThan(10);
    assertThat(moduleRepositories).contains(UserRepository.class, UserAccounts.class, Articles.class);

    assertThat(REGISTRY.entities().stream().map(EntityBinding::type).collect(Collectors.toSet()))
        .isEqualTo(moduleEntities);
    assertThat(REGISTRY.repositories().stream().map(RepositoryBinding::type).collect(Collectors.toSet()))
        .isEqualTo(moduleRepositories);
    assertThat(REGISTRY.repository(UserAccounts.class).orElseThrow().entity()).isEqualTo(User.class);
    assertThat(REGISTRY.entity(User.class).orElseThrow().table()).isEqualTo(UserSchema.DEFINITION);
  }

  @Test
  void eachRepositoryBindingMakesAWorkingRepository() {
    Jdbi jdbi = createEveryTable();
    for (RepositoryBinding<?> binding : REGISTRY.repositories()) {
      Object onDemand = binding.create(jdbi);
      assertThat(onDemand).as("%s", binding).isInstanceOf(binding.type());
      assertThat(((SoftDeleteRepository<?, ?>) onDemand).countAlive()).as("%s", binding).isZero();
      try (Handle handle = jdbi.open()) {
        Object attached = binding.attach(handle);
        assertThat(((SoftDeleteRepository<?, ?>) attached).countDead()).as("%s", binding).isZero();
      }
    }
  }

  @Test
  void bindingsWriteAndReadRowsThroughTheRegistryAlone() {
    Jdbi jdbi = createEveryTable();
    UserRepository users = REGISTRY.repository(UserRepository.class).orElseThrow().create(jdbi);
    User ann = users.insert(User.of("ann@example.com", "Ann"));

    EntityBinding<User> user = REGISTRY.entity(User.class).orElseThrow();
    try (Handle handle = jdbi.open()) {
      List<User> rows =
          handle.createQuery("SELECT " + UserSchema.SELECT_LIST + " FROM " + user.table().table())
              .map(user.rowMapper())
              .list();
      assertThat(rows).containsExactly(ann);
      assertThat(REGISTRY.repository(UserAccounts.class).orElseThrow().attach(handle).findById(ann.id()))
          .contains(ann);
    }
  }

  @Test
  void tablesAreThoseOfTheEntities() {
    assertThat(REGISTRY.tables())
        .hasSameSizeAs(moduleEntities)
        .contains(UserSchema.DEFINITION, ArticleSchema.DEFINITION)
        .extracting(TableDefinition::table)
        .doesNotHaveDuplicates();
  }

  /**
   * A fresh H2 database with the plugin and every table of the registry, created from the DDL
   * resources the processor wrote: the tables first, then their foreign keys.
   */
  private static Jdbi createEveryTable() {
    Jdbi jdbi =
        Jdbi.create("jdbc:h2:mem:registry_" + System.nanoTime() + ";DB_CLOSE_DELAY=-1")
            .installPlugin(new SoftDeletePlugin());
    List<String> tables = new ArrayList<>();
    List<String> foreignKeys = new ArrayList<>();
    for (TableDefinition table : REGISTRY.tables()) {
      for (String statement : ddl(table.table())) {
        (statement.startsWith("ALTER TABLE") ? foreignKeys : tables).add(statement);
      }
    }
    try (Handle handle = jdbi.open()) {
      tables.forEach(handle::execute);
      foreignKeys.forEach(handle::execute);
    }
    return jdbi;
  }

  private static List<String> ddl(String table) {
    String path = "META-INF/softdelete/h2/" + table + ".sql";
    try (InputStream in = RegistryIntegrationTest.class.getClassLoader().getResourceAsStream(path)) {
      assertThat(in).as(path).isNotNull();
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      String withoutComments =
          text.lines().filter(line -> !line.startsWith("--")).collect(Collectors.joining("\n"));
      return Arrays.stream(withoutComments.split(";"))
          .map(String::strip)
          .filter(statement -> !statement.isEmpty())
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
