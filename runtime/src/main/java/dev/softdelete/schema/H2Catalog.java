package dev.softdelete.schema;

import dev.softdelete.schema.IndexInfo.Nulls;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * H2 2.x: INFORMATION_SCHEMA, whose INDEXES.NULLS_DISTINCT (2.2 and later) says YES, NO or ALL. Plain
 * indexes are those of INDEX_TYPE_NAME {@code INDEX}: hash and spatial indexes keep no order.
 */
final class H2Catalog extends SchemaCatalog {
  H2Catalog(Connection connection) {
    super(connection);
  }

  @Override
  String location() throws SQLException {
    return "schema " + strings("SELECT CURRENT_SCHEMA").get(0);
  }

  @Override
  TableLookup read(String wanted) throws SQLException {
    List<String> found =
        strings(
            "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = CURRENT_SCHEMA"
                + " AND UPPER(TABLE_NAME) = UPPER(?) AND TABLE_TYPE <> 'VIEW'",
            wanted);
    Optional<String> reached = reachable(found, wanted);
    if (reached.isEmpty()) {
      return missing(found);
    }
    String table = reached.get();
    List<ColumnInfo> columns = informationSchemaColumns("CURRENT_SCHEMA", table);

    Map<String, String> constraintOfIndex = new LinkedHashMap<>();
    query(
        "SELECT INDEX_NAME, CONSTRAINT_NAME FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS"
            + " WHERE TABLE_SCHEMA = CURRENT_SCHEMA AND TABLE_NAME = ?"
            + " AND CONSTRAINT_TYPE IN ('PRIMARY KEY', 'UNIQUE') AND INDEX_NAME IS NOT NULL",
        row -> constraintOfIndex.put(row.string(1), row.string(2)),
        table);
    boolean hasNullsDistinct =
        !strings(
                "SELECT COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = 'INFORMATION_SCHEMA'"
                    + " AND TABLE_NAME = 'INDEXES' AND COLUMN_NAME = 'NULLS_DISTINCT'")
            .isEmpty();
    IndexCollector parts = new IndexCollector();
    Map<String, String[]> attributes = new LinkedHashMap<>();
    query(
        "SELECT i.INDEX_NAME, i.INDEX_TYPE_NAME, "
            + (hasNullsDistinct ? "i.NULLS_DISTINCT" : "'YES'")
            + ", c.COLUMN_NAME FROM INFORMATION_SCHEMA.INDEXES i"
            + " JOIN INFORMATION_SCHEMA.INDEX_COLUMNS c ON c.INDEX_SCHEMA = i.INDEX_SCHEMA"
            + " AND c.INDEX_NAME = i.INDEX_NAME AND c.TABLE_NAME = i.TABLE_NAME"
            + " WHERE i.TABLE_SCHEMA = CURRENT_SCHEMA AND i.TABLE_NAME = ?"
            + " AND (i.INDEX_TYPE_NAME LIKE 'PRIMARY KEY%' OR i.INDEX_TYPE_NAME LIKE 'UNIQUE%')"
            + " ORDER BY i.INDEX_NAME, c.ORDINAL_POSITION",
        row -> {
          attributes.put(row.string(1), new String[] {row.string(2), row.string(3)});
          parts.add(row.string(1), row.string(4));
        },
        table);
    List<IndexInfo> indexes = new ArrayList<>();
    for (Map.Entry<String, List<String>> index : parts.parts().entrySet()) {
      String[] attribute = attributes.get(index.getKey());
      boolean primaryKey = attribute[0].startsWith("PRIMARY KEY");
      String nullsDistinct = attribute[1] == null ? "YES" : attribute[1];
      Nulls nulls =
          primaryKey || nullsDistinct.equals("YES")
              ? Nulls.DISTINCT
              : nullsDistinct.equals("ALL") ? Nulls.ALL_DISTINCT : Nulls.NOT_DISTINCT;
      indexes.add(
          new IndexInfo(
              index.getKey(),
              index.getValue(),
              null,
              nulls,
              constraintOfIndex.get(index.getKey()),
              primaryKey,
              null));
    }

    IndexCollector plainParts = new IndexCollector();
    query(
        "SELECT i.INDEX_NAME, c.COLUMN_NAME FROM INFORMATION_SCHEMA.INDEXES i"
            + " JOIN INFORMATION_SCHEMA.INDEX_COLUMNS c ON c.INDEX_SCHEMA = i.INDEX_SCHEMA"
            + " AND c.INDEX_NAME = i.INDEX_NAME AND c.TABLE_NAME = i.TABLE_NAME"
            + " WHERE i.TABLE_SCHEMA = CURRENT_SCHEMA AND i.TABLE_NAME = ? AND i.INDEX_TYPE_NAME = 'INDEX'"
            + " ORDER BY i.INDEX_NAME, c.ORDINAL_POSITION",
        row -> plainParts.add(row.string(1), row.string(2)),
        table);

    List<CheckInfo> checks = new ArrayList<>();
    query(
        "SELECT cc.CONSTRAINT_NAME, cc.CHECK_CLAUSE FROM INFORMATION_SCHEMA.CHECK_CONSTRAINTS cc"
            + " JOIN INFORMATION_SCHEMA.TABLE_CONSTRAINTS tc ON tc.CONSTRAINT_SCHEMA = cc.CONSTRAINT_SCHEMA"
            + " AND tc.CONSTRAINT_NAME = cc.CONSTRAINT_NAME"
            + " WHERE tc.TABLE_SCHEMA = CURRENT_SCHEMA AND tc.TABLE_NAME = ? AND tc.CONSTRAINT_TYPE = 'CHECK'"
            + " ORDER BY cc.CONSTRAINT_NAME",
        row -> checks.add(new CheckInfo(row.string(1), row.string(2), true)),
        table);
    return TableLookup.found(
        new TableInfo(table, columns, indexes, checks, plainParts.plainIndexes(), false, foreignKeys(table)));
  }

  /** The SQL standard's REFERENTIAL_CONSTRAINTS, with the columns of both sides from KEY_COLUMN_USAGE. */
  private List<ForeignKeyInfo> foreignKeys(String table) throws SQLException {
    ForeignKeyCollector keys = new ForeignKeyCollector();
    query(
        "SELECT rc.CONSTRAINT_NAME, k.COLUMN_NAME, p.TABLE_NAME, p.COLUMN_NAME"
            + " FROM INFORMATION_SCHEMA.REFERENTIAL_CONSTRAINTS rc"
            + " JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE k ON k.CONSTRAINT_SCHEMA = rc.CONSTRAINT_SCHEMA"
            + " AND k.CONSTRAINT_NAME = rc.CONSTRAINT_NAME"
            + " JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE p ON p.CONSTRAINT_SCHEMA = rc.UNIQUE_CONSTRAINT_SCHEMA"
            + " AND p.CONSTRAINT_NAME = rc.UNIQUE_CONSTRAINT_NAME"
            + " AND p.ORDINAL_POSITION = k.POSITION_IN_UNIQUE_CONSTRAINT"
            + " WHERE k.TABLE_SCHEMA = CURRENT_SCHEMA AND k.TABLE_NAME = ?"
            + " ORDER BY rc.CONSTRAINT_NAME, k.ORDINAL_POSITION",
        row -> keys.add(row.string(1), row.string(2), row.string(3), row.string(4), null),
        table);
    return keys.foreignKeys();
  }
}
