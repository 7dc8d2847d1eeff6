package dev.softdelete.processor.sql;

import dev.softdelete.Dialect;
import dev.softdelete.processor.model.Component;
import dev.softdelete.processor.model.Entity;
import dev.softdelete.processor.model.JavaType;
import dev.softdelete.processor.model.UniqueKeyModel;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The DDL of an entity's table for one dialect:
 *
 * <ol>
 *   <li>the table, whose live column is TRUE by default and nullable, with a CHECK that it is never
 *       FALSE and a CHECK that it is NULL exactly when deleted-at is set;
 *   <li>per unique key, a unique index that lets any number of dead rows share the key with one live
 *       row: over (key columns..., live) whose NULLs are distinct, or the dialect's equivalent;
 *   <li>an index over (live, id), for the scans of live and of dead rows in id order;
 *   <li>an index over deleted-at, for purging.
 * </ol>
 */
public final class Ddl {
  private final Entity entity;
  private final SqlNames names;

  public Ddl(Entity entity) {
    this.entity = entity;
    this.names = new SqlNames(entity);
  }

  public List<String> createStatements(Dialect dialect) {
    SqlDialect sql = SqlDialect.of(dialect);
    List<String> statements = new ArrayList<>();
    statements.add(createTable(sql));
    for (UniqueKeyModel key : entity.uniqueKeys()) {
      statements.add(
          sql.uniqueIndex(
              names.uniqueIndex(key), entity.table(), entity.components(key), entity.liveColumn()));
    }
    statements.add(
        "CREATE INDEX " + names.liveIndex() + " ON " + entity.table() + " (" + entity.liveColumn() + ", "
            + entity.id().column() + ")");
    statements.add(
        "CREATE INDEX " + names.deletedAtIndex() + " ON " + entity.table() + " ("
            + entity.deletedAtColumn() + ")");
    return statements;
  }

  private String createTable(SqlDialect sql) {
    String live = entity.liveColumn();
    String deletedAt = entity.deletedAtColumn();
    boolean inlinePrimaryKey = entity.generatedId() && sql.generatedIdIsInlinePrimaryKey();
    List<String> lines = new ArrayList<>();
    for (Component column : entity.columns()) {
      String type =
          column.isId() && entity.generatedId()
              ? sql.identityType(column.kind())
              : sql.columnType(column.kind(), inKey(column));
      boolean notNull = !column.nullable() && !(column.isId() && inlinePrimaryKey);
      lines.add(column.column() + " " + type + (notNull ? " NOT NULL" : ""));
    }
    lines.add(live + " " + sql.columnType(JavaType.BOOLEAN, false) + " DEFAULT " + sql.trueLiteral());
    lines.add(deletedAt + " " + sql.columnType(JavaType.INSTANT, false));
    if (!inlinePrimaryKey) {
      lines.add("CONSTRAINT " + names.primaryKey() + " PRIMARY KEY (" + entity.id().column() + ")");
    }
    lines.add(
        "CONSTRAINT " + names.liveCheck() + " CHECK (" + live + " IS NULL OR " + live + " = "
            + sql.trueLiteral() + ")");
    if (sql.booleansNeedCheck()) {
      for (Component column : entity.columns()) {
        if (column.kind() == JavaType.BOOLEAN) {
          lines.add(
              "CONSTRAINT " + names.check(column.column()) + " CHECK (" + column.column()
                  + " IN (0, 1))");
        }
      }
    }
    lines.add(
        "CONSTRAINT " + names.deletedAtCheck() + " CHECK ((" + live + " IS NULL AND " + deletedAt
            + " IS NOT NULL) OR (" + live + " IS NOT NULL AND " + deletedAt + " IS NULL))");
    return "CREATE TABLE " + entity.table() + " (\n"
        + lines.stream().map(line -> "    " + line).collect(Collectors.joining(",\n"))
        + "\n)" + sql.tableOptions();
  }

  /** Whether the column is the id or part of a unique key, and so must have an indexable type. */
  private boolean inKey(Component column) {
    return column.isId()
        || entity.uniqueKeys().stream().anyMatch(k -> k.componentNames().contains(column.name()));
  }
}
