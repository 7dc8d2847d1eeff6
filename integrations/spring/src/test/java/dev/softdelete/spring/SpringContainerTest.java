package dev.softdelete.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.softdelete.UniqueViolationException;
import dev.softdelete.fixture.FixtureDatabase;
import dev.softdelete.fixture.JdbiMemberRepository;
import dev.softdelete.fixture.JdbiMembers;
import dev.softdelete.fixture.JdbiTeamRepository;
import dev.softdelete.fixture.Member;
import dev.softdelete.fixture.MemberRepository;
import dev.softdelete.fixture.Members;
import dev.softdelete.fixture.Onboarding;
import dev.softdelete.fixture.Team;
import dev.softdelete.fixture.TeamRepository;
import dev.softdelete.registry.RepositoryBinding;
import dev.softdelete.registry.SoftDeleteRegistry;
import java.util.List;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A real Spring context ({@link Persistence}: one Jdbi bean and {@code @EnableSoftDeleteRepositories}) on each
 * database: the repositories are the generated ones, and Spring's transactions are the ones they run in.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SpringContainerTest {
  private AnnotationConfigApplicationContext context;
  private TeamRepository teams;
  private Members members;
  private JdbcTemplate jdbc;
  private TransactionTemplate transaction;

  abstract FixtureDatabase database();

  @BeforeAll
  void startContext() {
    context = new AnnotationConfigApplicationContext();
    context.registerBean(DataSource.class, database()::dataSource);
    context.register(Persistence.class);
    context.refresh();
    teams = context.getBean(TeamRepository.class);
    members = context.getBean(Members.class);
    jdbc = context.getBean(JdbcTemplate.class);
    transaction = context.getBean(TransactionTemplate.class);
  }

  @AfterAll
  void closeContext() {
    context.close();
  }

  @BeforeEach
  void recreateTables() {
    database().recreateTables(context.getBean(Jdbi.class));
  }

  @Test
  void everyRepositoryOfTheRegistryIsABeanOfItsGeneratedClass() {
    Jdbi jdbi = context.getBean(Jdbi.class);
    List<RepositoryBinding<?>> repositories = SoftDeleteRegistry.load().repositories();

    assertThat(repositories)
        .<Class<?>>extracting(RepositoryBinding::type)
        .containsExactlyInAnyOrder(TeamRepository.class, MemberRepository.class, Members.class);
    for (RepositoryBinding<?> binding : repositories) {
      assertThat(context.getBean(binding.type())).isExactlyInstanceOf(binding.create(jdbi).getClass());
    }
    assertThat(context.getBean("teamRepository")).isExactlyInstanceOf(JdbiTeamRepository.class);
    assertThat(context.getBean("memberRepository")).isExactlyInstanceOf(JdbiMemberRepository.class);
    assertThat(context.getBean("members")).isExactlyInstanceOf(JdbiMembers.class);
    assertThat(context.getBean("softDeleteRegistry", SoftDeleteRegistry.class).repositories())
        .isEqualTo(repositories);
  }

  @Test
  void injectingTheGeneratedInterfaceFindsOneBeanThoughTheRepositoryInterfaceExtendsIt() {
    assertThat(context.getBeansOfType(MemberRepository.class)).containsOnlyKeys("memberRepository", "members");
    assertThat(context.getBean(MemberRepository.class)).isSameAs(context.getBean("memberRepository"));
  }

  @Test
  void transactionalServiceCommitsBothRepositories() {
    Team red = context.getBean(Founding.class).found("red", "ada@example.org", "Ada");

    assertThat(teams.findByName("red")).contains(red);
    assertThat(members.findByTeamIdOrderByEmail(red.id()))
        .extracting(Member::email)
        .containsExactly("ada@example.org");
  }

  @Test
  void failureInTheSecondRepositoryRollsBackTheFirst() {
    Founding founding = context.getBean(Founding.class);
    founding.found("red", "ada@example.org", "Ada");

    assertThatThrownBy(() -> founding.found("blue", "ada@example.org", "Ada again"))
        .isInstanceOf(UniqueViolationException.class);

    assertThat(teams.findByName("blue")).isEmpty();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM teams", Integer.class)).isEqualTo(1);
  }

  @Test
  void jdbcTemplateInTheSameTransactionSeesTheRepositorysUncommittedRow() {
    Integer seen =
        transaction.execute(
            status -> {
              teams.insert(new Team(null, "green"));
              status.setRollbackOnly();
              return jdbc.queryForObject("SELECT COUNT(*) FROM teams WHERE name = 'green'", Integer.class);
            });

    assertThat(seen).isEqualTo(1);
    assertThat(teams.findByName("green")).isEmpty();
  }

  @Test
  void repositoryInTheSameTransactionSeesTheJdbcTemplatesUncommittedRow() {
    Boolean seen =
        transaction.execute(
            status -> {
              jdbc.update("INSERT INTO teams (name, live) VALUES ('green', TRUE)");
              status.setRollbackOnly();
              return teams.findByName("green").isPresent();
            });

    assertThat(seen).isTrue();
    assertThat(teams.findByName("green")).isEmpty();
  }

  @Test
  void cascadingSoftDeleteRollsBackWithTheSpringTransaction() {
    Team red = context.getBean(Founding.class).found("red", "ada@example.org", "Ada");
    members.insert(new Member(null, red.id(), "grace@example.org", "Grace"));

    List<Member> leftInside =
        transaction.execute(
            status -> {
              assertThat(teams.softDelete(red.id())).isTrue();
              status.setRollbackOnly();
              return members.findByTeamIdOrderByEmail(red.id());
            });

    assertThat(leftInside).isEmpty();
    assertThat(teams.findByName("red")).contains(red);
    assertThat(members.ofTeamNamed("red"))
        .extracting(Member::email)
        .containsExactly("ada@example.org", "grace@example.org");
  }

  @Test
  void failedInsertAllUndoesOnlyItsOwnRowsAndTheSpringTransactionGoesOn() {
    transaction.executeWithoutResult(
        status -> {
          Team red = teams.insert(new Team(null, "red"));
          List<Member> sameEmail =
              List.of(
                  new Member(null, red.id(), "ada@example.org", "Ada"),
                  new Member(null, red.id(), "ada@example.org", "Ada again"));
          assertThatThrownBy(() -> members.insertAll(sameEmail)).isInstanceOf(UniqueViolationException.class);
          teams.insert(new Team(null, "blue"));
        });

    assertThat(teams.findByName("red")).isPresent();
    assertThat(teams.findByName("blue")).isPresent();
    assertThat(members.alive()).isEmpty();
  }

  @Test
  void requiresNewCommitsOnItsOwnConnectionWhileTheOuterTransactionRollsBack() {
    TransactionTemplate requiresNew = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
    requiresNew.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);

    transaction.executeWithoutResult(
        status -> {
          teams.insert(new Team(null, "red"));
          requiresNew.executeWithoutResult(inner -> teams.insert(new Team(null, "blue")));
          status.setRollbackOnly();
        });

    assertThat(teams.findByName("red")).isEmpty();
    assertThat(teams.findByName("blue")).isPresent();
  }

  @Test
  void jdbiTransactionOfTheFixtureServiceJoinsTheSpringTransaction() {
    Onboarding onboarding = context.getBean(Onboarding.class);

    transaction.executeWithoutResult(
        status -> {
          onboarding.found("red", "ada@example.org", "Ada");
          status.setRollbackOnly();
        });

    assertThat(teams.findByName("red")).isEmpty();
    assertThat(onboarding.roster("red")).isEmpty();
  }

  @Test
  void fixtureServiceCommitsAndRollsBackOnItsOwn() {
    Onboarding onboarding = context.getBean(Onboarding.class);
    onboarding.found("red", "ada@example.org", "Ada");

    assertThatThrownBy(() -> onboarding.found("blue", "ada@example.org", "Ada again"))
        .isInstanceOf(UniqueViolationException.class);

    assertThat(onboarding.roster("red")).extracting(Member::name).containsExactly("Ada");
    assertThat(teams.findByName("blue")).isEmpty();
  }
}
