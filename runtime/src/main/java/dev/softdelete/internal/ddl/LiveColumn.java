package dev.softdelete.internal.ddl;

import dev.softdelete.Dialect;

/**
 * The live column, TRUE in live rows and NULL in dead ones, and the deleted-at column beside it. Where
 * the database has no boolean type (SQL Server's BIT, Oracle's NUMBER(1)) TRUE is {@code 1}.
 */
public final class LiveColumn {
  private LiveColumn() {}

  private static boolean hasBoolean(Dialect dialect) {
    return dialect != Dialect.SQLSERVER && dialect != Dialect.ORACLE;
  }

  /** The literal that the live column holds in live rows: {@code TRUE}, or {@code 1}. */
  public static String trueLiteral(Dialect dialect) {
    return hasBoolean(dialect) ? "TRUE" : "1";
  }

  /** The literal that the live column never holds: {@code FALSE}, or {@code 0}. */
  public static String falseLiteral(Dialect dialect) {
    return hasBoolean(dialect) ? "FALSE" : "0";
  }

  /** The live column's type. */
  public static String type(Dialect dialect) {
    return ColumnTypes.of(dialect, ColumnKind.BOOLEAN, false);
  }

  /** The live column's definition: nullable, TRUE by default. {@code live BOOLEAN DEFAULT TRUE}. */
  public static String definition(Dialect dialect, String live) {
    return live + " " + type(dialect) + " DEFAULT " + trueLiteral(dialect);
  }

  /** The deleted-at column's type: a timestamp that keeps the instant. */
  public static String deletedAtType(Dialect dialect) {
    return ColumnTypes.of(dialect, ColumnKind.INSTANT, false);
  }

  /** The CHECK clause that keeps FALSE out of the live column: {@code live IS NULL OR live = TRUE}. */
  public static String check(Dialect dialect, String live) {
    return live + " IS NULL OR " + live + " = " + trueLiteral(dialect);
  }

  /** The CHECK clause that makes the live column NULL exactly when deleted-at is set. */
  public static String deletedAtCheck(String live, String deletedAt) {
    return "(" + live + " IS NULL AND " + deletedAt + " IS NOT NULL) OR (" + live + " IS NOT NULL AND "
        + deletedAt + " IS NULL)";
  }

  /** The CHECK clause that keeps the deleted-by column NULL whenever deleted-at is. */
  public static String deletedByCheck(String deletedAt, String deletedBy) {
    return deletedAt + " IS NOT NULL OR " + deletedBy + " IS NULL";
  }
}
