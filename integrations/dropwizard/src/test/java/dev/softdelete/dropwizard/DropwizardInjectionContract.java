package dev.softdelete.dropwizard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.codahale.metrics.MetricRegistry;
import com.codahale.metrics.health.HealthCheck;
import dev.softdelete.dropwizard.TeamsResource.Founding;
import dev.softdelete.fixture.FixtureDatabase;
import dev.softdelete.fixture.JdbiMembers;
import dev.softdelete.fixture.JdbiTeamRepository;
import dev.softdelete.fixture.Member;
import dev.softdelete.fixture.MemberRepository;
import dev.softdelete.fixture.Members;
import dev.softdelete.fixture.Team;
import dev.softdelete.fixture.TeamRepository;
import dev.softdelete.registry.RepositoryBinding;
import dev.softdelete.registry.SoftDeleteRegistry;
import io.dropwizard.jersey.errors.ErrorMessage;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.GenericType;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.glassfish.jersey.internal.inject.InjectionManager;
import org.glassfish.jersey.servlet.ServletContainer;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A real Dropwizard application on a real database, called over HTTP: the resource's service writes through two
 * injected repositories in one transaction. Each database runs it in a subclass, which starts the application once.
 */
abstract class DropwizardInjectionContract {
  abstract DropwizardAppExtension<TeamsConfiguration> app();

  abstract FixtureDatabase database();

  /** The application configured for this database; the URL is read when the application starts. */
  static DropwizardAppExtension<TeamsConfiguration> applicationOn(FixtureDatabase database, String driverClass) {
    return new DropwizardAppExtension<>(
        TeamsApplication.class,
        ResourceHelpers.resourceFilePath("teams.yml"),
        ConfigOverride.config("database.driverClass", driverClass),
        ConfigOverride.config("database.url", database::url),
        ConfigOverride.config("database.user", database::user),
        ConfigOverride.config("database.password", database::password));
  }

  Jdbi jdbi() {
    return app().<TeamsApplication>getApplication().jdbi();
  }

  @BeforeEach
  void freshTables() {
    database().recreateTables(jdbi());
  }

  @Test
  void everyRepositoryOfTheRegistryIsBoundAsItsGeneratedClassAndTheJdbiAsItself() {
    InjectionManager injector =
        ((ServletContainer) app().getEnvironment().getJerseyServletContainer())
            .getApplicationHandler()
            .getInjectionManager();
    List<RepositoryBinding<?>> bindings = SoftDeleteRegistry.load().repositories();

    assertThat(bindings)
        .<Class<?>>extracting(RepositoryBinding::type)
        .containsExactlyInAnyOrder(TeamRepository.class, MemberRepository.class, Members.class);
    for (RepositoryBinding<?> binding : bindings) {
      assertThat(injector.getInstance(binding.type()))
          .as(binding.toString())
          .isInstanceOf(binding.type())
          .hasSameClassAs(binding.create(jdbi()));
    }
    assertThat(injector.getInstance(TeamRepository.class)).isInstanceOf(JdbiTeamRepository.class);
    assertThat(injector.getInstance(Members.class)).isInstanceOf(JdbiMembers.class);
    assertThat(injector.getInstance(Jdbi.class)).isSameAs(jdbi());
  }

  @Test
  void foundingATeamAnswers201AndWritesTheTeamAndItsMember() {
    Response response = found(new Founding("red", "ada@example.com", "Ada"));

    assertThat(response.getStatus()).isEqualTo(201);
    Team team = response.readEntity(Team.class);
    assertThat(team.name()).isEqualTo("red");
    assertThat(team.id()).isNotNull();
    assertThat(response.getLocation().getPath()).isEqualTo("/teams/red");
    assertThat(roster("red"))
        .extracting(Member::teamId, Member::email, Member::name)
        .containsExactly(tuple(team.id(), "ada@example.com", "Ada"));
  }

