package dev.softdelete.schema;

import dev.softdelete.Dialect;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The SQL that {@link SchemaVerifier}'s messages suggest as fixes, per dialect, in the forms the
 * generated DDL uses. Names of new constraints follow the generated DDL ({@code ck_<table>_<column>});
 * the generated DDL shortens names past 63 characters with a hash, which these do not.
 */
final class SchemaFixes {
  private final Dialect dialect;

  SchemaFixes(Dialect dialect) {
    this.dialect = dialect;
  }

  private boolean hasBoolean() {
    return dialect != Dialect.SQLSERVER && dialect != Dialect.ORACLE;
  }

  /** The live column's value in live rows: TRUE, or 1 on SQL Server and Oracle. */
  String trueLiteral() {
    return hasBoolean() ? "TRUE" : "1";
  }

  String liveType() {
    switch (dialect) {
      case SQLSERVER:
        return "BIT";
      case ORACLE:
        return "NUMBER(1)";
      default:
        return "BOOLEAN";
    }
  }

  /** The current time, as the repository would store it in deleted-at. */
  String now() {
    switch (dialect) {
      case MYSQL:
        return "UTC_TIMESTAMP(6)";
      case SQLITE:
        return "strftime('%Y-%m-%dT%H:%M:%f000Z', 'now')";
      case SQLSERVER:
        return "SYSDATETIMEOFFSET()";
      case ORACLE:
        return "SYSTIMESTAMP";
      default:
        return "CURRENT_TIMESTAMP";
    }
  }

  private static String rebuild(String table, String change) {
    return "SQLite cannot alter columns or constraints, so rebuild " + table + " " + change
        + ": create " + table + "_new from the generated DDL, copy the rows into it, drop " + table
        + " and rename " + table + "_new to " + table;
  }

  String dropNotNull(String table, String column) {
    switch (dialect) {
      case MYSQL:
        return "ALTER TABLE " + table + " MODIFY " + column + " BOOLEAN NULL DEFAULT TRUE";
      case SQLITE:
        return rebuild(table, "with " + column + " nullable");
      case SQLSERVER:
        return "ALTER TABLE " + table + " ALTER COLUMN " + column + " BIT NULL";
      case ORACLE:
        return "ALTER TABLE " + table + " MODIFY (" + column + " NULL)";
      default:
        return "ALTER TABLE " + table + " ALTER COLUMN " + column + " DROP NOT NULL";
    }
  }

  String setDefaultTrue(String table, String column) {
    switch (dialect) {
      case SQLITE:
        return rebuild(table, "with " + column + " DEFAULT TRUE");
      case SQLSERVER:
        return "ALTER TABLE " + table + " ADD CONSTRAINT df_" + table + "_" + column + " DEFAULT 1 FOR " + column;
      case ORACLE:
        return "ALTER TABLE " + table + " MODIFY (" + column + " DEFAULT 1)";
      default:
        return "ALTER TABLE " + table + " ALTER COLUMN " + column + " SET DEFAULT TRUE";
    }
  }

  /** Adds a column; with a default that fills the existing rows too, where one is given. */
  String addColumn(String table, String column, String type, String defaultValue) {
    String definition = column + " " + type + (defaultValue == null ? "" : " DEFAULT " + defaultValue);
    switch (dialect) {
      case SQLSERVER:
        return "ALTER TABLE " + table + " ADD " + definition + (defaultValue == null ? "" : " WITH VALUES");
      case ORACLE:
        return "ALTER TABLE " + table + " ADD (" + definition + ")";
      default:
        return "ALTER TABLE " + table + " ADD COLUMN " + definition;
    }
  }

  String liveCheck(String live) {
    return live + " IS NULL OR " + live + " = " + trueLiteral();
  }

  String deletedAtCheck(String live, String deletedAt) {
    return "(" + live + " IS NULL AND " + deletedAt + " IS NOT NULL) OR (" + live + " IS NOT NULL AND "
        + deletedAt + " IS NULL)";
  }

  String addCheck(String table, String name, String clause) {
    if (dialect == Dialect.SQLITE) {
      return rebuild(table, "with CONSTRAINT " + name + " CHECK (" + clause + ")");
    }
    return "ALTER TABLE " + table + " ADD CONSTRAINT " + name + " CHECK (" + clause + ")";
  }

  String dropCheck(String table, String name) {
    if (dialect == Dialect.SQLITE) {
      return rebuild(table, "without CHECK " + name);
    }
    return "ALTER TABLE " + table + " DROP CONSTRAINT " + name;
  }

  /** Drops a unique index, or the unique constraint it belongs to. */
  String dropIndex(String table, IndexInfo index) {
    if (index.constraint() != null) {
      switch (dialect) {
        case SQLITE:
          return rebuild(table, "without the UNIQUE constraint behind " + index.name());
        case MYSQL:
          return index.primaryKey()
              ? "ALTER TABLE " + table + " DROP PRIMARY KEY"
              : "ALTER TABLE " + table + " DROP INDEX " + index.name();
        default:
          return "ALTER TABLE " + table + " DROP CONSTRAINT " + index.constraint();
      }
    }
    switch (dialect) {
      case MYSQL:
      case SQLSERVER:
        return "DROP INDEX " + index.name() + " ON " + table;
      default:
        return "DROP INDEX " + index.name();
    }
  }

  /**
   * The unique index the generated DDL creates for a key: over (columns..., live) with NULLs distinct;
   * filtered to live rows with the key set on SQL Server; over {@code CASE WHEN live = 1 THEN column
   * END} on Oracle.
   */
  String createUniqueIndex(
      String table, String name, List<String> columns, String live, Set<String> nullableColumns) {
    String list = String.join(", ", columns);
    switch (dialect) {
      case H2:
        return "CREATE UNIQUE NULLS DISTINCT INDEX " + name + " ON " + table + " (" + list + ", " + live + ")";
      case POSTGRESQL:
        return "CREATE UNIQUE INDEX " + name + " ON " + table + " (" + list + ", " + live + ") NULLS DISTINCT";
      case SQLSERVER:
        {
          StringBuilder filter = new StringBuilder(live + " = 1");
          for (String column : columns) {
            if (nullableColumns.contains(SchemaCatalog.lower(column))) {
              filter.append(" AND ").append(column).append(" IS NOT NULL");
            }
          }
          return "CREATE UNIQUE INDEX " + name + " ON " + table + " (" + list + ") WHERE " + filter;
        }
      case ORACLE:
        {
          StringBuilder when = new StringBuilder(live + " = 1");
          for (String column : columns) {
            if (columns.size() > 1 && nullableColumns.contains(SchemaCatalog.lower(column))) {
              when.append(" AND ").append(column).append(" IS NOT NULL");
            }
          }
          return "CREATE UNIQUE INDEX " + name + " ON " + table + " ("
              + columns.stream().map(c -> "CASE WHEN " + when + " THEN " + c + " END").collect(Collectors.joining(", "))
              + ")";
        }
      default:
        return "CREATE UNIQUE INDEX " + name + " ON " + table + " (" + list + ", " + live + ")";
    }
  }

  String addPrimaryKey(String table, String name, List<String> columns) {
    if (dialect == Dialect.SQLITE) {
      return rebuild(table, "with its PRIMARY KEY (" + String.join(", ", columns) + ")");
    }
    return "ALTER TABLE " + table + " ADD CONSTRAINT " + name + " PRIMARY KEY (" + String.join(", ", columns) + ")";
  }
}
