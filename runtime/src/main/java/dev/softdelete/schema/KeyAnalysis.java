package dev.softdelete.schema;

import static dev.softdelete.schema.SampleSql.Sample.FIRST;
import static dev.softdelete.schema.SampleSql.Sample.NULL;
import static dev.softdelete.schema.SampleSql.Sample.SECOND;
import static dev.softdelete.schema.SampleSql.Sample.TRUE;

import dev.softdelete.TableDefinition.KeyDefinition;
import dev.softdelete.schema.IndexInfo.Nulls;
import dev.softdelete.schema.SampleSql.Sample;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What each unique index of a table does with a key's sample rows, as the database evaluates its key
 * parts and its WHERE clause: two live rows with the same key, a dead and a live one, two dead ones
 * deleted at different times, live rows with a NULL key column, and live rows whose key differs in
 * one column. {@link KeyVerdict} turns the behaviours into problems.
 */
final class KeyAnalysis {
  /**
   * What an index does with the key's sample rows.
   *
   * @param liveBesideLive it refuses a second live row with the same key
   * @param liveBesideDead it refuses a live row beside a dead row with the same key
   * @param deadBesideDead it refuses a second dead row with the same key, deleted at another time
   * @param nullCollisions the nullable key columns for which it refuses a second live row whose column is NULL
   * @param conflated the key columns for which it refuses two live rows whose column differs
   * @param usesLive its entries change with the live column
   * @param usesDeletedAt its entries change with deleted-at
   */
  record Behaviour(
      IndexInfo index,
      boolean liveBesideLive,
      boolean liveBesideDead,
      boolean deadBesideDead,
      List<String> nullCollisions,
      List<String> conflated,
      boolean usesLive,
      boolean usesDeletedAt) {}

  /** An index's entry for a sample row: absent (its WHERE clause leaves the row out) or its parts' values. */
  private record Entry(boolean present, List<String> values) {}

  private static final int ALIVE = 0;
  private static final int DEAD = 1;
  private static final int OTHER_DEAD = 2;
  private static final int DEAD_UNSTAMPED = 3;
  private static final int FIRST_PER_COLUMN = 4;

  private final AnalysisContext context;
  private final String l;
  private final String d;

  KeyAnalysis(AnalysisContext context) {
    this.context = context;
    this.l = SchemaCatalog.lower(context.live());
    this.d = SchemaCatalog.lower(context.deletedAt());
  }

  /**
   * The behaviour of the index with the key's sample rows, or empty if it is not an index over the
   * key: a key part is a column other than the key's, live and deleted-at, or its entries do not
   * change with one of the key's columns.
   *
   * @param key the key's columns, lower case
   * @throws SQLException if the database cannot evaluate its key parts or WHERE clause over the key's,
   *     live and deleted-at columns
   */
  private Optional<Behaviour> behaviour(IndexInfo index, List<String> key, Set<String> nullable) throws SQLException {
    Set<String> allowed = new LinkedHashSet<>(key);
    allowed.add(l);
    allowed.add(d);
    Set<String> plainColumns = new LinkedHashSet<>();
    boolean expressions = false;
    for (String part : index.parts()) {
      if (part.isBlank()) {
        throw new SQLException("the catalog does not give the SQL of a key part");
      }
      Optional<ColumnInfo> column = context.table().column(part.trim());
      if (column.isEmpty()) {
        expressions = true;
      } else if (!allowed.contains(SchemaCatalog.lower(column.get().name()))) {
        return Optional.empty();
      } else {
        plainColumns.add(SchemaCatalog.lower(column.get().name()));
      }
    }
    if (!expressions && !plainColumns.containsAll(key)) {
      return Optional.empty();
    }
    List<Entry> entries = entries(index, key, allowed);
    for (int i = 0; i < key.size(); i++) {
      if (entries.get(ALIVE).equals(entries.get(withNull(i)))) {
        return Optional.empty();
      }
    }
    Nulls nulls = index.nulls();
    List<String> nullCollisions = new ArrayList<>();
    List<String> conflated = new ArrayList<>();
    for (int i = 0; i < key.size(); i++) {
      if (nullable.contains(key.get(i)) && collide(nulls, entries.get(withNull(i)), entries.get(withNull(i)))) {
        nullCollisions.add(key.get(i));
      }
      if (collide(nulls, entries.get(ALIVE), entries.get(withOther(i)))) {
        conflated.add(key.get(i));
      }
    }
    return Optional.of(
        new Behaviour(
            index,
            collide(nulls, entries.get(ALIVE), entries.get(ALIVE)),
            collide(nulls, entries.get(DEAD), entries.get(ALIVE)),
            collide(nulls, entries.get(DEAD), entries.get(OTHER_DEAD)),
            nullCollisions,
            conflated,
            !entries.get(ALIVE).equals(entries.get(DEAD_UNSTAMPED)),
            !entries.get(DEAD).equals(entries.get(OTHER_DEAD))));
  }

