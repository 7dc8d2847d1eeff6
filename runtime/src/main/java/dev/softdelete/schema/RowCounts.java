package dev.softdelete.schema;

import dev.softdelete.TableDefinition;
import java.sql.SQLException;

/**
 * Rows that break the contract, counted in the table by two queries that the generated indexes on the
 * live column and on deleted-at serve.
 *
 * @param notTrue rows whose live column is neither TRUE nor NULL
 * @param deadWithoutDeletedAt rows whose live column is NULL while deleted-at is NULL
 * @param liveWithDeletedAt rows whose live column is set while deleted-at is set
 */
record RowCounts(long notTrue, long deadWithoutDeletedAt, long liveWithDeletedAt) {
  static final RowCounts NONE = new RowCounts(0, 0, 0);

  static RowCounts count(SchemaCatalog catalog, SchemaFixes fix, TableDefinition definition, TableInfo table)
      throws SQLException {
    String name = table.name();
    String live = definition.liveColumn();
    String deletedAt = definition.deletedAtColumn();
    long[] counts = new long[3];
    if (table.column(live).isPresent()) {
      catalog.query(
          "SELECT COUNT(*) FROM " + name + " WHERE " + live + " IS NOT NULL AND " + live + " <> "
              + fix.trueLiteral(),
          row -> counts[0] = row.number(1));
      if (table.column(deletedAt).isPresent()) {
        catalog.query(
            "SELECT SUM(CASE WHEN " + live + " IS NULL THEN 1 ELSE 0 END), SUM(CASE WHEN " + live
                + " IS NULL THEN 0 ELSE 1 END) FROM " + name + " WHERE (" + live + " IS NULL AND "
                + deletedAt + " IS NULL) OR (" + live + " IS NOT NULL AND " + deletedAt + " IS NOT NULL)",
            row -> {
              counts[1] = row.number(1);
              counts[2] = row.number(2);
            });
      }
    }
    return new RowCounts(counts[0], counts[1], counts[2]);
  }
}
