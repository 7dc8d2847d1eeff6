package dev.softdelete.schema;

import dev.softdelete.schema.IndexInfo.Nulls;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * MySQL 8.0.16+ and MariaDB 10.5+: information_schema in the current database. Unique indexes treat
 * NULLs as distinct. CHECK_CONSTRAINTS has the table's name on MariaDB (whose CHECK names are unique
 * per table) and is joined with TABLE_CONSTRAINTS on MySQL (per schema, with ENFORCED). The clauses
 * come back normalized: {@code `live` is null or `live` = 1}. FOREIGN KEYs come from KEY_COLUMN_USAGE.
 */
final class MySqlCatalog extends SchemaCatalog {
  private final boolean mariaDb;
  private final boolean readsChecks;

  MySqlCatalog(Connection connection) {
    super(connection);
    boolean maria = false;
    boolean checks = true;
    try {
      DatabaseMetaData metaData = connection.getMetaData();
      String version = metaData.getDatabaseProductVersion();
      maria =
          lower(metaData.getDatabaseProductName()).contains("mariadb")
              || lower(version).contains("mariadb");
      int major = metaData.getDatabaseMajorVersion();
      int minor = metaData.getDatabaseMinorVersion();
      checks = maria ? major > 10 || (major == 10 && minor >= 2) : atLeast8016(major, minor, version);
    } catch (SQLException e) {
      // Assume a current server.
    }
    this.mariaDb = maria;
    this.readsChecks = checks;
  }

  /**
   * A key part as SQL: the column; for a prefix part ({@code email(20)}) the prefix it keys on,
   * which is not the column (two values that share the prefix collide); for a functional key part
   * (MySQL 8.0.13+) its expression.
   */
  static String keyPart(String column, String prefixLength, String expression) {
    if (column == null) {
      return expression;
    }
    return prefixLength == null ? column : "LEFT(" + column + ", " + prefixLength + ")";
  }

  private static boolean atLeast8016(int major, int minor, String version) {
    if (major != 8 || minor != 0) {
      return major > 8 || (major == 8 && minor > 0);
    }
    String[] parts = version.split("[.\\-]");
    try {
      return parts.length > 2 && Integer.parseInt(parts[2]) >= 16;
    } catch (NumberFormatException e) {
      return true;
    }
  }

  @Override
  String location() throws SQLException {
    return "database " + strings("SELECT DATABASE()").get(0);
  }

  @Override
  TableLookup read(String wanted) throws SQLException {
    List<String> found =
        strings(
            "SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()"
                + " AND LOWER(TABLE_NAME) = LOWER(?) AND TABLE_TYPE IN ('BASE TABLE', 'SYSTEM VERSIONED')",
            wanted);
    Optional<String> reached = reachable(found, wanted);
    if (reached.isEmpty()) {
      return missing(found);
    }
    String table = reached.get();
    List<ColumnInfo> columns = informationSchemaColumns("DATABASE()", table);

    IndexCollector parts = new IndexCollector();
    query(
        "SELECT INDEX_NAME, COLUMN_NAME, SUB_PART, " + (mariaDb ? "NULL" : "EXPRESSION")
            + " FROM information_schema.STATISTICS"
            + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? AND NON_UNIQUE = 0"
            + " ORDER BY INDEX_NAME, SEQ_IN_INDEX",
        row -> parts.add(row.string(1), keyPart(row.string(2), row.string(3), row.string(4))),
        table);
    List<IndexInfo> indexes = new ArrayList<>();
    for (Map.Entry<String, List<String>> index : parts.parts().entrySet()) {
      boolean primaryKey = index.getKey().equals("PRIMARY");
      indexes.add(
          new IndexInfo(
              index.getKey(), index.getValue(), null, Nulls.DISTINCT, primaryKey ? "PRIMARY" : null, primaryKey, null));
    }

    List<IndexInfo> plainIndexes = plainIndexes(table);

    List<CheckInfo> checks = new ArrayList<>();
    if (readsChecks && mariaDb) {
      query(
          "SELECT CONSTRAINT_NAME, CHECK_CLAUSE FROM information_schema.CHECK_CONSTRAINTS"
              + " WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = ? ORDER BY CONSTRAINT_NAME",
          row -> checks.add(new CheckInfo(row.string(1), row.string(2), true)),
          table);
    } else if (readsChecks) {
      query(
          "SELECT cc.CONSTRAINT_NAME, cc.CHECK_CLAUSE, tc.ENFORCED FROM information_schema.CHECK_CONSTRAINTS cc"
              + " JOIN information_schema.TABLE_CONSTRAINTS tc ON tc.CONSTRAINT_SCHEMA = cc.CONSTRAINT_SCHEMA"
              + " AND tc.CONSTRAINT_NAME = cc.CONSTRAINT_NAME"
              + " WHERE tc.TABLE_SCHEMA = DATABASE() AND tc.TABLE_NAME = ? AND tc.CONSTRAINT_TYPE = 'CHECK'"
              + " ORDER BY cc.CONSTRAINT_NAME",
          row -> checks.add(new CheckInfo(row.string(1), row.string(2), !"NO".equals(row.string(3)))),
          table);
    }
    // InnoDB keeps the table in primary key order and ends every secondary index with the primary key.
    boolean innoDb =
        strings(
                "SELECT ENGINE FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ?",
                table)
            .stream()
            .anyMatch("InnoDB"::equalsIgnoreCase);
    return TableLookup.found(new TableInfo(table, columns, indexes, checks, plainIndexes, innoDb, foreignKeys(table)));
  }

