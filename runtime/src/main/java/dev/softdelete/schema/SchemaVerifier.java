package dev.softdelete.schema;

import dev.softdelete.Dialect;
import dev.softdelete.TableDefinition.KeyDefinition;
import dev.softdelete.TableDefinition;
import dev.softdelete.jdbi.SoftDeleteConfig;
import dev.softdelete.schema.SchemaCatalog.CheckInfo;
import dev.softdelete.schema.SchemaCatalog.ColumnInfo;
import dev.softdelete.schema.SchemaCatalog.IndexInfo;
import dev.softdelete.schema.SchemaCatalog.Nulls;
import dev.softdelete.schema.SchemaCatalog.TableInfo;
import dev.softdelete.schema.SchemaProblem.Kind;
import dev.softdelete.schema.SqlCondition.Unreadable;
import dev.softdelete.schema.SqlCondition.Value;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * Checks a live database against the contract that soft deletion relies on, and reports every way it
 * breaks it, all at once. Run it when a service starts, after its migrations:
 *
 * <pre>{@code
 * jdbi.useHandle(h -> SchemaVerifier.verifyOrThrow(h, UserSchema.DEFINITION, MembershipSchema.DEFINITION));
 * }</pre>
 *
 * <p>For each table it reports (see {@link SchemaProblem.Kind}): a missing table or column (an
 * entity column, the live column, the deleted-at column); a live column that is NOT NULL or whose
 * default is not TRUE; a missing CHECK that keeps FALSE out of the live column, a missing CHECK that
 * ties the live column to deleted-at, and a CHECK that refuses the rows the repository writes; rows
 * that hold FALSE in the live column, or whose live column and deleted-at disagree; and per key, no
 * unique index at all, a unique index that leaves out the live column (over the key alone, or over
 * (key, deleted-at)), or one that treats NULLs as equal.
 *
 * <p><b>How it judges.</b> It reads the catalog (INFORMATION_SCHEMA on H2; pg_class, pg_index and
 * pg_constraint on PostgreSQL; information_schema on MySQL and MariaDB; PRAGMAs and sqlite_master on
 * SQLite; sys.indexes, sys.columns and sys.check_constraints on SQL Server; ALL_INDEXES,
 * ALL_IND_EXPRESSIONS and ALL_CONSTRAINTS on Oracle), then evaluates each CHECK, each unique index's
 * key parts and its WHERE clause over a few sample rows: two live rows with the same key, a dead and a
 * live one, two dead ones, live rows with a NULL key column. So a CHECK counts by what it does, not by
 * its name or spelling ({@code live <> FALSE} forbids FALSE as well as {@code live IS NULL OR live =
 * TRUE}), and a partial index {@code (email) WHERE live = TRUE} on PostgreSQL or SQLite counts as the
 * key's index as well as {@code (email, live)}. Names are compared ignoring case. Expressions that use
 * functions, arithmetic, LIKE, BETWEEN or CAST cannot be read (see {@code SqlCondition}): a CHECK or
 * an index written that way does not count, and the problem's message names it.
 *
 * <p>It also runs two COUNT queries per table, over the rows whose live column is neither TRUE nor
 * NULL and over the rows whose live column and deleted-at disagree; the generated indexes on the live
 * column and on deleted-at serve them.
 *
 * <p>The SQL Server and Oracle catalog readers are written from those databases' documentation and
 * have not been run against a live server; the judging they feed is the same as for the other
 * databases, and is tested.
 */
public final class SchemaVerifier {
  private SchemaVerifier() {}

  /**
   * Verifies the tables on the handle's database, in the dialect of its {@link SoftDeleteConfig}.
   * Never throws for drift: every problem is in the report.
   *
   * @throws UnableToExecuteStatementException if the catalog cannot be read
   */
  public static SchemaReport verify(Handle handle, TableDefinition... tables) {
    Objects.requireNonNull(handle, "handle");
    Connection connection = handle.getConnection();
    Dialect dialect = handle.getConfig(SoftDeleteConfig.class).dialect(connection);
    return verify(dialect, connection, Arrays.asList(tables));
  }

