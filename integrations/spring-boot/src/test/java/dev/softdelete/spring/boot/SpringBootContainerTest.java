package dev.softdelete.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.softdelete.UniqueViolationException;
import dev.softdelete.fixture.FixtureDatabase;
import dev.softdelete.fixture.Member;
import dev.softdelete.fixture.MemberRepository;
import dev.softdelete.fixture.Members;
import dev.softdelete.fixture.Team;
import dev.softdelete.fixture.TeamRepository;
import dev.softdelete.registry.RepositoryBinding;
import dev.softdelete.registry.SoftDeleteRegistry;
import dev.softdelete.spring.EnableSoftDeleteRepositories;
import dev.softdelete.spring.SpringConnectionFactory;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.spi.JdbiPlugin;
import org.jdbi.v3.core.statement.SqlStatements;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Spring Boot applications with {@code @EnableAutoConfiguration}, so that our auto-configurations are found through
 * their {@code AutoConfiguration.imports} as in an application, on a {@code spring.datasource.url} of each database.
 */
abstract class SpringBootContainerTest {
  abstract FixtureDatabase database();

  @Configuration(proxyBeanMethods = false)
  @EnableAutoConfiguration
  @Import(Enrolment.class)
  static class Application {
    /** Installed by the auto-configured Jdbi, as every JdbiPlugin bean is. */
    @Bean
    JdbiPlugin marking() {
      return new JdbiPlugin() {
        @Override
        public void customizeJdbi(Jdbi jdbi) {
          jdbi.define("installedBy", "application");
        }
      };
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class OwnJdbi {
    @Bean
    Jdbi ownJdbi(DataSource dataSource) {
      return Jdbi.create(new SpringConnectionFactory(dataSource)).define("own", true);
    }
  }

  @Configuration(proxyBeanMethods = false)
  @EnableSoftDeleteRepositories
  static class AlsoAnnotated {}

  private ApplicationContextRunner application() {
    FixtureDatabase database = database();
    return new ApplicationContextRunner()
        .withUserConfiguration(Application.class)
        .withPropertyValues(
            "spring.datasource.url=" + database.url(),
            "spring.datasource.username=" + database.user(),
            "spring.datasource.password=" + database.password());
  }

  @Test
  void autoConfiguredJdbiAndRepositoriesRunInSpringTransactions() {
    application()
        .run(
            context -> {
              assertThat(context).hasNotFailed().hasSingleBean(Jdbi.class);
              Jdbi jdbi = context.getBean(Jdbi.class);
              assertThat(jdbi.getConfig(SqlStatements.class).getAttribute("installedBy")).isEqualTo("application");
              database().recreateTables(jdbi);
              for (RepositoryBinding<?> binding : SoftDeleteRegistry.load().repositories()) {
                assertThat(context.getBean(binding.type())).isExactlyInstanceOf(binding.create(jdbi).getClass());
              }
              assertThat(context.getBean(MemberRepository.class)).isSameAs(context.getBean("memberRepository"));

              Enrolment enrolment = context.getBean(Enrolment.class);
              TeamRepository teams = context.getBean(TeamRepository.class);
              Team red = enrolment.found("red", "ada@example.org", "Ada");
              assertThatThrownBy(() -> enrolment.found("blue", "ada@example.org", "Ada again"))
                  .isInstanceOf(UniqueViolationException.class);

              assertThat(teams.findByName("red")).contains(red);
              assertThat(teams.findByName("blue")).isEmpty();
              assertThat(context.getBean(Members.class).findByTeamIdOrderByEmail(red.id()))
                  .extracting(Member::email)
                  .containsExactly("ada@example.org");
            });
  }

  @Test
  void jdbcTemplateSeesTheRepositorysUncommittedRowAndBothRollBack() {
    application()
        .run(
            context -> {
              database().recreateTables(context.getBean(Jdbi.class));
              TeamRepository teams = context.getBean(TeamRepository.class);
              JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);

              Integer seen =
                  context
                      .getBean(TransactionTemplate.class)
                      .execute(
                          status -> {
                            teams.insert(new Team(null, "green"));
                            status.setRollbackOnly();
                            return jdbc.queryForObject("SELECT COUNT(*) FROM teams", Integer.class);
                          });

              assertThat(seen).isEqualTo(1);
              assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM teams", Integer.class)).isZero();
            });
  }

  @Test
  void applicationsOwnJdbiMakesTheRepositories() {
    application()
        .withUserConfiguration(OwnJdbi.class)
        .run(
            context -> {
              assertThat(context).hasNotFailed().hasSingleBean(Jdbi.class).hasBean("ownJdbi");
              Jdbi own = context.getBean(Jdbi.class);
              assertThat(own.getConfig(SqlStatements.class).getAttribute("own")).isEqualTo(true);
              database().recreateTables(own);

              context.getBean(TeamRepository.class).insert(new Team(null, "red"));

              assertThat(context.getBean(TeamRepository.class).findByName("red")).isPresent();
            });
  }

  @Test
  void theAnnotationBesideTheAutoConfigurationRegistersTheRepositoriesOnce() {
    application()
        .withUserConfiguration(AlsoAnnotated.class)
        .run(context -> assertThat(context).hasNotFailed().hasSingleBean(TeamRepository.class));
  }

  @Test
  void withoutDataSourceNothingIsConfigured() {
    new ApplicationContextRunner()
        .withConfiguration(
            AutoConfigurations.of(
                SoftDeleteJdbiAutoConfiguration.class, SoftDeleteRepositoriesAutoConfiguration.class))
        .run(
            context ->
                assertThat(context)
                    .hasNotFailed()
                    .doesNotHaveBean(Jdbi.class)
                    .doesNotHaveBean(TeamRepository.class)
                    .doesNotHaveBean(SoftDeleteRegistry.class));
  }
}
