package dev.softdelete.processor.sql;

import dev.softdelete.Dialect;
import dev.softdelete.internal.ddl.ColumnKind;
import dev.softdelete.internal.ddl.ColumnTypes;
import dev.softdelete.internal.ddl.DdlNames;
import dev.softdelete.internal.ddl.IndexDdl;
import dev.softdelete.internal.ddl.LiveColumn;
import dev.softdelete.internal.ddl.RelationDdl;
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
 *   <li>for an entity in a relation, an index over the deletion column, and per {@code @References}
 *       component an index over its column;
 *   <li>per {@code @Index}, an index for queries of live rows by its columns: partial ({@code WHERE
 *       live = TRUE}) where the dialect has partial indexes, over (live, columns...) elsewhere.
 * </ol>
 *
 * <p>An entity in a relation has the deletion column after deleted-at, with a CHECK that live rows
 * have none; each of its references has a FOREIGN KEY to the parent's id, in {@link
 * #foreignKeyStatements} to run once every table exists, or inside CREATE TABLE on SQLite (see {@link
 * RelationDdl}).
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
    entity
        .deletionColumn()
        .ifPresent(deletion -> statements.add(RelationDdl.deletionIndex(entity.table(), deletion)));
    for (Relations.Link link : relations.links()) {
      statements.add(RelationDdl.referenceIndex(entity.table(), link.component().column()));
    }
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

  /**
   * The statements that add the entity's foreign keys, one per reference, to run once every table
   * exists; none on SQLite, where CREATE TABLE declares them.
   */
  public List<String> foreignKeyStatements(Dialect dialect) {
    if (RelationDdl.foreignKeysInCreateTable(dialect)) {
      return List.of();
    }
    return relations.links().stream()
        .map(link -> RelationDdl.addForeignKey(entity.table(), foreignKey(link)))
        .toList();
  }

  /** {@code CONSTRAINT fk_orders_customer_id FOREIGN KEY (customer_id) REFERENCES customers (id)}. */
  private String foreignKey(Relations.Link link) {
    return RelationDdl.foreignKey(
        names.foreignKey(link.component()),
        link.component().column(),
        link.parent().table(),
        link.parent().id().column());
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
    entity.deletionColumn().ifPresent(deletion -> lines.add(RelationDdl.deletionColumn(dialect, deletion)));
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
    entity.deletedBy().ifPresent(
        deletedBy -> lines.add(
            TableDdl.check(
                DdlNames.check(table, deletedBy.column()), LiveColumn.deletedByCheck(deletedAt, deletedBy.column()))));
    entity
        .deletionColumn()
        .ifPresent(
            deletion ->
                lines.add(TableDdl.check(DdlNames.check(table, deletion), RelationDdl.deletionCheck(live, deletion))));
    if (RelationDdl.foreignKeysInCreateTable(dialect)) {
      for (Relations.Link link : relations.links()) {
        lines.add(foreignKey(link));
      }
    }
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
   * Whether the column is the id, a reference (indexed, and of its parent's id type), or part of a
   * unique key or an index, and so must have an indexable type: MySQL, SQL Server and Oracle cannot
   * index their unbounded text and binary types.
   */
  private boolean inKey(Component column) {
    return column.isId()
        || column.isReference()
        || entity.uniqueKeys().stream().anyMatch(k -> k.componentNames().contains(column.name()))
        || entity.indexes().stream().anyMatch(i -> i.componentNames().contains(column.name()));
  }
}
