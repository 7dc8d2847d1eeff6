package dev.softdelete.schema;

import dev.softdelete.Dialect;
import dev.softdelete.internal.ddl.DdlNames;
import dev.softdelete.internal.ddl.IndexDdl;
import dev.softdelete.internal.ddl.LiveColumn;
import dev.softdelete.internal.ddl.RelationDdl;
import dev.softdelete.internal.ddl.TableDdl;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The SQL that {@link SchemaVerifier}'s messages suggest as fixes, per dialect. What the generated DDL
 * also has (types, literals, CHECK clauses, unique indexes, constraint names with their shortening)
 * comes from {@code dev.softdelete.internal.ddl}, so a fix creates exactly what the DDL creates; this
 * class adds only what the DDL never says: ALTER TABLE forms, drops, and SQLite's rebuild advice.
 */
final class SchemaFixes {
  private final Dialect dialect;

  SchemaFixes(Dialect dialect) {
    this.dialect = dialect;
  }

  /** The live column's value in live rows: TRUE, or 1 on SQL Server and Oracle. */
  String trueLiteral() {
    return LiveColumn.trueLiteral(dialect);
  }

  String liveType() {
    return LiveColumn.type(dialect);
  }

  /** The current time, as the repository would store it in deleted-at. */
  String now() {
    return switch (dialect) {
      case MYSQL -> "UTC_TIMESTAMP(6)";
      case SQLITE -> "strftime('%Y-%m-%dT%H:%M:%f000Z', 'now')";
      case SQLSERVER -> "SYSDATETIMEOFFSET()";
      case ORACLE -> "SYSTIMESTAMP";
      case H2, POSTGRESQL -> "CURRENT_TIMESTAMP";
    };
  }

  private static String rebuild(String table, String change) {
    return "SQLite cannot alter columns or constraints, so rebuild " + table + " " + change
        + ": create " + table + "_new from the generated DDL, copy the rows into it, drop " + table
        + " and rename " + table + "_new to " + table;
  }

  String dropNotNull(String table, String column) {
    return switch (dialect) {
      case MYSQL -> "ALTER TABLE " + table + " MODIFY " + column + " " + liveType() + " NULL DEFAULT " + trueLiteral();
      case SQLITE -> rebuild(table, "with " + column + " nullable");
      case SQLSERVER -> "ALTER TABLE " + table + " ALTER COLUMN " + column + " " + liveType() + " NULL";
      case ORACLE -> "ALTER TABLE " + table + " MODIFY (" + column + " NULL)";
      case H2, POSTGRESQL -> "ALTER TABLE " + table + " ALTER COLUMN " + column + " DROP NOT NULL";
    };
  }

  String setDefaultTrue(String table, String column) {
    return switch (dialect) {
      case SQLITE -> rebuild(table, "with " + column + " DEFAULT " + trueLiteral());
      case SQLSERVER -> "ALTER TABLE " + table + " ADD CONSTRAINT " + DdlNames.defaultConstraint(table, column)
          + " DEFAULT " + trueLiteral() + " FOR " + column;
      case ORACLE -> "ALTER TABLE " + table + " MODIFY (" + column + " DEFAULT " + trueLiteral() + ")";
      case H2, POSTGRESQL, MYSQL ->
          "ALTER TABLE " + table + " ALTER COLUMN " + column + " SET DEFAULT " + trueLiteral();
    };
  }

  /** Adds a column; with a default that fills the existing rows too, where one is given. */
  String addColumn(String table, String column, String type, String defaultValue) {
    String definition = column + " " + type + (defaultValue == null ? "" : " DEFAULT " + defaultValue);
    return switch (dialect) {
      case SQLSERVER -> "ALTER TABLE " + table + " ADD " + definition + (defaultValue == null ? "" : " WITH VALUES");
      case ORACLE -> "ALTER TABLE " + table + " ADD (" + definition + ")";
      case H2, POSTGRESQL, MYSQL, SQLITE -> "ALTER TABLE " + table + " ADD COLUMN " + definition;
    };
  }

  /** The CHECK clause of the live column, as the generated DDL has it. */
  String liveCheck(String live) {
    return LiveColumn.check(dialect, live);
  }

  /** The CHECK clause that ties the live column to deleted-at, as the generated DDL has it. */
  String deletedAtCheck(String live, String deletedAt) {
    return LiveColumn.deletedAtCheck(live, deletedAt);
  }

  /** Adds the live column's CHECK under its generated name. */
  String addLiveCheck(String table, String live) {
    return addCheck(table, DdlNames.check(table, live), liveCheck(live));
  }

  /** Adds the CHECK that ties the live column to deleted-at, under its generated name. */
  String addDeletedAtCheck(String table, String live, String deletedAt) {
    return addCheck(table, DdlNames.check(table, deletedAt), deletedAtCheck(live, deletedAt));
  }

  /** Adds the constraint clause of the generated DDL: {@code ALTER TABLE t ADD CONSTRAINT ...}. */
  private String addConstraint(String table, String constraint) {
    if (dialect == Dialect.SQLITE) {
      return rebuild(table, "with " + constraint);
    }
    return "ALTER TABLE " + table + " ADD " + constraint;
  }