  private static int withNull(int keyColumn) {
    return FIRST_PER_COLUMN + 2 * keyColumn;
  }

  private static int withOther(int keyColumn) {
    return FIRST_PER_COLUMN + 2 * keyColumn + 1;
  }

  /** The index's entry for each sample row, in the order of the constants above. */
  private List<Entry> entries(IndexInfo index, List<String> key, Set<String> allowed) throws SQLException {
    List<Map<String, Sample>> rows = new ArrayList<>();
    rows.add(row(key, null, FIRST, TRUE, NULL));
    rows.add(row(key, null, FIRST, NULL, FIRST));
    rows.add(row(key, null, FIRST, NULL, SECOND));
    rows.add(row(key, null, FIRST, NULL, NULL));
    for (String column : key) {
      rows.add(row(key, column, NULL, TRUE, NULL));
      rows.add(row(key, column, SECOND, TRUE, NULL));
    }
    List<String> columns = new ArrayList<>();
    for (String column : allowed) {
      context.table().column(column).ifPresent(c -> columns.add(c.name()));
    }
    List<String> expressions = new ArrayList<>();
    expressions.add(index.predicate() == null ? "1" : SampleSql.truth(index.predicate()));
    expressions.addAll(index.parts());
    List<Entry> entries = new ArrayList<>();
    for (List<String> values : context.evaluator().values(context.table().name(), columns, rows, expressions)) {
      boolean present = Boolean.TRUE.equals(DatabaseEvaluator.truth(values.get(0)));
      entries.add(present ? new Entry(true, values.subList(1, values.size())) : new Entry(false, List.of()));
    }
    return entries;
  }

  /** A sample row: the key FIRST, except {@code changed} which holds {@code change}. */
  private Map<String, Sample> row(List<String> key, String changed, Sample change, Sample live, Sample deletedAt) {
    Map<String, Sample> row = new HashMap<>();
    for (String column : key) {
      row.put(column, column.equals(changed) ? change : FIRST);
    }
    row.put(l, live);
    row.put(d, deletedAt);
    return row;
  }

  /** Whether the index refuses the second row once the first is in the table. */
  private static boolean collide(Nulls nulls, Entry first, Entry second) {
    if (!first.present() || !second.present()) {
      return false;
    }
    List<String> a = first.values();
    List<String> b = second.values();
    if (nulls == Nulls.DISTINCT && (a.contains(null) || b.contains(null))) {
      return false;
    }
    if (nulls == Nulls.ALL_DISTINCT
        && (a.stream().allMatch(Objects::isNull) || b.stream().allMatch(Objects::isNull))) {
      return false;
    }
    return a.equals(b);
  }

  /** The behaviours of the table's unique indexes over the key, and notes on those that do not count. */
  record Found(List<Behaviour> behaviours, List<String> notes) {}

  Found indexesOf(KeyDefinition key, List<String> columns, Set<String> nullable) {
    List<Behaviour> behaviours = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (IndexInfo index : context.table().uniqueIndexes()) {
      Optional<Behaviour> behaviour;
      try {
        behaviour = behaviour(index, columns, nullable);
      } catch (SQLException e) {
        boolean mentionsKey =
            columns.stream().allMatch(c -> index.parts().stream().anyMatch(p -> AnalysisContext.mentions(p, c)));
        if (mentionsKey) {
          notes.add(index.describe() + " could not be evaluated (" + AnalysisContext.firstLine(e) + ")");
        }
        continue;
      }
      if (behaviour.isEmpty()) {
        continue;
      }
      if (index.unusable() != null) {
        notes.add(index.describe() + " is not in use");
      } else if (!behaviour.get().conflated().isEmpty()) {
        notes.add(
            index.describe() + " keys on an expression of " + String.join(", ", behaviour.get().conflated())
                + " that gives different values the same entry (" + key.name() + " values that differ only in"
                + " the case of a letter, or after their first characters, collide)");
      } else {
        behaviours.add(behaviour.get());
      }
    }
    return new Found(behaviours, notes);
  }
}
