package dev.softdelete.internal;

import dev.softdelete.Dialect;
import dev.softdelete.internal.ddl.ColumnKind;

/**
 * The SQL of an In list on each dialect ({@link InLists}), and the type its elements are read as.
 * Measured on H2, PostgreSQL, MariaDB and SQLite with 70,000 values against 100,000 rows, 60,000 of
 * them live; the figures are in {@code InListTimings} of the integration tests.
 */
final class InListSql {
  /**
   * Where H2's predicate takes its literals; an H2 statement prepared without them fails to parse.
   */
  static final String H2_LITERALS = ":softdelete_in";

  /**
   * The longest MySQL text, in UTF-16 units, read as a VARCHAR, which MariaDB can key; longer texts
   * go to a second list read as LONGTEXT. JSON_TABLE cuts a text longer than its column without a
   * word (even with ERROR ON ERROR), which would then match a prefix; a LONGTEXT list is compared
   * row by row (70,000 texts against 100,000 rows: over two minutes); and on MariaDB 11.4.5 an IN
   * over a VARCHAR(768) or longer in the derived table found no row at all. VARCHAR(255) is as long
   * as our key columns.
   */
  static final int MYSQL_SHORT_TEXT = 255;

  /**
   * MariaDB and MySQL do not merge a derived table with a LIMIT into the outer query, so the JSON
   * is read once, into a table keyed for the IN; merged, MariaDB guesses that JSON_TABLE gives 40
   * rows and compares every row with every value (an UPDATE or DELETE with NOT IN: over 60 s). The
   * largest LIMIT, as the MySQL manual suggests for "all rows".
   * https://mariadb.com/kb/en/derived-table-merge-optimization/
   */
  private static final String MYSQL_ALL_ROWS = "18446744073709551615";

  /**
   * SQL Server compares strings in the collation of our text columns (ColumnTypes): OPENJSON's
   * columns take the database's, which may differ and would make the comparison ambiguous.
   */
  private static final String SQLSERVER_COLLATION = " COLLATE Latin1_General_100_BIN2";

  private InListSql() {}

  /**
   * The predicate, in the shape that was fastest where it could be measured:
   *
   * <ul>
   *   <li>H2: literals, which H2 keeps in a hash set. It compares a column with bound {@code IN (?,
   *       ...)} parameters one by one (a COUNT 25 to 48 s, an UPDATE over 60 s); {@code = ANY(?)}
   *       does the same and stops at 65,536 elements; {@code IN (SELECT ... FROM TABLE(...))} and
   *       {@code UNNEST} run the subquery again for every row.
   *   <li>PostgreSQL: a typed array, which PostgreSQL 14+ hashes.
   *   <li>MySQL/MariaDB (MariaDB 10.6+, MySQL 8.0.4+): JSON_TABLE in a derived table read once.
   *   <li>SQLite: json_each (JSON is built in from SQLite 3.38).
   *   <li>SQL Server (2016+, compatibility level 130+) and Oracle (12.1.0.2+): OPENJSON and
   *       JSON_TABLE, as EF Core 8 does on SQL Server. Not tested on a live server.
   * </ul>
   */
  static String predicate(Dialect dialect, String column, ColumnKind kind, boolean negated) {
    String in = column + (negated ? " NOT IN " : " IN ");
    return switch (dialect) {
      case H2 -> in + "(" + H2_LITERALS + ")";
      case POSTGRESQL -> column + (negated ? " <> ALL(?)" : " = ANY(?)");
      case MYSQL ->
          isText(kind)
              ? mysqlText(column, negated)
              : in + mysqlJsonTable(elementType(dialect, kind), true);
      case SQLITE -> in + "(SELECT value FROM json_each(?))";
      case SQLSERVER -> {
        String v = isText(kind) ? "v" + SQLSERVER_COLLATION : "v";
        String type = elementType(dialect, kind);
        yield in + "(SELECT " + v + " FROM OPENJSON(?) WITH (v " + type + " '$'))";
      }
      // ERROR ON ERROR: by default a text too long for VARCHAR2(4000) would become NULL, and one
      // NULL makes NOT IN match no row.
      case ORACLE -> {
        String type = elementType(dialect, kind);
        yield in
            + "(SELECT v FROM JSON_TABLE(?, '$[*]' COLUMNS (v "
            + type
            + " PATH '$' ERROR ON ERROR)))";
      }
    };
  }