  String addCheck(String table, String name, String clause) {
    return addConstraint(table, TableDdl.check(name, clause));
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
      return switch (dialect) {
        case SQLITE -> rebuild(table, "without the UNIQUE constraint behind " + index.name());
        case MYSQL -> index.primaryKey()
            ? "ALTER TABLE " + table + " DROP PRIMARY KEY"
            : "ALTER TABLE " + table + " DROP INDEX " + index.name();
        case H2, POSTGRESQL, SQLSERVER, ORACLE -> "ALTER TABLE " + table + " DROP CONSTRAINT " + index.constraint();
      };
    }
    return switch (dialect) {
      case MYSQL, SQLSERVER -> "DROP INDEX " + index.name() + " ON " + table;
      case H2, POSTGRESQL, SQLITE, ORACLE -> "DROP INDEX " + index.name();
    };
  }

  /**
   * The unique index the generated DDL creates for a key.
   *
   * @param nullableColumns the key's columns that the catalog reports nullable, lower case
   */
  String createUniqueIndex(
      String table, String name, List<String> columns, String live, Set<String> nullableColumns) {
    Set<String> nullable = new LinkedHashSet<>();
    for (String column : columns) {
      if (nullableColumns.contains(SchemaCatalog.lower(column))) {
        nullable.add(column);
      }
    }
    return IndexDdl.unique(dialect, name, table, columns, live, nullable);
  }

  /**
   * Adds the deletion column as the generated DDL declares it, with its CHECK (when the table has
   * the live column the CHECK names) and its index. SQLite adds a column with its CHECK in one
   * statement, but cannot add a CHECK to a table; MySQL refuses a column CHECK that names another
   * column, so elsewhere the CHECK is a statement of its own.
   */
  String addDeletionColumn(String table, String live, String deletion, boolean hasLive) {
    String type = RelationDdl.deletionType(dialect);
    String check = TableDdl.check(DdlNames.check(table, deletion), RelationDdl.deletionCheck(live, deletion));
    String index = "; " + RelationDdl.deletionIndex(table, deletion);
    if (!hasLive) {
      return addColumn(table, deletion, type, null) + index;
    }
    if (dialect == Dialect.SQLITE) {
      return addColumn(table, deletion, type + " " + check, null) + index;
    }
    return addColumn(table, deletion, type, null) + "; " + addConstraint(table, check) + index;
  }

  /** Adds a FOREIGN KEY clause of the generated DDL; on SQLite, advice to rebuild the table with it. */
  String addForeignKey(String table, String foreignKey) {
    return addConstraint(table, foreignKey);
  }

  /**
   * Drops foreign keys that reference the wrong parent and, if given, adds the generated one; on
   * SQLite, one rebuild that does both.
   *
   * @param foreignKey the generated FOREIGN KEY clause to add, or null when the table has it already
   */
  String replaceForeignKeys(String table, List<ForeignKeyInfo> dropped, String foreignKey) {
    if (dialect == Dialect.SQLITE) {
      return rebuild(
          table,
          "without " + String.join(" and ", dropped.stream().map(ForeignKeyInfo::describe).toList())
              + (foreignKey == null ? "" : ", with " + foreignKey));
    }
    List<String> statements = new ArrayList<>();
    dropped.forEach(key -> statements.add(dropForeignKey(table, key)));
    if (foreignKey != null) {
      statements.add(addForeignKey(table, foreignKey));
    }
    return String.join("; ", statements);
  }

  String dropForeignKey(String table, ForeignKeyInfo key) {
    return switch (dialect) {
      case SQLITE -> rebuild(table, "without " + key.describe());
      case MYSQL -> "ALTER TABLE " + table + " DROP FOREIGN KEY " + key.name();
      case H2, POSTGRESQL, SQLSERVER, ORACLE -> "ALTER TABLE " + table + " DROP CONSTRAINT " + key.name();
    };
  }

  /**
   * Makes the database check a foreign key it has but does not: by the constraint where the
   * constraint is off, by the connection's setting where the connection is.
   */
  String enforceForeignKey(String table, ForeignKeyInfo key) {
    return switch (dialect) {
      case SQLITE -> "PRAGMA foreign_keys = ON on every connection (sqlite-jdbc sets it with foreign_keys=true in"
          + " the URL, or SQLiteConfig.enforceForeignKeys(true))";
      case MYSQL -> "SET foreign_key_checks = 1, and leave it on in every session";
      case SQLSERVER -> "ALTER TABLE " + table + " WITH CHECK CHECK CONSTRAINT " + key.name();
      case ORACLE -> "ALTER TABLE " + table + " ENABLE VALIDATE CONSTRAINT " + key.name();
      case POSTGRESQL -> "ALTER TABLE " + table + " ALTER CONSTRAINT " + key.name() + " ENFORCED";
      case H2 -> "SET REFERENTIAL_INTEGRITY TRUE";
    };
  }

  String addPrimaryKey(String table, String name, List<String> columns) {
    if (dialect == Dialect.SQLITE) {
      return rebuild(table, "with its PRIMARY KEY (" + String.join(", ", columns) + ")");
    }
    return addConstraint(table, TableDdl.primaryKey(name, columns));
  }
}
