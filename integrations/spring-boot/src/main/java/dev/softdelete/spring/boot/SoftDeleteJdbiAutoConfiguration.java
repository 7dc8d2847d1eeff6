package dev.softdelete.spring.boot;

import dev.softdelete.jdbi.SoftDeletePlugin;
import dev.softdelete.spring.SpringConnectionFactory;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.spi.JdbiPlugin;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.context.annotation.Bean;

/**
 * A {@link Jdbi} on the application's {@code DataSource} that runs in Spring's transactions, when the application
 * defines no {@code Jdbi} of its own: {@link SoftDeletePlugin} and every {@link JdbiPlugin} bean installed.
 */
@AutoConfiguration(afterName = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration")
@ConditionalOnSingleCandidate(DataSource.class)
public final class SoftDeleteJdbiAutoConfiguration {
  @Bean
  @ConditionalOnMissingBean
  Jdbi jdbi(DataSource dataSource, ObjectProvider<JdbiPlugin> plugins) {
    Jdbi jdbi = Jdbi.create(new SpringConnectionFactory(dataSource)).installPlugin(new SoftDeletePlugin());
    plugins.orderedStream().forEach(jdbi::installPlugin);
    return jdbi;
  }
}
