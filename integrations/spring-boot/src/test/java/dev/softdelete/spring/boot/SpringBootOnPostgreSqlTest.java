package dev.softdelete.spring.boot;

import dev.softdelete.fixture.FixtureDatabase;

class SpringBootOnPostgreSqlTest extends SpringBootContainerTest {
  @Override
  FixtureDatabase database() {
    return FixtureDatabase.POSTGRESQL;
  }
}