  /**
   * Where the first of H2's lists to fill is: the first {@link #H2_LITERALS} outside quoted text
   * and comments, so that a value of a list filled before, or a literal of the statement, that
   * holds the same text is never taken for it. -1 if there is none.
   */
  static int h2Literals(String sql) {
    int i = 0;
    while (i < sql.length()) {
      char c = sql.charAt(i);
      if (c == '\'' || c == '"') {
        i = sql.indexOf(c, i + 1) + 1; // a doubled quote closes and reopens: the same text
      } else if (sql.startsWith("--", i)) {
        i = sql.indexOf('\n', i);
      } else if (sql.startsWith("/*", i)) {
        i = sql.indexOf("*/", i + 2);
      } else if (sql.startsWith(H2_LITERALS, i)) {
        return i;
      } else {
        i++;
      }
      if (i <= 0) {
        return -1;
      }
    }
    return -1;
  }

  /** Whether MySQL takes the kind's values in two lists, by length. */
  static boolean isText(ColumnKind kind) {
    return kind == ColumnKind.STRING || kind == ColumnKind.ENUM;
  }

  /**
   * MySQL's text lists: up to {@link #MYSQL_SHORT_TEXT} UTF-16 units in the first parameter, longer
   * in the second. IN is their union, NOT IN the conjunction, which SQL's three-valued logic keeps
   * exact. The first list is asked only about column values no longer than its own, as MariaDB
   * 11.4.5 cuts a longer value to the key's length to look it up, and a NOT IN found 300 x's in a
   * list of 255 x's. Trailing spaces are trimmed for the length, as utf8mb4_bin (PAD SPACE) ignores
   * them in equality.
   */
  private static String mysqlText(String column, boolean negated) {
    String shorter = mysqlJsonTable("VARCHAR(" + MYSQL_SHORT_TEXT + ")", true);
    String longer = mysqlJsonTable("LONGTEXT", false);
    String length = "CHAR_LENGTH(RTRIM(" + column + "))";
    String form =
        negated
            ? "((%1$s NOT IN %2$s OR %3$s > %4$d) AND %1$s NOT IN %5$s)"
            : "((%1$s IN %2$s AND %3$s <= %4$d) OR %1$s IN %5$s)";
    return String.format(form, column, shorter, length, MYSQL_SHORT_TEXT, longer);
  }

  /** A JSON array as a subquery, in a derived table read once if {@code materialized}. */
  private static String mysqlJsonTable(String type, boolean materialized) {
    String table = "SELECT j.v FROM JSON_TABLE(?, '$[*]' COLUMNS (v " + type + " PATH '$')) AS j";
    return materialized
        ? "(SELECT v FROM (" + table + " LIMIT " + MYSQL_ALL_ROWS + ") AS t)"
        : "(" + table + ")";
  }

  /**
   * The type each element is read as: PostgreSQL's array element type, or a JSON table's column.
   */
  static String elementType(Dialect dialect, ColumnKind kind) {
    return switch (dialect) {
      case POSTGRESQL ->
          switch (kind) {
            case SHORT -> "int2";
            case INT -> "int4";
            case LONG -> "int8";
            case BIG_DECIMAL -> "numeric";
            case UUID -> "uuid";
            case INSTANT, OFFSET_DATE_TIME -> "timestamptz";
            case LOCAL_DATE -> "date";
            case LOCAL_DATE_TIME -> "timestamp";
            default -> "text";
          };
      case MYSQL ->
          switch (kind) {
            case SHORT -> "SMALLINT";
            case INT -> "INT";
            case LONG -> "BIGINT";
            case BIG_DECIMAL -> "DECIMAL(65, 30)";
            case UUID -> "CHAR(36)";
            case INSTANT, OFFSET_DATE_TIME, LOCAL_DATE_TIME -> "DATETIME(6)";
            case LOCAL_DATE -> "DATE";
            default -> throw new IllegalArgumentException("MySQL reads text in two lists");
          };
      case SQLSERVER ->
          switch (kind) {
            case SHORT -> "SMALLINT";
            case INT -> "INT";
            case LONG -> "BIGINT";
            case BIG_DECIMAL -> "DECIMAL(38, 10)";
            case UUID -> "UNIQUEIDENTIFIER";
            case INSTANT, OFFSET_DATE_TIME -> "DATETIMEOFFSET(6)";
            case LOCAL_DATE -> "DATE";
            case LOCAL_DATE_TIME -> "DATETIME2(6)";
            default -> "NVARCHAR(MAX)";
          };
      case ORACLE ->
          switch (kind) {
            case SHORT, INT, LONG, BIG_DECIMAL -> "NUMBER";
            case UUID -> "VARCHAR2(36)";
            case INSTANT, OFFSET_DATE_TIME -> "TIMESTAMP WITH TIME ZONE";
            case LOCAL_DATE -> "DATE";
            case LOCAL_DATE_TIME -> "TIMESTAMP";
            default -> "VARCHAR2(4000)";
          };
      case H2, SQLITE -> throw new IllegalArgumentException(dialect + " reads no typed elements");
    };
  }
}
