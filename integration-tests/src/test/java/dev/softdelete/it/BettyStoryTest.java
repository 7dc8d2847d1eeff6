package dev.softdelete.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.softdelete.RestoreResult;
import dev.softdelete.UniqueViolationException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The story that made the live column: Betty leaves, comes back, and leaves again. */
class BettyStoryTest extends DatabaseTest {

  @Test
  void deletedBettysNeverBlockANewOneAndTwoLiveBettysNeverExist() {
    UserRepository users = repository(UserRepository.class);

    User first = users.insert(User.of("betty@example.com", "Betty"));
    clock.advance(Duration.ofDays(1));
    assertThat(users.softDelete(first.id())).isTrue();

    // With a boolean or UNIQUE(email, deleted_at) this insert or the next would fail or let two in.
    User second = users.insert(User.of("betty@example.com", "Betty again"));
    clock.advance(Duration.ofDays(1));
    assertThat(users.softDelete(second.id())).isTrue();

    User third = users.insert(User.of("betty@example.com", "Betty the third"));
    assertThat(users.findByEmail("betty@example.com")).contains(third);
    assertThat(users.dead()).extracting(User::id).containsExactly(first.id(), second.id());

    assertThatThrownBy(() -> users.insert(User.of("betty@example.com", "Impostor")))
        .isInstanceOfSatisfying(
            UniqueViolationException.class, e -> assertThat(e.key()).contains("email"));

    User beforeRestore = users.findAnyById(first.id()).orElseThrow();
    assertThat(users.restore(first.id())).isEqualTo(RestoreResult.conflict("email"));
    assertThat(users.findAnyById(first.id())).contains(beforeRestore);
    assertThat(users.findByEmail("betty@example.com")).contains(third);

    assertThat(users.countAlive()).isEqualTo(1);
    assertThat(users.countDead()).isEqualTo(2);
    assertThat(count(UserSchema.TABLE, "live = FALSE")).isZero();
    assertThat(count(UserSchema.TABLE, "(live IS NULL) <> (deleted_at IS NOT NULL)")).isZero();
  }
}
