package dev.softdelete.internal.ddl;

import dev.softdelete.Dialect;
import java.util.List;

/**
 * What a reference between entities adds to their tables. Every table in a relation, parent or child,
 * gets the deletion column, which holds on a dead row the id of the soft delete that killed it, so that
 * a restore brings back exactly the rows of that operation; a CHECK that a live row has none; and an
 * index over it, by which the cascade finds the rows of an operation. Each reference component gets a
 * FOREIGN KEY to its parent's id and an index over the column.
 *
 * <p>The foreign keys are plain (NO ACTION): hard deletes and purges remove children before their
 * parents themselves, and ON DELETE CASCADE would let a hand-written DELETE of a parent take live
 * children with it. They are added by ALTER TABLE once every table exists, so that tables can be
 * created in any order and reference each other in cycles; except on SQLite, which cannot add a
 * constraint to a table but resolves a FOREIGN KEY's parent only when it is used, so there it is
 * declared inside CREATE TABLE.
 */
public final class RelationDdl {
  private RelationDdl() {}

  /** The deletion column's type: the dialect's UUID type. */
  public static String deletionType(Dialect dialect) {
    return ColumnTypes.of(dialect, ColumnKind.UUID, true);
  }

  /** The deletion column's definition: nullable, no default. {@code deletion_id UUID}. */
  public static String deletionColumn(Dialect dialect, String column) {
    return TableDdl.column(column, deletionType(dialect), false);
  }

  /**
   * The CHECK clause that keeps the deletion column NULL in live rows: {@code live IS NULL OR
   * deletion_id IS NULL}. The live column is TRUE or NULL (1 or NULL where there is no boolean type),
   * so the clause needs no literal and is the same on every dialect.
   */
  public static String deletionCheck(String live, String deletion) {
    return live + " IS NULL OR " + deletion + " IS NULL";
  }

  /** The index over the deletion column, {@code ix_<table>_deletion_id}. */
  public static String deletionIndex(String table, String deletion) {
    return IndexDdl.plain(DdlNames.index(table, deletion), table, List.of(deletion));
  }

  /**
   * The index over a reference column, {@code ix_<table>_<column>}: over every row, live and dead,
   * because the database's own checks of the foreign key look children up by it when a parent's row
   * is deleted, and MySQL requires one.
   */
  public static String referenceIndex(String table, String column) {
    return IndexDdl.plain(DdlNames.index(table, column), table, List.of(column));
  }

  /**
   * The FOREIGN KEY clause, as CREATE TABLE and ALTER TABLE ADD write it alike: {@code CONSTRAINT
   * fk_orders_customer_id FOREIGN KEY (customer_id) REFERENCES customers (id)}.
   */
  public static String foreignKey(String name, String column, String parentTable, String parentColumn) {
    return "CONSTRAINT " + name + " FOREIGN KEY (" + column + ") REFERENCES " + parentTable + " ("
        + parentColumn + ")";
  }

  /**
   * The statement that adds a foreign key to an existing table: {@code ALTER TABLE orders ADD
   * CONSTRAINT ...}, given its clause ({@link #foreignKey}).
   */
  public static String addForeignKey(String table, String foreignKey) {
    return "ALTER TABLE " + table + " ADD " + foreignKey;
  }

  /**
   * Whether the foreign keys are declared inside CREATE TABLE: on SQLite, which has no ALTER TABLE ADD
   * CONSTRAINT, and looks a FOREIGN KEY's parent table up only when the key is used, not when the
   * table is created (https://sqlite.org/foreignkeys.html), so its tables too can be created in any
   * order.
   */
  public static boolean foreignKeysInCreateTable(Dialect dialect) {
    return dialect == Dialect.SQLITE;
  }
}
