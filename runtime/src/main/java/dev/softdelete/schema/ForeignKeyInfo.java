package dev.softdelete.schema;

import java.util.List;

/**
 * A FOREIGN KEY of a table as the catalog describes it.
 *
 * @param name its name, or {@code FOREIGN KEY} where the catalog names none (SQLite)
 * @param columns the table's columns, in order
 * @param parentTable the table it references, as the catalog spells it
 * @param parentColumns the columns of the parent it references, in the order of {@code columns}
 * @param unenforced why the database does not check it (disabled, NOT ENFORCED, SQLite's PRAGMA
 *     foreign_keys off on the connection), or null
 */
record ForeignKeyInfo(
    String name, List<String> columns, String parentTable, List<String> parentColumns, String unenforced) {
  ForeignKeyInfo {
    columns = List.copyOf(columns);
    parentColumns = List.copyOf(parentColumns);
  }

  /** Whether it is from exactly this column, compared ignoring case. */
  boolean isFrom(String column) {
    return columns.size() == 1 && columns.get(0).equalsIgnoreCase(column);
  }

  /** Whether it references exactly this table's column, compared ignoring case. */
  boolean references(String table, String column) {
    return parentTable.equalsIgnoreCase(table)
        && parentColumns.size() == 1
        && parentColumns.get(0).equalsIgnoreCase(column);
  }

  /** {@code fk_orders_customer_id (customer_id) REFERENCES customers (id)}, for messages. */
  String describe() {
    return name + " (" + String.join(", ", columns) + ") REFERENCES " + parentTable + " ("
        + String.join(", ", parentColumns) + ")" + (unenforced == null ? "" : " [" + unenforced + "]");
  }
}
