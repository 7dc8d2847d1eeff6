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
 * every index is a B-tree. FOREIGN KEYs from PRAGMA foreign_key_list, which names none of them; SQLite
 * checks them only on connections with PRAGMA foreign_keys = ON.
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
    return TableLookup.found(new TableInfo(table, columns, indexes, checks, plainIndexes, rowid, foreignKeys(table)));
  }

  /**
   * The FOREIGN KEYs, one per id of PRAGMA foreign_key_list, which names none: each is called {@code
   * FOREIGN KEY}. A key declared without the parent's columns ({@code REFERENCES customers}) references
   * the parent's primary key.
   */
  private List<ForeignKeyInfo> foreignKeys(String table) throws SQLException {
    boolean enforced = strings("PRAGMA foreign_keys").stream().anyMatch("1"::equals);
    String unenforced = enforced ? null : "PRAGMA foreign_keys is OFF on this connection";
    Map<Integer, String> parents = new TreeMap<>();
    Map<Integer, List<String>> columns = new TreeMap<>();
    Map<Integer, List<String>> parentColumns = new TreeMap<>();
    query(
        "SELECT id, \"table\", \"from\", \"to\" FROM pragma_foreign_key_list(?) ORDER BY id, seq",
        row -> {
          parents.put(row.integer(1), row.string(2));
          columns.computeIfAbsent(row.integer(1), id -> new ArrayList<>()).add(row.string(3));
          parentColumns.computeIfAbsent(row.integer(1), id -> new ArrayList<>()).add(row.string(4));
        },
        table);
    List<ForeignKeyInfo> keys = new ArrayList<>();
    for (Map.Entry<Integer, String> parent : parents.entrySet()) {
      List<String> referenced = parentColumns.get(parent.getKey());
      if (referenced.contains(null)) {
        referenced =
            strings("SELECT name FROM pragma_table_info(?) WHERE pk > 0 ORDER BY pk", parent.getValue());
      }
      keys.add(
          new ForeignKeyInfo("FOREIGN KEY", columns.get(parent.getKey()), parent.getValue(), referenced, unenforced));
    }
    return keys;
  }
}