  @Test
  void aTakenEmailAnswers409AndLeavesNoTeamBehind() {
    assertThat(found(new Founding("red", "ada@example.com", "Ada")).getStatus()).isEqualTo(201);

    Response response = found(new Founding("blue", "ada@example.com", "Ada again"));

    assertThat(response.getStatus()).isEqualTo(409);
    ErrorMessage error = response.readEntity(ErrorMessage.class);
    assertThat(error.getCode()).isEqualTo(409);
    assertThat(error.getMessage()).isEqualTo("A live row of members already holds unique key 'email'");
    // The team was inserted before the member failed: the rollback took it back, so no row is left, live or dead.
    assertThat(countRows("SELECT COUNT(*) FROM teams WHERE name = 'blue'")).isZero();
    assertThat(countRows("SELECT COUNT(*) FROM teams")).isEqualTo(1);
    assertThat(countRows("SELECT COUNT(*) FROM members")).isEqualTo(1);
    assertThat(roster("blue")).isEmpty();
  }

  @Test
  void theDatabaseHealthCheckThatTheFactoryRegisteredIsHealthy() {
    HealthCheck.Result result = app().getEnvironment().healthChecks().runHealthCheck(TeamsApplication.DATABASE);
    assertThat(result.isHealthy()).as(result.toString()).isTrue();

    Response response =
        app().client()
            .target("http://localhost:" + app().getAdminPort() + "/healthcheck")
            .request()
            .get();
    assertThat(response.getStatus()).isEqualTo(200);
    Map<String, Map<String, Object>> checks = response.readEntity(new GenericType<>() {});
    assertThat(checks.get(TeamsApplication.DATABASE)).containsEntry("healthy", true);
  }

  @Test
  void theEnvironmentsMetricsTimeEveryGeneratedStatementUnderItsRepositoryAndMethod() {
    // Needs the statements to run through Jdbi's pipeline, which they do when the Jdbi has a SqlLogger, as the
    // factory's InstrumentedSqlLogger is; SoftDeleteStatementNames names each timer.
    MetricRegistry metrics = app().getEnvironment().metrics();
    String teamInsert = TeamRepository.class.getName() + ".insert";
    String join = Members.class.getName() + ".ofTeamNamed";
    List<String> memberInserts =
        List.of(Members.class.getName() + ".insert", MemberRepository.class.getName() + ".insert");
    String unnamed = "sql.raw";
    Map<String, Long> before = counts(metrics);

    assertThat(found(new Founding("red", "ada@example.com", "Ada")).getStatus()).isEqualTo(201);
    assertThat(roster("red")).hasSize(1);

    Map<String, Long> added = added(before, counts(metrics));
    assertThat(added).containsEntry(teamInsert, 1L).containsEntry(join, 1L);
    // The member's insert checks its live team first: two statements, under the name of the interface that declares
    // the verb (a SqlObject's would carry the attached type's, Members); either is the repository's.
    assertThat(memberInserts.stream().mapToLong(name -> added.getOrDefault(name, 0L)).sum()).isPositive();
    // And nothing of ours went unnamed.
    assertThat(added).doesNotContainKey(unnamed);
  }

  private static Map<String, Long> counts(MetricRegistry metrics) {
    Map<String, Long> counts = new HashMap<>();
    metrics.getTimers().forEach((name, timer) -> counts.put(name, timer.getCount()));
    return counts;
  }

  /** The timers that counted more, with how many more. */
  private static Map<String, Long> added(Map<String, Long> before, Map<String, Long> after) {
    Map<String, Long> added = new HashMap<>();
    after.forEach((name, count) -> {
      long more = count - before.getOrDefault(name, 0L);
      if (more > 0) {
        added.put(name, more);
      }
    });
    return added;
  }

  Response found(Founding founding) {
    return app().client().target(baseUri()).request().post(Entity.json(founding));
  }

  List<Member> roster(String team) {
    return app().client().target(baseUri()).path(team).path("members").request().get(new GenericType<>() {});
  }

  private String baseUri() {
    return "http://localhost:" + app().getLocalPort() + "/teams";
  }

  private long countRows(String sql) {
    return jdbi().withHandle(handle -> handle.createQuery(sql).mapTo(Long.class).one());
  }
}
