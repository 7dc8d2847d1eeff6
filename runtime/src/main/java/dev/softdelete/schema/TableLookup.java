package dev.softdelete.schema;

import java.util.Optional;

/**
 * What the catalog found for a table name: the table that the repository's unquoted SQL reaches, or
 * none; and where there is none, a table whose name differs only in a case the database tells apart.
 *
 * @param table the table the repository's SQL uses, if any
 * @param otherCase a table found ignoring case that the repository's SQL does not reach, for the
 *     missing table's message; empty where a table was found
 */
record TableLookup(Optional<TableInfo> table, Optional<String> otherCase) {
  static TableLookup found(TableInfo table) {
    return new TableLookup(Optional.of(table), Optional.empty());
  }

  static TableLookup missing() {
    return new TableLookup(Optional.empty(), Optional.empty());
  }
}
