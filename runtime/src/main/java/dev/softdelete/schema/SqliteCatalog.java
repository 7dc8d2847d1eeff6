package dev.softdelete.schema;

import dev.softdelete.schema.IndexInfo.Nulls;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * SQLite: PRAGMA table_info, index_list and index_xinfo; the primary key from table_info (an
 * INTEGER PRIMARY KEY has no index); expressions, partial-index predicates and CHECKs from the SQL
 * text in sqlite_master, which is all SQLite keeps of them. Unique indexes treat NULLs as distinct;
 * every index is a B-tree.
 */
final class SqliteCatalog extends SchemaCatalog {
  SqliteCatalog(Connection connection) {
    super(connection);
  }

  @Override
  String location() {
    return "database main";
  }

  @Override
  TableLookup read(String wanted) throws SQLException {
    List<String[]> found = new ArrayList<>();
    query(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name = ? COLLATE NOCASE",
        row -> found.add(new String[] {row.string(1), row.string(2)}),
        wanted);
    if (found.isEmpty()) {
      return TableLookup.missing();
    }
    String table = found.get(0)[0];
    String createTable = found.get(0)[1];

    List<ColumnInfo> columns = new ArrayList<>();
    Map<Integer, String> primaryKey = new TreeMap<>();
    query(
        "SELECT name, \"notnull\", dflt_value, pk FROM pragma_table_info(?) ORDER BY cid",
        row -> {
          columns.add(new ColumnInfo(row.string(1), row.integer(2) == 0, row.string(3)));
          if (row.integer(4) > 0) {
            primaryKey.put(row.integer(4), row.string(1));
          }
        },
        table);

    List<IndexInfo> indexes = new ArrayList<>();
    if (!primaryKey.isEmpty()) {
      indexes.add(
          new IndexInfo(
              "PRIMARY KEY", new ArrayList<>(primaryKey.values()), null, Nulls.DISTINCT, "PRIMARY KEY", true, null));
    }
    List<IndexInfo> plainIndexes = new ArrayList<>();
    List<String[]> listed = new ArrayList<>();
    boolean[] primaryKeyIndex = new boolean[1];
    query(
        "SELECT name, \"unique\", origin FROM pragma_index_list(?) ORDER BY name",
        row -> {
          primaryKeyIndex[0] |= "pk".equals(row.string(3));
          if (!"pk".equals(row.string(3))) {
            listed.add(new String[] {row.string(1), row.string(3), row.string(2)});
          }
        },
        table);
    for (String[] index : listed) {
      String name = index[0];
      List<String> sql = strings("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?", name);
      SqliteSchemaText.Index parsed =
          sql.isEmpty() || sql.get(0) == null ? null : SqliteSchemaText.index(sql.get(0)).orElse(null);
      List<String> parts = new ArrayList<>();
      query(
          "SELECT cid, name FROM pragma_index_xinfo(?) WHERE key = 1 ORDER BY seqno",
          row -> {
            int position = parts.size();
            if (row.integer(1) >= 0) {
              parts.add(row.string(2));
            } else if (parsed != null && position < parsed.parts().size()) {
              parts.add(parsed.parts().get(position));
            } else {
              parts.add(null);
            }
          },
          name);
      boolean unique = "1".equals(index[2]);
      (unique ? indexes : plainIndexes).add(
          new IndexInfo(
              name,
              parts,
              parsed == null ? null : parsed.predicate(),
              Nulls.DISTINCT,
              "u".equals(index[1]) ? name : null,
              false,
              null));
    }

    List<CheckInfo> checks = new ArrayList<>();
    if (createTable != null) {
      checks.addAll(SqliteSchemaText.checks(createTable));
    }
    // A one-column primary key without an index of its own is the rowid, which ends every index.
    boolean rowid = primaryKey.size() == 1 && !primaryKeyIndex[0];
    return TableLookup.found(new TableInfo(table, columns, indexes, checks, plainIndexes, rowid));
  }
}
