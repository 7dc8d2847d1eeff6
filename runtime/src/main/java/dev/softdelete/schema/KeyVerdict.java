package dev.softdelete.schema;

import dev.softdelete.Dialect;
import dev.softdelete.TableDefinition.KeyDefinition;
import dev.softdelete.schema.IndexInfo.Nulls;
import dev.softdelete.schema.KeyAnalysis.Behaviour;
import dev.softdelete.schema.SchemaProblem.Kind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reports the problems of each key of a table from what its unique indexes do ({@link KeyAnalysis}):
 * the primary key needs an index that keeps it unique among all rows; every other key one that keeps
 * it unique among live rows only, lets dead rows share it, and lets live rows with a NULL in it be.
 */
final class KeyVerdict {
  private final AnalysisContext context;
  private final KeyAnalysis analysis;
  private final SchemaFixes fix;
  private final String name;
  private final String live;
  private final String deletedAt;

  KeyVerdict(AnalysisContext context) {
    this.context = context;
    this.analysis = new KeyAnalysis(context);
    this.fix = context.fix();
    this.name = context.name();
    this.live = context.live();
    this.deletedAt = context.deletedAt();
  }

  void judge(KeyDefinition key, boolean primary) {
    List<String> columns = key.columns().stream().map(SchemaCatalog::lower).toList();
    Set<String> nullable = new LinkedHashSet<>();
    if (!primary) {
      for (String column : columns) {
        context.table().column(column).filter(ColumnInfo::nullable).ifPresent(c -> nullable.add(column));
      }
    }
    KeyAnalysis.Found found = analysis.indexesOf(key, columns, nullable);
    if (primary) {
      primaryKey(key, found.behaviours(), found.notes());
    } else {
      uniqueKey(key, columns, nullable, found.behaviours(), found.notes());
    }
  }

  private void primaryKey(KeyDefinition key, List<Behaviour> behaviours, List<String> notes) {
    for (Behaviour behaviour : behaviours) {
      if (behaviour.liveBesideLive() && behaviour.liveBesideDead() && behaviour.deadBesideDead()) {
        return;
      }
    }
    List<String> found = new ArrayList<>(notes);
    for (Behaviour behaviour : behaviours) {
      found.add(behaviour.index().describe() + " does not keep it unique among all rows");
    }
    context.add(
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
      enforced |= behaviour.liveBesideLive();
      kept |=
          behaviour.liveBesideLive()
              && !behaviour.liveBesideDead()
              && !behaviour.deadBesideDead()
              && behaviour.nullCollisions().isEmpty();
    }
    Behaviour withDeletedAt = null;
    for (Behaviour behaviour : behaviours) {
      IndexInfo index = behaviour.index();
      // Where a right index exists beside a wrong one, dropping the wrong one is enough.
      String replace = fix.dropIndex(name, index) + (kept ? "" : "; " + create);
      boolean nullsEqual = index.nulls() != Nulls.DISTINCT;
      if (behaviour.liveBesideDead() || (behaviour.deadBesideDead() && !nullsEqual)) {
        context.add(
            Kind.KEY_INDEX_WITHOUT_LIVE,
            key.name(),
            "Unique index " + index.describe() + " of " + name + " holds key " + key.name()
                + " in dead rows too: a deleted row keeps its " + keyText + ", so "
                + (behaviour.liveBesideDead()
                    ? "no live row can take that " + keyText + " again (a deleted Betty blocks a new one)"
                    : "a second row with that " + keyText + " cannot be deleted")
                + ". Fix: " + replace);
        continue;
      }
      List<String> collisions = new ArrayList<>();
      if (behaviour.deadBesideDead()) {
        collisions.add("dead rows all have " + live + " = NULL, so a second row with the same " + keyText
            + " cannot be deleted");
      }
      for (String column : behaviour.nullCollisions()) {
        collisions.add("live rows whose " + column + " is NULL collide, though a NULL in a key never"
            + " collides in softdelete");
      }
      if (!collisions.isEmpty()) {
        context.add(
            Kind.NULLS_NOT_DISTINCT,
            key.name(),
            "Unique index " + index.describe() + " of " + name + " treats NULLs as equal"
                + nullsNote(index.nulls()) + ": " + String.join("; and ", collisions) + ". Fix: " + replace);
        continue;
      }
      if (!behaviour.liveBesideLive() && !behaviour.usesLive() && behaviour.usesDeletedAt() && withDeletedAt == null) {
        withDeletedAt = behaviour;
      }
    }
    if (enforced) {
      return;
    }
    if (withDeletedAt != null) {
      context.add(
          Kind.KEY_INDEX_WITHOUT_LIVE,
          key.name(),
          "Unique index " + withDeletedAt.index().describe() + " of " + name + " has " + deletedAt
              + " where key " + key.name() + " needs " + live + ": live rows all have " + deletedAt
              + " = NULL, and NULLs are distinct, so two live rows can hold the same " + keyText + ". Fix: "
              + fix.dropIndex(name, withDeletedAt.index()) + "; " + create);
      return;
    }
    List<String> found = new ArrayList<>(notes);
    for (Behaviour behaviour : behaviours) {
      found.add(behaviour.index().describe() + " does not refuse a second live row");
    }
    // An index that does not serve the key may still hold the name the fix creates.
    String dropSameName =
        context.table().uniqueIndexes().stream()
            .filter(index -> index.name().equalsIgnoreCase(key.constraintName()))
            .findFirst()
            .map(index -> fix.dropIndex(name, index) + "; ")
            .orElse("");
    context.add(
        Kind.KEY_NOT_UNIQUE,
        key.name(),
        "Key " + key.name() + " of " + name + " has no unique index that keeps it unique among live rows"
            + (found.isEmpty() ? "" : " (" + String.join("; ", found) + ")") + ", so two live rows can hold the same "
            + keyText + ". Fix: " + dropSameName + create);
  }

  private String nullsNote(Nulls nulls) {
    if (context.dialect() == Dialect.SQLSERVER) {
      return " (a SQL Server unique index does, unless filtered)";
    }
    if (context.dialect() == Dialect.ORACLE) {
      return " (an Oracle unique index does, unless every part is NULL)";
    }
    return nulls == Nulls.ALL_DISTINCT ? " (NULLS ALL DISTINCT: unless every part is NULL)" : " (NULLS NOT DISTINCT)";
  }
}
