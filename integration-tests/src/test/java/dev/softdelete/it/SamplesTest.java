package dev.softdelete.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.softdelete.it.Membership.Role;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every criterion keyword of derived methods over components of every supported type, on every
 * database. Sample {@code n} holds {@code n} in each numeric, time and date component; a dead sample
 * matches every criterion and must never be returned.
 */
class SamplesTest extends DatabaseTest {
  private static final LocalDate DAY0 = LocalDate.of(2026, 1, 1);
  private Samples samples;

  @BeforeEach
  void rows() {
    samples = repository(Samples.class);
    samples.insert(sample(1, "Apple pie", true, null));
    samples.insert(sample(2, "apple tart", false, 7));
    samples.insert(sample(3, "100% cotton_wool!", true, 8));
    samples.insert(sample(4, "banana", false, null));
    samples.insert(sample(5, "BANANA split", true, 9));
    // A dead twin of sample 3, which every criterion below would match.
    samples.insert(sample(99, "100% cotton_wool!", true, 8));
    samples.softDelete(99L);
  }

  private static Sample sample(long n, String text, boolean flag, Integer maybeCount) {
    int i = (int) n;
    return new Sample(
        n,
        text,
        flag,
        i % 3 == 0 ? null : i % 3 == 1,
        (short) i,
        null,
        i,
        maybeCount,
        n * 10,
        i % 2 == 0 ? n : null,
        i / 2f,
        null,
        i * 1.5,
        null,
        BigDecimal.valueOf(i).movePointLeft(1),
        new UUID(0, n),
        T0.plus(Duration.ofDays(i)),
        OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHours(2)).plusDays(i),
        DAY0.plusDays(i),
        LocalDateTime.of(2026, 1, 1, 12, 0).plusDays(i),
        i % 2 == 0 ? Role.OWNER : Role.MEMBER,
        new byte[] {(byte) i});
  }

  private static List<Long> ids(List<Sample> rows) {
    return rows.stream().map(Sample::id).toList();
  }

  @Test
  void trueFalseAndNull() {
    assertThat(ids(samples.findByFlagTrue())).containsExactly(1L, 3L, 5L);
    assertThat(ids(samples.findByFlagFalse())).containsExactly(2L, 4L);
    // maybeFlag: 1 true, 2 false, 3 null, 4 true, 5 false
    assertThat(ids(samples.findByMaybeFlagTrue())).containsExactly(1L, 4L);
    assertThat(ids(samples.findByMaybeCountNull())).containsExactly(1L, 4L);
    assertThat(ids(samples.findByMaybeCountNotNull())).containsExactly(2L, 3L, 5L);
  }

  @Test
  void textEqualityNotAndIgnoreCase() {
    assertThat(ids(samples.findByTextNot("banana"))).containsExactly(1L, 2L, 3L, 5L);
    assertThat(ids(samples.findByTextIgnoreCase("BaNaNa"))).containsExactly(4L);
  }

  @Test
  void likePassesThePatternAsWritten() {
    assertThat(ids(samples.findByTextLike("%pie"))).containsExactly(1L);
    assertThat(ids(samples.findByTextLike("b_nana"))).containsExactly(4L);
    assertThat(ids(samples.findByTextLikeIgnoreCase("APPLE%"))).containsExactly(1L, 2L);
  }

  @Test
  void startsWithEndsWithAndContainsEscapePercentUnderscoreAndTheEscapeCharacter() {
    assertThat(ids(samples.findByTextStartsWith("100%"))).containsExactly(3L);
    assertThat(ids(samples.findByTextStartsWith("10_"))).isEmpty();
    assertThat(ids(samples.findByTextEndsWith("wool!"))).containsExactly(3L);
    assertThat(ids(samples.findByTextContains("n_w"))).containsExactly(3L);
    assertThat(ids(samples.findByTextContains("%"))).containsExactly(3L);
    assertThat(ids(samples.findByTextContains("_"))).containsExactly(3L);
    assertThat(ids(samples.findByTextContains("!"))).containsExactly(3L);
    assertThat(ids(samples.findByTextContains("tar"))).containsExactly(2L);
    assertThat(ids(samples.findByTextContainsIgnoreCase("AN"))).containsExactly(4L, 5L);
  }

  @Test
  void comparisonsOfNumbers() {
    assertThat(ids(samples.findBySmallLessThan((short) 3))).containsExactly(1L, 2L);
    assertThat(ids(samples.findByCountLessThanEqual(3))).containsExactly(1L, 2L, 3L);
    assertThat(ids(samples.findByBigGreaterThan(30L))).containsExactly(4L, 5L);
    assertThat(ids(samples.findByRatioGreaterThanEqual(2f))).containsExactly(4L, 5L);
    // Between includes both ends.
    assertThat(ids(samples.findByAmountBetween(3.0, 6.0))).containsExactly(2L, 3L, 4L);
    assertThat(ids(samples.findByPriceBetween(new BigDecimal("0.2"), new BigDecimal("0.4"))))
        .containsExactly(2L, 3L, 4L);
  }

  @Test
  void comparisonsOfTimesAndDatesAreStrictForBeforeAndAfter() {
    assertThat(ids(samples.findBySeenAtBefore(T0.plus(Duration.ofDays(3))))).containsExactly(1L, 2L);
    assertThat(ids(samples.findBySeenAtAfter(T0.plus(Duration.ofDays(3))))).containsExactly(4L, 5L);
    assertThat(
            ids(samples.findByScheduledAtBefore(
                OffsetDateTime.of(2026, 1, 3, 0, 0, 0, 0, ZoneOffset.ofHours(2)))))
        .containsExactly(1L);
    assertThat(ids(samples.findByBirthdayBetween(DAY0.plusDays(2), DAY0.plusDays(4)))).containsExactly(2L, 3L, 4L);
    assertThat(ids(samples.findByLocalTimeAfter(LocalDateTime.of(2026, 1, 4, 12, 0)))).containsExactly(4L, 5L);
  }

  @Test
  void equalityOfEnumsAndUuids() {
    assertThat(ids(samples.findByRole(Role.OWNER))).containsExactly(2L, 4L);
    assertThat(ids(samples.findByToken(new UUID(0, 3)))).containsExactly(3L);
  }

  @Test
  void inAndNotInOverEveryKind() {
    assertThat(ids(samples.findByTextIn(List.of("banana", "apple tart", "none")))).containsExactly(2L, 4L);
    assertThat(ids(samples.findByTextInIgnoreCase(List.of("BANANA", "Apple Pie")))).containsExactly(1L, 4L);
    assertThat(ids(samples.findByTokenIn(Set.of(new UUID(0, 1), new UUID(0, 3), new UUID(0, 99)))))
        .containsExactly(1L, 3L);
    assertThat(ids(samples.findByRoleIn(List.of(Role.MEMBER)))).containsExactly(1L, 3L, 5L);
    assertThat(ids(samples.findByRoleNotIn(List.of(Role.MEMBER)))).containsExactly(2L, 4L);
    assertThat(ids(samples.findByRoleNotIn(List.of()))).containsExactly(1L, 2L, 3L, 4L, 5L);
    assertThat(ids(samples.findByBirthdayIn(List.of(DAY0.plusDays(2), DAY0.plusDays(5))))).containsExactly(2L, 5L);
    assertThat(ids(samples.findBySeenAtIn(List.of(T0.plus(Duration.ofDays(1)), T0.plus(Duration.ofDays(4))))))
        .containsExactly(1L, 4L);
    assertThat(ids(samples.findByMaybeBigIn(List.of(2L, 4L, 5L)))).containsExactly(2L, 4L);
    assertThat(samples.findByTextIn(List.of())).isEmpty();
  }
}
