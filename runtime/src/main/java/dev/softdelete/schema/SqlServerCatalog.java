package dev.softdelete.schema;

import dev.softdelete.schema.IndexInfo.Nulls;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SQL Server 2016+ (not tested on a live server): the table {@code OBJECT_ID} finds; sys.columns,
 * sys.indexes with sys.index_columns (key columns only; {@code filter_definition} of filtered
 * indexes), sys.check_constraints, sys.foreign_keys with sys.foreign_key_columns. A unique index
 * there treats NULLs as equal. Plain indexes are the rowstore B-trees (clustered and nonclustered,
 * types 1 and 2) that are not unique.
 */
final class SqlServerCatalog extends SchemaCatalog {
  SqlServerCatalog(Connection connection) {
    super(connection);
  }

  @Override
  String location() throws SQLException {
    return "schema " + strings("SELECT SCHEMA_NAME()").get(0);
  }

  @Override
  TableLookup read(String wanted) throws SQLException {
    List<String> found = strings("SELECT name FROM sys.tables WHERE object_id = OBJECT_ID(?)", wanted);
    if (found.isEmpty()) {
      return TableLookup.missing();
    }
    List<ColumnInfo> columns = new ArrayList<>();
    query(
        "SELECT c.name, c.is_nullable, OBJECT_DEFINITION(c.default_object_id) FROM sys.columns c"
            + " WHERE c.object_id = OBJECT_ID(?) ORDER BY c.column_id",
        row -> columns.add(new ColumnInfo(row.string(1), row.bool(2), row.string(3))),
        wanted);

    IndexCollector parts = new IndexCollector();
    Map<String, IndexInfo> attributes = new LinkedHashMap<>();
    query(
        "SELECT i.name, i.is_primary_key, i.is_unique_constraint, i.is_disabled, i.filter_definition, col.name"
            + " FROM sys.indexes i"
            + " JOIN sys.index_columns ic ON ic.object_id = i.object_id AND ic.index_id = i.index_id"
            + " JOIN sys.columns col ON col.object_id = ic.object_id AND col.column_id = ic.column_id"
            + " WHERE i.object_id = OBJECT_ID(?) AND i.is_unique = 1 AND ic.key_ordinal > 0"
            + " ORDER BY i.name, ic.key_ordinal",
        row -> {
          String name = row.string(1);
          if (!attributes.containsKey(name)) {
            boolean constraint = row.bool(2) || row.bool(3);
            attributes.put(
                name,
                new IndexInfo(
                    name,
                    List.of(),
                    row.string(5),
                    Nulls.NOT_DISTINCT,
                    constraint ? name : null,
                    row.bool(2),
                    row.bool(4) ? "disabled" : null));
          }
          parts.add(name, row.string(6));
        },
        wanted);
    List<IndexInfo> indexes = new ArrayList<>();
    for (Map.Entry<String, List<String>> index : parts.parts().entrySet()) {
      IndexInfo a = attributes.get(index.getKey());
      indexes.add(
          new IndexInfo(
              a.name(), index.getValue(), a.predicate(), a.nulls(), a.constraint(), a.primaryKey(), a.unusable()));
    }

    IndexCollector plainParts = new IndexCollector();
    Map<String, String[]> plainAttributes = new LinkedHashMap<>();
    query(
        "SELECT i.name, i.is_disabled, i.filter_definition, col.name FROM sys.indexes i"
            + " JOIN sys.index_columns ic ON ic.object_id = i.object_id AND ic.index_id = i.index_id"
            + " JOIN sys.columns col ON col.object_id = ic.object_id AND col.column_id = ic.column_id"
            + " WHERE i.object_id = OBJECT_ID(?) AND i.is_unique = 0 AND i.type IN (1, 2) AND i.is_hypothetical = 0"
            + " AND ic.key_ordinal > 0 ORDER BY i.name, ic.key_ordinal",
        row -> {
          plainAttributes.putIfAbsent(row.string(1), new String[] {row.bool(2) ? "disabled" : null, row.string(3)});
          plainParts.add(row.string(1), row.string(4));
        },
        wanted);
    List<IndexInfo> plainIndexes = new ArrayList<>();
    for (Map.Entry<String, List<String>> index : plainParts.parts().entrySet()) {
      String[] a = plainAttributes.get(index.getKey());
      plainIndexes.add(new IndexInfo(index.getKey(), index.getValue(), a[1], Nulls.DISTINCT, null, false, a[0]));
    }

    List<CheckInfo> checks = new ArrayList<>();
    query(
        "SELECT name, definition, is_disabled FROM sys.check_constraints"
            + " WHERE parent_object_id = OBJECT_ID(?) ORDER BY name",
        row -> checks.add(new CheckInfo(row.string(1), row.string(2), !row.bool(3))),
        wanted);
    return TableLookup.found(
        new TableInfo(found.get(0), columns, indexes, checks, plainIndexes, false, foreignKeys(wanted)));
  }

  /** The FOREIGN KEYs; one disabled by {@code NOCHECK CONSTRAINT} is not checked. */
  private List<ForeignKeyInfo> foreignKeys(String table) throws SQLException {
    ForeignKeyCollector keys = new ForeignKeyCollector();
    query(
        "SELECT fk.name, col.name, OBJECT_NAME(fk.referenced_object_id), parent.name, fk.is_disabled"
            + " FROM sys.foreign_keys fk"
            + " JOIN sys.foreign_key_columns fkc ON fkc.constraint_object_id = fk.object_id"
            + " JOIN sys.columns col ON col.object_id = fkc.parent_object_id AND col.column_id = fkc.parent_column_id"
            + " JOIN sys.columns parent ON parent.object_id = fkc.referenced_object_id"
            + " AND parent.column_id = fkc.referenced_column_id"
            + " WHERE fk.parent_object_id = OBJECT_ID(?) ORDER BY fk.name, fkc.constraint_column_id",
        row -> keys.add(row.string(1), row.string(2), row.string(3), row.string(4), row.bool(5) ? "disabled" : null),
        table);
    return keys.foreignKeys();
  }
}
