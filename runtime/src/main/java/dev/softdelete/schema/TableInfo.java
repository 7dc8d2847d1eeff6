package dev.softdelete.schema;

import java.util.List;
import java.util.Optional;

/**
 * A table as the catalog describes it.
 *
 * @param name its name as the catalog spells it
 * @param columns its columns, in the table's order
 * @param uniqueIndexes its unique indexes, primary key and unique constraints
 * @param checks its CHECK constraints
 * @param plainIndexes its indexes that are not unique and keep their entries in order (B-trees), for
 *     {@link ScanIndexes}
 * @param indexesEndWithPrimaryKey whether every index of the table ends with the primary key, which
 *     its reads can use for order: InnoDB tables on MySQL and MariaDB, SQLite tables whose primary key
 *     is the rowid (an INTEGER PRIMARY KEY)
 * @param foreignKeys its FOREIGN KEYs
 */
record TableInfo(
    String name,
    List<ColumnInfo> columns,
    List<IndexInfo> uniqueIndexes,
    List<CheckInfo> checks,
    List<IndexInfo> plainIndexes,
    boolean indexesEndWithPrimaryKey,
    List<ForeignKeyInfo> foreignKeys) {
  TableInfo {
    columns = List.copyOf(columns);
    uniqueIndexes = List.copyOf(uniqueIndexes);
    checks = List.copyOf(checks);
    plainIndexes = List.copyOf(plainIndexes);
    foreignKeys = List.copyOf(foreignKeys);
  }

  /** The column of that name, compared ignoring case. */
  Optional<ColumnInfo> column(String name) {
    return columns.stream().filter(c -> c.name().equalsIgnoreCase(name)).findFirst();
  }
}
