package dev.softdelete.spring.boot;

import dev.softdelete.fixture.FixtureDatabase;

class SpringBootOnH2Test extends SpringBootContainerTest {
  @Override
  FixtureDatabase database() {
    return FixtureDatabase.H2;
  }
}
