package dev.softdelete.dropwizard;

import dev.softdelete.fixture.Onboarding;
import io.dropwizard.core.Application;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.jdbi3.JdbiFactory;
import io.dropwizard.jdbi3.bundles.JdbiExceptionsBundle;
import jakarta.inject.Singleton;
import org.glassfish.hk2.utilities.binding.AbstractBinder;
import org.jdbi.v3.core.Jdbi;

/** A Dropwizard application set up as the README says, serving {@link TeamsResource}. */
public final class TeamsApplication extends Application<TeamsConfiguration> {
  /** The health check's name, as the factory registers it. */
  static final String DATABASE = "database";

  private Jdbi jdbi;

  @Override
  public void initialize(Bootstrap<TeamsConfiguration> bootstrap) {
    // As most Jdbi applications do: Jdbi's exceptions become 500s, except the one our mapper claims.
    bootstrap.addBundle(new JdbiExceptionsBundle());
  }

  @Override
  public void run(TeamsConfiguration configuration, Environment environment) {
    // The setup of the README.
    jdbi = new JdbiFactory(new SoftDeleteStatementNames()).build(environment, configuration.getDatabase(), DATABASE);
    environment.jersey().register(new SoftDeleteBinder(jdbi));
    environment.jersey().register(new UniqueViolationExceptionMapper());

    // The application's own service, built by the injector from the repositories bound above.
    environment.jersey().register(new AbstractBinder() {
      @Override
      protected void configure() {
        bindAsContract(Onboarding.class).in(Singleton.class);
      }
    });
    environment.jersey().register(TeamsResource.class);
  }

  /** The Jdbi that the factory built, for the tests to prepare and read the tables. */
  Jdbi jdbi() {
    return jdbi;
  }
}
