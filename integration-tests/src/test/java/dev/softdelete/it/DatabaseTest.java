package dev.softdelete.it;

import java.time.Instant;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every test of a subclass on every {@link TestDatabase}, once with repositories attached to an
 * open handle and once with on-demand repositories, which lend a handle from Jdbi per call. Tables are
 * created afresh from the generated DDL before each test.
 */
@ParameterizedClass(name = "{0}, {1}")
@MethodSource("dev.softdelete.it.DatabaseTest#databases")
abstract class DatabaseTest {
  /** How a test gets its repositories. */
  enum Access {
    /** {@code handle.attach(...)}: every call on one open handle. */
    ATTACHED,
    /** {@code jdbi.onDemand(...)}: each call on the thread's open handle, or a new one. */
    ON_DEMAND
  }

  static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  static Stream<Arguments> databases() {
    return Stream.of(TestDatabase.values())
        .flatMap(db -> Stream.of(Access.values()).map(access -> Arguments.of(db, access)));
  }

  @Parameter(0)
  TestDatabase database;

  @Parameter(1)
  Access access;

  final MutableClock clock = new MutableClock(T0);
  Jdbi jdbi;
  /** An open handle, for the test's own queries and for attached repositories. */
  Handle handle;

  @BeforeEach
  void openDatabase() {
    database.recreateTables();
    jdbi = database.jdbi(clock);
    handle = jdbi.open();
  }

  @AfterEach
  void closeHandle() {
    handle.close();
  }

  /** The repository, attached to {@link #handle} or on demand, by {@link #access}. */
  <R> R repository(Class<R> type) {
    return access == Access.ATTACHED ? handle.attach(type) : jdbi.onDemand(type);
  }

  /** How many rows of the table match the predicate, asked with plain SQL. */
  long count(String table, String predicate) {
    return handle.createQuery("SELECT COUNT(*) FROM " + table + " WHERE " + predicate)
        .mapTo(Long.class)
        .one();
  }
}
