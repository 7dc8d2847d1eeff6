package dev.softdelete.schema;

import dev.softdelete.Dialect;
import java.sql.Types;
import java.util.List;
import java.util.Map;

/**
 * The SQL that has the database evaluate a table's own expressions (CHECK clauses, index key parts,
 * partial-index predicates) over sample rows, spelled per dialect. The sample rows are a derived
 * table named like the table, whose first branch selects the table's own columns from no row, so
 * that every sample value takes the column's type (a NULL is a NULL BOOLEAN, a string a UUID):
 *
 * <pre>
 * SELECT softdelete_row,
 *        CASE WHEN (live IS NULL OR live = TRUE) THEN 1 WHEN NOT (live IS NULL OR live = TRUE) THEN 0 END
 * FROM (SELECT 0 AS softdelete_row, live, deleted_at FROM users WHERE 1 = 0
 *       UNION ALL SELECT 1, TRUE, NULL
 *       UNION ALL SELECT 2, NULL, TIMESTAMP '2026-01-01 00:00:01') users
 * ORDER BY softdelete_row
 * </pre>
 *
 * <p>Oracle selects each sample row FROM DUAL; SQL Server and Oracle write TRUE as 1. A condition is
 * read through {@code CASE WHEN}, which every dialect accepts in a select list (SQL Server and Oracle
 * before 23 have no boolean values there), and which keeps UNKNOWN (NULL) apart from FALSE.
 */
final class SampleSql {
  /** A value of a sample row, written as a literal of the column's kind. */
  enum Sample {
    NULL,
    TRUE,
    FALSE,
    /** A value of the column; the same in every row that has it. */
    FIRST,
    /** Another value of the column, that differs from FIRST only in the case of its last letter. */
    SECOND
  }

  /** What kind of literal a column takes, from its JDBC type. */
  enum Kind {
    TEXT,
    NUMBER,
    BOOLEAN,
    TIMESTAMP,
    /** UUID and the types this does not know: a UUID's text, which converts to a UUID. */
    OTHER;

    static Kind of(int jdbcType) {
      return switch (jdbcType) {
        case Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.NCHAR, Types.NVARCHAR, Types.LONGNVARCHAR,
                Types.CLOB, Types.NCLOB ->
            TEXT;
        case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT, Types.DECIMAL, Types.NUMERIC,
                Types.REAL, Types.FLOAT, Types.DOUBLE ->
            NUMBER;
        case Types.BOOLEAN, Types.BIT -> BOOLEAN;
        case Types.DATE, Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> TIMESTAMP;
        default -> OTHER;
      };
    }
  }

  /**
   * Two text samples share this beginning, longer than the prefixes that key indexes use, so that an
   * index over a prefix or over lower() of a key column shows that it takes them for one value.
   */
  private static final String TEXT_SAMPLE = "softdelete sample key ".repeat(9);

  private final Dialect dialect;

  SampleSql(Dialect dialect) {
    this.dialect = dialect;
  }

  /**
   * Selects the row number and then each expression, once for each sample row, in the rows' order.
   *
   * @param columns the columns the sample rows have, as the catalog spells them
   * @param kinds the kind of each column, by lower-case name
   * @param rows each sample row's values, by lower-case column name; a column left out is NULL
   */
  String select(
      String table, List<String> columns, Map<String, Kind> kinds, List<Map<String, Sample>> rows,
      List<String> expressions) {
    StringBuilder sql = new StringBuilder("SELECT softdelete_row");
    for (String expression : expressions) {
      sql.append(", ").append(expression);
    }
    sql.append(" FROM (SELECT 0 AS softdelete_row");
    for (String column : columns) {
      sql.append(", ").append(column);
    }
    sql.append(" FROM ").append(table).append(" WHERE 1 = 0");
    for (int i = 0; i < rows.size(); i++) {
      sql.append(" UNION ALL SELECT ").append(i + 1);
      for (String column : columns) {
        String name = SchemaCatalog.lower(column);
        Sample sample = rows.get(i).getOrDefault(name, Sample.NULL);
        sql.append(", ").append(literal(sample, kinds.getOrDefault(name, Kind.OTHER)));
      }
      sql.append(fromNoTable());
    }
    return sql.append(") ").append(table).append(" ORDER BY softdelete_row").toString();
  }

  /** The condition as 1 (TRUE), 0 (FALSE) or NULL (UNKNOWN). */
  static String truth(String condition) {
    return "CASE WHEN (" + condition + ") THEN 1 WHEN NOT (" + condition + ") THEN 0 END";
  }

  /** Selects 1 if the expression equals TRUE (1 on SQL Server and Oracle), else 0 or NULL. */
  String isTrue(String expression) {
    return "SELECT " + truth("(" + expression + ") = " + literal(Sample.TRUE, Kind.BOOLEAN)) + fromNoTable();
  }

  /** Selects the table's columns from no row: the JDBC types of the columns, for their kinds. */
  static String columnTypes(String table) {
    return "SELECT * FROM " + table + " WHERE 1 = 0";
  }

  private String fromNoTable() {
    return dialect == Dialect.ORACLE ? " FROM DUAL" : "";
  }

  String literal(Sample sample, Kind kind) {
    boolean bitTruth = kind == Kind.NUMBER || kind == Kind.TEXT
        || dialect == Dialect.SQLSERVER || dialect == Dialect.ORACLE;
    return switch (sample) {
      case NULL -> "NULL";
      case TRUE -> bitTruth ? "1" : "TRUE";
      case FALSE -> bitTruth ? "0" : "FALSE";
      case FIRST, SECOND -> {
        boolean first = sample == Sample.FIRST;
        yield switch (kind) {
          case TEXT -> "'" + TEXT_SAMPLE + (first ? "K" : "k") + "'";
          case NUMBER -> first ? "1" : "2";
          case BOOLEAN -> literal(first ? Sample.TRUE : Sample.FALSE, kind);
          case TIMESTAMP -> timestamp(first ? 1 : 2);
          case OTHER -> "'00000000-0000-4000-8000-00000000000" + (first ? 1 : 2) + "'";
        };
      }
    };
  }

  private String timestamp(int second) {
    return switch (dialect) {
      case SQLITE -> "'2026-01-01T00:00:0" + second + "Z'";
      case SQLSERVER -> "CAST('2026-01-01T00:00:0" + second + "' AS DATETIME2)";
      default -> "TIMESTAMP '2026-01-01 00:00:0" + second + "'";
    };
  }
}
