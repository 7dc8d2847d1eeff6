package dev.softdelete.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.softdelete.UniqueViolationException;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Derived bulk verbs over a unique key: {@code restore…By} is all or nothing, whether the key is taken
 * by a live row or by two of the rows it would restore, and leaves the caller's transaction usable.
 */
class UserAccountsTest extends DatabaseTest {
  private UserAccounts users;

  @BeforeEach
  void repository() {
    users = repository(UserAccounts.class);
  }

  private User insert(String email, String name) {
    return users.insert(User.of(email, name));
  }

  @Test
  void restoreByRestoresEveryMatchingDeadRow() {
    insert("betty@example.com", "Betty");
    insert("betty@work.example", "Betty");
    insert("carl@example.com", "Carl");
    assertThat(users.softDeleteByName("Betty")).isEqualTo(2);

    assertThat(users.restoreByName("Betty")).isEqualTo(2);

    assertThat(users.countAlive()).isEqualTo(3);
    assertThat(users.restoreByName("Betty")).isZero();
  }

  @Test
  void restoreByThrowsNamingTheKeyAndChangesNothingWhenALiveRowHoldsIt() {
    User old = insert("betty@example.com", "Betty");
    User other = insert("betty@work.example", "Betty");
    users.softDeleteByName("Betty");
    User newBetty = insert("betty@example.com", "New Betty");

    assertThatThrownBy(() -> users.restoreByName("Betty"))
        .isInstanceOfSatisfying(
            UniqueViolationException.class, e -> assertThat(e.key()).contains("email"));

    assertThat(users.findByEmail("betty@example.com")).contains(newBetty);
    assertThat(users.findById(other.id())).isEmpty();
    assertThat(users.findById(old.id())).isEmpty();
    assertThat(users.countDead()).isEqualTo(2);
  }

  @Test
  void restoreByThrowsWhenTwoOfItsOwnRowsShareAKey() {
    insert("betty@example.com", "Betty");
    users.softDeleteByName("Betty");
    clock.advance(Duration.ofMinutes(1));
    insert("betty@example.com", "Betty");
    users.softDeleteByName("Betty");
    assertThat(users.findDeadByEmail("betty@example.com")).hasSize(2);

    assertThatThrownBy(() -> users.restoreByEmail("betty@example.com"))
        .isInstanceOf(UniqueViolationException.class);

    assertThat(users.countAlive()).isZero();
    assertThat(users.findDeadByEmail("betty@example.com")).hasSize(2);
  }

  @Test
  void aFailedRestoreByLeavesTheCallersTransactionUsable() {
    insert("betty@example.com", "Betty");
    users.softDeleteByName("Betty");
    insert("betty@example.com", "New Betty");

    jdbi.useTransaction(
        h -> {
          UserAccounts inTx = h.attach(UserAccounts.class);
          User carl = inTx.insert(User.of("carl@example.com", "Carl"));
          assertThatThrownBy(() -> inTx.restoreByName("Betty")).isInstanceOf(UniqueViolationException.class);
          // The transaction goes on: its earlier insert stands and new statements run.
          assertThat(inTx.findByEmail("carl@example.com")).contains(carl);
          inTx.insert(User.of("dora@example.com", "Dora"));
        });

    assertThat(users.countAlive()).isEqualTo(3);
    assertThat(users.countDead()).isEqualTo(1);
  }
}
