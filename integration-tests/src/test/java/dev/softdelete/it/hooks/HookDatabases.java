package dev.softdelete.it.hooks;

import dev.softdelete.it.TestDatabase;
import java.util.stream.Stream;

/** The databases of the hook tests: H2 and PostgreSQL, as the issue asks. */
final class HookDatabases {
  private HookDatabases() {}

  static Stream<TestDatabase> databases() {
    return Stream.of(TestDatabase.H2, TestDatabase.POSTGRESQL);
  }
}