  /**
   * Verifies the tables, and throws if anything breaks the contract.
   *
   * @throws SchemaMismatchException listing every problem, one per line
   * @throws UnableToExecuteStatementException if the catalog cannot be read
   */
  public static void verifyOrThrow(Handle handle, TableDefinition... tables) {
    SchemaReport report = verify(handle, tables);
    if (!report.ok()) {
      throw new SchemaMismatchException(report);
    }
  }

  static SchemaReport verify(Dialect dialect, Connection connection, List<TableDefinition> tables) {
    SchemaCatalog catalog = SchemaCatalog.of(dialect, connection);
    List<SchemaProblem> problems = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (TableDefinition definition : tables) {
      Objects.requireNonNull(definition, "table definition");
      names.add(definition.table());
      try {
        Optional<TableInfo> table = catalog.read(definition.table());
        if (table.isEmpty()) {
          problems.add(
              new SchemaProblem(
                  definition.table(),
                  Kind.MISSING_TABLE,
                  definition.table(),
                  "Table " + definition.table() + " does not exist in " + catalog.location()
                      + (catalog.unreachable == null
                          ? ""
                          : " (there is a table " + catalog.unreachable + ", but its name differs in case,"
                              + " so the repository's unquoted " + definition.table() + " does not reach it)")
                      + ", so every statement of its repository fails. Fix: create it with the generated"
                      + " DDL (createStatements(Dialect." + dialect.name() + ") of its Schema class, or META-INF/softdelete/"
                      + dialect.id() + "/" + definition.table() + ".sql)"));
          continue;
        }
        Counts counts = count(catalog, dialect, definition, table.get());
        problems.addAll(analyze(dialect, definition, table.get(), counts));
      } catch (SQLException e) {
        throw new UnableToExecuteStatementException(
            "softdelete: cannot read the catalog of table " + definition.table() + " on "
                + dialect.displayName() + ": " + e.getMessage(),
            e,
            null);
      }
    }
    return new SchemaReport(dialect, names, problems);
  }

  /** Rows that break the contract, counted in the table. */
  static final class Counts {
    /** Rows whose live column is neither TRUE nor NULL. */
    final long notTrue;
    /** Rows whose live column is NULL while deleted-at is NULL. */
    final long deadWithoutDeletedAt;
    /** Rows whose live column is set while deleted-at is set. */
    final long liveWithDeletedAt;

    Counts(long notTrue, long deadWithoutDeletedAt, long liveWithDeletedAt) {
      this.notTrue = notTrue;
      this.deadWithoutDeletedAt = deadWithoutDeletedAt;
      this.liveWithDeletedAt = liveWithDeletedAt;
    }
  }

