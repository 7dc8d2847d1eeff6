package dev.softdelete.schema;

import dev.softdelete.schema.IndexInfo.Nulls;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * PostgreSQL: the table that {@code to_regclass} finds on the search path; pg_attribute, pg_index
 * (indnullsnotdistinct from 15, INCLUDE columns left out), pg_constraint for CHECKs and FOREIGN KEYs
 * (conenforced from 18).
 */
final class PostgreSqlCatalog extends SchemaCatalog {
  private final int major;

  PostgreSqlCatalog(Connection connection) {
    super(connection);
    int version;
    try {
      version = connection.getMetaData().getDatabaseMajorVersion();
    } catch (SQLException e) {
      version = 15;
    }
    this.major = version;
  }

  @Override
  String location() throws SQLException {
    return "search_path " + strings("SELECT current_setting('search_path')").get(0);
  }

  @Override
  TableLookup read(String wanted) throws SQLException {
    List<String> found =
        strings(
            "SELECT c.relname FROM pg_class c WHERE c.oid = to_regclass(?) AND c.relkind IN ('r', 'p')",
            wanted);
    if (found.isEmpty()) {
      return TableLookup.missing();
    }
    List<ColumnInfo> columns = new ArrayList<>();
    query(
        "SELECT a.attname, a.attnotnull, pg_get_expr(d.adbin, d.adrelid) FROM pg_attribute a"
            + " LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum"
            + " WHERE a.attrelid = to_regclass(?) AND a.attnum > 0 AND NOT a.attisdropped"
            + " ORDER BY a.attnum",
        row -> columns.add(new ColumnInfo(row.string(1), !row.bool(2), row.string(3))),
        wanted);

    IndexCollector parts = new IndexCollector();
    Map<String, IndexInfo> attributes = new LinkedHashMap<>();
    query(
        "SELECT i.relname, x.indisprimary, x.indisvalid, "
            + (major >= 15 ? "x.indnullsnotdistinct" : "false")
            + ", pg_get_expr(x.indpred, x.indrelid, true), con.conname,"
            + " pg_get_indexdef(x.indexrelid, k.n, true)"
            + " FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid"
            + " LEFT JOIN pg_constraint con ON con.conindid = x.indexrelid AND con.conrelid = x.indrelid"
            + " AND con.contype IN ('p', 'u')"
            + " CROSS JOIN LATERAL generate_series(1, "
            + (major >= 11 ? "x.indnkeyatts" : "x.indnatts")
            + ") AS k(n)"
            + " WHERE x.indrelid = to_regclass(?) AND x.indisunique ORDER BY i.relname, k.n",
        row -> {
          String name = row.string(1);
          if (!attributes.containsKey(name)) {
            attributes.put(
                name,
                new IndexInfo(
                    name,
                    List.of(),
                    row.string(5),
                    row.bool(4) ? Nulls.NOT_DISTINCT : Nulls.DISTINCT,
                    row.string(6),
                    row.bool(2),
                    row.bool(3) ? null : "INVALID: a failed CREATE INDEX CONCURRENTLY; REINDEX it"));
          }
          parts.add(name, row.string(7));
        },
        wanted);
    List<IndexInfo> indexes = new ArrayList<>();
    for (Map.Entry<String, List<String>> index : parts.parts().entrySet()) {
      IndexInfo a = attributes.get(index.getKey());
      indexes.add(
          new IndexInfo(
              a.name(), index.getValue(), a.predicate(), a.nulls(), a.constraint(), a.primaryKey(), a.unusable()));
    }

    List<IndexInfo> plainIndexes = plainIndexes(wanted);

    List<CheckInfo> checks = new ArrayList<>();
    query(
        "SELECT conname, pg_get_expr(conbin, conrelid, true), "
            + (major >= 18 ? "conenforced" : "true")
            + " FROM pg_constraint WHERE conrelid = to_regclass(?) AND contype = 'c' ORDER BY conname",
        row -> checks.add(new CheckInfo(row.string(1), row.string(2), row.bool(3))),
        wanted);
    return TableLookup.found(
        new TableInfo(found.get(0), columns, indexes, checks, plainIndexes, false, foreignKeys(wanted)));
  }

  /** The FOREIGN KEYs, their column pairs in order from conkey and confkey. */
  private List<ForeignKeyInfo> foreignKeys(String table) throws SQLException {
    ForeignKeyCollector keys = new ForeignKeyCollector();
    query(
        "SELECT c.conname, a.attname, p.relname, pa.attname, "
            + (major >= 18 ? "c.conenforced" : "true")
            + " FROM pg_constraint c JOIN pg_class p ON p.oid = c.confrelid"
            + " CROSS JOIN LATERAL unnest(c.conkey, c.confkey) WITH ORDINALITY AS k(attnum, parentnum, n)"
            + " JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum"
            + " JOIN pg_attribute pa ON pa.attrelid = c.confrelid AND pa.attnum = k.parentnum"
            + " WHERE c.conrelid = to_regclass(?) AND c.contype = 'f' ORDER BY c.conname, k.n",
        row ->
            keys.add(row.string(1), row.string(2), row.string(3), row.string(4), row.bool(5) ? null : "NOT ENFORCED"),
        table);
    return keys.foreignKeys();
  }

  /** The B-tree indexes that are not unique, with their WHERE clauses; hash, GIN and others keep no order. */
  private List<IndexInfo> plainIndexes(String table) throws SQLException {
    IndexCollector parts = new IndexCollector();
    Map<String, IndexInfo> attributes = new LinkedHashMap<>();
    query(
        "SELECT i.relname, x.indisvalid, pg_get_expr(x.indpred, x.indrelid, true),"
            + " pg_get_indexdef(x.indexrelid, k.n, true)"
            + " FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_am am ON am.oid = i.relam"
            + " CROSS JOIN LATERAL generate_series(1, "
            + (major >= 11 ? "x.indnkeyatts" : "x.indnatts")
            + ") AS k(n)"
            + " WHERE x.indrelid = to_regclass(?) AND NOT x.indisunique AND am.amname = 'btree'"
            + " ORDER BY i.relname, k.n",
        row -> {
          String name = row.string(1);
          if (!attributes.containsKey(name)) {
            String unusable = row.bool(2) ? null : "INVALID: a failed CREATE INDEX CONCURRENTLY; REINDEX it";
            attributes.put(name, new IndexInfo(name, List.of(), row.string(3), Nulls.DISTINCT, null, false, unusable));
          }
          parts.add(name, row.string(4));
        },
        table);
    List<IndexInfo> indexes = new ArrayList<>();
    for (Map.Entry<String, List<String>> index : parts.parts().entrySet()) {
      IndexInfo a = attributes.get(index.getKey());
      indexes.add(new IndexInfo(a.name(), index.getValue(), a.predicate(), a.nulls(), null, false, a.unusable()));
    }
    return indexes;
  }
}
