package dev.softdelete.spring;

import dev.softdelete.fixture.FixtureDatabase;

class SpringOnPostgreSqlTest extends SpringContainerTest {
  @Override
  FixtureDatabase database() {
    return FixtureDatabase.POSTGRESQL;
  }
}
