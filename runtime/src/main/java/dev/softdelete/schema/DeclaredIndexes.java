package dev.softdelete.schema;

import dev.softdelete.TableDefinition.IndexDefinition;
import dev.softdelete.internal.ddl.IndexDdl;
import dev.softdelete.schema.SchemaProblem.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whether the indexes declared with {@code @Index} exist, as warnings: each serves queries of live
 * rows by its columns ({@code WHERE author_id = ? AND live = TRUE}), and without it they still
 * return the right rows, only after reading dead rows or the whole table.
 *
 * <p>As for the scan indexes, an index counts by what it does, not by its name: it serves a
 * declared index when it is in use, keeps every live row, and its first key parts let the database
 * leave dead rows out without reading them. That is, its first key parts are
 *
 * <ul>
 *   <li>the declared columns, and its WHERE clause leaves dead rows out (the partial index of
 *       PostgreSQL and SQLite, SQL Server's filtered index);
 *   <li>the live column followed by the declared columns (the form of H2, MySQL and Oracle): {@code
 *       live = TRUE} is an equality, so the live rows' entries lie together in the columns' order;
 *   <li>the declared columns followed by the live column: the database finds the rows by the
 *       columns and checks live in the entry. It serves equalities on every column as well, though
 *       a query that orders by the last column reads dead entries too (see {@code
 *       IndexDdl.forLiveRows}).
 * </ul>
 *
 * <p>When none serves, the warning is {@link Kind#DECLARED_INDEX_DIFFERS} if an index bears the
 * declared name (its columns or WHERE clause changed), else {@link Kind#DECLARED_INDEX_MISSING};
 * the fix is the statement of the generated DDL, after dropping the index of that name if there is
 * one.
 */
final class DeclaredIndexes {
  private final AnalysisContext context;
  private final String name;
  private final String live;
  private final List<IndexInfo> indexes;

  DeclaredIndexes(AnalysisContext context) {
    this.context = context;
    this.name = context.name();
    this.live = context.live();
    this.indexes = context.indexes();
  }

  void run() {
    TableInfo table = context.table();
    if (table.column(live).isEmpty() || table.column(context.deletedAt()).isEmpty()) {
      return;
    }
    for (IndexDefinition declared : context.definition().indexes()) {
      // A missing column is reported as MISSING_COLUMN; no index can be over it.
      if (declared.columns().stream().allMatch(c -> table.column(c).isPresent())) {
        check(declared);
      }
    }
  }

  private void check(IndexDefinition declared) {
    List<String> notes = new ArrayList<>();
    for (IndexInfo index : indexes) {
      if (serves(index, declared.columns())) {
        if (index.unusable() == null) {
          return;
        }
        notes.add(index.describe() + " is not in use");
      }
    }
    String columns = String.join(", ", declared.columns());
    String index = declared.indexName();
    String statement =
        IndexDdl.forLiveRows(context.dialect(), index, name, declared.columns(), live);
    String form =
        statement.substring(
            statement.indexOf(" ON " + name + " ") + (" ON " + name + " ").length());
    String declaration = "@Index \"" + declared.name() + "\"";
    String slow =
        "a query of live rows by " + columns + " reads their dead rows too, or the whole table";
    Optional<IndexInfo> named =
        indexes.stream().filter(i -> i.name().equalsIgnoreCase(index)).findFirst();
    if (named.isPresent() && !serves(named.get(), declared.columns())) {
      context.add(
          Kind.DECLARED_INDEX_DIFFERS,
          index,
          name
              + " has index "
              + named.get().describe()
              + ", but "
              + declaration
              + " declares "
              + index
              + " over "
              + form
              + ", and no other index serves it: "
              + slow
              + ". Fix: "
              + context.createIndex(index, statement));
      return;
    }
    context.add(
        Kind.DECLARED_INDEX_MISSING,
        index,
        name
            + " has no index over ("
            + columns
            + ") that leaves dead rows out, as "
            + index
            + " of "
            + declaration
            + " does"
            + AnalysisContext.notes(notes)
            + ": "
            + slow
            + ". Fix: "
            + context.createIndex(index, statement));
  }

  /**
   * Whether the index lets the database find the live rows by the columns without reading dead
   * ones.
   */
  private boolean serves(IndexInfo index, List<String> columns) {
    List<String> liveFirst = new ArrayList<>();
    liveFirst.add(live);
    liveFirst.addAll(columns);
    boolean ledByLive = index.leads(liveFirst);
    if (!ledByLive && !index.leads(columns)) {
      return false;
    }
    KeptRows kept = KeptRows.of(context, index);
    if (!kept.live()) {
      return false;
    }
    return ledByLive
        || !kept.dead()
        || (index.parts().size() > columns.size()
            && index.parts().get(columns.size()).trim().equalsIgnoreCase(live));
  }
}
