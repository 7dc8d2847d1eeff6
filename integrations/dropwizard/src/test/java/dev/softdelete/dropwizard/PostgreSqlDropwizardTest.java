package dev.softdelete.dropwizard;

import dev.softdelete.fixture.FixtureDatabase;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgreSqlDropwizardTest extends DropwizardInjectionContract {
  @RegisterExtension
  static final DropwizardAppExtension<TeamsConfiguration> APP =
      applicationOn(FixtureDatabase.POSTGRESQL, "org.postgresql.Driver");

  @Override
  DropwizardAppExtension<TeamsConfiguration> app() {
    return APP;
  }

  @Override
  FixtureDatabase database() {
    return FixtureDatabase.POSTGRESQL;
  }
}
