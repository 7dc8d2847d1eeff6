package dev.softdelete.spring;

import dev.softdelete.fixture.Onboarding;
import dev.softdelete.jdbi.SoftDeletePlugin;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.EnableTransactionManagement;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A user's configuration, as the README shows it: one Jdbi bean on Spring's connections and the one line that
 * registers the repositories. The data source comes from the test, which registers the database it runs on.
 */
@Configuration
@EnableTransactionManagement
@EnableSoftDeleteRepositories
@Import({Founding.class, Onboarding.class})
class Persistence {
  @Bean
  Jdbi jdbi(DataSource dataSource) {
    return Jdbi.create(new SpringConnectionFactory(dataSource)).installPlugin(new SoftDeletePlugin());
  }

  @Bean
  PlatformTransactionManager transactionManager(DataSource dataSource) {
    return new DataSourceTransactionManager(dataSource);
  }

  @Bean
  TransactionTemplate transactionTemplate(PlatformTransactionManager transactionManager) {
    return new TransactionTemplate(transactionManager);
  }

  @Bean
  JdbcTemplate jdbcTemplate(DataSource dataSource) {
    return new JdbcTemplate(dataSource);
  }
}
