package dev.softdelete;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The names a generated repository relies on: its table, columns, primary key and unique keys, and
 * the indexes declared for the queries users write. Each generated {@code <Entity>Schema} has one
 * as {@code DEFINITION}.
 *
 * @param table the table name
 * @param liveColumn the column that is TRUE for live rows and NULL for dead ones
 * @param deletedAtColumn the column stamped when a row is soft-deleted
 * @param columns the entity's columns in record order; the live and deleted-at columns are not
 *     among them
 * @param primaryKey the primary key, named after the {@code @Id} component
 * @param uniqueKeys the unique keys, each unique among live rows, in declaration order:
 *     {@code @Unique} components first, then {@code @UniqueKey}s
 * @param indexes the indexes declared with {@link Index}, in declaration order: those on components
 *     first, then those of {@link SoftDeleteEntity#indexes()}
 * @param relations for an entity that references a parent with {@link References} or is referenced,
 *     its operation column and references; empty for an entity without any
 */
public record TableDefinition(
    String table,
    String liveColumn,
    String deletedAtColumn,
    List<String> columns,
    KeyDefinition primaryKey,
    List<KeyDefinition> uniqueKeys,
    List<IndexDefinition> indexes,
    Optional<Relations> relations) {

  public TableDefinition {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(liveColumn, "liveColumn");
    Objects.requireNonNull(deletedAtColumn, "deletedAtColumn");
    columns = List.copyOf(columns);
    Objects.requireNonNull(primaryKey, "primaryKey");
    uniqueKeys = List.copyOf(uniqueKeys);
    indexes = List.copyOf(indexes);
    Objects.requireNonNull(relations, "relations");
  }

  /** A table without references, as the schema classes of entities without relations construct it. */
  public TableDefinition(
      String table,
      String liveColumn,
      String deletedAtColumn,
      List<String> columns,
      KeyDefinition primaryKey,
      List<KeyDefinition> uniqueKeys,
      List<IndexDefinition> indexes) {
    this(table, liveColumn, deletedAtColumn, columns, primaryKey, uniqueKeys, indexes, Optional.empty());
  }

  /**
   * A table without declared indexes, as the schema classes generated before {@link Index} existed
   * construct it.
   */
  public TableDefinition(
      String table,
      String liveColumn,
      String deletedAtColumn,
      List<String> columns,
      KeyDefinition primaryKey,
      List<KeyDefinition> uniqueKeys) {
    this(table, liveColumn, deletedAtColumn, columns, primaryKey, uniqueKeys, List.of(), Optional.empty());
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
    return "TableDefinition[" + table + columns + ", keys=" + allKeys()
        + (indexes.isEmpty() ? "" : ", indexes=" + indexes)
        + relations.map(r -> ", " + r).orElse("") + "]";
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

  /**
   * An index declared with {@link Index}, for the queries users write on live rows. The generated
   * DDL creates it in the form that serves those queries on each database: over the columns with
   * {@code WHERE live = TRUE} where the database has partial indexes, over (live, columns...)
   * elsewhere.
   *
   * @param name the index's name part as declared: {@link Index#name()}, or the column name of the
   *     component it is on
   * @param indexName the index's name in the database, {@code ix_<table>_<name>}
   * @param columns the indexed columns in index order, without the live column
   */
  public record IndexDefinition(String name, String indexName, List<String> columns) {
    public IndexDefinition {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(indexName, "indexName");
      columns = List.copyOf(columns);
    }

    @Override
    public String toString() {
      return name + "(" + indexName + " " + columns + ")";
    }
  }

  /**
   * What an entity in a relation adds to its table.
   *
   * @param entity the entity's simple name, as messages and {@link RestoreResult} name it
   * @param deletionColumn the column that holds, on a dead row, the id of the operation that deleted
   *     it (NULL on live rows), so that a restore brings back exactly the rows of that operation
   * @param references the entity's {@link References} components, in record order
   * @param deletedByColumn the column of its {@link DeletedBy} component, which a cascade stamps with
   *     the actor of the delete; empty without one
   */
  public record Relations(
      String entity, String deletionColumn, List<ReferenceDefinition> references, Optional<String> deletedByColumn) {
    public Relations {
      Objects.requireNonNull(entity, "entity");
      Objects.requireNonNull(deletionColumn, "deletionColumn");
      references = List.copyOf(references);
      Objects.requireNonNull(deletedByColumn, "deletedByColumn");
    }

    /** An entity without a {@link DeletedBy} component. */
    public Relations(String entity, String deletionColumn, List<ReferenceDefinition> references) {
      this(entity, deletionColumn, references, Optional.empty());
    }

    @Override
    public String toString() {
      return entity + "(" + deletionColumn + ")" + (references.isEmpty() ? "" : references.toString());
    }
  }

  /**
   * A reference from a child table's column to its parent's id: a FOREIGN KEY with an index on the
   * column.
   *
   * @param name the component's name
   * @param column the child's column
   * @param parentEntity the parent entity's simple name
   * @param parentTable the parent's table
   * @param parentIdColumn the parent's id column
   * @param onSoftDelete what soft-deleting the parent does to live children
   * @param constraintName the foreign key's name, {@code fk_<table>_<column>}
   * @param indexName the index on the column, {@code ix_<table>_<column>}
   * @param nullable whether the column may be NULL, a row without a parent: a hard delete or purge of
   *     rows that reference each other in a cycle sets it to NULL before it deletes them
   */
  public record ReferenceDefinition(
      String name,
      String column,
      String parentEntity,
      String parentTable,
      String parentIdColumn,
      OnSoftDelete onSoftDelete,
      String constraintName,
      String indexName,
      boolean nullable) {
    /** A reference whose column is never NULL. */
    public ReferenceDefinition(
        String name,
        String column,
        String parentEntity,
        String parentTable,
        String parentIdColumn,
        OnSoftDelete onSoftDelete,
        String constraintName,
        String indexName) {
      this(name, column, parentEntity, parentTable, parentIdColumn, onSoftDelete, constraintName, indexName, false);
    }

    public ReferenceDefinition {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(column, "column");
      Objects.requireNonNull(parentEntity, "parentEntity");
      Objects.requireNonNull(parentTable, "parentTable");
      Objects.requireNonNull(parentIdColumn, "parentIdColumn");
      Objects.requireNonNull(onSoftDelete, "onSoftDelete");
      Objects.requireNonNull(constraintName, "constraintName");
      Objects.requireNonNull(indexName, "indexName");
    }

    @Override
    public String toString() {
      return column + "->" + parentTable + "(" + parentIdColumn + ") " + onSoftDelete;
    }
  }
}
