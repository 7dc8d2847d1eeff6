package dev.softdelete;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class RestoreResultTest {

  @Test
  void conflictsNameTheirKeyAndOtherOutcomesNone() {
    assertThat(RestoreResult.conflict("email").status()).isEqualTo(RestoreResult.Status.CONFLICT);
    assertThat(RestoreResult.conflict("email").conflictingKey()).contains("email");
    assertThat(RestoreResult.restored().conflictingKey()).isEmpty();
    assertThat(RestoreResult.conflict(null).conflictingKey()).isEmpty();
  }

  @Test
  void resultsAreValues() {
    assertThat(RestoreResult.conflict("email")).isEqualTo(RestoreResult.conflict("email"));
    assertThat(RestoreResult.conflict("email")).isNotEqualTo(RestoreResult.conflict("org_user"));
    assertThat(RestoreResult.conflict("email")).hasSameHashCodeAs(RestoreResult.conflict("email"));
    assertThat(RestoreResult.notFound()).isNotEqualTo(RestoreResult.alreadyAlive());
    assertThat(RestoreResult.conflict("email")).hasToString("CONFLICT(email)");
    assertThat(RestoreResult.restored()).hasToString("RESTORED");
  }

  @Test
  void onlyAConflictNamesAKey() {
    assertThatThrownBy(() -> new RestoreResult(RestoreResult.Status.RESTORED, Optional.of("email")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("only a CONFLICT names a key, not RESTORED");
  }
}