  private static Counts count(SchemaCatalog catalog, Dialect dialect, TableDefinition definition, TableInfo table)
      throws SQLException {
    String name = table.name;
    String live = definition.liveColumn();
    String deletedAt = definition.deletedAtColumn();
    long[] counts = new long[3];
    if (table.column(live).isPresent()) {
      catalog.query(
          "SELECT COUNT(*) FROM " + name + " WHERE " + live + " IS NOT NULL AND " + live + " <> "
              + new SchemaFixes(dialect).trueLiteral(),
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
    return new Counts(counts[0], counts[1], counts[2]);
  }

  // ----- Judging ------------------------------------------------------------------------------------

  /** The problems of a table that exists, as its catalog describes it, with its rows counted. */
  static List<SchemaProblem> analyze(Dialect dialect, TableDefinition definition, TableInfo table, Counts counts) {
    return new Analysis(dialect, definition, table, counts).run();
  }

  private static final class Analysis {
    private final Dialect dialect;
    private final TableDefinition definition;
    private final TableInfo table;
    private final Counts counts;
    private final SchemaFixes fix;
    private final String name;
    private final String live;
    private final String deletedAt;
    private final String l;
    private final String d;
    private final List<SchemaProblem> problems = new ArrayList<>();

    Analysis(Dialect dialect, TableDefinition definition, TableInfo table, Counts counts) {
      this.dialect = dialect;
      this.definition = definition;
      this.table = table;
      this.counts = counts;
      this.fix = new SchemaFixes(dialect);
      this.name = definition.table();
      this.live = definition.liveColumn();
      this.deletedAt = definition.deletedAtColumn();
      this.l = SchemaCatalog.lower(live);
      this.d = SchemaCatalog.lower(deletedAt);
    }

    private void add(Kind kind, String subject, String message) {
      problems.add(new SchemaProblem(name, kind, subject, message));
    }

    List<SchemaProblem> run() {
      boolean hasLive = table.column(live).isPresent();
      boolean hasDeletedAt = table.column(deletedAt).isPresent();
      columns(hasLive, hasDeletedAt);
      if (hasLive) {
        liveColumn(table.column(live).get());
      }
      checks(hasLive, hasDeletedAt);
      rows();
      for (KeyDefinition key : definition.allKeys()) {
        key(key, key == definition.primaryKey());
      }
      return problems;
    }

    // ----- Columns ----------------------------------------------------------------------------------

    private void columns(boolean hasLive, boolean hasDeletedAt) {
      for (String column : definition.columns()) {
        if (table.column(column).isEmpty()) {
          add(
              Kind.MISSING_COLUMN,
              column,
              name + " has no column " + column + ", which its repository reads and writes, so every"
                  + " statement of the repository fails. Fix: add it as the generated DDL declares it: "
                  + fix.addColumn(name, column, "<type>", null));
        }
      }
      if (!hasLive) {
        add(
            Kind.MISSING_COLUMN,
            live,
            name + " has no live column " + live + ": soft deletion marks live rows with " + live + " = "
                + fix.trueLiteral() + " and dead rows with NULL, and every unique key includes it. Fix: "
                + fix.addColumn(name, live, fix.liveType(), fix.trueLiteral())
                + (hasDeletedAt
                    ? "; UPDATE " + name + " SET " + live + " = NULL WHERE " + deletedAt + " IS NOT NULL"
                    : "")
                + "; then add its CHECKs and replace the unique indexes as the generated DDL has them");
      }
      if (!hasDeletedAt) {
        add(
            Kind.MISSING_COLUMN,
            deletedAt,
            name + " has no deleted-at column " + deletedAt + ", which soft deletion stamps and"
                + " purgeDeletedBefore reads. Fix: "
                + fix.addColumn(name, deletedAt, "<timestamp type of the generated DDL>", null)
                + (hasLive
                    ? "; UPDATE " + name + " SET " + deletedAt + " = " + fix.now() + " WHERE " + live + " IS NULL"
                    : "")
                + "; then add its CHECK as the generated DDL has it");
      }
    }

    private void liveColumn(ColumnInfo column) {
      if (!column.nullable) {
        add(
            Kind.LIVE_COLUMN_NOT_NULL,
            live,
            name + "." + live + " is NOT NULL: deleted rows need " + live + " = NULL, so every soft delete"
                + " fails. Fix: " + fix.dropNotNull(name, live));
      }
      String found = column.defaultSql == null ? null : column.defaultSql.trim();
      boolean isTrue = false;
      if (found != null) {
        try {
          isTrue = SqlCondition.parse(found).evaluate(Map.of()).isOne();
        } catch (Unreadable e) {
          isTrue = false;
        }
      }
      if (!isTrue) {
        add(
            Kind.LIVE_COLUMN_NO_DEFAULT,
            live,
            name + "." + live + " has " + (found == null ? "no default" : "DEFAULT " + found)
                + " instead of DEFAULT " + fix.trueLiteral() + ": the repository inserts rows without naming "
                + live + ", so a new row would not be live (its insert fails on the deleted-at CHECK, or"
                + " the row is born dead). Fix: " + fix.setDefaultTrue(name, live));
      }
    }

    // ----- CHECKs -----------------------------------------------------------------------------------

    private Map<String, Value> row(Value liveValue, Value deletedAtValue) {
      Map<String, Value> row = new HashMap<>();
      row.put(l, liveValue);
      row.put(d, deletedAtValue);
      return row;
    }

    private static final Value STAMP = Value.opaque("deleted-at");

    private void checks(boolean hasLive, boolean hasDeletedAt) {
      // The CHECKs together refuse a row when any of them is FALSE for it.
      List<SqlCondition> readable = new ArrayList<>();
      List<String> liveNotes = new ArrayList<>();
      List<String> deletedAtNotes = new ArrayList<>();
      for (CheckInfo check : table.checks) {
        boolean mentionsLive = SqlCondition.mentions(check.clause, l);
        boolean mentions = mentionsLive || SqlCondition.mentions(check.clause, d);
        List<String> notes = mentionsLive ? liveNotes : deletedAtNotes;
        if (!check.enforced) {
          if (mentions) {
            notes.add("CHECK " + check.name + " (" + check.clause.trim() + ") is not enforced");
          }
          continue;
        }
        try {
          SqlCondition condition = SqlCondition.parse(check.clause);
          if (!Set.of(l, d).containsAll(condition.columns())) {
            continue;
          }
          boolean refusesLive = Boolean.FALSE.equals(condition.test(row(Value.TRUE, Value.NULL)));
          boolean refusesDead = Boolean.FALSE.equals(condition.test(row(Value.NULL, STAMP)));
          if (!refusesLive && !refusesDead) {
            // A CHECK reported below is to be dropped, so it cannot stand in for a missing one.
            readable.add(condition);
          }
          if (refusesLive || refusesDead) {
            add(
                Kind.CHECK_REJECTS_VALID_ROWS,
                check.name,
                "CHECK " + check.name + " of " + name + " (" + check.clause.trim() + ") refuses "
                    + (refusesLive && refusesDead
                        ? "both live rows and deleted rows"
                        : refusesLive
                            ? "live rows (" + live + " = " + fix.trueLiteral() + ", " + deletedAt + " NULL), so inserts and restores fail"
                            : "deleted rows (" + live + " NULL, " + deletedAt + " set), so soft deletes fail")
                    + ". Fix: " + fix.dropCheck(name, check.name));
          }
        } catch (Unreadable e) {
          if (mentions) {
            notes.add("CHECK " + check.name + " (" + check.clause.trim() + ") could not be read: " + e.getMessage());
          }
        }
      }
      boolean forbidsFalse =
          refused(readable, row(Value.FALSE, Value.NULL)) && refused(readable, row(Value.FALSE, STAMP));
      boolean tiesDeletedAt =
          refused(readable, row(Value.NULL, Value.NULL)) && refused(readable, row(Value.TRUE, STAMP));
      if (hasLive && !forbidsFalse) {
        add(
            Kind.MISSING_LIVE_CHECK,
            live,
            name + " has no CHECK that keeps FALSE out of " + live + found(liveNotes) + ": a row with " + live
                + " = FALSE is neither live nor dead to the repository, and the unique indexes do not"
                + " count it as live. Fix: "
                + fix.addLiveCheck(name, live));
      }
      if (hasLive && hasDeletedAt && !tiesDeletedAt) {
        add(
            Kind.MISSING_DELETED_AT_CHECK,
            deletedAt,
            name + " has no CHECK that makes " + live + " NULL exactly when " + deletedAt + " is set"
                + found(liveNotes, deletedAtNotes) + ": a dead row without " + deletedAt + " is never purged, and a live row with "
                + deletedAt + " set is reported as deleted. Fix: "
                + fix.addDeletedAtCheck(name, live, deletedAt));
      }
    }

    @SafeVarargs
    private static String found(List<String>... notes) {
      List<String> all = new ArrayList<>();
      for (List<String> some : notes) {
        all.addAll(some);
      }
      return all.isEmpty() ? "" : " (" + String.join("; ", all) + ")";
    }

    /** Whether any of the CHECKs is FALSE for the row; one that cannot evaluate it refuses nothing. */
    private static boolean refused(List<SqlCondition> checks, Map<String, Value> row) {
      for (SqlCondition check : checks) {
        try {
          if (Boolean.FALSE.equals(check.test(row))) {
            return true;
          }
        } catch (Unreadable e) {
          // Not this one.
        }
      }
      return false;
    }

    // ----- Rows -------------------------------------------------------------------------------------

    private void rows() {
      if (counts.notTrue > 0) {
        add(
            Kind.FALSE_IN_LIVE_COLUMN,
            live,
            name + " has " + rows(counts.notTrue) + " whose " + live + " is FALSE (neither "
                + fix.trueLiteral() + " nor NULL): the repository sees them neither as live (" + live + " = "
                + fix.trueLiteral() + ") nor as dead (" + live + " IS NULL), and the unique indexes do not"
                + " count them as live. Fix: if they are deleted rows, UPDATE " + name + " SET " + live
                + " = NULL, " + deletedAt + " = COALESCE(" + deletedAt + ", " + fix.now() + ") WHERE " + live
                + " <> " + fix.trueLiteral() + " (if they are live, SET " + live + " = " + fix.trueLiteral()
                + ", " + deletedAt + " = NULL); then add the CHECK " + fix.liveCheck(live));
      }
      if (counts.deadWithoutDeletedAt > 0 || counts.liveWithDeletedAt > 0) {
        List<String> what = new ArrayList<>();
        List<String> fixes = new ArrayList<>();
        if (counts.deadWithoutDeletedAt > 0) {
          what.add(rows(counts.deadWithoutDeletedAt) + " whose " + live + " is NULL (dead) while " + deletedAt
              + " is NULL, which purgeDeletedBefore never purges");
          fixes.add("UPDATE " + name + " SET " + deletedAt + " = " + fix.now() + " WHERE " + live + " IS NULL AND "
              + deletedAt + " IS NULL");
        }
        if (counts.liveWithDeletedAt > 0) {
          what.add(rows(counts.liveWithDeletedAt) + " whose " + live + " is set (live) while " + deletedAt
              + " is set, which the repository returns as live rows stamped deleted");
          fixes.add("UPDATE " + name + " SET " + deletedAt + " = NULL WHERE " + live + " IS NOT NULL AND "
              + deletedAt + " IS NOT NULL (or SET " + live + " = NULL if they were meant to be deleted)");
        }
        add(
            Kind.LIVE_AND_DELETED_AT_DISAGREE,
            deletedAt,
            name + " has " + String.join(", and ", what) + ". Fix: " + String.join("; ", fixes)
                + "; then add the CHECK " + fix.deletedAtCheck(live, deletedAt));
      }
    }

    private static String rows(long count) {
      return count == 1 ? "1 row" : count + " rows";
    }

    // ----- Keys -------------------------------------------------------------------------------------

    /**
     * What a unique index whose key parts name only the key's columns, the live and deleted-at columns
     * does with the sample rows.
     */
    private static final class Behaviour {
      final IndexInfo index;
      final Set<String> columns;
      /** It refuses a second live row with the same key. */
      boolean liveBesideLive;
      /** It refuses a live row beside a dead row with the same key. */
      boolean liveBesideDead;
      /** It refuses a second dead row with the same key (deleted at another time). */
      boolean deadBesideDead;
      /** The nullable key columns for which it refuses a second live row whose column is NULL. */
      final List<String> nullCollisions = new ArrayList<>();

      Behaviour(IndexInfo index, Set<String> columns) {
        this.index = index;
        this.columns = columns;
      }
    }

    /**
     * A sample row: the key's columns hold the key (or NULL for {@code nullColumn}), the live column
     * TRUE or NULL, deleted-at NULL or the given stamp.
     */
    private Map<String, Value> keyRow(List<String> key, boolean isLive, String stamp, String nullColumn) {
      Map<String, Value> row = new HashMap<>();
      for (String column : key) {
        row.put(column, column.equals(nullColumn) ? Value.NULL : Value.opaque("key:" + column));
      }
      row.put(l, isLive ? Value.TRUE : Value.NULL);
      row.put(d, stamp == null ? Value.NULL : Value.opaque("deleted-at:" + stamp));
      return row;
    }

    /** Whether the index refuses the second row once the first is in the table. */
    private static boolean collide(
        List<SqlCondition> parts,
        SqlCondition predicate,
        Nulls nulls,
        Map<String, Value> first,
        Map<String, Value> second) {
      if (predicate != null
          && (!Boolean.TRUE.equals(predicate.test(first)) || !Boolean.TRUE.equals(predicate.test(second)))) {
        return false;
      }
      List<Value> a = new ArrayList<>();
      List<Value> b = new ArrayList<>();
      for (SqlCondition part : parts) {
        a.add(part.evaluate(first));
        b.add(part.evaluate(second));
      }
      if (nulls == Nulls.DISTINCT && (a.stream().anyMatch(Value::isNull) || b.stream().anyMatch(Value::isNull))) {
        return false;
      }
      if (nulls == Nulls.ALL_DISTINCT && (a.stream().allMatch(Value::isNull) || b.stream().allMatch(Value::isNull))) {
        return false;
      }
      for (int i = 0; i < a.size(); i++) {
        if (!a.get(i).sameAs(b.get(i))) {
          return false;
        }
      }
      return true;
    }

    /**
     * The behaviour of the index with the key's sample rows, or empty if its key parts name other
     * columns or leave out one of the key's.
     *
     * @throws Unreadable if its key parts or predicate cannot be read or evaluated
     */
    private Optional<Behaviour> behaviour(IndexInfo index, List<String> key, Set<String> nullable) {
      Set<String> allowed = new LinkedHashSet<>(key);
      allowed.add(l);
      allowed.add(d);
      List<SqlCondition> parts = new ArrayList<>();
      Set<String> used = new LinkedHashSet<>();
      for (String part : index.parts) {
        SqlCondition parsed = SqlCondition.parse(part);
        parts.add(parsed);
        used.addAll(parsed.columns());
      }
      if (!used.containsAll(key) || !allowed.containsAll(used)) {
        return Optional.empty();
      }
      SqlCondition predicate = index.predicate == null ? null : SqlCondition.parse(index.predicate);
      Map<String, Value> alive = keyRow(key, true, null, null);
      Map<String, Value> dead = keyRow(key, false, "1", null);
      Map<String, Value> otherDead = keyRow(key, false, "2", null);
      Behaviour behaviour = new Behaviour(index, used);
      behaviour.liveBesideLive = collide(parts, predicate, index.nulls, alive, alive);
      behaviour.liveBesideDead = collide(parts, predicate, index.nulls, dead, alive);
      behaviour.deadBesideDead = collide(parts, predicate, index.nulls, dead, otherDead);
      for (String column : nullable) {
        Map<String, Value> withNull = keyRow(key, true, null, column);
        if (collide(parts, predicate, index.nulls, withNull, withNull)) {
          behaviour.nullCollisions.add(column);
        }
      }
      return Optional.of(behaviour);
    }

    private void key(KeyDefinition key, boolean primary) {
      List<String> columns = new ArrayList<>();
      for (String column : key.columns()) {
        columns.add(SchemaCatalog.lower(column));
      }
      Set<String> nullable = new LinkedHashSet<>();
      if (!primary) {
        for (String column : columns) {
          table.column(column).filter(c -> c.nullable).ifPresent(c -> nullable.add(column));
        }
      }
      List<Behaviour> behaviours = new ArrayList<>();
      List<String> notes = new ArrayList<>();
      for (IndexInfo index : table.uniqueIndexes) {
        boolean mentionsKey =
            columns.stream().allMatch(c -> index.parts.stream().anyMatch(p -> SqlCondition.mentions(p, c)));
        try {
          Optional<Behaviour> behaviour = behaviour(index, columns, nullable);
          if (behaviour.isEmpty()) {
            continue;
          }
          if (index.unusable != null) {
            notes.add(index.describe() + " is not in use");
            continue;
          }
          behaviours.add(behaviour.get());
        } catch (Unreadable e) {
          if (mentionsKey) {
            notes.add(index.describe() + " could not be read (" + e.getMessage() + ")");
          }
        }
      }
      if (primary) {
        primaryKey(key, behaviours, notes);
      } else {
        uniqueKey(key, columns, nullable, behaviours, notes);
      }
    }

    private void primaryKey(KeyDefinition key, List<Behaviour> behaviours, List<String> notes) {
      for (Behaviour behaviour : behaviours) {
        if (behaviour.liveBesideLive && behaviour.liveBesideDead && behaviour.deadBesideDead) {
          return;
        }
      }
      List<String> found = new ArrayList<>(notes);
      for (Behaviour behaviour : behaviours) {
        found.add(behaviour.index.describe() + " does not keep it unique among all rows");
      }
      add(
          Kind.KEY_NOT_UNIQUE,
          key.name(),
          name + " has no primary key or unique index over (" + String.join(", ", key.columns()) + ")"
              + (found.isEmpty() ? "" : " (" + String.join("; ", found) + ")")
              + ", so two rows can share an id and calls by id may reach the wrong row. Fix: "
              + fix.addPrimaryKey(name, key.constraintName(), key.columns()));
    }

    private void uniqueKey(
        KeyDefinition key, List<String> columns, Set<String> nullable, List<Behaviour> behaviours, List<String> notes) {
      String create = fix.createUniqueIndex(name, key.constraintName(), key.columns(), live, nullable);
      String keyText = columns.size() == 1 ? key.columns().get(0) : "(" + String.join(", ", key.columns()) + ")";
      boolean enforced = false;
      boolean kept = false;
      for (Behaviour behaviour : behaviours) {
        enforced |= behaviour.liveBesideLive;
        kept |=
            behaviour.liveBesideLive
                && !behaviour.liveBesideDead
                && !behaviour.deadBesideDead
                && behaviour.nullCollisions.isEmpty();
      }
      Behaviour withDeletedAt = null;
      for (Behaviour behaviour : behaviours) {
        // Where a right index exists beside a wrong one, dropping the wrong one is enough.
        String replace = fix.dropIndex(name, behaviour.index) + (kept ? "" : "; " + create);
        boolean nullsEqual = behaviour.index.nulls != Nulls.DISTINCT;
        if (behaviour.liveBesideDead || (behaviour.deadBesideDead && !nullsEqual)) {
          add(
              Kind.KEY_INDEX_WITHOUT_LIVE,
              key.name(),
              "Unique index " + behaviour.index.describe() + " of " + name + " holds key " + key.name()
                  + " in dead rows too: a deleted row keeps its " + keyText + ", so "
                  + (behaviour.liveBesideDead
                      ? "no live row can take that " + keyText + " again (a deleted Betty blocks a new one)"
                      : "a second row with that " + keyText + " cannot be deleted")
                  + ". Fix: " + replace);
          continue;
        }
        List<String> collisions = new ArrayList<>();
        if (behaviour.deadBesideDead) {
          collisions.add("dead rows all have " + live + " = NULL, so a second row with the same " + keyText
              + " cannot be deleted");
        }
        for (String column : behaviour.nullCollisions) {
          collisions.add("live rows whose " + column + " is NULL collide, though a NULL in a key never"
              + " collides in softdelete");
        }
        if (!collisions.isEmpty()) {
          add(
              Kind.NULLS_NOT_DISTINCT,
              key.name(),
              "Unique index " + behaviour.index.describe() + " of " + name + " treats NULLs as equal"
                  + nullsNote(behaviour.index.nulls) + ": " + String.join("; and ", collisions) + ". Fix: "
                  + replace);
          continue;
        }
        if (!behaviour.liveBesideLive
            && !behaviour.columns.contains(l)
            && behaviour.columns.contains(d)
            && withDeletedAt == null) {
          withDeletedAt = behaviour;
        }
      }
      if (enforced) {
        return;
      }
      if (withDeletedAt != null) {
        add(
            Kind.KEY_INDEX_WITHOUT_LIVE,
            key.name(),
            "Unique index " + withDeletedAt.index.describe() + " of " + name + " has " + deletedAt
                + " where key " + key.name() + " needs " + live + ": live rows all have " + deletedAt
                + " = NULL, and NULLs are distinct, so two live rows can hold the same " + keyText + ". Fix: "
                + fix.dropIndex(name, withDeletedAt.index) + "; " + create);
        return;
      }
      List<String> found = new ArrayList<>(notes);
      for (Behaviour behaviour : behaviours) {
        found.add(behaviour.index.describe() + " does not refuse a second live row");
      }
      // An index that does not serve the key may still hold the name the fix creates.
      String dropSameName =
          table.uniqueIndexes.stream()
              .filter(index -> index.name.equalsIgnoreCase(key.constraintName()))
              .findFirst()
              .map(index -> fix.dropIndex(name, index) + "; ")
              .orElse("");
      add(
          Kind.KEY_NOT_UNIQUE,
          key.name(),
          "Key " + key.name() + " of " + name + " has no unique index that keeps it unique among live rows"
              + (found.isEmpty() ? "" : " (" + String.join("; ", found) + ")") + ", so two live rows can hold the same "
              + keyText + ". Fix: " + dropSameName + create);
    }

    private String nullsNote(Nulls nulls) {
      if (dialect == Dialect.SQLSERVER) {
        return " (a SQL Server unique index does, unless filtered)";
      }
      if (dialect == Dialect.ORACLE) {
        return " (an Oracle unique index does, unless every part is NULL)";
      }
      return nulls == Nulls.ALL_DISTINCT ? " (NULLS ALL DISTINCT: unless every part is NULL)" : " (NULLS NOT DISTINCT)";
    }
  }
}
