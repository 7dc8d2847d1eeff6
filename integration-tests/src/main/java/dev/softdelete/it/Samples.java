package dev.softdelete.it;

import dev.softdelete.Repository;
import dev.softdelete.SoftDeleteRepository;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Every criterion keyword, over components of every supported type. */
@Repository
public interface Samples extends SoftDeleteRepository<Sample, Long> {
  List<Sample> findByFlagTrue();

  List<Sample> findByFlagFalse();

  List<Sample> findByMaybeFlagTrue();

  List<Sample> findByMaybeCountNull();

  List<Sample> findByMaybeCountNotNull();

  List<Sample> findByTextNot(String text);

  List<Sample> findByTextIgnoreCase(String text);

  List<Sample> findByTextLike(String pattern);

  List<Sample> findByTextLikeIgnoreCase(String pattern);

  List<Sample> findByTextStartsWith(String prefix);

  List<Sample> findByTextEndsWith(String suffix);

  List<Sample> findByTextContains(String part);

  List<Sample> findByTextContainsIgnoreCase(String part);

  List<Sample> findByTextIn(Collection<String> texts);

  List<Sample> findByTextInIgnoreCase(Collection<String> texts);

  List<Sample> findBySmallLessThan(short small);

  List<Sample> findByCountLessThanEqual(int count);

  List<Sample> findByBigGreaterThan(long big);

  List<Sample> findByRatioGreaterThanEqual(float ratio);

  List<Sample> findByAmountBetween(double low, double high);

  List<Sample> findByPriceBetween(BigDecimal low, BigDecimal high);

  List<Sample> findBySeenAtBefore(Instant time);

  List<Sample> findBySeenAtAfter(Instant time);

  List<Sample> findByScheduledAtBefore(OffsetDateTime time);

  List<Sample> findByBirthdayBetween(LocalDate from, LocalDate to);

  List<Sample> findByLocalTimeAfter(LocalDateTime time);

  List<Sample> findByTokenIn(Collection<UUID> tokens);

  List<Sample> findByRoleIn(Collection<Membership.Role> roles);

  List<Sample> findByRoleNotIn(Collection<Membership.Role> roles);

  List<Sample> findByBirthdayIn(Collection<LocalDate> days);

  List<Sample> findBySeenAtIn(Collection<Instant> times);

  List<Sample> findByMaybeBigIn(Collection<Long> values);

  List<Sample> findByRole(Membership.Role role);

  List<Sample> findByToken(UUID token);
}
