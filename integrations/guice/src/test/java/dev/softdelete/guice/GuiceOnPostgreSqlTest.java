package dev.softdelete.guice;

import dev.softdelete.fixture.FixtureDatabase;

class GuiceOnPostgreSqlTest extends GuiceContainerTest {
  @Override
  FixtureDatabase database() {
    return FixtureDatabase.POSTGRESQL;
  }
}
