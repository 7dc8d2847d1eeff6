package dev.softdelete.processor.query.sql;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.statement.insert.Insert;
import net.sf.jsqlparser.statement.update.Update;
import net.sf.jsqlparser.statement.update.UpdateSet;

/**
 * The live and deleted-at columns change together, through the verbs, or the table's CHECK and
 * unique indexes stop meaning what they say: no UPDATE or INSERT of a {@code @Query} writes either
 * one. An INSERT into a soft-delete table names its columns, so that it cannot write them by
 * position; its rows start live by the columns' defaults.
 */
final class WriteCheck {
  private final Catalog catalog;
  private final Set<QueryProblem> problems = new LinkedHashSet<>();

  private WriteCheck(Catalog catalog) {
    this.catalog = catalog;
  }

  static List<QueryProblem> check(Tree tree, Catalog catalog) {
    WriteCheck check = new WriteCheck(catalog);
    for (Frame frame : tree.frames()) {
      if (frame.statement() instanceof Update update) {
        check.update(update, frame);
      } else if (frame.statement() instanceof Insert insert) {
        check.insert(insert);
      }
    }
    return new ArrayList<>(check.problems);
  }

  /**
   * A qualified column is written in the table its qualifier names; an unqualified one, in any
   * table of the UPDATE, as MySQL's multi-table UPDATE may mean any.
   */
  private void update(Update update, Frame frame) {
    for (UpdateSet set : update.getUpdateSets()) {
      for (Column column : set.getColumns()) {
        String qualifier = column.getTable() == null ? null : column.getTable().getName();
        for (TableRef ref : frame.refs()) {
          if (ref.entity().isPresent()
              && (qualifier == null || Identifiers.same(qualifier, ref.name()))) {
            written("UPDATE", ref.entity().get(), column);
          }
        }
      }
    }
  }

  private void insert(Insert insert) {
    Optional<SoftDeleteTable> target = catalog.find(insert.getTable());
    if (target.isEmpty()) {
      return;
    }
    SoftDeleteTable table = target.get();
    List<Column> columns = new ArrayList<>();
    if (insert.getColumns() != null) {
      columns.addAll(insert.getColumns());
    }
    sets(insert.getSetUpdateSets(), columns);
    if (columns.isEmpty() && !insert.isOnlyDefaultValues()) {
      problems.add(
          QueryProblem.of(
              QueryProblemKind.INSERT_WITHOUT_COLUMNS,
              table.table(),
              table.liveColumn(),
              table.deletedAtColumn(),
              insert.getTable().getFullyQualifiedName()));
    }
    sets(insert.getDuplicateUpdateSets(), columns);
    if (insert.getConflictAction() != null) {
      sets(insert.getConflictAction().getUpdateSets(), columns);
    }
    columns.forEach(c -> written("INSERT", table, c));
  }

  private static void sets(List<UpdateSet> sets, List<Column> columns) {
    if (sets != null) {
      sets.forEach(s -> columns.addAll(s.getColumns()));
    }
  }

  private void written(String statement, SoftDeleteTable table, Column column) {
    String name = Identifiers.unquote(column.getColumnName());
    if (table.isVerbColumn(name)) {
      String role = Identifiers.same(name, table.liveColumn()) ? "live" : "deleted-at";
      problems.add(
          QueryProblem.of(
              QueryProblemKind.WRITES_VERB_COLUMN, statement, table.table() + "." + name, role));
    }
  }
}
