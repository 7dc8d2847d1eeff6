package dev.softdelete.dagger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.softdelete.UniqueViolationException;
import dev.softdelete.fixture.FixtureDatabase;
import dev.softdelete.fixture.JdbiMemberRepository;
import dev.softdelete.fixture.JdbiMembers;
import dev.softdelete.fixture.JdbiTeamRepository;
import dev.softdelete.fixture.Member;
import dev.softdelete.fixture.Team;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A component that Dagger's processor built over the fixture's generated module: the service it injects writes
 * through two repositories in one transaction, on each database.
 */
class DaggerInjectionTest {
  private static TeamsComponent componentOn(FixtureDatabase database) {
    TeamsComponent component = DaggerTeamsComponent.factory().create(database.dataSource());
    database.recreateTables(component.jdbi());
    return component;
  }

  @ParameterizedTest
  @EnumSource(FixtureDatabase.class)
  void theServiceGetsTheGeneratedRepositoriesAndWritesThroughBoth(FixtureDatabase database) {
    TeamsComponent component = componentOn(database);

    assertThat(component.teams()).isInstanceOf(JdbiTeamRepository.class);
    assertThat(component.members()).isInstanceOf(JdbiMembers.class);
    assertThat(component.memberRepository()).isInstanceOf(JdbiMemberRepository.class);

    Team red = component.onboarding().found("red", "ada@example.com", "Ada");

    assertThat(component.teams().findByName("red")).contains(red);
    assertThat(component.onboarding().roster("red")).extracting(Member::email).containsExactly("ada@example.com");
    assertThat(component.members().findByTeamIdOrderByEmail(red.id())).extracting(Member::name).containsExactly("Ada");
  }

  @ParameterizedTest
  @EnumSource(FixtureDatabase.class)
  void aTakenEmailRollsTheTeamBackWithIt(FixtureDatabase database) {
    TeamsComponent component = componentOn(database);
    component.onboarding().found("red", "ada@example.com", "Ada");

    assertThatThrownBy(() -> component.onboarding().found("blue", "ada@example.com", "Ada again"))
        .isInstanceOf(UniqueViolationException.class)
        .hasMessage("A live row of members already holds unique key 'email'");

    // The team was inserted before the member failed; the rollback took it back: no row, live or dead.
    long blue = component.jdbi().withHandle(
        handle -> handle.createQuery("SELECT COUNT(*) FROM teams WHERE name = 'blue'").mapTo(Long.class).one());
    assertThat(blue).isZero();
    assertThat(component.teams().findByName("red")).isPresent();
  }
}
