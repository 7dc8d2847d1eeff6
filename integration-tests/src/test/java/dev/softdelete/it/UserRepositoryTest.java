package dev.softdelete.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.softdelete.RestoreResult;
import dev.softdelete.UniqueViolationException;
import dev.softdelete.internal.IdLists;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every verb of the generated UserRepository, on every database, attached and on demand. */
class UserRepositoryTest extends DatabaseTest {
  private UserRepository users;

  @BeforeEach
  void repository() {
    users = repository(UserRepository.class);
  }

  private User insert(String email) {
    return users.insert(User.of(email, email.substring(0, email.indexOf('@'))));
  }

  /** The row's deleted-at, read through the repository (SQLite stores it as text Jdbi cannot map). */
  private Instant deletedAt(long id) {
    return users.findAnyById(id).orElseThrow().deletedAt();
  }

  // ----- insert -------------------------------------------------------------------------------

  @Test
  void insertReturnsTheStoredEntityWithItsGeneratedId() {
    User ann = users.insert(User.of("ann@example.com", "Ann"));
    User bob = users.insert(User.of("bob@example.com", "Bob"));

    assertThat(ann.id()).isNotNull();
    assertThat(bob.id()).isGreaterThan(ann.id());
    assertThat(ann).isEqualTo(new User(ann.id(), "ann@example.com", "Ann", null));
    assertThat(users.findById(ann.id())).contains(ann);
  }

  @Test
  void insertStoresAGivenIdAsGiven() {
    User given = users.insert(new User(4242L, "given@example.com", "Given", null));

    assertThat(given.id()).isEqualTo(4242L);
    assertThat(users.findById(4242L)).contains(given);
  }

  @Test
  void insertedRowsAreLiveWhateverDeletedAtSays() {
    User inserted = users.insert(new User(null, "ghost@example.com", "Ghost", T0.minusSeconds(60)));

    assertThat(inserted.deletedAt()).isNull();
    assertThat(users.findById(inserted.id())).contains(inserted);
    assertThat(count("users", "live = TRUE AND deleted_at IS NULL")).isEqualTo(1);
  }

  @Test
  void insertOfALiveKeyThrowsUniqueViolationNamingTheKeyAndChangesNothing() {
    User ann = insert("ann@example.com");

    assertThatThrownBy(() -> users.insert(User.of("ann@example.com", "Other Ann")))
        .isInstanceOfSatisfying(
            UniqueViolationException.class,
            e -> {
              assertThat(e.key()).contains("email");
              assertThat(e.table()).isEqualTo("users");
              assertThat(e).hasCauseInstanceOf(SQLException.class);
              assertThat(e).hasMessageContaining("email");
            });
    assertThat(users.all()).containsExactly(ann);
  }

  @Test
  void insertOfATakenIdThrowsUniqueViolationNamingTheId() {
    User ann = insert("ann@example.com");

    assertThatThrownBy(() -> users.insert(new User(ann.id(), "bob@example.com", "Bob", null)))
        .isInstanceOfSatisfying(
            UniqueViolationException.class, e -> assertThat(e.key()).contains("id"));
    assertThat(users.all()).containsExactly(ann);
  }

  @Test
  void nullKeysAreDistinctSoManyLiveRowsMayLackAnEmail() {
    User first = users.insert(User.of(null, "No mail 1"));
    User second = users.insert(User.of(null, "No mail 2"));

    assertThat(users.alive()).containsExactly(first, second);
    assertThat(users.findByEmail(null)).isEmpty();
  }

  // ----- insertAll ----------------------------------------------------------------------------

  @Test
  void insertAllReturnsTheStoredEntitiesInOrder() {
    List<User> stored =
        users.insertAll(
            List.of(
                User.of("a@example.com", "A"),
                new User(900L, "b@example.com", "B", null),
                User.of("c@example.com", "C")));

    assertThat(stored).extracting(User::email).containsExactly("a@example.com", "b@example.com", "c@example.com");
    assertThat(stored.get(1).id()).isEqualTo(900L);
    assertThat(stored.get(0).id()).isNotNull().isNotEqualTo(stored.get(2).id());
    assertThat(users.all()).containsExactlyInAnyOrderElementsOf(stored);
  }

