package dev.softdelete.internal.ddl;

import dev.softdelete.Dialect;
import java.util.List;
import java.util.stream.Collectors;

/**
 * CREATE TABLE and the clauses inside it. Named constraints are written the same way inside CREATE
 * TABLE and after {@code ALTER TABLE t ADD}, so a fix that adds one adds exactly the clause of the
 * generated DDL.
 */
public final class TableDdl {
  private TableDdl() {}

  /** CREATE TABLE with one column or constraint definition a line, followed by the table options. */
  public static String createTable(Dialect dialect, String table, List<String> definitions) {
    return "CREATE TABLE " + table + " (\n"
        + definitions.stream().map(line -> "    " + line).collect(Collectors.joining(",\n"))
        + "\n)" + ColumnTypes.tableOptions(dialect);
  }

  /** {@code name TYPE} or {@code name TYPE NOT NULL}. */
  public static String column(String name, String type, boolean notNull) {
    return name + " " + type + (notNull ? " NOT NULL" : "");
  }

  /** {@code CONSTRAINT pk_users PRIMARY KEY (id)}. */
  public static String primaryKey(String name, List<String> columns) {
    return "CONSTRAINT " + name + " PRIMARY KEY (" + String.join(", ", columns) + ")";
  }

  /** {@code CONSTRAINT ck_users_live CHECK (live IS NULL OR live = TRUE)}. */
  public static String check(String name, String clause) {
    return "CONSTRAINT " + name + " CHECK (" + clause + ")";
  }

  /** The CHECK clause that keeps a boolean stored as a number to 0 and 1. */
  public static String booleanCheck(String column) {
    return column + " IN (0, 1)";
  }
}
