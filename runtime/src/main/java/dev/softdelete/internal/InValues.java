package dev.softdelete.internal;

import dev.softdelete.Dialect;
import dev.softdelete.internal.ddl.ColumnKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The values of an In list as text, the way {@link Codecs} would bind them one by one: the text the
 * database reads into the column's type (a typed array element, a JSON_TABLE or OPENJSON column, an
 * H2 literal), or, on SQLite, the very text it stores and compares. Times are cut to microseconds
 * first, as Codecs cuts them; instants and offset date-times are compared as the instant in UTC.
 */
final class InValues {
  /** ISO 8601 with six fraction digits: PostgreSQL, H2, SQL Server and Oracle read it. */
  private static final DateTimeFormatter ISO_INSTANT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

  private static final DateTimeFormatter ISO_LOCAL_DATE_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS");

  /**
   * MySQL's DATETIME(6) text; instants are their UTC wall-clock time, as {@code Codecs} stores
   * them.
   */
  private static final DateTimeFormatter MYSQL_DATE_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS");

  private InValues() {}

  /** The text of every value, in order. */
  static List<String> texts(Dialect dialect, ColumnKind kind, Collection<?> values) {
    List<String> texts = new ArrayList<>(values.size());
    for (Object value : values) {
      texts.add(text(dialect, kind, value));
    }
    return texts;
  }

  /** The text of one value. */
  static String text(Dialect dialect, ColumnKind kind, Object value) {
    Objects.requireNonNull(
        value, "An In list must not contain null: SQL's IN never matches NULL (use IsNull)");
    return switch (kind) {
      case SHORT, INT, LONG -> Long.toString(((Number) value).longValue());
        // SQLite stores toString() (Codecs) and compares text; the others read a number.
      case BIG_DECIMAL ->
          dialect == Dialect.SQLITE ? value.toString() : ((BigDecimal) value).toPlainString();
      case STRING -> (String) value;
      case ENUM -> ((Enum<?>) value).name();
      case UUID -> ((UUID) value).toString();
      case INSTANT -> instant(dialect, (Instant) value);
      case OFFSET_DATE_TIME -> instant(dialect, ((OffsetDateTime) value).toInstant());
      case LOCAL_DATE -> ((LocalDate) value).toString();
      case LOCAL_DATE_TIME -> localDateTime(dialect, (LocalDateTime) value);
      default -> throw new IllegalArgumentException("No In list of " + kind);
    };
  }

  /**
   * Whether the dialect's JSON carries the kind as a number rather than a string. Decimals go as
   * strings but on Oracle: MySQL reads a JSON number with a fraction as a DOUBLE, SQLite compares
   * the stored text, and SQL Server converts text to DECIMAL exactly.
   */
  static boolean isJsonNumber(Dialect dialect, ColumnKind kind) {
    return switch (kind) {
      case SHORT, INT, LONG -> true;
      case BIG_DECIMAL -> dialect == Dialect.ORACLE;
      default -> false;
    };
  }

  /** An H2 literal of the value: {@code 42}, {@code 'it''s'}, {@code DATE '2026-01-31'}. */
  static String h2Literal(ColumnKind kind, Object value) {
    String text = text(Dialect.H2, kind, value);
    return switch (kind) {
      case SHORT, INT, LONG, BIG_DECIMAL -> text;
      case UUID -> "UUID " + quoted(text);
      case INSTANT, OFFSET_DATE_TIME -> "TIMESTAMP WITH TIME ZONE " + quoted(text);
      case LOCAL_DATE -> "DATE " + quoted(text);
      case LOCAL_DATE_TIME -> "TIMESTAMP " + quoted(text);
      default -> quoted(text);
    };
  }

  /**
   * A standard SQL string literal: quotes doubled. H2 reads no other escape inside one, and its
   * JDBC escape processing ({@code {fn ...}}) skips quoted text.
   */
  static String quoted(String text) {
    return "'" + text.replace("'", "''") + "'";
  }

  private static String instant(Dialect dialect, Instant value) {
    Instant stored = Jdbc.toStoredPrecision(value);
    return switch (dialect) {
      case MYSQL -> MYSQL_DATE_TIME.format(LocalDateTime.ofInstant(stored, ZoneOffset.UTC));
      case SQLITE -> Codecs.SQLITE_INSTANT.format(stored);
      default -> ISO_INSTANT.format(stored);
    };
  }

  private static String localDateTime(Dialect dialect, LocalDateTime value) {
    LocalDateTime stored = Jdbc.toStoredPrecision(value);
    return switch (dialect) {
      case MYSQL -> MYSQL_DATE_TIME.format(stored);
      case SQLITE -> Codecs.SQLITE_LOCAL_DATE_TIME.format(stored);
      default -> ISO_LOCAL_DATE_TIME.format(stored);
    };
  }
}
