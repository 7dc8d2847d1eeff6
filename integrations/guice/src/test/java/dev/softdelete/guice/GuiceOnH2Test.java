package dev.softdelete.guice;

import dev.softdelete.fixture.FixtureDatabase;

class GuiceOnH2Test extends GuiceContainerTest {
  @Override
  FixtureDatabase database() {
    return FixtureDatabase.H2;
  }
}
