package dev.softdelete.schema;

import dev.softdelete.schema.IndexInfo.Nulls;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Oracle 19c+ (not tested on a live server): ALL_TABLES, ALL_TAB_COLUMNS, ALL_CONSTRAINTS with
 * ALL_CONS_COLUMNS (primary keys, unique constraints, CHECKs from SEARCH_CONDITION_VC), ALL_INDEXES
 * with ALL_IND_COLUMNS and ALL_IND_EXPRESSIONS (unique and function-based indexes, and the NORMAL
 * B-trees that are not unique, for scans), and the FOREIGN KEYs of ALL_CONSTRAINTS (type R), in the
 * session's current schema. A unique index there leaves out entries that are all NULL and compares other NULLs as
 * equal. The NOT NULL constraints that Oracle keeps as CHECKs ({@code "LIVE" IS NOT NULL}) are left
 * to the columns' nullability.
 */
final class OracleCatalog extends SchemaCatalog {
  /** How Oracle writes the CHECK behind a NOT NULL column: {@code "LIVE" IS NOT NULL}. */
  private static final Pattern NOT_NULL =
      Pattern.compile("\\s*\"([^\"]+)\"\\s+IS\\s+NOT\\s+NULL\\s*", Pattern.CASE_INSENSITIVE);

  private static final String SCHEMA = "SYS_CONTEXT('USERENV', 'CURRENT_SCHEMA')";

  OracleCatalog(Connection connection) {
    super(connection);
  }

  @Override
  String location() throws SQLException {
    return "schema " + strings("SELECT " + SCHEMA + " FROM DUAL").get(0);
  }

