package dev.softdelete.internal;

import dev.softdelete.Dialect;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/**
 * Binds and reads the column types whose JDBC handling differs between databases: times, UUIDs and
 * decimals. One instance per dialect; generated repositories and row mappers hold the one of their
 * database.
 *
 * <p>Times are cut to microseconds before the driver sees them, so that every database stores the
 * same value. Instants and offset date-times are stored in UTC and come back in UTC.
 */
public abstract class Codecs {
  private static final Codecs STANDARD = new Standard();
  private static final Codecs MYSQL = new MySql();
  private static final Codecs SQLITE = new Sqlite();
  private static final Codecs SQL_SERVER = new SqlServer();
  /** Oracle: native time zones, UUIDs as text. */
  private static final Codecs ORACLE = new OffsetDateTimes();

  /**
   * SQLite's text of an instant, fixed width so that text order is time order; shared with the In
   * lists ({@link InValues}), which must write the text that SQLite compares.
   */
  static final DateTimeFormatter SQLITE_INSTANT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

  /** SQLite's text of a local date-time, fixed width like {@link #SQLITE_INSTANT}. */
  static final DateTimeFormatter SQLITE_LOCAL_DATE_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS");

  Codecs() {}

  /** The codecs of a dialect. */
  public static Codecs of(Dialect dialect) {
    switch (dialect) {
      case H2:
      case POSTGRESQL:
        return STANDARD;
      case MYSQL:
        return MYSQL;
      case SQLITE:
        return SQLITE;
      case SQLSERVER:
        return SQL_SERVER;
      case ORACLE:
        return ORACLE;
      default:
        throw new IllegalArgumentException("No codecs for " + dialect);
    }
  }

  public abstract void setInstant(PreparedStatement ps, int index, Instant value) throws SQLException;

  public abstract Instant getInstant(ResultSet rs, int index) throws SQLException;

  /** Binds the instant of the value: offset date-times are stored in UTC. */
  public void setOffsetDateTime(PreparedStatement ps, int index, OffsetDateTime value)
      throws SQLException {
    setInstant(ps, index, value == null ? null : value.toInstant());
  }

