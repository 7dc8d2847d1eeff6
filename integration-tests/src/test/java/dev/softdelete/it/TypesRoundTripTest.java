package dev.softdelete.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.softdelete.Dialect;
import dev.softdelete.it.Membership.Role;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every supported column type is stored and read back as it was, NULL included. */
class TypesRoundTripTest extends DatabaseTest {

  @Test
  void everyTypeRoundTrips() {
    SampleRepository samples = repository(SampleRepository.class);
    Sample full =
        new Sample(
            1,
            "text with 'quotes' and ünïcode",
            true,
            false,
            Short.MIN_VALUE,
            Short.MAX_VALUE,
            Integer.MIN_VALUE,
            Integer.MAX_VALUE,
            Long.MIN_VALUE,
            Long.MAX_VALUE,
            1.5f,
            -0.25f,
            Math.PI,
            -1e300,
            new BigDecimal("12345678901234567890.123456789"),
            UUID.fromString("123e4567-e89b-12d3-a456-426614174000"),
            Instant.parse("2026-02-03T04:05:06.123456Z"),
            OffsetDateTime.parse("2026-02-03T04:05:06.654321Z"),
            LocalDate.of(1999, 12, 31),
            LocalDateTime.of(2030, 1, 2, 3, 4, 5, 6000),
            Role.OWNER,
            new byte[] {0, 1, -1, 127, -128});

    samples.insert(full);
    Sample read = samples.findById(1L).orElseThrow();

    assertThat(read).usingRecursiveComparison().withComparatorForType(BigDecimal::compareTo, BigDecimal.class).isEqualTo(full);
  }

  @Test
  void insertReturnsTimesAsTheDatabaseKeepsThem() {
    SampleRepository samples = repository(SampleRepository.class);
    Sample withNanos =
        sample(
            5L,
            null,
            Instant.parse("2026-02-03T04:05:06.123456789Z"),
            OffsetDateTime.parse("2026-02-03T06:05:06.999999999+02:00"),
            LocalDateTime.of(2030, 1, 2, 3, 4, 5, 1_000_999));

    Sample inserted = samples.insert(withNanos);

    assertThat(inserted.seenAt()).isEqualTo(Instant.parse("2026-02-03T04:05:06.123456Z"));
    assertThat(inserted.scheduledAt()).isEqualTo(OffsetDateTime.parse("2026-02-03T04:05:06.999999Z"));
    assertThat(inserted.localTime()).isEqualTo(LocalDateTime.of(2030, 1, 2, 3, 4, 5, 1_000_000));
    assertThat(samples.findById(5L).orElseThrow()).usingRecursiveComparison().isEqualTo(inserted);
  }

  @Test
  void everyNullableTypeStoresNull() {
    SampleRepository samples = repository(SampleRepository.class);
    Sample empty = sample(2L, null, null, null, null);

    samples.insert(empty);

    assertThat(samples.findById(2L).orElseThrow()).usingRecursiveComparison().isEqualTo(empty);
  }

  @Test
  void offsetDateTimesComeBackInUtcAtTheSameInstant() {
    SampleRepository samples = repository(SampleRepository.class);
    OffsetDateTime paris = OffsetDateTime.parse("2026-06-01T10:00:00+02:00");
    Sample sample = sample(3L, null, null, paris, null);

    samples.insert(sample);

    OffsetDateTime read = samples.findById(3L).orElseThrow().scheduledAt();
    assertThat(read.getOffset()).isEqualTo(ZoneOffset.UTC);
    assertThat(read.toInstant()).isEqualTo(paris.toInstant());
  }

  @Test
  void updateWritesEveryType() {
    SampleRepository samples = repository(SampleRepository.class);
    Sample empty = sample(4L, null, null, null, null);
    samples.insert(empty);
    Sample changed =
        new Sample(
            4, "t", true, true, (short) 1, (short) 2, 3, 4, 5L, 6L, 7f, 8f, 9d, 10d, BigDecimal.TEN,
            UUID.randomUUID(), Instant.parse("2026-01-01T00:00:00Z"),
            OffsetDateTime.parse("2026-01-01T00:00:00Z"), LocalDate.of(2026, 1, 1),
            LocalDateTime.of(2026, 1, 1, 0, 0), Role.MEMBER, new byte[] {42});

    assertThat(samples.update(changed)).isTrue();

    assertThat(samples.findById(4L).orElseThrow())
        .usingRecursiveComparison()
        .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
        .isEqualTo(changed);
  }

  /**
   * A decimal comes back equal to what was stored, never in exponent form (H2's DECFLOAT hands back 30
   * as 3E+1) and never padded beyond the scale it was given (MySQL's DECIMAL(65, 30) pads to 30
   * decimals); databases that keep the scale (PostgreSQL, SQLite) give back exactly what was stored.
   */
  @ParameterizedTest
  @ValueSource(strings = {"30", "1200", "1.50", "0.001", "-7", "0", "12345678901234567890.123456789"})
  void decimalsComeBackPlainAndUnpadded(String text) {
    SampleRepository samples = repository(SampleRepository.class);
    BigDecimal stored = new BigDecimal(text);
    samples.insert(sample(6L, stored, null, null, null));

    BigDecimal read = samples.findById(6L).orElseThrow().price();

    assertThat(read).isEqualByComparingTo(stored);
    assertThat(read.scale()).isBetween(0, stored.scale());
    assertThat(read.toString()).isEqualTo(read.toPlainString());
    if (database.dialect() == Dialect.POSTGRESQL || database.dialect() == Dialect.SQLITE) {
      assertThat(read).isEqualTo(stored);
    }
  }

  /** A sample with these values, every other column at its default: NULL, 0 or false. */
  private static Sample sample(
      long id, BigDecimal price, Instant seenAt, OffsetDateTime scheduledAt, LocalDateTime localTime) {
    return new Sample(
        id, null, false, null, (short) 0, null, 0, null, 0L, null, 0f, null, 0d, null, price, null, seenAt,
        scheduledAt, null, localTime, null, null);
  }
}