  @Override
  TableLookup read(String wanted) throws SQLException {
    List<String> found =
        strings(
            "SELECT table_name FROM all_tables WHERE owner = " + SCHEMA
                + " AND UPPER(table_name) = UPPER(?)",
            wanted);
    Optional<String> reached = reachable(found, wanted);
    if (reached.isEmpty()) {
      return missing(found);
    }
    String table = reached.get();
    List<ColumnInfo> columns = new ArrayList<>();
    query(
        "SELECT column_name, nullable, data_default FROM all_tab_columns WHERE owner = " + SCHEMA
            + " AND table_name = ? ORDER BY column_id",
        row -> columns.add(new ColumnInfo(row.string(1), "Y".equals(row.string(2)), row.string(3))),
        table);
    Set<String> notNull = new LinkedHashSet<>();
    for (ColumnInfo column : columns) {
      if (!column.nullable()) {
        notNull.add(lower(column.name()));
      }
    }

    List<IndexInfo> indexes = new ArrayList<>();
    List<CheckInfo> checks = new ArrayList<>();
    Set<String> constraintIndexes = new LinkedHashSet<>();
    Set<String> checkNames = new LinkedHashSet<>();
    IndexCollector keyParts = new IndexCollector();
    Map<String, String[]> keyAttributes = new LinkedHashMap<>();
    query(
        "SELECT c.constraint_name, c.constraint_type, c.status, c.index_name, c.search_condition_vc,"
            + " cc.column_name FROM all_constraints c"
            + " LEFT JOIN all_cons_columns cc ON cc.owner = c.owner AND cc.constraint_name = c.constraint_name"
            + " AND cc.table_name = c.table_name"
            + " WHERE c.owner = " + SCHEMA + " AND c.table_name = ? AND c.constraint_type IN ('P', 'U', 'C')"
            + " ORDER BY c.constraint_name, cc.position",
        row -> {
          String name = row.string(1);
          String type = row.string(2);
          boolean enabled = "ENABLED".equals(row.string(3));
          if ("C".equals(type)) {
            // ALL_CONS_COLUMNS has a row for each column a CHECK names: read each CHECK once.
            String condition = row.string(5);
            if (condition != null && checkNames.add(name) && !isNotNullOf(condition, notNull)) {
              checks.add(new CheckInfo(name, condition, enabled));
            }
            return;
          }
          if (row.string(4) != null) {
            constraintIndexes.add(row.string(4));
          }
          keyAttributes.putIfAbsent(name, new String[] {type, enabled ? null : "disabled"});
          keyParts.add(name, row.string(6));
        },
        table);
    for (Map.Entry<String, List<String>> key : keyParts.parts().entrySet()) {
      String[] attribute = keyAttributes.get(key.getKey());
      indexes.add(
          new IndexInfo(
              key.getKey(),
              key.getValue(),
              null,
              Nulls.ALL_DISTINCT,
              key.getKey(),
              "P".equals(attribute[0]),
              attribute[1]));
    }

    IndexCollector parts = new IndexCollector();
    Map<String, String> unusable = new LinkedHashMap<>();
    Set<String> nonUnique = new LinkedHashSet<>();
    query(
        "SELECT i.index_name, i.status, i.funcidx_status, ic.column_name, ie.column_expression, i.uniqueness"
            + " FROM all_indexes i"
            + " JOIN all_ind_columns ic ON ic.index_owner = i.owner AND ic.index_name = i.index_name"
            + " LEFT JOIN all_ind_expressions ie ON ie.index_owner = ic.index_owner"
            + " AND ie.index_name = ic.index_name AND ie.column_position = ic.column_position"
            + " WHERE i.table_owner = " + SCHEMA + " AND i.table_name = ?"
            + " AND (i.uniqueness = 'UNIQUE' OR i.index_type IN ('NORMAL', 'FUNCTION-BASED NORMAL'))"
            + " ORDER BY i.index_name, ic.column_position",
        row -> {
          String name = row.string(1);
          String status = row.string(2);
          String functionStatus = row.string(3);
          String column = row.string(4);
          String expression = row.string(5);
          if ("UNUSABLE".equals(status)) {
            unusable.put(name, "UNUSABLE");
          } else if ("DISABLED".equals(functionStatus)) {
            unusable.put(name, "function-based index DISABLED");
          }
          if ("NONUNIQUE".equals(row.string(6))) {
            nonUnique.add(name);
          }
          parts.add(name, expression != null ? expression : column);
        },
        table);
    List<IndexInfo> plainIndexes = new ArrayList<>();
    for (Map.Entry<String, List<String>> index : parts.parts().entrySet()) {
      String name = index.getKey();
      if (nonUnique.contains(name)) {
        plainIndexes.add(new IndexInfo(name, index.getValue(), null, Nulls.DISTINCT, null, false, unusable.get(name)));
      } else if (!constraintIndexes.contains(name)) {
        indexes.add(new IndexInfo(name, index.getValue(), null, Nulls.ALL_DISTINCT, null, false, unusable.get(name)));
      }
    }
    return TableLookup.found(new TableInfo(table, columns, indexes, checks, plainIndexes, false, foreignKeys(table)));
  }

  /** The FOREIGN KEYs, with the columns of the key they reference; a DISABLED one is not checked. */
  private List<ForeignKeyInfo> foreignKeys(String table) throws SQLException {
    ForeignKeyCollector keys = new ForeignKeyCollector();
    query(
        "SELECT c.constraint_name, cc.column_name, r.table_name, rc.column_name, c.status FROM all_constraints c"
            + " JOIN all_cons_columns cc ON cc.owner = c.owner AND cc.constraint_name = c.constraint_name"
            + " JOIN all_constraints r ON r.owner = c.r_owner AND r.constraint_name = c.r_constraint_name"
            + " JOIN all_cons_columns rc ON rc.owner = r.owner AND rc.constraint_name = r.constraint_name"
            + " AND rc.position = cc.position"
            + " WHERE c.owner = " + SCHEMA + " AND c.table_name = ? AND c.constraint_type = 'R'"
            + " ORDER BY c.constraint_name, cc.position",
        row ->
            keys.add(
                row.string(1), row.string(2), row.string(3), row.string(4),
                "ENABLED".equals(row.string(5)) ? null : row.string(5)),
        table);
    return keys.foreignKeys();
  }

  /** Whether a CHECK is {@code "COLUMN" IS NOT NULL} for a NOT NULL column: Oracle's own NOT NULL. */
  private static boolean isNotNullOf(String condition, Set<String> notNullColumns) {
    Matcher matcher = NOT_NULL.matcher(condition);
    return matcher.matches() && notNullColumns.contains(lower(matcher.group(1)));
  }
}
