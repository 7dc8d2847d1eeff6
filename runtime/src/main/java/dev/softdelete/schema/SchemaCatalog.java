package dev.softdelete.schema;

import dev.softdelete.Dialect;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads what {@link SchemaVerifier} needs of a table from the database's own catalog, one subclass
 * per dialect: its columns (nullability and default), its unique indexes and constraints (key parts,
 * predicate, how NULLs compare) and its CHECK constraints (as SQL text). The table is looked up where
 * the repository's unqualified, unquoted SQL would find it; column and index names are compared
 * ignoring case.
 *
 * <p>The SQL Server and Oracle readers follow those databases' documentation of {@code sys.indexes},
 * {@code sys.check_constraints}, {@code ALL_INDEXES}, {@code ALL_IND_EXPRESSIONS} and {@code
 * ALL_CONSTRAINTS}; they have not run against a live server.
 */
abstract class SchemaCatalog {
  /** How a unique index compares NULLs in its key parts. */
  enum Nulls {
    /** A NULL in any part makes an entry distinct from every other (the SQL standard's default). */
    DISTINCT,
    /** NULLs are equal to each other (PostgreSQL's NULLS NOT DISTINCT, SQL Server). */
    NOT_DISTINCT,
    /**
     * Entries whose parts are all NULL are left out; otherwise NULLs are equal (Oracle, H2's NULLS ALL
     * DISTINCT).
     */
    ALL_DISTINCT
  }

  /** A column: its name as the catalog spells it, whether it is nullable, its default's SQL or null. */
  static final class ColumnInfo {
    final String name;
    final boolean nullable;
    final String defaultSql;

    ColumnInfo(String name, boolean nullable, String defaultSql) {
      this.name = name;
      this.nullable = nullable;
      this.defaultSql = defaultSql;
    }
  }

  /** A unique index, primary key or unique constraint. */
  static final class IndexInfo {
    /** Its name, or {@code PRIMARY KEY} where the database names none (SQLite). */
    final String name;
    /** The SQL of each key part, in order: a column name or an expression; empty where unknown. */
    final List<String> parts;
    /** The SQL of its WHERE clause (partial or filtered index), or null. */
    final String predicate;

    final Nulls nulls;
    /** The name of the constraint it belongs to (primary key, unique constraint), or null. */
    final String constraint;

    final boolean primaryKey;
    /** Why the database does not use it (invalid, disabled, unusable), or null. */
    final String unusable;

    IndexInfo(
        String name,
        List<String> parts,
        String predicate,
        Nulls nulls,
        String constraint,
        boolean primaryKey,
        String unusable) {
      this.name = name;
      this.parts = parts.stream().map(p -> p == null ? "" : p).toList();
      this.predicate = predicate;
      this.nulls = nulls;
      this.constraint = constraint;
      this.primaryKey = primaryKey;
      this.unusable = unusable;
    }

    /** {@code ux_users_email (email, live) NULLS NOT DISTINCT}, for messages. */
    String describe() {
      StringBuilder text = new StringBuilder(name).append(" (");
      for (int i = 0; i < parts.size(); i++) {
        text.append(i == 0 ? "" : ", ").append(parts.get(i).isEmpty() ? "<expression>" : parts.get(i).trim());
      }
      text.append(')');
      if (predicate != null) {
        text.append(" WHERE ").append(predicate.trim());
      }
      if (nulls == Nulls.NOT_DISTINCT) {
        text.append(" NULLS NOT DISTINCT");
      } else if (nulls == Nulls.ALL_DISTINCT) {
        text.append(" NULLS ALL DISTINCT");
      }
      if (unusable != null) {
        text.append(" [").append(unusable).append(']');
      }
      return text.toString();
    }
  }

  /** A CHECK constraint: its name, its condition's SQL, and whether the database enforces it. */
  static final class CheckInfo {
    final String name;
    final String clause;
    final boolean enforced;

    CheckInfo(String name, String clause, boolean enforced) {
      this.name = name;
      this.clause = clause;
      this.enforced = enforced;
    }
  }

  /** A table as the catalog describes it. */
  static final class TableInfo {
    final String name;
    /** By lower-case name, in the table's order. */
    final Map<String, ColumnInfo> columns;

    final List<IndexInfo> uniqueIndexes;
    final List<CheckInfo> checks;

