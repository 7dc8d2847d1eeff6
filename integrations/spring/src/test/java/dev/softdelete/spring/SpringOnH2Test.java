package dev.softdelete.spring;

import dev.softdelete.fixture.FixtureDatabase;

class SpringOnH2Test extends SpringContainerTest {
  @Override
  FixtureDatabase database() {
    return FixtureDatabase.H2;
  }
}