  @Test
  void insertAllOfNothingReturnsNothing() {
    assertThat(users.insertAll(List.of())).isEmpty();
  }

  @Test
  void insertAllIsAllOrNothing() {
    User ann = insert("ann@example.com");

    assertThatThrownBy(
            () -> users.insertAll(
                List.of(User.of("new@example.com", "New"), User.of("ann@example.com", "Dup"))))
        .isInstanceOfSatisfying(
            UniqueViolationException.class, e -> assertThat(e.key()).contains("email"));
    assertThat(users.all()).containsExactly(ann);
  }

  @Test
  void aRefusedInsertAllInsideATransactionUndoesOnlyItselfAndLeavesTheTransactionUsable() {
    User ann = insert("ann@example.com");

    User after =
        jdbi.inTransaction(
            h -> {
              UserRepository inTx = h.attach(UserRepository.class);
              User before = inTx.insert(User.of("before@example.com", "Before"));
              assertThatThrownBy(
                      () -> inTx.insertAll(
                          List.of(User.of("new@example.com", "New"), User.of("ann@example.com", "Dup"))))
                  .isInstanceOf(UniqueViolationException.class);
              // On PostgreSQL a failed statement would abort the transaction; the savepoint saves it.
              assertThat(inTx.findById(before.id())).contains(before);
              return inTx.insert(User.of("after@example.com", "After"));
            });

    assertThat(users.all()).extracting(User::email)
        .containsExactly("ann@example.com", "before@example.com", "after@example.com");
    assertThat(users.findById(after.id())).contains(after);
    assertThat(users.findById(ann.id())).contains(ann);
  }

  // ----- update -------------------------------------------------------------------------------

  @Test
  void updateChangesEveryColumnOfTheLiveRow() {
    User ann = insert("ann@example.com");

    assertThat(users.update(new User(ann.id(), "anne@example.com", "Anne", null))).isTrue();

    assertThat(users.findById(ann.id())).contains(new User(ann.id(), "anne@example.com", "Anne", null));
  }

  @Test
  void updateNeverChangesADeadRow() {
    User ann = insert("ann@example.com");
    users.softDelete(ann.id());
    User dead = users.findAnyById(ann.id()).orElseThrow();

    assertThat(users.update(dead.withName("Changed"))).isFalse();

    assertThat(users.findAnyById(ann.id())).contains(dead);
  }

  @Test
  void updateOfAMissingRowReturnsFalse() {
    assertThat(users.update(new User(77L, "x@example.com", "X", null))).isFalse();
    assertThat(users.countAlive()).isZero();
  }

  @Test
  void updateToAKeyThatALiveRowHoldsThrowsAndChangesNothing() {
    User ann = insert("ann@example.com");
    User bob = insert("bob@example.com");

    assertThatThrownBy(() -> users.update(bob.withEmail("ann@example.com")))
        .isInstanceOfSatisfying(
            UniqueViolationException.class, e -> assertThat(e.key()).contains("email"));
    assertThat(users.all()).containsExactly(ann, bob);
  }

  @Test
  void updateToAKeyThatOnlyDeadRowsHoldSucceeds() {
    User ann = insert("ann@example.com");
    User bob = insert("bob@example.com");
    users.softDelete(ann.id());

    assertThat(users.update(bob.withEmail("ann@example.com"))).isTrue();
    assertThat(users.findByEmail("ann@example.com")).contains(bob.withEmail("ann@example.com"));
  }

  @Test
  void updateNeedsAnId() {
    assertThatThrownBy(() -> users.update(User.of("x@example.com", "X")))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("id");
  }

  // ----- reads --------------------------------------------------------------------------------

