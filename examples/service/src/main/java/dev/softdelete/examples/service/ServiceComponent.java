package dev.softdelete.examples.service;

import dagger.BindsInstance;
import dagger.Component;
import jakarta.inject.Singleton;
import java.time.Clock;
import javax.sql.DataSource;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * The service's object graph, written by Dagger at compile time: {@link DatabaseModule} migrates the database and
 * makes the {@code Jdbi}; {@link SoftDeleteModule}, which the softdelete processor writes when Dagger is on the
 * classpath, provides every repository given that {@code Jdbi}. Give it a data source and a clock:
 * {@code DaggerServiceComponent.factory().create(dataSource, Clock.systemUTC())}.
 */
@Singleton
@Component(modules = {DatabaseModule.class, SoftDeleteModule.class})
public interface ServiceComponent {
  MembershipService memberships();

  /** What Flyway did when the component started. */
  MigrateResult migration();

  @Component.Factory
  interface Factory {
    /** The clock stamps deleted-at: pass {@code Clock.systemUTC()}, or a fixed clock in tests. */
    ServiceComponent create(@BindsInstance DataSource dataSource, @BindsInstance Clock clock);
  }
}
