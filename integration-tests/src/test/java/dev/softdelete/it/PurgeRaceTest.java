package dev.softdelete.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.softdelete.RestoreResult;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A purge that waits for the lock of a row being restored must keep the row once the restore commits:
 * each purge statement tests its predicate again on the row it finally locks (the outer predicate of
 * the subquery forms; deleted-at, NULL on a restored row, in the single-statement forms).
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class PurgeRaceTest {
  @Parameter TestDatabase database;

  private final MutableClock clock = new MutableClock(DatabaseTest.T0);

  @Test
  void aRowRestoredWhileThePurgeWaitsForItsLockIsKept() throws Exception {
    database.recreateTables();
    Jdbi jdbi = database.jdbi(clock);
    UserRepository users = jdbi.onDemand(UserRepository.class);
    List<Long> ids =
        users.insertAll(Stream.of("a", "b", "c").map(n -> User.of(n + "@example.com", n)).collect(Collectors.toList()))
            .stream()
            .map(User::id)
            .collect(Collectors.toList());
    users.softDeleteAll(ids);
    clock.advance(Duration.ofDays(1));
    ExecutorService purger = Executors.newSingleThreadExecutor();
    try (Handle restorer = jdbi.open()) {
      restorer.begin();
      assertThat(restorer.attach(UserRepository.class).restore(ids.get(1))).isEqualTo(RestoreResult.restored());
      Future<Integer> purge = purger.submit(() -> users.purgeDeletedBefore(clock.instant()));
      Thread.sleep(500);
      assertThat(purge).as("the purge waits for the restorer's lock").isNotDone();
      restorer.commit();
      assertThat(purge.get(30, TimeUnit.SECONDS)).isEqualTo(2);
    } finally {
      purger.shutdownNow();
    }
    assertThat(users.findById(ids.get(1))).isPresent();
    assertThat(users.countDead()).isZero();
  }
}
