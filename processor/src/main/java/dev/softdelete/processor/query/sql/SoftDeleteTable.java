package dev.softdelete.processor.query.sql;

import java.util.List;

/**
 * A soft-delete entity's table as the {@code @Query} checker needs it.
 *
 * @param table the table name; SQL names it in any case, with or without a schema
 * @param liveColumn the live column, TRUE in live rows and NULL in dead ones; only the verbs write
 *     it
 * @param deletedAtColumn the deleted-at column; only the verbs write it
 * @param selectColumns the columns of the entity's select list, in the row mapper's order (the id,
 *     the data columns and the deleted-at column, in record order); {@code {columns a}} renders
 *     them
 */
public record SoftDeleteTable(
    String table, String liveColumn, String deletedAtColumn, List<String> selectColumns) {
  public SoftDeleteTable {
    selectColumns = List.copyOf(selectColumns);
  }

  /** Whether the column is one that only the verbs write: the live or the deleted-at column. */
  public boolean isVerbColumn(String column) {
    return Identifiers.same(column, liveColumn) || Identifiers.same(column, deletedAtColumn);
  }
}
