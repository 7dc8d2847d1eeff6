package dev.softdelete.schema;

import dev.softdelete.TableDefinition;
import dev.softdelete.TableDefinition.KeyDefinition;
import dev.softdelete.schema.SchemaProblem.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * The problems of a table that exists, as its catalog describes it, with its rows counted: in the
 * order columns, the live column, CHECKs ({@link CheckAnalysis}), rows, keys ({@link KeyVerdict}),
 * then the warnings about indexes for scans ({@link ScanIndexes}) and the declared indexes ({@link
 * DeclaredIndexes}), and last the foreign keys and indexes of an entity in a relation ({@link
 * RelationAnalysis}).
 */
final class TableAnalysis {
  private final AnalysisContext context;
  private final RowCounts counts;
  private final SchemaFixes fix;
  private final String name;
  private final String live;
  private final String deletedAt;

  private TableAnalysis(AnalysisContext context, RowCounts counts) {
    this.context = context;
    this.counts = counts;
    this.fix = context.fix();
    this.name = context.name();
    this.live = context.live();
    this.deletedAt = context.deletedAt();
  }

  static List<SchemaProblem> analyze(AnalysisContext context, RowCounts counts) {
    return new TableAnalysis(context, counts).run();
  }

  private List<SchemaProblem> run() {
    TableInfo table = context.table();
    boolean hasLive = table.column(live).isPresent();
    boolean hasDeletedAt = table.column(deletedAt).isPresent();
    columns(hasLive, hasDeletedAt);
    table.column(live).ifPresent(this::liveColumn);
    new CheckAnalysis(context).run(hasLive, hasDeletedAt);
    rows();
    KeyVerdict keys = new KeyVerdict(context);
    for (KeyDefinition key : context.definition().allKeys()) {
      keys.judge(key, key == context.definition().primaryKey());
    }
    new ScanIndexes(context).run();
    new DeclaredIndexes(context).run();
    new RelationAnalysis(context).run();
    return List.copyOf(context.problems());
  }

  private void columns(boolean hasLive, boolean hasDeletedAt) {
    for (String column : context.definition().columns()) {
      if (context.table().column(column).isEmpty()) {
        context.add(
            Kind.MISSING_COLUMN,
            column,
            name + " has no column " + column + ", which its repository reads and writes, so every"
                + " statement of the repository fails. Fix: add it as the generated DDL declares it: "
                + fix.addColumn(name, column, "<type>", null));
      }
    }
    if (!hasLive) {
      context.add(
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
      context.add(
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
    context.definition().relations().ifPresent(relations -> deletionColumn(relations, hasLive));
  }

  private void deletionColumn(TableDefinition.Relations relations, boolean hasLive) {
    String deletion = relations.deletionColumn();
    if (context.table().column(deletion).isEmpty()) {
      context.add(
          Kind.MISSING_COLUMN,
          deletion,
          name + " has no deletion column " + deletion + ", in which a soft delete stamps the rows it kills"
              + " with the id of its operation, so that a restore brings back exactly those rows: " + relations.entity()
              + " references or is referenced by another entity, and every soft delete and restore of its rows"
              + " fails. Fix: " + fix.addDeletionColumn(name, live, deletion, hasLive));
    }
  }

  private void liveColumn(ColumnInfo column) {
    if (!column.nullable()) {
      context.add(
          Kind.LIVE_COLUMN_NOT_NULL,
          live,
          name + "." + live + " is NOT NULL: deleted rows need " + live + " = NULL, so every soft delete"
              + " fails. Fix: " + fix.dropNotNull(name, live));
    }
    String found = column.defaultSql() == null ? null : column.defaultSql().trim();
    if (found == null || !context.evaluator().isTrue(found)) {
      context.add(
          Kind.LIVE_COLUMN_NO_DEFAULT,
          live,
          name + "." + live + " has " + (found == null ? "no default" : "DEFAULT " + found)
              + " instead of DEFAULT " + fix.trueLiteral() + ": the repository inserts rows without naming "
              + live + ", so a new row would not be live (its insert fails on the deleted-at CHECK, or"
              + " the row is born dead). Fix: " + fix.setDefaultTrue(name, live));
    }
  }

  private void rows() {
    if (counts.notTrue() > 0) {
      context.add(
          Kind.FALSE_IN_LIVE_COLUMN,
          live,
          name + " has " + rows(counts.notTrue()) + " whose " + live + " is FALSE (neither "
              + fix.trueLiteral() + " nor NULL): the repository sees them neither as live (" + live + " = "
              + fix.trueLiteral() + ") nor as dead (" + live + " IS NULL), and the unique indexes do not"
              + " count them as live. Fix: if they are deleted rows, UPDATE " + name + " SET " + live
              + " = NULL, " + deletedAt + " = COALESCE(" + deletedAt + ", " + fix.now() + ") WHERE " + live
              + " <> " + fix.trueLiteral() + " (if they are live, SET " + live + " = " + fix.trueLiteral()
              + ", " + deletedAt + " = NULL); then add the CHECK " + fix.liveCheck(live));
    }
    if (counts.deadWithoutDeletedAt() > 0 || counts.liveWithDeletedAt() > 0) {
      List<String> what = new ArrayList<>();
      List<String> fixes = new ArrayList<>();
      if (counts.deadWithoutDeletedAt() > 0) {
        what.add(rows(counts.deadWithoutDeletedAt()) + " whose " + live + " is NULL (dead) while " + deletedAt
            + " is NULL, which purgeDeletedBefore never purges");
        fixes.add("UPDATE " + name + " SET " + deletedAt + " = " + fix.now() + " WHERE " + live + " IS NULL AND "
            + deletedAt + " IS NULL");
      }
      if (counts.liveWithDeletedAt() > 0) {
        what.add(rows(counts.liveWithDeletedAt()) + " whose " + live + " is set (live) while " + deletedAt
            + " is set, which the repository returns as live rows stamped deleted");
        fixes.add("UPDATE " + name + " SET " + deletedAt + " = NULL WHERE " + live + " IS NOT NULL AND "
            + deletedAt + " IS NOT NULL (or SET " + live + " = NULL if they were meant to be deleted)");
      }
      context.add(
          Kind.LIVE_AND_DELETED_AT_DISAGREE,
          deletedAt,
          name + " has " + String.join(", and ", what) + ". Fix: " + String.join("; ", fixes)
              + "; then add the CHECK " + fix.deletedAtCheck(live, deletedAt));
    }
  }

  private static String rows(long count) {
    return count == 1 ? "1 row" : count + " rows";
  }
}
