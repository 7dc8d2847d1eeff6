package dev.softdelete;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The names a generated repository relies on: its table, columns, primary key and unique keys. Each
 * generated {@code <Entity>Schema} has one as {@code DEFINITION}.
 *
 * @param table the table name
 * @param liveColumn the column that is TRUE for live rows and NULL for dead ones
 * @param deletedAtColumn the column stamped when a row is soft-deleted
 * @param columns the entity's columns in record order; the live and deleted-at columns are not among
 *     them
 * @param primaryKey the primary key, named after the {@code @Id} component
 * @param uniqueKeys the unique keys, each unique among live rows, in declaration order: {@code @Unique}
 *     components first, then {@code @UniqueKey}s
 */
public record TableDefinition(
    String table,
    String liveColumn,
    String deletedAtColumn,
    List<String> columns,
    KeyDefinition primaryKey,
    List<KeyDefinition> uniqueKeys) {

  public TableDefinition {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(liveColumn, "liveColumn");
    Objects.requireNonNull(deletedAtColumn, "deletedAtColumn");
    columns = List.copyOf(columns);
    Objects.requireNonNull(primaryKey, "primaryKey");
    uniqueKeys = List.copyOf(uniqueKeys);
  }

  /** The primary key followed by the unique keys. */
  public List<KeyDefinition> allKeys() {
    List<KeyDefinition> all = new ArrayList<>(uniqueKeys.size() + 1);
    all.add(primaryKey);
    all.addAll(uniqueKeys);
    return all;
  }

  @Override
  public String toString() {
    return "TableDefinition[" + table + columns + ", keys=" + allKeys() + "]";
  }

  /**
   * A named key: the primary key or a unique key over (columns..., live).
   *
   * @param name the key's name as users see it: the component name for {@code @Id} and {@code
   *     @Unique}, the key's name for {@code @UniqueKey}
   * @param constraintName the name of the index or constraint in the database
   * @param columns the key's columns, without the live column
   */
  public record KeyDefinition(String name, String constraintName, List<String> columns) {
    public KeyDefinition {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(constraintName, "constraintName");
      columns = List.copyOf(columns);
    }

    @Override
    public String toString() {
      return name + "(" + constraintName + " " + columns + ")";
    }
  }
}
