package dev.softdelete.schema;

import dev.softdelete.Dialect;
import dev.softdelete.internal.ddl.DdlNames;
import dev.softdelete.internal.ddl.IndexDdl;
import dev.softdelete.schema.SchemaProblem.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether the indexes that keep the repository's scans fast exist, as warnings: the pages of live and
 * of dead rows ({@code WHERE live = TRUE ORDER BY live, id}, {@code WHERE live IS NULL ORDER BY live,
 * id}) need an index they can read in that order, and purging ({@code WHERE live IS NULL AND
 * deleted_at < ?}) one led by deleted-at. Without them the rows are still right, only read and sorted
 * in full.
 *
 * <p>An index serves the pages of one class of rows (live, or dead) when it is in use, its WHERE
 * clause (if any) keeps every row of the class, and its first key columns are
 *
 * <ul>
 *   <li>(live, id), as the generated index has them; every database reads it in order;
 *   <li>(live) alone, where every index ends with the primary key (id): InnoDB tables on MySQL and
 *       MariaDB, SQLite tables whose id is the rowid. The planner reads it as (live, id);
 *   <li>on SQLite, (id), when its WHERE clause leaves out the other class ({@code CREATE INDEX ... (id)
 *       WHERE live = TRUE}): SQLite knows that live is the same in every row the page selects.
 *       PostgreSQL does not ({@code live = TRUE} is not an equality to it, but the boolean {@code
 *       live}), so it sorts; SQL Server's filtered indexes are not counted, untested.
 * </ul>
 *
 * <p>These rules were checked against each database's plan of the generated page query
 * (SchemaVerifierWarningsTest); an index no rule covers is reported even if some planner could use it.
 * A partial index serves only the class of rows it keeps, so the other's pages are still reported.
 *
 * <p>Purging is served by an index in use whose first key column is deleted-at and whose WHERE clause,
 * if any, keeps every dead row. Which rows a WHERE clause keeps is the database's to say ({@link
 * KeptRows}).
 */
final class ScanIndexes {
  private final AnalysisContext context;
  private final String name;
  private final String live;
  private final String deletedAt;
  private final List<IndexInfo> indexes;

  ScanIndexes(AnalysisContext context) {
    this.context = context;
    this.name = context.name();
    this.live = context.live();
    this.deletedAt = context.deletedAt();
    this.indexes = context.indexes();
  }

  void run() {
    TableInfo table = context.table();
    List<String> key = context.definition().primaryKey().columns();
    if (table.column(live).isEmpty() || table.column(deletedAt).isEmpty()) {
      return;
    }
    if (key.size() == 1 && table.column(key.get(0)).isPresent()) {
      liveIndex(key.get(0));
    }
    deletedAtIndex();
  }

  private void liveIndex(String id) {
    boolean livePages = false;
    boolean deadPages = false;
    List<String> notes = new ArrayList<>();
    for (IndexInfo index : indexes) {
      boolean leadsLiveId = index.leads(live, id) || extendedByPrimaryKey(index, id);
      boolean leadsId = context.dialect() == Dialect.SQLITE && index.leads(id);
      if (!leadsLiveId && !leadsId) {
        continue;
      }
      KeptRows kept = KeptRows.of(context, index);
      boolean servesLive = kept.live() && (leadsLiveId || !kept.dead());
      boolean servesDead = kept.dead() && (leadsLiveId || !kept.live());
      if (!servesLive && !servesDead) {
        continue;
      }
      if (index.unusable() != null) {
        notes.add(index.describe() + " is not in use");
        continue;
      }
      livePages |= servesLive;
      deadPages |= servesDead;
      if (servesLive != servesDead) {
        notes.add(index.describe() + " serves only the " + (servesLive ? "live" : "dead") + " rows");
      }
    }
    if (livePages && deadPages) {
      return;
    }
    String slow;
    if (!livePages && !deadPages) {
      slow = "each page of alive(), aliveAfter() and dead() reads and sorts every live (or dead) row before"
          + " returning its first";
    } else if (!livePages) {
      slow = "each page of alive() and aliveAfter() reads and sorts every live row before returning its first";
    } else {
      slow = "each page of dead() reads and sorts every dead row before returning its first";
    }
    String index = DdlNames.index(name, live);
    context.add(
        Kind.LIVE_INDEX_MISSING,
        index,
        name + " has no index that reads its " + (livePages ? "dead" : deadPages ? "live" : "live and dead")
            + " rows in " + id + " order, as " + index + " over (" + live + ", " + id + ") does"
            + AnalysisContext.notes(notes) + ": " + slow + ". Fix: "
            + context.createIndex(index, IndexDdl.live(name, live, id)));
  }

  private void deletedAtIndex() {
    List<String> notes = new ArrayList<>();
    for (IndexInfo index : indexes) {
      if (index.leads(deletedAt) && KeptRows.of(context, index).dead()) {
        if (index.unusable() == null) {
          return;
        }
        notes.add(index.describe() + " is not in use");
      }
    }
    String index = DdlNames.index(name, deletedAt);
    context.add(
        Kind.DELETED_AT_INDEX_MISSING,
        index,
        name + " has no index led by " + deletedAt + ", as " + index + " is"
            + AnalysisContext.notes(notes) + ": each batch of purgeDeletedBefore reads every dead row"
            + " to find those deleted before its cutoff. Fix: " + context.createIndex(index, IndexDdl.deletedAt(name, deletedAt)));
  }

  /** An index over (live) alone is one over (live, id) where indexes end with the primary key (id). */
  private boolean extendedByPrimaryKey(IndexInfo index, String id) {
    return context.table().indexesEndWithPrimaryKey()
        && index.parts().size() == 1
        && index.leads(live)
        && indexes.stream().anyMatch(i -> i.primaryKey() && i.parts().size() == 1 && i.leads(id));
  }
}
