package dev.softdelete.schema;

import dev.softdelete.TableDefinition.ReferenceDefinition;
import dev.softdelete.TableDefinition.Relations;
import dev.softdelete.internal.ddl.DdlNames;
import dev.softdelete.internal.ddl.RelationDdl;
import dev.softdelete.schema.SchemaProblem.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What an entity in a relation needs of its table beyond every table's contract (the missing deletion
 * column is reported with the other columns):
 *
 * <ul>
 *   <li>per reference, an enforced FOREIGN KEY from its column to the parent's id: an error when there
 *       is none ({@link Kind#FOREIGN_KEY_MISSING}), when one from the column references something else
 *       ({@link Kind#FOREIGN_KEY_DIFFERS}), or when the database does not check it ({@link
 *       Kind#FOREIGN_KEY_NOT_ENFORCED}). A key counts by what it joins, not by its name;
 *   <li>per reference, an index led by its column over every row, as a warning ({@link
 *       Kind#REFERENCE_INDEX_MISSING}): a partial index that leaves dead rows out does not serve the
 *       database's checks of the key, which look for every child;
 *   <li>an index led by the deletion column that keeps the dead rows, as a warning ({@link
 *       Kind#DELETION_INDEX_MISSING}).
 * </ul>
 *
 * <p>Each fix is the statement of the generated DDL ({@link RelationDdl}), after dropping what
 * stands in its way: a key that references something else, or an index or key that has its name.
 */
final class RelationAnalysis {
  private final AnalysisContext context;
  private final String name;
  private final SchemaFixes fix;

  RelationAnalysis(AnalysisContext context) {
    this.context = context;
    this.name = context.name();
    this.fix = context.fix();
  }

  void run() {
    Optional<Relations> relations = context.definition().relations();
    if (relations.isEmpty()) {
      return;
    }
    for (ReferenceDefinition reference : relations.get().references()) {
      // A missing column is reported as MISSING_COLUMN; no key or index can be over it.
      if (context.table().column(reference.column()).isPresent()) {
        foreignKey(reference);
        referenceIndex(reference);
      }
    }
    String deletion = relations.get().deletionColumn();
    if (context.table().column(deletion).isPresent()) {
      deletionIndex(deletion);
    }
  }

  private void foreignKey(ReferenceDefinition reference) {
    String column = reference.column();
    String parent = reference.parentTable() + " (" + reference.parentIdColumn() + ")";
    List<ForeignKeyInfo> fromColumn =
        context.table().foreignKeys().stream().filter(key -> key.isFrom(column)).toList();
    List<ForeignKeyInfo> right =
        fromColumn.stream().filter(key -> key.references(reference.parentTable(), reference.parentIdColumn())).toList();
    List<ForeignKeyInfo> wrong = fromColumn.stream().filter(key -> !right.contains(key)).toList();
    boolean enforced = right.stream().anyMatch(key -> key.unenforced() == null);
    String clause =
        RelationDdl.foreignKey(reference.constraintName(), column, reference.parentTable(), reference.parentIdColumn());
    if (!wrong.isEmpty()) {
      differs(reference, right, wrong, clause);
    }
    if (right.isEmpty()) {
      if (wrong.isEmpty()) {
        context.add(
            Kind.FOREIGN_KEY_MISSING,
            reference.constraintName(),
            name + " has no foreign key from " + column + " to " + parent + ", as " + reference.constraintName()
                + " of @References on " + reference.name() + " is: " + unchecked(reference) + ". Fix: "
                + addForeignKey(reference, clause, List.of()));
      }
      return;
    }
    if (!enforced) {
      ForeignKeyInfo key = right.get(0);
      context.add(
          Kind.FOREIGN_KEY_NOT_ENFORCED,
          reference.constraintName(),
          name + " has foreign key " + key.describe() + ", which the database does not check: "
              + unchecked(reference) + ". Fix: " + fix.enforceForeignKey(name, key));
    }
  }

  /** Keys from the reference's column to another table or column, beside the right ones if any. */
  private void differs(
      ReferenceDefinition reference, List<ForeignKeyInfo> right, List<ForeignKeyInfo> wrong, String clause) {
    String elsewhere =
        String.join(
            " and ",
            wrong.stream()
                .map(key -> key.parentTable() + " (" + String.join(", ", key.parentColumns()) + ")")
                .toList());
    String unchecked =
        right.isEmpty() ? ", and nothing checks that its " + reference.parentEntity() + " exists" : "";
    context.add(
        Kind.FOREIGN_KEY_DIFFERS,
        reference.constraintName(),
        name + " has foreign key " + describe(wrong) + (right.isEmpty() ? "" : " beside " + describe(right))
            + ", but @References on " + reference.name() + " references " + reference.parentTable() + " ("
            + reference.parentIdColumn() + "): a row of " + name + " needs a match in " + elsewhere + " as well"
            + unchecked + ". Fix: " + addForeignKey(reference, right.isEmpty() ? clause : null, wrong));
  }

  /** What an unchecked reference lets through. */
  private String unchecked(ReferenceDefinition reference) {
    String parent = reference.parentEntity();
    return "nothing stops a row of " + name + " from naming a " + parent + " that does not exist, or a"
        + " hand-written DELETE of a " + parent + " from leaving its rows here orphaned, out of every cascade's reach";
  }

  /**
   * Drops the keys that reference something else and adds the generated one (if given), after
   * dropping any other key that has its name.
   *
   * @param clause the generated FOREIGN KEY clause, or null when the table has an equivalent key
   */
  private String addForeignKey(ReferenceDefinition reference, String clause, List<ForeignKeyInfo> wrong) {
    List<ForeignKeyInfo> dropped = new ArrayList<>(wrong);
    if (clause != null) {
      context.table().foreignKeys().stream()
          .filter(key -> key.name().equalsIgnoreCase(reference.constraintName()) && !dropped.contains(key))
          .findFirst()
          .ifPresent(dropped::add);
    }
    if (dropped.isEmpty()) {
      return fix.addForeignKey(name, clause);
    }
    return fix.replaceForeignKeys(name, dropped, clause);
  }

  private static String describe(List<ForeignKeyInfo> keys) {
    return String.join(" and ", keys.stream().map(ForeignKeyInfo::describe).toList());
  }

  private void referenceIndex(ReferenceDefinition reference) {
    String column = reference.column();
    List<String> notes = new ArrayList<>();
    for (IndexInfo index : context.indexes()) {
      if (index.leads(column) && keepsEveryRow(index)) {
        if (index.unusable() == null) {
          return;
        }
        notes.add(index.describe() + " is not in use");
      } else if (index.leads(column)) {
        notes.add(index.describe() + " leaves rows out");
      }
    }
    context.add(
        Kind.REFERENCE_INDEX_MISSING,
        reference.indexName(),
        name + " has no index led by " + column + " over every row, as " + reference.indexName() + " is"
            + AnalysisContext.notes(notes) + ": each delete of a " + reference.parentEntity() + " row makes the"
            + " database read all of " + name + " to check the foreign key, and each cascade from a "
            + reference.parentEntity() + " reads it all to find the children. Fix: "
            + context.createIndex(reference.indexName(), RelationDdl.referenceIndex(name, column)));
  }

  /**
   * Whether the index holds every row, live and dead. Without the live and deleted-at columns no
   * WHERE clause can be judged, and only an index without one counts.
   */
  private boolean keepsEveryRow(IndexInfo index) {
    if (index.predicate() == null) {
      return true;
    }
    if (context.table().column(context.live()).isEmpty() || context.table().column(context.deletedAt()).isEmpty()) {
      return false;
    }
    KeptRows kept = KeptRows.of(context, index);
    return kept.live() && kept.dead();
  }

  private void deletionIndex(String deletion) {
    List<String> notes = new ArrayList<>();
    boolean judged =
        context.table().column(context.live()).isPresent() && context.table().column(context.deletedAt()).isPresent();
    for (IndexInfo index : context.indexes()) {
      if (index.leads(deletion) && (index.predicate() == null || judged && KeptRows.of(context, index).dead())) {
        if (index.unusable() == null) {
          return;
        }
        notes.add(index.describe() + " is not in use");
      }
    }
    String index = DdlNames.index(name, deletion);
    context.add(
        Kind.DELETION_INDEX_MISSING,
        index,
        name + " has no index led by " + deletion + ", as " + index + " is" + AnalysisContext.notes(notes)
            + ": each restore of an operation, and each step of a cascade, reads every dead row of " + name
            + " to find the rows of its operation. Fix: "
            + context.createIndex(index, RelationDdl.deletionIndex(name, deletion)));
  }
}
