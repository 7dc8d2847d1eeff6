package dev.softdelete.it;

import dev.softdelete.Dialect;
import dev.softdelete.internal.Codecs;
import dev.softdelete.internal.Jdbc;
import dev.softdelete.internal.ddl.ColumnKind;
import dev.softdelete.internal.ddl.ColumnTypes;
import dev.softdelete.internal.ddl.LiveColumn;
import dev.softdelete.internal.ddl.TableDdl;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A table with a column of every kind an In list takes, filled with rows 1 to {@code rows}: row
 * {@code k} is live when {@code k % 5 < 3} (60 %), and each column but the id holds {@link
 * Column#value(long) value(k)}, NULL in every 17th row. Values of {@code k} beyond the rows are
 * valid and in no row, but for the columns whose values repeat (SHORT, ENUM): the expected rows are
 * found by comparing values, as the database does.
 */
final class InListTable {
  static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  /** Values of the ENUM column, stored by name. */
  enum Shade {
    RED,
    GREEN,
    BLUE,
    CYAN,
    MAGENTA
  }

  /** Texts with every character that a literal, a JSON string or a LIKE pattern could misread. */
  private static final List<String> ODD_TEXTS =
      List.of(
          "",
          "'",
          "''",
          "\\",
          "\"",
          "%",
          "_",
          "!",
          "é",
          "😀",
          "\n",
          "{fn now()}",
          "?",
          "--",
          "/*",
          "$$",
          ":softdelete_in",
          "\\'");

  /** The columns, each with the values row {@code k} holds. */
  enum Column {
    ID("id", ColumnKind.LONG),
    LONG("c_long", ColumnKind.LONG),
    INT("c_int", ColumnKind.INT),
    SHORT("c_short", ColumnKind.SHORT),
    BIG_DECIMAL("c_decimal", ColumnKind.BIG_DECIMAL),
    STRING("c_string", ColumnKind.STRING),
    ENUM("c_enum", ColumnKind.ENUM),
    UUID("c_uuid", ColumnKind.UUID),
    INSTANT("c_instant", ColumnKind.INSTANT),
    OFFSET_DATE_TIME("c_offset", ColumnKind.OFFSET_DATE_TIME),
    LOCAL_DATE("c_date", ColumnKind.LOCAL_DATE),
    LOCAL_DATE_TIME("c_local", ColumnKind.LOCAL_DATE_TIME);

    final String name;
    final ColumnKind kind;

    Column(String name, ColumnKind kind) {
      this.name = name;
      this.kind = kind;
    }

    /** What row {@code k} holds: NULL in every 17th row but in the id. */
    Object value(long k) {
      return this != ID && k % 17 == 0 ? null : nonNull(k);
    }

    /**
     * A value that matches row {@code k}'s once stored: times carry 300 more nanoseconds in odd
     * {@code k}, which the stored precision (microseconds) drops.
     */
    Object listValue(long k) {
      Object value = nonNull(k);
      if (k % 2 == 0) {
        return value;
      }
      return switch (kind) {
        case INSTANT -> ((Instant) value).plusNanos(300);
        case OFFSET_DATE_TIME -> ((OffsetDateTime) value).plusNanos(300);
        case LOCAL_DATE_TIME -> ((LocalDateTime) value).plusNanos(300);
        default -> value;
      };
    }

    private Object nonNull(long k) {
      return switch (this) {
        case ID -> k;
        case LONG -> k * 10 - 7;
        case INT -> (int) (k * 3);
        case SHORT -> (short) (k % 32_000);
        case BIG_DECIMAL -> BigDecimal.valueOf((k % 2 == 0 ? 25 : -25) * k, 2);
        case STRING -> "s" + k + ODD_TEXTS.get((int) (k % ODD_TEXTS.size()));
        case ENUM -> Shade.values()[(int) (k % Shade.values().length)];
        case UUID -> new UUID(k, -k);
        case INSTANT -> T0.plusSeconds(k * 3_601).plusNanos(k % 1_000 * 1_000);
        case OFFSET_DATE_TIME ->
            T0.minusSeconds(k * 61)
                .plusNanos(k % 997 * 1_000)
                .atOffset(ZoneOffset.ofHoursMinutes(5, 30));
        case LOCAL_DATE -> LocalDate.of(2000, 1, 1).plusDays(k);
        case LOCAL_DATE_TIME ->
            LocalDateTime.of(2000, 1, 1, 0, 0).plusMinutes(k).plusNanos(k % 999 * 1_000);
      };
    }

    /**
     * The value as the database compares it: at microsecond precision, offset date-times as
     * instants.
     */
    Object stored(Object value) {
      return switch (kind) {
        case INSTANT -> ((Instant) value).truncatedTo(ChronoUnit.MICROS);
        case OFFSET_DATE_TIME ->
            ((OffsetDateTime) value).toInstant().truncatedTo(ChronoUnit.MICROS);
        case LOCAL_DATE_TIME -> ((LocalDateTime) value).truncatedTo(ChronoUnit.MICROS);
        default -> value;
      };
    }
  }

  final String name;
  final int rows;

  InListTable(String name, int rows) {
    this.name = name;
    this.rows = rows;
  }

  static boolean isLive(long k) {
    return k % 5 < 3;
  }

  /** Drops the table, creates it with the dialect's column types, and fills it. */
  void create(Connection connection, Dialect dialect) throws SQLException {
    List<String> definitions = new ArrayList<>();
    for (Column column : Column.values()) {
      String type = ColumnTypes.of(dialect, column.kind, column == Column.ID);
      definitions.add(column.name + " " + type + (column == Column.ID ? " PRIMARY KEY" : ""));
    }
    definitions.add(LiveColumn.definition(dialect, "live"));
    try (Statement statement = connection.createStatement()) {
      statement.execute("DROP TABLE IF EXISTS " + name);
      statement.execute(TableDdl.createTable(dialect, name, definitions));
    }
    String columns = Stream.of(Column.values()).map(c -> c.name).collect(Collectors.joining(", "));
    String placeholders =
        Stream.of(Column.values()).map(c -> "?").collect(Collectors.joining(", "));
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO " + name + " (" + columns + ", live) VALUES (" + placeholders + ", ?)")) {
      Codecs codecs = Codecs.of(dialect);
      for (long k = 1; k <= rows; k++) {
        int index = 1;
        for (Column column : Column.values()) {
          bind(codecs, insert, index++, column.kind, column.value(k));
        }
        if (isLive(k)) {
          insert.setBoolean(index, true);
        } else {
          insert.setNull(index, Types.BOOLEAN);
        }
        insert.addBatch();
        if (k % 1_000 == 0 || k == rows) {
          insert.executeBatch();
        }
      }
      connection.commit();
    } finally {
      connection.setAutoCommit(autoCommit);
    }
    try (Statement statement = connection.createStatement()) {
      statement.execute(dialect == Dialect.MYSQL ? "ANALYZE TABLE " + name : "ANALYZE");
    }
  }

  /** Binds a value as a generated repository does. */
  private static void bind(
      Codecs codecs, PreparedStatement statement, int index, ColumnKind kind, Object value)
      throws SQLException {
    switch (kind) {
      case LONG -> Jdbc.setLong(statement, index, (Long) value);
      case INT -> Jdbc.setInt(statement, index, (Integer) value);
      case SHORT -> Jdbc.setShort(statement, index, (Short) value);
      case BIG_DECIMAL -> codecs.setBigDecimal(statement, index, (BigDecimal) value);
      case STRING -> statement.setString(index, (String) value);
      case ENUM -> Jdbc.setEnum(statement, index, (Enum<?>) value);
      case UUID -> codecs.setUuid(statement, index, (UUID) value);
      case INSTANT -> codecs.setInstant(statement, index, (Instant) value);
      case OFFSET_DATE_TIME -> codecs.setOffsetDateTime(statement, index, (OffsetDateTime) value);
      case LOCAL_DATE -> codecs.setLocalDate(statement, index, (LocalDate) value);
      case LOCAL_DATE_TIME -> codecs.setLocalDateTime(statement, index, (LocalDateTime) value);
      default -> throw new IllegalArgumentException(kind.name());
    }
  }

  /** The list values of rows {@code ks}. */
  static List<Object> values(Column column, Collection<Long> ks) {
    return ks.stream().map(column::listValue).collect(Collectors.toList());
  }

  /**
   * {@code n} row numbers, alternately of a row (spread over the table, repeating when {@code n} is
   * larger) and beyond the table.
   */
  List<Long> ks(int n) {
    List<Long> ks = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      ks.add(i % 2 == 0 ? (i / 2 * 7L) % rows + 1 : rows + 1L + i);
    }
    return ks;
  }

  /**
   * The live rows that {@code column IN (values of ks)} or NOT IN matches, in id order: by SQL's
   * rules, a NULL is in neither, unless the list is empty, when NOT IN matches every row.
   */
  List<Long> expected(Column column, Collection<Long> ks, boolean negated) {
    Set<Object> listed = new HashSet<>();
    for (long k : ks) {
      listed.add(column.stored(column.listValue(k)));
    }
    List<Long> ids = new ArrayList<>();
    for (long k = 1; k <= rows; k++) {
      if (!isLive(k)) {
        continue;
      }
      Object value = column.value(k);
      if (ks.isEmpty()
          ? negated
          : value != null && listed.contains(column.stored(value)) != negated) {
        ids.add(k);
      }
    }
    return ids;
  }
}
