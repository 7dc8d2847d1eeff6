package dev.softdelete.it;

import dev.softdelete.Id;
import dev.softdelete.SoftDeleteEntity;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Every supported column type, primitive and boxed; an id the caller supplies though it is a long. */
@SoftDeleteEntity(table = "samples")
public record Sample(
    @Id(generated = false) long id,
    String text,
    boolean flag,
    Boolean maybeFlag,
    short small,
    Short maybeSmall,
    int count,
    Integer maybeCount,
    long big,
    Long maybeBig,
    float ratio,
    Float maybeRatio,
    double amount,
    Double maybeAmount,
    BigDecimal price,
    UUID token,
    Instant seenAt,
    OffsetDateTime scheduledAt,
    LocalDate birthday,
    LocalDateTime localTime,
    Membership.Role role,
    byte[] payload) {}
