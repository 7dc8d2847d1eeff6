package dev.softdelete.processor.sql;

import dev.softdelete.Dialect;
import dev.softdelete.internal.ddl.ColumnKind;
import dev.softdelete.internal.ddl.ColumnTypes;
import dev.softdelete.internal.ddl.DdlNames;
import dev.softdelete.internal.ddl.IndexDdl;
import dev.softdelete.internal.ddl.LiveColumn;
import dev.softdelete.internal.ddl.TableDdl;
import dev.softdelete.processor.model.Component;
import dev.softdelete.processor.model.Entity;
import dev.softdelete.processor.model.Relations;
import dev.softdelete.processor.model.IndexModel;
import dev.softdelete.processor.model.JavaType;
import dev.softdelete.processor.model.UniqueKeyModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The DDL of an entity's table for one dialect, in the forms of {@code dev.softdelete.internal.ddl}
 * (which the schema verifier's fixes use too):
 *
 * <ol>
 *   <li>the table, whose live column is TRUE by default and nullable, with a CHECK that it is never
 *       FALSE and a CHECK that it is NULL exactly when deleted-at is set;
 *   <li>per unique key, a unique index that lets any number of dead rows share the key with one live
 *       row: over (key columns..., live) whose NULLs are distinct, or the dialect's equivalent;
 *   <li>an index over (live, id), for the scans of live and of dead rows in id order;
 *   <li>an index over deleted-at, for purging;
 *   <li>per {@code @Index}, an index for queries of live rows by its columns: partial ({@code WHERE
 *       live = TRUE}) where the dialect has partial indexes, over (live, columns...) elsewhere.
 * </ol>
 */
public final class Ddl {
  private final Entity entity;
  private final Relations relations;
  private final SqlNames names;

  public Ddl(Relations relations) {
    this.entity = relations.entity();
    this.relations = relations;
    this.names = new SqlNames(entity);
  }

  public List<String> createStatements(Dialect dialect) {
    List<String> statements = new ArrayList<>();
    statements.add(createTable(dialect));
    for (UniqueKeyModel key : entity.uniqueKeys()) {
      List<Component> components = entity.components(key);
      statements.add(
          IndexDdl.unique(
              dialect,
              names.uniqueIndex(key),
              entity.table(),
              columns(components),
              entity.liveColumn(),
              nullable(components)));
    }
    statements.add(IndexDdl.live(entity.table(), entity.liveColumn(), entity.id().column()));
    statements.add(IndexDdl.deletedAt(entity.table(), entity.deletedAtColumn()));
    for (IndexModel index : entity.indexes()) {
      statements.add(
          IndexDdl.forLiveRows(
              dialect,
              names.index(index),
              entity.table(),
              columns(entity.components(index)),
              entity.liveColumn()));
    }
    return statements;
  }

  private String createTable(Dialect dialect) {
    String table = entity.table();
    String live = entity.liveColumn();
    String deletedAt = entity.deletedAtColumn();
    boolean inlinePrimaryKey = entity.generatedId() && ColumnTypes.identityIsPrimaryKey(dialect);
    List<String> lines = new ArrayList<>();
    for (Component column : entity.columns()) {
      String type =
          column.isId() && entity.generatedId()
              ? ColumnTypes.identity(dialect, kind(column.kind()))
              : ColumnTypes.of(dialect, kind(column.kind()), inKey(column));
      boolean notNull = !column.nullable() && !(column.isId() && inlinePrimaryKey);
      lines.add(TableDdl.column(column.column(), type, notNull));
    }
    lines.add(LiveColumn.definition(dialect, live));
    lines.add(TableDdl.column(deletedAt, LiveColumn.deletedAtType(dialect), false));
    if (!inlinePrimaryKey) {
      lines.add(TableDdl.primaryKey(names.primaryKey(), List.of(entity.id().column())));
    }
    lines.add(TableDdl.check(DdlNames.check(table, live), LiveColumn.check(dialect, live)));
    if (ColumnTypes.booleanNeedsCheck(dialect)) {
      for (Component column : entity.columns()) {
        if (column.kind() == JavaType.BOOLEAN) {
          lines.add(
              TableDdl.check(DdlNames.check(table, column.column()), TableDdl.booleanCheck(column.column())));
        }
      }
    }
    lines.add(TableDdl.check(DdlNames.check(table, deletedAt), LiveColumn.deletedAtCheck(live, deletedAt)));
    return TableDdl.createTable(dialect, table, lines);
  }

  /** The column kind of a Java type: the two enums name the same kinds. */
  static ColumnKind kind(JavaType type) {
    return ColumnKind.valueOf(type.name());
  }

  static List<String> columns(List<Component> components) {
    return components.stream().map(Component::column).collect(Collectors.toList());
  }

  /** The key's nullable columns. */
  static Set<String> nullable(List<Component> components) {
    return components.stream().filter(Component::nullable).map(Component::column).collect(Collectors.toSet());
  }

  /**
   * Whether the column is the id or part of a unique key or an index, and so must have an indexable
   * type: MySQL, SQL Server and Oracle cannot index their unbounded text and binary types.
   */
  private boolean inKey(Component column) {
    return column.isId()
        || entity.uniqueKeys().stream().anyMatch(k -> k.componentNames().contains(column.name()))
        || entity.indexes().stream().anyMatch(i -> i.componentNames().contains(column.name()));
  }
}