    TableInfo(String name, List<ColumnInfo> columns, List<IndexInfo> uniqueIndexes, List<CheckInfo> checks) {
      this.name = name;
      Map<String, ColumnInfo> byName = new LinkedHashMap<>();
      for (ColumnInfo column : columns) {
        byName.putIfAbsent(lower(column.name), column);
      }
      this.columns = Collections.unmodifiableMap(byName);
      this.uniqueIndexes = List.copyOf(uniqueIndexes);
      this.checks = List.copyOf(checks);
    }

    Optional<ColumnInfo> column(String name) {
      return Optional.ofNullable(columns.get(lower(name)));
    }
  }

  final Connection connection;

  SchemaCatalog(Connection connection) {
    this.connection = connection;
  }

  static SchemaCatalog of(Dialect dialect, Connection connection) {
    switch (dialect) {
      case H2:
        return new H2(connection);
      case POSTGRESQL:
        return new PostgreSql(connection);
      case MYSQL:
        return new MySql(connection);
      case SQLITE:
        return new Sqlite(connection);
      case SQLSERVER:
        return new SqlServer(connection);
      case ORACLE:
        return new Oracle(connection);
      default:
        throw new IllegalArgumentException("No catalog reader for " + dialect);
    }
  }

  /** The table that unqualified SQL naming it would use, or empty if there is none. */
  abstract Optional<TableInfo> read(String table) throws SQLException;

  /** Where tables are looked up, for messages: {@code schema PUBLIC}, {@code database app}. */
  abstract String location() throws SQLException;

