package dev.softdelete.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.function.Function;

/**
 * Binds and reads nullable boxed primitives and enums, which need more than one JDBC call, the same
 * way on every database; {@link Codecs} handles the types whose handling differs between databases.
 * Also the rounding of times to the microseconds databases keep: times are cut to microseconds before
 * the driver sees them, so that every database stores the same value (PostgreSQL's driver would round
 * half up; H2 compares parameters at full precision).
 */
public final class Jdbc {
  private Jdbc() {}

  /** An instant as the databases store it: truncated to microseconds. */
  public static Instant toStoredPrecision(Instant instant) {
    return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
  }

  /** An offset date-time as it comes back from the database: in UTC, truncated to microseconds. */
  public static OffsetDateTime toStoredPrecision(OffsetDateTime value) {
    return value == null
        ? null
        : value.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
  }

  /** A local date-time as the databases store it: truncated to microseconds. */
  public static LocalDateTime toStoredPrecision(LocalDateTime value) {
    return value == null ? null : value.truncatedTo(ChronoUnit.MICROS);
  }

  /**
   * The first stored instant at or after this one. A stored time is before {@code cutoff} exactly
   * when it is before this, so comparing with it gives the same answer on every database.
   */
  public static Instant roundUpToStoredPrecision(Instant cutoff) {
    Instant truncated = cutoff.truncatedTo(ChronoUnit.MICROS);
    return truncated.equals(cutoff) ? cutoff : truncated.plus(1, ChronoUnit.MICROS);
  }

  public static void setBoolean(PreparedStatement ps, int index, Boolean value) throws SQLException {
    if (value == null) {
      ps.setNull(index, Types.BOOLEAN);
    } else {
      ps.setBoolean(index, value);
    }
  }

  public static void setShort(PreparedStatement ps, int index, Short value) throws SQLException {
    if (value == null) {
      ps.setNull(index, Types.SMALLINT);
    } else {
      ps.setShort(index, value);
    }
  }

  public static void setInt(PreparedStatement ps, int index, Integer value) throws SQLException {
    if (value == null) {
      ps.setNull(index, Types.INTEGER);
    } else {
      ps.setInt(index, value);
    }
  }

  public static void setLong(PreparedStatement ps, int index, Long value) throws SQLException {
    if (value == null) {
      ps.setNull(index, Types.BIGINT);
    } else {
      ps.setLong(index, value);
    }
  }

  public static void setFloat(PreparedStatement ps, int index, Float value) throws SQLException {
    if (value == null) {
      ps.setNull(index, Types.REAL);
    } else {
      ps.setFloat(index, value);
    }
  }

  public static void setDouble(PreparedStatement ps, int index, Double value) throws SQLException {
    if (value == null) {
      ps.setNull(index, Types.DOUBLE);
    } else {
      ps.setDouble(index, value);
    }
  }

  public static void setEnum(PreparedStatement ps, int index, Enum<?> value) throws SQLException {
    ps.setString(index, value == null ? null : value.name());
  }

  public static Boolean getBoolean(ResultSet rs, int index) throws SQLException {
    boolean value = rs.getBoolean(index);
    return rs.wasNull() ? null : value;
  }

  public static Short getShort(ResultSet rs, int index) throws SQLException {
    short value = rs.getShort(index);
    return rs.wasNull() ? null : value;
  }

  public static Integer getInt(ResultSet rs, int index) throws SQLException {
    int value = rs.getInt(index);
    return rs.wasNull() ? null : value;
  }

  public static Long getLong(ResultSet rs, int index) throws SQLException {
    long value = rs.getLong(index);
    return rs.wasNull() ? null : value;
  }

  public static Float getFloat(ResultSet rs, int index) throws SQLException {
    float value = rs.getFloat(index);
    return rs.wasNull() ? null : value;
  }

  public static Double getDouble(ResultSet rs, int index) throws SQLException {
    double value = rs.getDouble(index);
    return rs.wasNull() ? null : value;
  }

  /** Reads an enum stored by name; {@code valueOf} is the enum's own {@code valueOf}. */
  public static <E extends Enum<E>> E getEnum(ResultSet rs, int index, Function<String, E> valueOf)
      throws SQLException {
    String name = rs.getString(index);
    return name == null ? null : valueOf.apply(name);
  }


  /**
   * Binds a page's offset and maximum to the two parameters from {@code index}: {@code LIMIT ? OFFSET
   * ?} takes the maximum first ({@code maxFirst}), {@code OFFSET ? ROWS FETCH NEXT ? ROWS ONLY} the
   * offset.
   */
  public static void bindPage(PreparedStatement ps, int index, boolean maxFirst, long offset, int max)
      throws SQLException {
    ps.setLong(maxFirst ? index + 1 : index, offset);
    ps.setInt(maxFirst ? index : index + 1, max);
  }
}