  /** Reads an offset date-time in UTC. */
  public OffsetDateTime getOffsetDateTime(ResultSet rs, int index) throws SQLException {
    Instant instant = getInstant(rs, index);
    return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  public void setLocalDateTime(PreparedStatement ps, int index, LocalDateTime value)
      throws SQLException {
    if (value == null) {
      ps.setNull(index, Types.TIMESTAMP);
    } else {
      ps.setObject(index, Jdbc.toStoredPrecision(value));
    }
  }

  public LocalDateTime getLocalDateTime(ResultSet rs, int index) throws SQLException {
    return rs.getObject(index, LocalDateTime.class);
  }

  public void setLocalDate(PreparedStatement ps, int index, LocalDate value) throws SQLException {
    if (value == null) {
      ps.setNull(index, Types.DATE);
    } else {
      ps.setObject(index, value);
    }
  }

  public LocalDate getLocalDate(ResultSet rs, int index) throws SQLException {
    return rs.getObject(index, LocalDate.class);
  }

  public void setUuid(PreparedStatement ps, int index, UUID value) throws SQLException {
    ps.setString(index, value == null ? null : value.toString());
  }

  public UUID getUuid(ResultSet rs, int index) throws SQLException {
    String text = rs.getString(index);
    return text == null ? null : UUID.fromString(text);
  }

  public void setBigDecimal(PreparedStatement ps, int index, BigDecimal value) throws SQLException {
    ps.setBigDecimal(index, value);
  }

  /**
   * Reads a decimal, never in exponent form: H2's DECFLOAT gives back {@code 30} as {@code 3E+1},
   * which is read as {@code 30}.
   */
  public BigDecimal getBigDecimal(ResultSet rs, int index) throws SQLException {
    return plain(rs.getBigDecimal(index));
  }

  private static BigDecimal plain(BigDecimal value) {
    return value != null && value.scale() < 0 ? value.setScale(0) : value;
  }

  /** Instants as {@code TIMESTAMP WITH TIME ZONE} (JDBC 4.2's OffsetDateTime). */
  private static class OffsetDateTimes extends Codecs {
    @Override
    public void setInstant(PreparedStatement ps, int index, Instant value) throws SQLException {
      if (value == null) {
        ps.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
      } else {
        ps.setObject(
            index, OffsetDateTime.ofInstant(Jdbc.toStoredPrecision(value), ZoneOffset.UTC));
      }
    }

    @Override
    public Instant getInstant(ResultSet rs, int index) throws SQLException {
      OffsetDateTime value = rs.getObject(index, OffsetDateTime.class);
      return value == null ? null : value.toInstant();
    }
  }

  /** H2 and PostgreSQL: native time zones and UUIDs. */
  private static final class Standard extends OffsetDateTimes {
    @Override
    public void setUuid(PreparedStatement ps, int index, UUID value) throws SQLException {
      if (value == null) {
        ps.setNull(index, Types.OTHER);
      } else {
        ps.setObject(index, value);
      }
    }

    @Override
    public UUID getUuid(ResultSet rs, int index) throws SQLException {
      return rs.getObject(index, UUID.class);
    }
  }

  /** SQL Server: native time zones, UUIDs as text, decimals in DECIMAL(38, 10). */
  private static final class SqlServer extends OffsetDateTimes {
    @Override
    public BigDecimal getBigDecimal(ResultSet rs, int index) throws SQLException {
      return withoutPadding(rs.getBigDecimal(index));
    }
  }

  /**
   * A decimal without the zeros a fixed-scale column pads it with, as H2 returns decimals: {@code
   * 12.0000000000} as {@code 12}, {@code 1.5000000000} as {@code 1.5}.
   */
  private static BigDecimal withoutPadding(BigDecimal value) {
    return value == null ? null : plain(value.stripTrailingZeros());
  }

  /**
   * MySQL and MariaDB: instants in {@code DATETIME(6)}, as UTC wall-clock time. Bound and read as
   * LocalDateTime, which neither the JVM's zone nor the session's changes; the drivers shift
   * OffsetDateTime and Instant values by the JVM's zone.
   */
  private static final class MySql extends Codecs {
    @Override
    public void setInstant(PreparedStatement ps, int index, Instant value) throws SQLException {
      if (value == null) {
        ps.setNull(index, Types.TIMESTAMP);
      } else {
        ps.setObject(index, LocalDateTime.ofInstant(Jdbc.toStoredPrecision(value), ZoneOffset.UTC));
      }
    }

    @Override
    public Instant getInstant(ResultSet rs, int index) throws SQLException {
      LocalDateTime value = rs.getObject(index, LocalDateTime.class);
      return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }

    /**
     * DECIMAL(65, 30) pads every value to 30 decimals; the padding is dropped, as H2 drops trailing
     * zeros: {@code 12} comes back as {@code 12}, {@code 1.50} as {@code 1.5}.
     */
    @Override
    public BigDecimal getBigDecimal(ResultSet rs, int index) throws SQLException {
      return withoutPadding(rs.getBigDecimal(index));
    }
  }

  /**
   * SQLite, which has no time, UUID or decimal types: times as fixed-width ISO-8601 text, which sorts
   * and compares in time order; UUIDs and decimals as text, which keeps every digit and the scale.
   */
  private static final class Sqlite extends Codecs {
    @Override
    public void setInstant(PreparedStatement ps, int index, Instant value) throws SQLException {
      ps.setString(index, value == null ? null : SQLITE_INSTANT.format(value));
    }

    @Override
    public Instant getInstant(ResultSet rs, int index) throws SQLException {
      String text = rs.getString(index);
      return text == null ? null : Instant.parse(text);
    }

    @Override
    public void setLocalDateTime(PreparedStatement ps, int index, LocalDateTime value)
        throws SQLException {
      ps.setString(index, value == null ? null : SQLITE_LOCAL_DATE_TIME.format(value));
    }

    @Override
    public LocalDateTime getLocalDateTime(ResultSet rs, int index) throws SQLException {
      String text = rs.getString(index);
      return text == null ? null : LocalDateTime.parse(text);
    }

    @Override
    public void setLocalDate(PreparedStatement ps, int index, LocalDate value) throws SQLException {
      ps.setString(index, value == null ? null : value.toString());
    }

    @Override
    public LocalDate getLocalDate(ResultSet rs, int index) throws SQLException {
      String text = rs.getString(index);
      return text == null ? null : LocalDate.parse(text);
    }

    @Override
    public void setBigDecimal(PreparedStatement ps, int index, BigDecimal value) throws SQLException {
      ps.setString(index, value == null ? null : value.toString());
    }

    @Override
    public BigDecimal getBigDecimal(ResultSet rs, int index) throws SQLException {
      String text = rs.getString(index);
      return text == null ? null : new BigDecimal(text);
    }
  }
}
