package dev.softdelete.internal.cascade;

import dev.softdelete.Dialect;
import dev.softdelete.internal.cascade.RelationGraph.Edge;
import dev.softdelete.internal.cascade.RelationGraph.Node;
import dev.softdelete.internal.IdLists;
import dev.softdelete.internal.ddl.LiveColumn;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The statements of a cascade on one dialect. Every statement is set-based: it finds the rows of a
 * table through the operation id stamped on the rows of their parents, never row by row. On MySQL and
 * MariaDB a statement that changes a table cannot read it in a subquery (error 1093), so there the
 * parents' ids are read through a derived table, which is materialized first.
 */
final class CascadeSql {
  private final Dialect dialect;

  CascadeSql(Dialect dialect) {
    this.dialect = dialect;
  }

  Dialect dialect() {
    return dialect;
  }

  private String isLive(Node n) {
    return n.table().liveColumn() + " = " + LiveColumn.trueLiteral(dialect);
  }

  private static String isDead(Node n) {
    return n.table().liveColumn() + " IS NULL";
  }

  /** {@code col IN (SELECT id FROM parent WHERE deletion_id = ?)}, readable while changing the child. */
  private String referencesMarked(Edge e) {
    Node p = e.parent();
    String ids = "SELECT " + p.id() + " FROM " + p.name() + " WHERE " + p.deletion() + " = ?";
    if (dialect == Dialect.MYSQL) {
      ids = "SELECT " + p.id() + " FROM (" + ids + ") AS marked";
    }
    return e.reference().column() + " IN (" + ids + ")";
  }

  private String anyReferencesMarked(List<Edge> edges) {
    String each = edges.stream().map(this::referencesMarked).collect(Collectors.joining(" OR "));
    return edges.size() == 1 ? each : "(" + each + ")";
  }

  /**
   * Kills the live rows whose parent through one of the edges was killed by the operation: binds
   * deleted-at, the operation, the actor when the child records one and there is one, then the
   * operation once per edge.
   */
  String kill(Node child, List<Edge> edges, boolean bindsActor) {
    String actor =
        child.deletedBy().map(column -> ", " + column + (bindsActor ? " = ?" : " = NULL")).orElse("");
    return "UPDATE " + child.name() + " SET " + child.table().liveColumn() + " = NULL, "
        + child.table().deletedAtColumn() + " = ?, " + child.deletion() + " = ?" + actor + " WHERE "
        + isLive(child) + " AND " + anyReferencesMarked(edges);
  }

  /** Counts the live rows whose parent the operation killed: binds the operation. */
  String countLiveChildren(Edge e) {
    return "SELECT COUNT(*) FROM " + e.child().name() + " WHERE " + isLive(e.child()) + " AND "
        + referencesMarked(e) + latest();
  }

  /**
   * On MySQL and MariaDB, whose transactions read a snapshot taken at their first read, a locking read,
   * which reads the latest committed rows: a check must see a child committed since.
   */
  private String latest() {
    return dialect == Dialect.MYSQL ? " LOCK IN SHARE MODE" : "";
  }

  /** Reads the row's operation and deleted-at: binds the id. */
  String stateOf(Node n) {
    return "SELECT " + n.deletion() + ", " + n.table().deletedAtColumn() + " FROM " + n.name() + " WHERE "
        + n.id() + " = ?";
  }

  /** Marks the dead row with the id with a new operation: binds the mark, then the id. */
  String markDead(Node n) {
    return "UPDATE " + n.name() + " SET " + n.deletion() + " = ? WHERE " + n.id() + " = ? AND " + isDead(n);
  }

  /**
   * Marks, with a restore's operation, the rows of the child that the same delete killed and whose
   * parent through one of the edges is marked: binds the mark, the delete's operation, then the mark
   * once per edge.
   */
  String markKilledWith(Node child, List<Edge> edges) {
    return "UPDATE " + child.name() + " SET " + child.deletion() + " = ? WHERE " + child.deletion() + " = ? AND "
        + anyReferencesMarked(edges);
  }

  /** The distinct parents that the marked rows reference through the edge: binds the mark. */
  String referencedByMarked(Edge e) {
    Node c = e.child();
    String col = e.reference().column();
    return "SELECT DISTINCT " + col + " FROM " + c.name() + " WHERE " + c.deletion() + " = ? AND " + col
        + " IS NOT NULL";
  }

