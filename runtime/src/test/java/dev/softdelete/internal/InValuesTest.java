package dev.softdelete.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.softdelete.Dialect;
import dev.softdelete.internal.ddl.ColumnKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class InValuesTest {
  private static final Instant INSTANT = Instant.parse("2026-01-31T10:20:30.123456789Z");

  @Test
  void numbersAreTheirDecimalDigits() {
    assertThat(InValues.text(Dialect.POSTGRESQL, ColumnKind.LONG, -42L)).isEqualTo("-42");
    assertThat(InValues.text(Dialect.MYSQL, ColumnKind.INT, 7)).isEqualTo("7");
    assertThat(InValues.text(Dialect.SQLITE, ColumnKind.SHORT, (short) 3)).isEqualTo("3");
  }

  @Test
  void decimalsArePlainButOnSqliteWhichComparesTheTextCodecsStores() {
    BigDecimal thousand = new BigDecimal("1E+3");

    assertThat(InValues.text(Dialect.MYSQL, ColumnKind.BIG_DECIMAL, thousand)).isEqualTo("1000");
    assertThat(InValues.text(Dialect.SQLITE, ColumnKind.BIG_DECIMAL, thousand)).isEqualTo("1E+3");
  }

  @Test
  void instantsAreCutToMicrosecondsInEachDialectsText() {
    assertThat(InValues.text(Dialect.POSTGRESQL, ColumnKind.INSTANT, INSTANT))
        .isEqualTo("2026-01-31T10:20:30.123456Z");
    assertThat(InValues.text(Dialect.MYSQL, ColumnKind.INSTANT, INSTANT))
        .isEqualTo("2026-01-31 10:20:30.123456");
    assertThat(InValues.text(Dialect.SQLITE, ColumnKind.INSTANT, INSTANT))
        .isEqualTo(Codecs.SQLITE_INSTANT.format(Jdbc.toStoredPrecision(INSTANT)));
  }

  @Test
  void offsetDateTimesAreTheirInstant() {
    OffsetDateTime paris = INSTANT.atOffset(ZoneOffset.ofHours(2));

    assertThat(InValues.text(Dialect.H2, ColumnKind.OFFSET_DATE_TIME, paris))
        .isEqualTo("2026-01-31T10:20:30.123456Z");
  }

  @Test
  void localTimesAndDates() {
    LocalDateTime local = LocalDateTime.of(2026, 1, 31, 10, 20, 30, 5_000_999);

    assertThat(InValues.text(Dialect.ORACLE, ColumnKind.LOCAL_DATE_TIME, local))
        .isEqualTo("2026-01-31T10:20:30.005000");
    assertThat(InValues.text(Dialect.MYSQL, ColumnKind.LOCAL_DATE_TIME, local))
        .isEqualTo("2026-01-31 10:20:30.005000");
    assertThat(InValues.text(Dialect.SQLITE, ColumnKind.LOCAL_DATE, LocalDate.of(2026, 1, 31)))
        .isEqualTo("2026-01-31");
  }

  @Test
  void enumsAreTheirNamesAndUuidsTheirText() {
    UUID uuid = new UUID(1, 2);

    assertThat(InValues.text(Dialect.SQLSERVER, ColumnKind.ENUM, ColumnKind.UUID))
        .isEqualTo("UUID");
    assertThat(InValues.text(Dialect.SQLSERVER, ColumnKind.UUID, uuid)).isEqualTo(uuid.toString());
  }

  @Test
  void h2LiteralsAreTypedAndQuoted() {
    assertThat(InValues.h2Literal(ColumnKind.LONG, 5L)).isEqualTo("5");
    assertThat(InValues.h2Literal(ColumnKind.STRING, "it's {fn x} ?"))
        .isEqualTo("'it''s {fn x} ?'");
    assertThat(InValues.h2Literal(ColumnKind.UUID, new UUID(0, 1)))
        .isEqualTo("UUID '00000000-0000-0000-0000-000000000001'");
    assertThat(InValues.h2Literal(ColumnKind.INSTANT, INSTANT))
        .isEqualTo("TIMESTAMP WITH TIME ZONE '2026-01-31T10:20:30.123456Z'");
    assertThat(InValues.h2Literal(ColumnKind.LOCAL_DATE, LocalDate.of(2026, 1, 31)))
        .isEqualTo("DATE '2026-01-31'");
  }

  @Test
  void nullIsRefused() {
    assertThatThrownBy(
            () -> InValues.texts(Dialect.SQLITE, ColumnKind.LONG, Arrays.asList(1L, null)))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("must not contain null");
  }

  @Test
  void onlyNumbersAndOraclesDecimalsAreJsonNumbers() {
    assertThat(InValues.isJsonNumber(Dialect.MYSQL, ColumnKind.LONG)).isTrue();
    assertThat(InValues.isJsonNumber(Dialect.MYSQL, ColumnKind.BIG_DECIMAL)).isFalse();
    assertThat(InValues.isJsonNumber(Dialect.ORACLE, ColumnKind.BIG_DECIMAL)).isTrue();
    assertThat(InValues.isJsonNumber(Dialect.SQLITE, ColumnKind.UUID)).isFalse();
  }
}
