package dev.softdelete.internal;

import dev.softdelete.Dialect;
import dev.softdelete.internal.ddl.ColumnKind;
import dev.softdelete.internal.ddl.ColumnTypes;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Objects;

/**
 * The {@code In} and {@code NotIn} criteria of derived methods: the whole collection is bound as ONE
 * parameter, an array or a JSON array that the database turns into rows, whatever its size. So a call
 * is one statement (its order, limit and count stay right, and a bulk verb is all or nothing), it never
 * meets a bind-parameter limit (32,766 on SQLite, 65,535 on PostgreSQL and MariaDB, 2,100 on SQL
 * Server), and the database matches the values by a hash or an index instead of comparing each row
 * with every value, which a plain {@code IN (?, ?, ...)} of 70,000 values did on H2 for tens of seconds.
 *
 * <ul>
 *   <li>PostgreSQL: {@code col = ANY(?)}, a typed array;
 *   <li>H2: {@code col IN (SELECT X FROM TABLE(X type = ?))}, an array;
 *   <li>MySQL and MariaDB: {@code col IN (SELECT j.v FROM JSON_TABLE(?, '$[*]' COLUMNS (v type PATH
 *       '$')) AS j)};
 *   <li>SQLite: {@code col IN (SELECT value FROM json_each(?))};
 *   <li>SQL Server: {@code col IN (SELECT v FROM OPENJSON(?) WITH (v type '$'))};
 *   <li>Oracle: {@code col IN (SELECT v FROM JSON_TABLE(?, '$[*]' COLUMNS (v type PATH '$')))}.
 * </ul>
 *
 * <p>Each value is written the way the dialect's {@link Codecs} store it, so that it equals the stored
 * value: instants in UTC to the microsecond, enums by name, and on SQLite times as the same text. The
 * caller answers an empty {@code In} itself where it can (no row matches); an empty array or JSON array
 * is valid SQL too, matching no row ({@code In}) or every row ({@code NotIn}). Null values are refused:
 * SQL's {@code IN} never matches NULL; ask with {@code Null}.
 */
public final class InLists {
  private static final DateTimeFormatter SQLITE_INSTANT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter SQLITE_LOCAL_DATE_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS");
  private static final DateTimeFormatter MYSQL_DATE_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS");

  private final Dialect dialect;

  private InLists(Dialect dialect) {
    this.dialect = dialect;
  }

  /** The in lists of a dialect. */
  public static InLists of(Dialect dialect) {
    return new InLists(dialect);
  }

  /** The predicate {@code column [NOT] IN (values)}, with one parameter for the values. */
  public static String predicate(Dialect dialect, String column, ColumnKind kind, boolean negated) {
    String in = negated ? " NOT IN " : " IN ";
    return switch (dialect) {
      case POSTGRESQL -> negated ? "NOT (" + column + " = ANY(?))" : column + " = ANY(?)";
      case H2 -> column + in + "(SELECT X FROM TABLE(X " + ColumnTypes.of(dialect, kind, true) + " = ?))";
      case MYSQL ->
          column + in + "(SELECT j.v FROM JSON_TABLE(?, '$[*]' COLUMNS (v " + mysqlType(kind) + " PATH '$')) AS j)";
      case SQLITE -> column + in + "(SELECT value FROM json_each(?))";
      case SQLSERVER ->
          column + in + "(SELECT v FROM OPENJSON(?) WITH (v " + ColumnTypes.of(dialect, kind, true) + " '$'))";
      case ORACLE ->
          column + in + "(SELECT v FROM JSON_TABLE(?, '$[*]' COLUMNS (v " + ColumnTypes.of(dialect, kind, true)
              + " PATH '$')))";
    };
  }

  /** JSON_TABLE's column type: wide enough for any stored text, in the database's own character set. */
  private static String mysqlType(ColumnKind kind) {
    return switch (kind) {
      case STRING, ENUM -> "VARCHAR(16000)";
      case BOOLEAN -> "BOOLEAN";
      default -> ColumnTypes.of(Dialect.MYSQL, kind, true);
    };
  }

