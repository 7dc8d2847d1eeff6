package dev.softdelete.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.softdelete.schema.SchemaVerifier;
import dev.softdelete.jdbi.SoftDeletePlugin;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.extension.Extensions;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** How the generated repositories plug into Jdbi: extensions without proxies, transactions, mappers. */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class JdbiIntegrationTest {
  /** A user's own SqlObject, which must keep working beside the generated repositories. */
  public interface UserQueries {
    @SqlQuery("SELECT COUNT(*) FROM users")
    long countRows();
  }

  @Parameter TestDatabase database;

  private final MutableClock clock = new MutableClock(Instant.parse("2026-05-01T12:00:00Z"));
  private Jdbi jdbi;

  @BeforeEach
  void setUp() {
    database.recreateTables();
    jdbi = database.jdbi(clock);
  }

  @AfterEach
  void noFalseAnywhere() {
    try (Handle handle = jdbi.open()) {
      assertThat(handle.createQuery("SELECT COUNT(*) FROM users WHERE live = FALSE").mapTo(Long.class).one())
          .isZero();
    }
  }

  @Test
  void attachOnDemandAndWithExtensionReturnTheGeneratedClassNotAProxy() {
    try (Handle handle = jdbi.open()) {
      UserRepository attached = handle.attach(UserRepository.class);
      assertThat(attached).isExactlyInstanceOf(JdbiUserRepository.class);
      attached.insert(User.of("ann@example.com", "Ann"));
    }
    UserRepository onDemand = jdbi.onDemand(UserRepository.class);
    assertThat(onDemand).isExactlyInstanceOf(JdbiUserRepository.class);
    assertThat(Proxy.isProxyClass(onDemand.getClass())).isFalse();
    Optional<String> name =
        jdbi.withExtension(
            UserRepository.class,
            users -> {
              assertThat(users).isExactlyInstanceOf(JdbiUserRepository.class);
              return users.findByEmail("ann@example.com").map(User::name);
            });
    assertThat(name).contains("Ann");
    assertThat(onDemand.countAlive()).isEqualTo(1);
  }

  @Test
  void everyWayOfGettingARepositoryWorksWhenProxiesAreRefused() {
    jdbi.getConfig(Extensions.class).setAllowProxy(false);

    UserRepository onDemand = jdbi.onDemand(UserRepository.class);
    User ann = onDemand.insert(User.of("ann@example.com", "Ann"));
    try (Handle handle = jdbi.open()) {
      assertThat(handle.attach(UserRepository.class).findById(ann.id())).contains(ann);
    }
    boolean deleted = jdbi.withExtension(UserRepository.class, users -> users.softDelete(ann.id()));
    assertThat(deleted).isTrue();
    assertThat(jdbi.onDemand(MembershipRepository.class).countAlive()).isZero();
    // The proxy path really is closed: a plain SqlObject is refused.
    assertThatThrownBy(() -> jdbi.onDemand(UserQueries.class)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void usersOwnSqlObjectsKeepWorkingBesideTheGeneratedRepositories() {
    jdbi.onDemand(UserRepository.class).insert(User.of("ann@example.com", "Ann"));

    assertThat(jdbi.onDemand(UserQueries.class).countRows()).isEqualTo(1);
    try (Handle handle = jdbi.open()) {
      assertThat(handle.attach(UserQueries.class).countRows()).isEqualTo(1);
    }
  }

  @Test
  void thePluginOrderDoesNotMatter() {
    Jdbi reversed =
        Jdbi.create(database.dataSource())
            .installPlugin(new SoftDeletePlugin(clock))
            .installPlugin(new SqlObjectPlugin());

    UserRepository users = reversed.onDemand(UserRepository.class);

    // Had SqlObjectPlugin replaced our on-demand factory, this would be one of Jdbi's proxies.
    assertThat(users).isExactlyInstanceOf(JdbiUserRepository.class);
    users.insert(User.of("ann@example.com", "Ann"));
    assertThat(reversed.onDemand(UserQueries.class).countRows()).isEqualTo(1);
  }

  @Test
  void onDemandCallsJoinTheThreadsTransactionAndRollBackWithIt() {
    UserRepository users = jdbi.onDemand(UserRepository.class);
    JdbiUserRepository constructed = new JdbiUserRepository(jdbi);

    assertThatThrownBy(
            () -> jdbi.useTransaction(
                handle -> {
                  User ann = users.insert(User.of("ann@example.com", "Ann"));
                  constructed.insert(User.of("bob@example.com", "Bob"));
                  // Both joined this transaction: the handle sees their uncommitted rows.
                  assertThat(handle.attach(UserRepository.class).countAlive()).isEqualTo(2);
                  assertThat(users.softDelete(ann.id())).isTrue();
                  throw new IllegalStateException("roll back");
                }))
        .hasMessage("roll back");

    assertThat(users.all()).isEmpty();
  }

  @Test
  void onDemandCallsCommitWithTheThreadsTransaction() {
    UserRepository users = jdbi.onDemand(UserRepository.class);

    jdbi.useTransaction(handle -> users.insert(User.of("ann@example.com", "Ann")));

    assertThat(users.findByEmail("ann@example.com")).isPresent();
  }

  @Test
  void thePluginMapsEntitiesForHandWrittenQueries() {
    UserRepository users = jdbi.onDemand(UserRepository.class);
    User ann = users.insert(User.of("ann@example.com", "Ann"));
    User bob = users.insert(User.of("bob@example.com", "Bob"));
    users.softDelete(bob.id());

    try (Handle handle = jdbi.open()) {
      // Columns in another order than SELECT_LIST: the mapper finds them by name.
      List<User> live =
          handle.createQuery(
                  "SELECT name, deleted_at, email, id FROM " + UserSchema.TABLE + " WHERE "
                      + UserSchema.livePredicate(database.dialect()) + " AND name LIKE :prefix")
              .bind("prefix", "A%")
              .mapTo(User.class)
              .list();
      assertThat(live).containsExactly(ann);

      Optional<Catalog.Product> product =
          handle.createQuery("SELECT " + Catalog_ProductSchema.SELECT_LIST + " FROM products")
              .mapTo(Catalog.Product.class)
              .findOne();
      assertThat(product).isEmpty();

      List<User> dead =
          handle.createQuery("SELECT " + UserSchema.SELECT_LIST + " FROM users WHERE " + UserSchema.DEAD_PREDICATE)
              .map(new UserRowMapper())
              .list();
      assertThat(dead).extracting(User::id).containsExactly(bob.id());
    }
  }

  @Test
  void deletedAtComesFromThePluginsClock() {
    UserRepository users = jdbi.onDemand(UserRepository.class);
    User ann = users.insert(User.of("ann@example.com", "Ann"));

    users.softDelete(ann.id());

    assertThat(users.findAnyById(ann.id()).orElseThrow().deletedAt()).isEqualTo(clock.instant());
  }

  @Test
  void theDefaultClockIsTheSystemsUtcClock() {
    Jdbi plain = Jdbi.create(database.dataSource()).installPlugin(new SqlObjectPlugin()).installPlugin(new SoftDeletePlugin());
    UserRepository users = plain.onDemand(UserRepository.class);
    User ann = users.insert(User.of("ann@example.com", "Ann"));
    Instant before = Instant.now().minusSeconds(1);

    users.softDelete(ann.id());

    assertThat(users.findAnyById(ann.id()).orElseThrow().deletedAt())
        .isBetween(before, Instant.now().plusSeconds(1));
  }

  @Test
  void theJdbiConstructorIsMarkedForInjection() throws NoSuchMethodException {
    assertThat(JdbiUserRepository.class.getConstructor(Jdbi.class).isAnnotationPresent(jakarta.inject.Inject.class))
        .isTrue();
    assertThat(JdbiUserRepository.class.getConstructor(Handle.class).isAnnotationPresent(jakarta.inject.Inject.class))
        .isFalse();
  }

  /**
   * What a migration tool does with the DDL files: run their statements in order. The tables they make
   * verify clean and work.
   */
  @Test
  void theDdlResourcesCreateWorkingTablesThatVerifyClean() throws IOException {
    try (Handle handle = jdbi.open()) {
      for (String table : List.of("users", "memberships")) {
        String path = "META-INF/softdelete/" + database.dialect().id() + "/" + table + ".sql";
        String sql;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(path)) {
          assertThat(in).as(path).isNotNull();
          sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        handle.execute("DROP TABLE " + table);
        for (String statement : sql.replaceAll("(?m)^--.*$", "").split(";")) {
          if (!statement.isBlank()) {
            handle.execute(statement);
          }
        }
      }

      assertThat(SchemaVerifier.verify(handle, UserSchema.DEFINITION, MembershipSchema.DEFINITION).problems())
          .isEmpty();
      MembershipRepository memberships = handle.attach(MembershipRepository.class);
      memberships.insert(new Membership(0, 1, 2, Membership.Role.OWNER));
      assertThat(memberships.findByOrgIdAndUserId(1, 2)).isPresent();
      UserRepository users = handle.attach(UserRepository.class);
      users.softDelete(users.insert(User.of("betty@example.com", "Betty")).id());
      assertThat(users.insert(User.of("betty@example.com", "Betty again")).id()).isNotNull();
    }
  }
}