  static String lower(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  // ----- JDBC helpers -------------------------------------------------------------------------------

  /** A row of a query's result, by column position. */
  interface Row {
    String string(int column) throws SQLException;

    boolean bool(int column) throws SQLException;

    int integer(int column) throws SQLException;

    /** The column as a long; 0 for NULL (the SUM of no rows). */
    long number(int column) throws SQLException;
  }

  interface RowHandler {
    void accept(Row row) throws SQLException;
  }

  /** Runs a query whose parameters are all strings, and hands each row to the handler. */
  void query(String sql, RowHandler handler, String... parameters) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setString(i + 1, parameters[i]);
      }
      try (ResultSet rs = statement.executeQuery()) {
        Row row =
            new Row() {
              @Override
              public String string(int column) throws SQLException {
                return rs.getString(column);
              }

              @Override
              public boolean bool(int column) throws SQLException {
                return rs.getBoolean(column);
              }

              @Override
              public int integer(int column) throws SQLException {
                return rs.getInt(column);
              }

              @Override
              public long number(int column) throws SQLException {
                return rs.getLong(column);
              }
            };
        while (rs.next()) {
          handler.accept(row);
        }
      }
    } catch (SQLException e) {
      e.addSuppressed(new SQLException("softdelete schema verification ran: " + sql));
      throw e;
    }
  }

  /** The first column of the query's rows. */
  List<String> strings(String sql, String... parameters) throws SQLException {
    List<String> values = new ArrayList<>();
    query(sql, row -> values.add(row.string(1)), parameters);
    return values;
  }

  /**
   * A table that the last {@link #read} found ignoring case but that unquoted SQL naming the wanted
   * table does not reach (its name differs in a case that the database tells apart), for the missing
   * table's message; or null.
   */
  String unreachable;

  /**
   * Of the tables found ignoring case, the one that the repository's unquoted SQL naming {@code
   * wanted} reaches, by the identifier rules the driver reports: names folded to upper case (H2,
   * Oracle) or lower case (MySQL with lower_case_table_names = 1) are matched folded, case-sensitive
   * names (MySQL on Linux) exactly, and case-blind ones (SQL Server) in any case.
   */
  Optional<String> reachable(List<String> found, String wanted) throws SQLException {
    unreachable = null;
    DatabaseMetaData metaData = connection.getMetaData();
    String folded =
        metaData.storesUpperCaseIdentifiers()
            ? wanted.toUpperCase(Locale.ROOT)
            : metaData.storesLowerCaseIdentifiers()
                ? lower(wanted)
                : metaData.supportsMixedCaseIdentifiers() ? wanted : null;
    if (folded == null) {
      return found.stream().filter(wanted::equals).findFirst().or(() -> found.stream().findFirst());
    }
    Optional<String> match = found.stream().filter(folded::equals).findFirst();
    if (match.isEmpty() && !found.isEmpty()) {
      unreachable = found.get(0);
    }
    return match;
  }

  /** Collects the parts of indexes from rows sorted by index and position. */
  static final class IndexCollector {
    private final Map<String, List<String>> parts = new LinkedHashMap<>();

    void add(String index, String part) {
      parts.computeIfAbsent(index, i -> new ArrayList<>()).add(part);
    }

    Map<String, List<String>> parts() {
      return parts;
    }
  }

  // ----- H2 -----------------------------------------------------------------------------------------

  /** H2 2.x: INFORMATION_SCHEMA, whose INDEXES.NULLS_DISTINCT (2.2 and later) says YES, NO or ALL. */
  static final class H2 extends SchemaCatalog {
    H2(Connection connection) {
      super(connection);
    }

    @Override
    String location() throws SQLException {
      return "schema " + strings("SELECT CURRENT_SCHEMA").get(0);
    }

    @Override
    Optional<TableInfo> read(String wanted) throws SQLException {
      Optional<String> found =
          reachable(
              strings(
                  "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = CURRENT_SCHEMA"
                      + " AND UPPER(TABLE_NAME) = UPPER(?) AND TABLE_TYPE <> 'VIEW'",
                  wanted),
              wanted);
      if (found.isEmpty()) {
        return Optional.empty();
      }
      String table = found.get();
      List<ColumnInfo> columns = new ArrayList<>();
      query(
          "SELECT COLUMN_NAME, IS_NULLABLE, COLUMN_DEFAULT FROM INFORMATION_SCHEMA.COLUMNS"
              + " WHERE TABLE_SCHEMA = CURRENT_SCHEMA AND TABLE_NAME = ? ORDER BY ORDINAL_POSITION",
          row -> columns.add(new ColumnInfo(row.string(1), "YES".equals(row.string(2)), row.string(3))),
          table);

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

      List<CheckInfo> checks = new ArrayList<>();
      query(
          "SELECT cc.CONSTRAINT_NAME, cc.CHECK_CLAUSE FROM INFORMATION_SCHEMA.CHECK_CONSTRAINTS cc"
              + " JOIN INFORMATION_SCHEMA.TABLE_CONSTRAINTS tc ON tc.CONSTRAINT_SCHEMA = cc.CONSTRAINT_SCHEMA"
              + " AND tc.CONSTRAINT_NAME = cc.CONSTRAINT_NAME"
              + " WHERE tc.TABLE_SCHEMA = CURRENT_SCHEMA AND tc.TABLE_NAME = ? AND tc.CONSTRAINT_TYPE = 'CHECK'"
              + " ORDER BY cc.CONSTRAINT_NAME",
          row -> checks.add(new CheckInfo(row.string(1), row.string(2), true)),
          table);
      return Optional.of(new TableInfo(table, columns, indexes, checks));
    }
  }

  // ----- PostgreSQL ---------------------------------------------------------------------------------

  /**
   * PostgreSQL: the table that {@code to_regclass} finds on the search path; pg_attribute, pg_index
   * (indnullsnotdistinct from 15, INCLUDE columns left out), pg_constraint for CHECKs (conenforced
   * from 18).
   */
  static final class PostgreSql extends SchemaCatalog {
    private final int major;

    PostgreSql(Connection connection) {
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
    Optional<TableInfo> read(String wanted) throws SQLException {
      List<String> found =
          strings(
              "SELECT c.relname FROM pg_class c WHERE c.oid = to_regclass(?) AND c.relkind IN ('r', 'p')",
              wanted);
      if (found.isEmpty()) {
        return Optional.empty();
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
            new IndexInfo(a.name, index.getValue(), a.predicate, a.nulls, a.constraint, a.primaryKey, a.unusable));
      }

      List<CheckInfo> checks = new ArrayList<>();
      query(
          "SELECT conname, pg_get_expr(conbin, conrelid, true), "
              + (major >= 18 ? "conenforced" : "true")
              + " FROM pg_constraint WHERE conrelid = to_regclass(?) AND contype = 'c' ORDER BY conname",
          row -> checks.add(new CheckInfo(row.string(1), row.string(2), row.bool(3))),
          wanted);
      return Optional.of(new TableInfo(found.get(0), columns, indexes, checks));
    }
  }

  // ----- MySQL and MariaDB --------------------------------------------------------------------------

  /**
   * MySQL 8.0.16+ and MariaDB 10.5+: information_schema in the current database. Unique indexes treat
   * NULLs as distinct. CHECK_CONSTRAINTS has the table's name on MariaDB (whose CHECK names are unique
   * per table) and is joined with TABLE_CONSTRAINTS on MySQL (per schema, with ENFORCED). The clauses
   * come back normalized: {@code `live` is null or `live` = 1}.
   */
  static final class MySql extends SchemaCatalog {
    private final boolean mariaDb;
    private final boolean readsChecks;

    MySql(Connection connection) {
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
    Optional<TableInfo> read(String wanted) throws SQLException {
      Optional<String> found =
          reachable(
              strings(
                  "SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()"
                      + " AND LOWER(TABLE_NAME) = LOWER(?) AND TABLE_TYPE IN ('BASE TABLE', 'SYSTEM VERSIONED')",
                  wanted),
              wanted);
      if (found.isEmpty()) {
        return Optional.empty();
      }
      String table = found.get();
      List<ColumnInfo> columns = new ArrayList<>();
      query(
          "SELECT COLUMN_NAME, IS_NULLABLE, COLUMN_DEFAULT FROM information_schema.COLUMNS"
              + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? ORDER BY ORDINAL_POSITION",
          row -> columns.add(new ColumnInfo(row.string(1), "YES".equals(row.string(2)), row.string(3))),
          table);

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
      return Optional.of(new TableInfo(table, columns, indexes, checks));
    }
  }

  // ----- SQLite -------------------------------------------------------------------------------------

  /**
   * SQLite: PRAGMA table_info, index_list and index_xinfo; the primary key from table_info (an
   * INTEGER PRIMARY KEY has no index); expressions, partial-index predicates and CHECKs from the SQL
   * text in sqlite_master, which is all SQLite keeps of them. Unique indexes treat NULLs as distinct.
   */
  static final class Sqlite extends SchemaCatalog {
    Sqlite(Connection connection) {
      super(connection);
    }

    @Override
    String location() {
      return "database main";
    }

    @Override
    Optional<TableInfo> read(String wanted) throws SQLException {
      List<String[]> found = new ArrayList<>();
      query(
          "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name = ? COLLATE NOCASE",
          row -> found.add(new String[] {row.string(1), row.string(2)}),
          wanted);
      if (found.isEmpty()) {
        return Optional.empty();
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
      List<String[]> listed = new ArrayList<>();
      query(
          "SELECT name, \"unique\", origin FROM pragma_index_list(?) ORDER BY name",
          row -> {
            if (row.integer(2) == 1 && !"pk".equals(row.string(3))) {
              listed.add(new String[] {row.string(1), row.string(3)});
            }
          },
          table);
      for (String[] index : listed) {
        String name = index[0];
        List<String> sql = strings("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?", name);
        IndexSql parsed = sql.isEmpty() || sql.get(0) == null ? null : IndexSql.parse(sql.get(0));
        List<String> parts = new ArrayList<>();
        query(
            "SELECT cid, name FROM pragma_index_xinfo(?) WHERE key = 1 ORDER BY seqno",
            row -> {
              int position = parts.size();
              if (row.integer(1) >= 0) {
                parts.add(row.string(2));
              } else if (parsed != null && position < parsed.parts.size()) {
                parts.add(parsed.parts.get(position));
              } else {
                parts.add(null);
              }
            },
            name);
        indexes.add(
            new IndexInfo(
                name,
                parts,
                parsed == null ? null : parsed.predicate,
                Nulls.DISTINCT,
                "u".equals(index[1]) ? name : null,
                false,
                null));
      }

      List<CheckInfo> checks = new ArrayList<>();
      if (createTable != null) {
        checks.addAll(checksOf(createTable));
      }
      return Optional.of(new TableInfo(table, columns, indexes, checks));
    }

    /** The CHECK constraints written in a CREATE TABLE statement, table and column constraints alike. */
    static List<CheckInfo> checksOf(String createTable) {
      List<SqlCondition.Token> tokens;
      try {
        tokens = SqlCondition.tokenize(createTable);
      } catch (SqlCondition.Unreadable e) {
        return List.of();
      }
      List<CheckInfo> checks = new ArrayList<>();
      for (int i = 0; i < tokens.size(); i++) {
        if (!tokens.get(i).is("check") || i + 1 >= tokens.size() || !tokens.get(i + 1).is("(")) {
          continue;
        }
        int close = closing(tokens, i + 1);
        if (close < 0) {
          break;
        }
        String clause = createTable.substring(tokens.get(i + 1).end, tokens.get(close).start);
        String name =
            i >= 2 && tokens.get(i - 2).is("constraint")
                ? tokens.get(i - 1).text
                : "unnamed";
        checks.add(new CheckInfo(name, clause, true));
        i = close;
      }
      return checks;
    }
  }

  /** The index of the parenthesis that closes the one at {@code open}, or -1. */
  static int closing(List<SqlCondition.Token> tokens, int open) {
    int depth = 0;
    for (int i = open; i < tokens.size(); i++) {
      if (tokens.get(i).is("(")) {
        depth++;
      } else if (tokens.get(i).is(")")) {
        depth--;
        if (depth == 0) {
          return i;
        }
      }
    }
    return -1;
  }

  /** The key parts and the WHERE clause of a CREATE INDEX statement. */
  static final class IndexSql {
    final List<String> parts;
    final String predicate;

    private IndexSql(List<String> parts, String predicate) {
      this.parts = parts;
      this.predicate = predicate;
    }

    /** Parses {@code CREATE [UNIQUE] INDEX name ON table (part [COLLATE c] [ASC|DESC], ...) [WHERE ...]}. */
    static IndexSql parse(String sql) {
      List<SqlCondition.Token> tokens;
      try {
        tokens = SqlCondition.tokenize(sql);
      } catch (SqlCondition.Unreadable e) {
        return null;
      }
      int on = -1;
      for (int i = 0; i < tokens.size(); i++) {
        if (tokens.get(i).is("on")) {
          on = i;
          break;
        }
      }
      int open = -1;
      for (int i = on + 1; on >= 0 && i < tokens.size(); i++) {
        if (tokens.get(i).is("(")) {
          open = i;
          break;
        }
      }
      if (open < 0) {
        return null;
      }
      int close = closing(tokens, open);
      if (close < 0) {
        return null;
      }
      List<String> parts = new ArrayList<>();
      int start = open + 1;
      int depth = 0;
      for (int i = open + 1; i <= close; i++) {
        SqlCondition.Token token = tokens.get(i);
        if (token.is("(")) {
          depth++;
        } else if (token.is(")") && depth > 0) {
          depth--;
        } else if ((token.is(",") && depth == 0) || i == close) {
          int end = i;
          while (end - 1 > start
              && (tokens.get(end - 1).is("asc") || tokens.get(end - 1).is("desc"))) {
            end--;
          }
          if (end - 2 > start && tokens.get(end - 2).is("collate")) {
            end -= 2;
          }
          parts.add(end > start ? sql.substring(tokens.get(start).start, tokens.get(end - 1).end) : null);
          start = i + 1;
        }
      }
      String predicate = null;
      if (close + 1 < tokens.size() && tokens.get(close + 1).is("where")) {
        predicate = sql.substring(tokens.get(close + 1).end).trim();
      }
      return new IndexSql(parts, predicate);
    }
  }

  // ----- SQL Server ---------------------------------------------------------------------------------

  /**
   * SQL Server 2016+ (not tested on a live server): the table {@code OBJECT_ID} finds; sys.columns,
   * sys.indexes with sys.index_columns (key columns only; {@code filter_definition} of filtered
   * indexes), sys.check_constraints. A unique index there treats NULLs as equal.
   */
  static final class SqlServer extends SchemaCatalog {
    SqlServer(Connection connection) {
      super(connection);
    }

    @Override
    String location() throws SQLException {
      return "schema " + strings("SELECT SCHEMA_NAME()").get(0);
    }

    @Override
    Optional<TableInfo> read(String wanted) throws SQLException {
      List<String> found = strings("SELECT name FROM sys.tables WHERE object_id = OBJECT_ID(?)", wanted);
      if (found.isEmpty()) {
        return Optional.empty();
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
            new IndexInfo(a.name, index.getValue(), a.predicate, a.nulls, a.constraint, a.primaryKey, a.unusable));
      }

      List<CheckInfo> checks = new ArrayList<>();
      query(
          "SELECT name, definition, is_disabled FROM sys.check_constraints"
              + " WHERE parent_object_id = OBJECT_ID(?) ORDER BY name",
          row -> checks.add(new CheckInfo(row.string(1), row.string(2), !row.bool(3))),
          wanted);
      return Optional.of(new TableInfo(found.get(0), columns, indexes, checks));
    }
  }

  // ----- Oracle -------------------------------------------------------------------------------------

  /**
   * Oracle 19c+ (not tested on a live server): ALL_TABLES, ALL_TAB_COLUMNS, ALL_CONSTRAINTS with
   * ALL_CONS_COLUMNS (primary keys, unique constraints, CHECKs from SEARCH_CONDITION_VC), ALL_INDEXES
   * with ALL_IND_COLUMNS and ALL_IND_EXPRESSIONS (function-based indexes), in the session's current
   * schema. A unique index there leaves out entries that are all NULL and compares other NULLs as
   * equal. The NOT NULL constraints that Oracle keeps as CHECKs ({@code "LIVE" IS NOT NULL}) are left
   * to the columns' nullability.
   */
  static final class Oracle extends SchemaCatalog {
    private static final String SCHEMA = "SYS_CONTEXT('USERENV', 'CURRENT_SCHEMA')";

    Oracle(Connection connection) {
      super(connection);
    }

    @Override
    String location() throws SQLException {
      return "schema " + strings("SELECT " + SCHEMA + " FROM DUAL").get(0);
    }

    @Override
    Optional<TableInfo> read(String wanted) throws SQLException {
      Optional<String> found =
          reachable(
              strings(
                  "SELECT table_name FROM all_tables WHERE owner = " + SCHEMA
                      + " AND UPPER(table_name) = UPPER(?)",
                  wanted),
              wanted);
      if (found.isEmpty()) {
        return Optional.empty();
      }
      String table = found.get();
      List<ColumnInfo> columns = new ArrayList<>();
      query(
          "SELECT column_name, nullable, data_default FROM all_tab_columns WHERE owner = " + SCHEMA
              + " AND table_name = ? ORDER BY column_id",
          row -> columns.add(new ColumnInfo(row.string(1), "Y".equals(row.string(2)), row.string(3))),
          table);
      Set<String> notNull = new LinkedHashSet<>();
      for (ColumnInfo column : columns) {
        if (!column.nullable) {
          notNull.add(lower(column.name));
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
                key.getKey(), key.getValue(), null, Nulls.ALL_DISTINCT, key.getKey(), "P".equals(attribute[0]), attribute[1]));
      }

      IndexCollector parts = new IndexCollector();
      Map<String, String> unusable = new LinkedHashMap<>();
      query(
          "SELECT i.index_name, i.status, i.funcidx_status, ic.column_name, ie.column_expression"
              + " FROM all_indexes i"
              + " JOIN all_ind_columns ic ON ic.index_owner = i.owner AND ic.index_name = i.index_name"
              + " LEFT JOIN all_ind_expressions ie ON ie.index_owner = ic.index_owner"
              + " AND ie.index_name = ic.index_name AND ie.column_position = ic.column_position"
              + " WHERE i.table_owner = " + SCHEMA + " AND i.table_name = ? AND i.uniqueness = 'UNIQUE'"
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
            parts.add(name, expression != null ? expression : column);
          },
          table);
      for (Map.Entry<String, List<String>> index : parts.parts().entrySet()) {
        if (!constraintIndexes.contains(index.getKey())) {
          indexes.add(
              new IndexInfo(
                  index.getKey(), index.getValue(), null, Nulls.ALL_DISTINCT, null, false, unusable.get(index.getKey())));
        }
      }
      return Optional.of(new TableInfo(table, columns, indexes, checks));
    }

    /** Whether a CHECK is {@code "COLUMN" IS NOT NULL} for a NOT NULL column: Oracle's own NOT NULL. */
    private static boolean isNotNullOf(String condition, Set<String> notNullColumns) {
      try {
        List<SqlCondition.Token> tokens = SqlCondition.tokenize(condition);
        return tokens.size() == 4
            && tokens.get(0).type == SqlCondition.TokenType.IDENTIFIER
            && notNullColumns.contains(tokens.get(0).text)
            && tokens.get(1).is("is")
            && tokens.get(2).is("not")
            && tokens.get(3).is("null");
      } catch (SqlCondition.Unreadable e) {
        return false;
      }
    }
  }
}