  /** Binds the values as the predicate's parameter. */
  public void bind(PreparedStatement ps, int index, ColumnKind kind, Collection<?> values) throws SQLException {
    Object[] items = values.toArray();
    for (Object item : items) {
      Objects.requireNonNull(item, "an In collection holds null, which no row equals; ask for NULL with Null");
    }
    switch (dialect) {
      case POSTGRESQL -> {
        String[] texts = new String[items.length];
        for (int i = 0; i < items.length; i++) {
          texts[i] = text(kind, items[i]);
        }
        ps.setArray(index, ps.getConnection().createArrayOf(postgresqlType(kind), texts));
      }
      case H2 -> {
        Object[] objects = new Object[items.length];
        for (int i = 0; i < items.length; i++) {
          objects[i] = h2Object(kind, items[i]);
        }
        ps.setObject(index, objects);
      }
      default -> ps.setString(index, json(kind, items));
    }
  }

  /** The element type of PostgreSQL's array, as the DDL stores the kind. */
  private static String postgresqlType(ColumnKind kind) {
    return switch (kind) {
      case STRING, ENUM -> "text";
      case BOOLEAN -> "bool";
      case SHORT -> "int2";
      case INT -> "int4";
      case LONG -> "int8";
      case FLOAT -> "float4";
      case DOUBLE -> "float8";
      case BIG_DECIMAL -> "numeric";
      case UUID -> "uuid";
      case INSTANT, OFFSET_DATE_TIME -> "timestamptz";
      case LOCAL_DATE -> "date";
      case LOCAL_DATE_TIME -> "timestamp";
      case BYTES -> "bytea";
    };
  }

  /** H2 converts the elements of a Java array to the TABLE column's type. */
  private static Object h2Object(ColumnKind kind, Object value) {
    return switch (kind) {
      case INSTANT -> OffsetDateTime.ofInstant(Jdbc.toStoredPrecision((Instant) value), ZoneOffset.UTC);
      case OFFSET_DATE_TIME -> Jdbc.toStoredPrecision((OffsetDateTime) value);
      case LOCAL_DATE_TIME -> Jdbc.toStoredPrecision((LocalDateTime) value);
      case ENUM -> ((Enum<?>) value).name();
      default -> value;
    };
  }

  /** A value as text the dialect reads back as the stored value. */
  private String text(ColumnKind kind, Object value) {
    return switch (kind) {
      case INSTANT -> instant(Jdbc.toStoredPrecision((Instant) value));
      case OFFSET_DATE_TIME -> instant(Jdbc.toStoredPrecision(((OffsetDateTime) value).toInstant()));
      case LOCAL_DATE_TIME -> localDateTime(Jdbc.toStoredPrecision((LocalDateTime) value));
      case ENUM -> ((Enum<?>) value).name();
      case BIG_DECIMAL -> dialect == Dialect.SQLITE ? value.toString() : ((BigDecimal) value).toPlainString();
      case BOOLEAN -> dialect == Dialect.SQLITE ? ((Boolean) value ? "1" : "0") : value.toString();
      default -> value.toString();
    };
  }

  private String instant(Instant value) {
    return switch (dialect) {
      case SQLITE -> SQLITE_INSTANT.format(value);
      case MYSQL -> MYSQL_DATE_TIME.format(LocalDateTime.ofInstant(value, ZoneOffset.UTC));
      default -> value.toString();
    };
  }

  private String localDateTime(LocalDateTime value) {
    return switch (dialect) {
      case SQLITE -> SQLITE_LOCAL_DATE_TIME.format(value);
      case MYSQL -> MYSQL_DATE_TIME.format(value);
      default -> value.toString();
    };
  }

  /** The values as a JSON array: numbers and booleans bare, everything else a JSON string. */
  private String json(ColumnKind kind, Object[] values) {
    StringBuilder json = new StringBuilder(values.length * 8 + 2).append('[');
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        json.append(',');
      }
      String text = text(kind, values[i]);
      switch (kind) {
        case SHORT, INT, LONG, FLOAT, DOUBLE, BOOLEAN -> json.append(text);
        default -> quoted(json, text);
      }
    }
    return json.append(']').toString();
  }

  private static void quoted(StringBuilder json, String text) {
    json.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> json.append("\\\"");
        case '\\' -> json.append("\\\\");
        default -> {
          if (c < 0x20) {
            json.append(String.format("\\u%04x", (int) c));
          } else {
            json.append(c);
          }
        }
      }
    }
    json.append('"');
  }
}