  /**
   * The id, deleted-at and operation of these parents, locked against a concurrent soft delete until
   * the transaction ends: binds their ids.
   */
  String lockParents(Node p, int parents) {
    String columns = p.id() + ", " + p.table().deletedAtColumn() + ", " + p.deletion();
    String where = " WHERE " + p.id() + " IN " + placeholders(parents);
    return switch (dialect) {
      case POSTGRESQL -> "SELECT " + columns + " FROM " + p.name() + where + " FOR SHARE";
      case MYSQL -> "SELECT " + columns + " FROM " + p.name() + where + " LOCK IN SHARE MODE";
      case H2, ORACLE -> "SELECT " + columns + " FROM " + p.name() + where + " FOR UPDATE";
      case SQLSERVER -> "SELECT " + columns + " FROM " + p.name() + " WITH (UPDLOCK, HOLDLOCK)" + where;
      // SQLite has one writer at a time: the restore's writes wait for any delete.
      default -> "SELECT " + columns + " FROM " + p.name() + where;
    };
  }

  /** Makes the marked rows live: binds the mark. */
  String restoreMarked(Node n) {
    return "UPDATE " + n.name() + " SET " + n.table().liveColumn() + " = " + LiveColumn.trueLiteral(dialect)
        + ", " + n.table().deletedAtColumn() + " = NULL, " + n.deletion() + " = NULL"
        + n.deletedBy().map(column -> ", " + column + " = NULL").orElse("") + " WHERE " + n.deletion() + " = ?";
  }

  /** Reads the id of the row with the id, as the driver returns it: binds the id. */
  String idOf(Node n) {
    return "SELECT " + n.id() + " FROM " + n.name() + " WHERE " + n.id() + " = ?";
  }

  private static String placeholders(int count) {
    return IdLists.inList("", count);
  }

  /** The id and deleted-at (NULL for a live row) of the rows that reference these parents: binds them. */
  String childrenOf(Edge e, int parents) {
    Node c = e.child();
    return "SELECT " + c.id() + ", " + c.table().deletedAtColumn() + " FROM " + c.name() + " WHERE "
        + e.reference().column() + " IN " + placeholders(parents) + latest();
  }

  /** Clears a nullable reference of these rows, about to be deleted: binds their ids. */
  String detach(Edge e, int rows) {
    Node c = e.child();
    return "UPDATE " + c.name() + " SET " + e.reference().column() + " = NULL WHERE " + c.id() + " IN "
        + placeholders(rows);
  }

  /** Deletes these rows, or those of them still dead: binds their ids. */
  String deleteIds(Node n, int rows, boolean onlyDead) {
    return "DELETE FROM " + n.name() + " WHERE " + n.id() + " IN " + placeholders(rows)
        + (onlyDead ? " AND " + isDead(n) : "");
  }

  /**
   * The ids of at most {@code batch} dead rows deleted before the cutoff whose children are all dead,
   * oldest first: binds the cutoff.
   */
  String purgeBatch(Node n, List<Edge> into, int batch) {
    StringBuilder candidates =
        new StringBuilder(
            "SELECT r." + n.id() + " FROM " + n.name() + " r WHERE r." + n.table().liveColumn()
                + " IS NULL AND r." + n.table().deletedAtColumn() + " < ?");
    for (Edge e : into) {
      Node c = e.child();
      candidates.append(" AND NOT EXISTS (SELECT 1 FROM ").append(c.name()).append(" c WHERE c.")
          .append(e.reference().column()).append(" = r.").append(n.id()).append(" AND c.")
          .append(c.table().liveColumn()).append(" = ").append(LiveColumn.trueLiteral(dialect)).append(")");
    }
    String order = " ORDER BY r." + n.table().deletedAtColumn();
    return switch (dialect) {
      case SQLSERVER -> candidates.toString().replaceFirst("^SELECT ", "SELECT TOP (" + batch + ") ") + order;
      case ORACLE -> candidates + order + " FETCH FIRST " + batch + " ROWS ONLY";
      default -> candidates + order + " LIMIT " + batch;
    };
  }
}
