package dev.softdelete.guice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.AbstractModule;
import com.google.inject.CreationException;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.name.Names;
import dev.softdelete.UniqueViolationException;
import dev.softdelete.fixture.FixtureDatabase;
import dev.softdelete.fixture.JdbiTeamRepository;
import dev.softdelete.fixture.Member;
import dev.softdelete.fixture.MemberRepository;
import dev.softdelete.fixture.Members;
import dev.softdelete.fixture.Onboarding;
import dev.softdelete.fixture.Team;
import dev.softdelete.fixture.TeamRepository;
import dev.softdelete.jdbi.SoftDeletePlugin;
import dev.softdelete.registry.RepositoryBinding;
import dev.softdelete.registry.SoftDeleteRegistry;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A real injector, from a user's module that binds the Jdbi and {@link SoftDeleteRepositoriesModule}, on each
 * database: the fixture's service gets the generated repositories and its transaction spans both.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class GuiceContainerTest {
  private Jdbi jdbi;
  private Injector injector;

  abstract FixtureDatabase database();

  @BeforeAll
  void createInjector() {
    jdbi = Jdbi.create(database().dataSource()).installPlugin(new SoftDeletePlugin());
    injector = Guice.createInjector(bindingJdbi(Key.get(Jdbi.class)), new SoftDeleteRepositoriesModule());
  }

  @BeforeEach
  void recreateTables() {
    database().recreateTables(jdbi);
  }

  private AbstractModule bindingJdbi(Key<Jdbi> key) {
    return new AbstractModule() {
      @Override
      protected void configure() {
        bind(key).toInstance(jdbi);
      }
    };
  }

  @Test
  void everyRepositoryOfTheRegistryIsBoundToASingletonOfItsGeneratedClass() {
    List<RepositoryBinding<?>> repositories = SoftDeleteRegistry.load().repositories();

    assertThat(repositories)
        .<Class<?>>extracting(RepositoryBinding::type)
        .containsExactlyInAnyOrder(TeamRepository.class, MemberRepository.class, Members.class);
    for (RepositoryBinding<?> repository : repositories) {
      assertThat(injector.getExistingBinding(Key.get(repository.type()))).isNotNull();
      Object bound = injector.getInstance(repository.type());
      assertThat(bound).isExactlyInstanceOf(repository.create(jdbi).getClass());
      assertThat(injector.getInstance(repository.type())).isSameAs(bound);
    }
  }

  @Test
  void serviceFoundsATeamWithItsFirstMemberInOneTransaction() {
    Onboarding onboarding = injector.getInstance(Onboarding.class);

    Team red = onboarding.found("red", "ada@example.org", "Ada");

    assertThat(injector.getInstance(TeamRepository.class).findByName("red")).contains(red);
    assertThat(onboarding.roster("red")).extracting(Member::email).containsExactly("ada@example.org");
  }

  @Test
  void failureInTheSecondRepositoryLeavesNoTeam() {
    Onboarding onboarding = injector.getInstance(Onboarding.class);
    onboarding.found("red", "ada@example.org", "Ada");

    assertThatThrownBy(() -> onboarding.found("blue", "ada@example.org", "Ada again"))
        .isInstanceOf(UniqueViolationException.class);

    assertThat(injector.getInstance(TeamRepository.class).findByName("blue")).isEmpty();
    int teams = jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM teams").mapTo(Integer.class).one());
    assertThat(teams).isEqualTo(1);
  }

  @Test
  void disbandingCascadesToTheMembers() {
    Onboarding onboarding = injector.getInstance(Onboarding.class);
    onboarding.found("red", "ada@example.org", "Ada");

    assertThat(onboarding.disband("red")).isTrue();

    assertThat(onboarding.roster("red")).isEmpty();
    assertThat(injector.getInstance(Members.class).alive()).isEmpty();
    assertThat(injector.getInstance(Members.class).countDead()).isEqualTo(1);
  }

  @Test
  void repositoriesCanComeFromAQualifiedJdbi() {
    Key<Jdbi> orders = Key.get(Jdbi.class, Names.named("orders"));
    Injector qualified = Guice.createInjector(bindingJdbi(orders), new SoftDeleteRepositoriesModule(orders));

    TeamRepository teams = qualified.getInstance(TeamRepository.class);
    teams.insert(new Team(null, "red"));

    assertThat(teams).isExactlyInstanceOf(JdbiTeamRepository.class);
    assertThat(injector.getInstance(TeamRepository.class).findByName("red")).isPresent();
  }

  @Test
  void anInjectorWithoutJdbiFailsNamingIt() {
    assertThatThrownBy(() -> Guice.createInjector(new SoftDeleteRepositoriesModule()))
        .isInstanceOf(CreationException.class)
        .hasMessageContaining("No injectable constructor for type Jdbi")
        .hasMessageContaining("at SoftDeleteRepositoriesModule.configure");
  }
}