  /**
   * The FOREIGN KEYs from KEY_COLUMN_USAGE, which names the referenced table and column on each row.
   * With foreign_key_checks = 0 the session checks none of them.
   */
  private List<ForeignKeyInfo> foreignKeys(String table) throws SQLException {
    boolean checked = !strings("SELECT @@foreign_key_checks").stream().allMatch("0"::equals);
    String unenforced = checked ? null : "foreign_key_checks = 0 on this connection";
    ForeignKeyCollector keys = new ForeignKeyCollector();
    query(
        "SELECT CONSTRAINT_NAME, COLUMN_NAME, REFERENCED_TABLE_NAME, REFERENCED_COLUMN_NAME"
            + " FROM information_schema.KEY_COLUMN_USAGE WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ?"
            + " AND REFERENCED_TABLE_NAME IS NOT NULL ORDER BY CONSTRAINT_NAME, ORDINAL_POSITION",
        row -> keys.add(row.string(1), row.string(2), row.string(3), row.string(4), unenforced),
        table);
    return keys.foreignKeys();
  }

  /**
   * The B-tree indexes that are not unique (HASH, FULLTEXT and SPATIAL keep no order); one the
   * optimizer is told to ignore (MySQL 8's invisible indexes, MariaDB 10.6's IGNORED) is not in use.
   */
  private List<IndexInfo> plainIndexes(String table) throws SQLException {
    List<String> flags =
        strings(
            "SELECT COLUMN_NAME FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = 'information_schema'"
                + " AND TABLE_NAME = 'STATISTICS' AND COLUMN_NAME IN ('IS_VISIBLE', 'IGNORED')");
    String ignored =
        flags.contains("IS_VISIBLE") ? "IS_VISIBLE = 'NO'" : flags.contains("IGNORED") ? "IGNORED = 'YES'" : "0 = 1";
    IndexCollector parts = new IndexCollector();
    Map<String, String> unusable = new LinkedHashMap<>();
    query(
        "SELECT INDEX_NAME, COLUMN_NAME, SUB_PART, " + (mariaDb ? "NULL" : "EXPRESSION") + ", " + ignored
            + " FROM information_schema.STATISTICS"
            + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? AND NON_UNIQUE = 1 AND INDEX_TYPE = 'BTREE'"
            + " ORDER BY INDEX_NAME, SEQ_IN_INDEX",
        row -> {
          parts.add(row.string(1), keyPart(row.string(2), row.string(3), row.string(4)));
          if (row.bool(5)) {
            unusable.put(row.string(1), "ignored by the optimizer");
          }
        },
        table);
    List<IndexInfo> indexes = new ArrayList<>();
    for (Map.Entry<String, List<String>> index : parts.parts().entrySet()) {
      indexes.add(
          new IndexInfo(
              index.getKey(), index.getValue(), null, Nulls.DISTINCT, null, false, unusable.get(index.getKey())));
    }
    return indexes;
  }
}