  @Test
  void findByIdSeesLiveRowsOnlyAndFindAnyByIdSeesDeadOnesToo() {
    User ann = insert("ann@example.com");
    clock.advance(Duration.ofMinutes(5));
    users.softDelete(ann.id());

    assertThat(users.findById(ann.id())).isEmpty();
    assertThat(users.findAnyById(ann.id()))
        .contains(new User(ann.id(), "ann@example.com", "ann", T0.plus(Duration.ofMinutes(5))));
    assertThat(users.findById(12345L)).isEmpty();
    assertThat(users.findAnyById(12345L)).isEmpty();
  }

  @Test
  void aliveDeadAndAllListRowsByIdAndCountsCountThem() {
    User a = insert("a@example.com");
    User b = insert("b@example.com");
    User c = insert("c@example.com");
    User d = insert("d@example.com");
    users.softDelete(c.id());
    users.softDelete(a.id());

    assertThat(users.alive()).containsExactly(b, d);
    assertThat(users.dead()).extracting(User::id).containsExactly(a.id(), c.id());
    assertThat(users.dead()).allSatisfy(u -> assertThat(u.deletedAt()).isEqualTo(T0));
    assertThat(users.all()).extracting(User::id).containsExactly(a.id(), b.id(), c.id(), d.id());
    assertThat(users.countAlive()).isEqualTo(2);
    assertThat(users.countDead()).isEqualTo(2);
  }

  @Test
  void aliveAfterPagesThroughLiveRowsById() {
    List<User> inserted = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      inserted.add(insert("u" + i + "@example.com"));
    }
    users.softDelete(inserted.get(2).id());

    List<User> first = users.aliveAfter(null, 3);
    List<User> second = users.aliveAfter(first.get(2).id(), 3);
    List<User> third = users.aliveAfter(second.get(2).id(), 3);

