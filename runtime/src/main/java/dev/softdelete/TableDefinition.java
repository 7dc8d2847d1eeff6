package dev.softdelete;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The names a generated repository relies on: its table, columns, primary key and unique keys. Each
 * generated {@code <Entity>Schema} has one as {@code DEFINITION}.
 */
public final class TableDefinition {
  private final String table;
  private final String liveColumn;
  private final String deletedAtColumn;
  private final List<String> columns;
  private final KeyDefinition primaryKey;
  private final List<KeyDefinition> uniqueKeys;

  /**
   * @param table the table name
   * @param liveColumn the column that is TRUE for live rows and NULL for dead ones
   * @param deletedAtColumn the column stamped when a row is soft-deleted
   * @param columns the entity's columns in record order (not the live and deleted-at columns)
   * @param primaryKey the primary key, named after the {@code @Id} component
   * @param uniqueKeys the unique keys, each of which is unique among live rows
   */
  public TableDefinition(
      String table,
      String liveColumn,
      String deletedAtColumn,
      List<String> columns,
      KeyDefinition primaryKey,
      List<KeyDefinition> uniqueKeys) {
    this.table = Objects.requireNonNull(table, "table");
    this.liveColumn = Objects.requireNonNull(liveColumn, "liveColumn");
    this.deletedAtColumn = Objects.requireNonNull(deletedAtColumn, "deletedAtColumn");
    this.columns = List.copyOf(columns);
    this.primaryKey = Objects.requireNonNull(primaryKey, "primaryKey");
    this.uniqueKeys = List.copyOf(uniqueKeys);
  }

  public String table() {
    return table;
  }

  public String liveColumn() {
    return liveColumn;
  }

  public String deletedAtColumn() {
    return deletedAtColumn;
  }

  /** The entity's columns in record order; the live and deleted-at columns are not among them. */
  public List<String> columns() {
    return columns;
  }

  /** The primary key constraint. */
  public KeyDefinition primaryKey() {
    return primaryKey;
  }

  /** The unique keys, in declaration order: {@code @Unique} components first, then {@code @UniqueKey}s. */
  public List<KeyDefinition> uniqueKeys() {
    return uniqueKeys;
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

  /** A named key: the primary key or a unique key over (columns..., live). */
  public static final class KeyDefinition {
    private final String name;
    private final String constraintName;
    private final List<String> columns;

    /**
     * @param name the key's name as users see it: the component name for {@code @Id} and {@code
     *     @Unique}, the key's name for {@code @UniqueKey}
     * @param constraintName the name of the index or constraint in the database
     * @param columns the key's columns, without the live column
     */
    public KeyDefinition(String name, String constraintName, List<String> columns) {
      this.name = Objects.requireNonNull(name, "name");
      this.constraintName = Objects.requireNonNull(constraintName, "constraintName");
      this.columns = List.copyOf(columns);
    }

    public String name() {
      return name;
    }

    public String constraintName() {
      return constraintName;
    }

    public List<String> columns() {
      return columns;
    }

    @Override
    public String toString() {
      return name + "(" + constraintName + " " + columns + ")";
    }
  }
}