    assertThat(first).containsExactly(inserted.get(0), inserted.get(1), inserted.get(3));
    assertThat(second).containsExactly(inserted.get(4), inserted.get(5), inserted.get(6));
    assertThat(third).isEmpty();
    assertThat(users.aliveAfter(null, 0)).isEmpty();
    assertThatThrownBy(() -> users.aliveAfter(null, -1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void findByUniqueKeySeesOnlyTheLiveHolder() {
    User first = insert("betty@example.com");
    users.softDelete(first.id());
    assertThat(users.findByEmail("betty@example.com")).isEmpty();

    User second = insert("betty@example.com");
    users.softDelete(second.id());
    User third = insert("betty@example.com");

    assertThat(users.findByEmail("betty@example.com")).contains(third);
    assertThat(users.findByEmail("nobody@example.com")).isEmpty();
  }

  // ----- softDelete ---------------------------------------------------------------------------

  @Test
  void softDeleteKillsALiveRowOnceAndStampsTheClock() {
    User ann = insert("ann@example.com");
    clock.advance(Duration.ofSeconds(30));

    assertThat(users.softDelete(ann.id())).isTrue();
    Instant stamped = deletedAt(ann.id());
    assertThat(stamped).isEqualTo(T0.plusSeconds(30));

    clock.advance(Duration.ofHours(1));
    assertThat(users.softDelete(ann.id())).isFalse();
    assertThat(deletedAt(ann.id())).isEqualTo(stamped);
    assertThat(users.softDelete(987654L)).isFalse();
  }

  @Test
  void deletedAtKeepsMicrosecondsAndDropsNanoseconds() {
    User ann = insert("ann@example.com");
    clock.set(Instant.parse("2026-03-04T05:06:07.123456789Z"));

    users.softDelete(ann.id());

    assertThat(users.findAnyById(ann.id()).orElseThrow().deletedAt())
        .isEqualTo(Instant.parse("2026-03-04T05:06:07.123456Z"));
  }

  @Test
  void softDeleteAllKillsLiveRowsCountingEachOnce() {
    User a = insert("a@example.com");
    User b = insert("b@example.com");
    User c = insert("c@example.com");
    users.softDelete(c.id());
    clock.advance(Duration.ofMinutes(1));

    int deleted = users.softDeleteAll(List.of(a.id(), b.id(), a.id(), c.id(), 424242L));

    assertThat(deleted).isEqualTo(2);
    assertThat(users.countAlive()).isZero();
    assertThat(deletedAt(a.id())).isEqualTo(T0.plusSeconds(60));
    assertThat(deletedAt(c.id())).isEqualTo(T0);
  }

  @Test
  void softDeleteAllOfNothingDeletesNothing() {
    insert("a@example.com");

    assertThat(users.softDeleteAll(List.of())).isZero();
    assertThat(users.countAlive()).isEqualTo(1);
  }

  @Test
  void softDeleteAllTakesMoreIdsThanOneStatementBinds() {
    int n = IdLists.CHUNK_SIZE * 2 + 17;
    List<User> many =
        users.insertAll(
            IntStream.range(0, n).mapToObj(i -> User.of("m" + i + "@example.com", "M" + i)).collect(Collectors.toList()));

    int deleted = users.softDeleteAll(many.stream().map(User::id).collect(Collectors.toList()));

    assertThat(deleted).isEqualTo(n);
    assertThat(users.countDead()).isEqualTo(n);
  }

  // ----- restore ------------------------------------------------------------------------------

  @Test
  void restoreRevivesADeadRowAndClearsDeletedAt() {
    User ann = insert("ann@example.com");
    users.softDelete(ann.id());

    assertThat(users.restore(ann.id())).isEqualTo(RestoreResult.restored());

    assertThat(users.findById(ann.id())).contains(ann);
    assertThat(count("users", "deleted_at IS NOT NULL")).isZero();
  }

  @Test
  void restoreOfALiveRowSaysAlreadyAlive() {
    User ann = insert("ann@example.com");

    assertThat(users.restore(ann.id()).status()).isEqualTo(RestoreResult.Status.ALREADY_ALIVE);
    assertThat(users.findById(ann.id())).contains(ann);
  }

  @Test
  void restoreOfAMissingRowSaysNotFound() {
    assertThat(users.restore(31337L).status()).isEqualTo(RestoreResult.Status.NOT_FOUND);
  }

  @Test
  void restoreWhileALiveRowHoldsTheKeyIsAConflictThatChangesNothing() {
    User old = insert("ann@example.com");
    users.softDelete(old.id());
    User current = insert("ann@example.com");
    User deadBefore = users.findAnyById(old.id()).orElseThrow();

    RestoreResult result = users.restore(old.id());

    assertThat(result.status()).isEqualTo(RestoreResult.Status.CONFLICT);
    assertThat(result.conflictingKey()).contains("email");
    assertThat(users.findAnyById(old.id())).contains(deadBefore);
    assertThat(users.findByEmail("ann@example.com")).contains(current);
  }

  @Test
  void aConflictingRestoreLeavesTheCallersTransactionUsable() {
    User old = insert("ann@example.com");
    users.softDelete(old.id());
    User current = insert("ann@example.com");

    User later =
        jdbi.inTransaction(
            h -> {
              UserRepository inTx = h.attach(UserRepository.class);
              User before = inTx.insert(User.of("before@example.com", "Before"));
              assertThat(inTx.restore(old.id()).status()).isEqualTo(RestoreResult.Status.CONFLICT);
              // On PostgreSQL a failed statement would abort the transaction; the savepoint saves it.
              User after = inTx.insert(User.of("after@example.com", "After"));
              assertThat(inTx.findById(before.id())).contains(before);
              return after;
            });

    assertThat(users.findById(later.id())).contains(later);
    assertThat(users.findByEmail("before@example.com")).isPresent();
    assertThat(users.findByEmail("ann@example.com")).contains(current);
    assertThat(users.findAnyById(old.id()).orElseThrow().deletedAt()).isNotNull();
  }

  // ----- hard delete and purge ----------------------------------------------------------------

  @Test
  void hardDeleteRemovesLiveAndDeadRows() {
    User live = insert("live@example.com");
    User dead = insert("dead@example.com");
    users.softDelete(dead.id());

    assertThat(users.hardDelete(live.id())).isTrue();
    assertThat(users.hardDelete(dead.id())).isTrue();
    assertThat(users.hardDelete(dead.id())).isFalse();
    assertThat(users.all()).isEmpty();
  }

  @Test
  void hardDeleteAllRemovesTheRowsWithTheseIds() {
    User a = insert("a@example.com");
    User b = insert("b@example.com");
    User c = insert("c@example.com");
    users.softDelete(b.id());

    assertThat(users.hardDeleteAll(List.of(a.id(), b.id(), b.id(), 999999L))).isEqualTo(2);
    assertThat(users.all()).containsExactly(c);
    assertThat(users.hardDeleteAll(List.of())).isZero();
  }

  @Test
  void purgeDeletesDeadRowsDeletedBeforeTheCutoffAndNeverLiveOnes() {
    User oldDead = insert("old@example.com");
    User live = insert("live@example.com");
    users.softDelete(oldDead.id());
    clock.advance(Duration.ofDays(30));
    User recentDead = insert("recent@example.com");
    users.softDelete(recentDead.id());

    int purged = users.purgeDeletedBefore(T0.plus(Duration.ofDays(10)));

    assertThat(purged).isEqualTo(1);
    assertThat(users.findAnyById(oldDead.id())).isEmpty();
    assertThat(users.findAnyById(recentDead.id())).isPresent();
    assertThat(users.findById(live.id())).contains(live);
    assertThat(users.purgeDeletedBefore(T0.plus(Duration.ofDays(365)))).isEqualTo(1);
    assertThat(users.all()).containsExactly(live);
  }

  @Test
  void purgeWorksThroughMoreRowsThanOneBatch() {
    int n = 2_345;
    List<User> many =
        users.insertAll(
            IntStream.range(0, n).mapToObj(i -> User.of("p" + i + "@example.com", "P")).collect(Collectors.toList()));
    users.softDeleteAll(many.stream().map(User::id).collect(Collectors.toList()));
    User live = insert("keep@example.com");
    clock.advance(Duration.ofDays(1));

    assertThat(users.purgeDeletedBefore(clock.instant())).isEqualTo(n);
    assertThat(users.all()).containsExactly(live);
  }

  @Test
  void noRowIsEverFalseAndDeletedAtIsSetExactlyForDeadRows() {
    List<Long> ids =
        LongStream.range(0, 20).mapToObj(i -> insert("r" + i + "@example.com").id()).collect(Collectors.toList());
    users.softDeleteAll(ids.subList(0, 10));
    users.restore(ids.get(3));
    users.hardDelete(ids.get(4));
    users.purgeDeletedBefore(T0.plusSeconds(1));

    assertThat(count("users", "live = FALSE")).isZero();
    assertThat(count("users", "(live IS NULL) <> (deleted_at IS NOT NULL)")).isZero();
    assertThat(users.countAlive()).isEqualTo(11);
  }

  /**
   * The counts above hold because the database itself refuses the rows they look for: the CHECKs of
   * the generated DDL keep FALSE out of live, and tie live to deleted_at, whatever SQL writes.
   */
  @Test
  void theDatabaseRefusesFalseAndALiveColumnThatDisagreesWithDeletedAt() {
    String stamp = "'2026-01-01 00:00:00'";

    assertRefusedBy("ck_users_live", "INSERT INTO users (email, name, live) VALUES ('f@x', 'F', FALSE)");
    assertRefusedBy(
        "ck_users_deleted_at", "INSERT INTO users (email, name, live, deleted_at) VALUES ('g@x', 'G', NULL, NULL)");
    assertRefusedBy("ck_users_deleted_at", "INSERT INTO users (email, name, deleted_at) VALUES ('h@x', 'H', " + stamp + ")");
    long id = insert("i@example.com").id();
    assertRefusedBy("ck_users_live", "UPDATE users SET live = FALSE WHERE id = " + id);

    assertThat(count("users", "1 = 1")).isEqualTo(1);
    assertThat(users.findById(id)).isPresent();
  }

  private void assertRefusedBy(String constraint, String sql) {
    assertThatThrownBy(() -> handle.execute(sql))
        .isInstanceOf(UnableToExecuteStatementException.class)
        .satisfies(e -> assertThat(e.getMessage()).containsIgnoringCase(constraint));
  }
}
