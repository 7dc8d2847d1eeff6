package dev.softdelete.internal.cascade;

import dev.softdelete.DeadParentException;
import dev.softdelete.Dialect;
import dev.softdelete.LiveChildrenException;
import dev.softdelete.RestoreResult;
import dev.softdelete.TableDefinition;
import dev.softdelete.UniqueViolationException;
import dev.softdelete.internal.Codecs;
import dev.softdelete.internal.SqlErrors;
import dev.softdelete.internal.Statements;
import dev.softdelete.internal.Transactions;
import dev.softdelete.internal.cascade.RelationGraph.Edge;
import dev.softdelete.internal.cascade.RelationGraph.Node;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The verbs of an entity in a relation that reach beyond its own table: soft delete with its cascade
 * and RESTRICT checks, the exact restore of what one operation deleted, and hard deletes and purges
 * that remove dead children before their parents.
 *
 * <p><b>Operations.</b> Every soft delete stamps the rows it kills with a new random UUID, the
 * operation, in the deletion column. A restore marks the row with a new UUID, then, level by level,
 * the rows that carry the row's operation and reference a marked row; it checks that no marked row has
 * a dead parent left behind, and makes the marked rows live, table by table, under the unique
 * indexes. Hard deletes and purges ({@link Removal}) read the ids of the dead descendants level by
 * level and delete them by id, children first. Each statement covers a whole table level, or a chunk
 * of 500 ids of it, never one row.
 *
 * <p>The caller runs each verb all or nothing ({@link Transactions#atomically}); a refusal that is a
 * result, not an exception, is thrown as {@link Transactions.Undo} so that the statements before it
 * are undone. One instance per repository class, built from the generated table definitions; the
 * statements of each dialect are rendered on first use.
 */
public final class Cascade {
  private final RelationGraph graph;
  private final Removal removal;
  private final AtomicReferenceArray<CascadeSql> sql = new AtomicReferenceArray<>(Dialect.values().length);

  /**
   * @param root the entity's table
   * @param tables the tables of the entities its cascade touches: every entity that references it,
   *     directly or through others, and the parents of all of these
   */
  public Cascade(TableDefinition root, List<TableDefinition> tables) {
    this.graph = new RelationGraph(root, tables);
    this.removal = new Removal(graph);
  }

  /** Kills the root's rows, stamped with the operation it is given; returns how many it killed. */
  @FunctionalInterface
  public interface RootKill {
    int kill(UUID operation) throws SQLException;
  }

  /** Binds the actor of a soft delete, the value of the {@code @DeletedBy} columns it stamps. */
  @FunctionalInterface
  public interface Actor {
    void bind(PreparedStatement statement, int index) throws SQLException;
  }

  /** Binds the root row's id at a parameter index. */
  @FunctionalInterface
  public interface IdBinder {
    void bind(PreparedStatement statement, int index) throws SQLException;
  }

  private CascadeSql sql(Dialect dialect) {
    CascadeSql s = sql.get(dialect.ordinal());
    if (s == null) {
      s = new CascadeSql(dialect);
      sql.set(dialect.ordinal(), s);
    }
    return s;
  }

  /**
   * Runs the root's kill under a new operation, then kills the live rows under the killed ones through
   * CASCADE references at every depth, and refuses (throwing) when a RESTRICT reference has live rows
   * under a killed row.
   *
   * @return how many rows of the root's table the kill killed
   * @throws LiveChildrenException for a RESTRICT reference with live rows; the caller undoes the kill
   */
  public int softDelete(Statements statements, Dialect dialect, Codecs codecs, Instant deletedAt, RootKill root) {
    return softDelete(statements, dialect, codecs, deletedAt, null, root);
  }

  /**
   * Like {@link #softDelete(Statements, Dialect, Codecs, Instant, RootKill)}, stamping the actor in the
   * {@code @DeletedBy} column of each child table that has one (NULL when the actor is null).
   */
  public int softDelete(
      Statements statements, Dialect dialect, Codecs codecs, Instant deletedAt, Actor actor, RootKill root) {
    UUID operation = UUID.randomUUID();
    String running = "the soft delete of " + graph.root.name();
    try {
      int killed = root.kill(operation);
      if (killed == 0) {
        return 0;
      }
      CascadeSql s = sql(dialect);
      Map<Node, Integer> counts = new LinkedHashMap<>();
      counts.put(graph.root, killed);
      untilStable(graph.cascaded, this::cascadingInto, (node, edges) -> {
        boolean bindsActor = actor != null && node.deletedBy().isPresent();
        try (PreparedStatement statement = statements.prepare(s.kill(node, edges, bindsActor))) {
          codecs.setInstant(statement, 1, deletedAt);
          codecs.setUuid(statement, 2, operation);
          int next = 3;
          if (bindsActor) {
            actor.bind(statement, next++);
          }
          for (int i = 0; i < edges.size(); i++) {
            codecs.setUuid(statement, next + i, operation);
          }
          int n = statement.executeUpdate();
          counts.merge(node, n, Integer::sum);
          return n;
        }
      });
      for (Edge e : graph.edges) {
        if (!e.cascades() && counts.containsKey(e.parent())) {
          long live = count(statements, s.countLiveChildren(e), statement -> codecs.setUuid(statement, 1, operation));
          if (live > 0) {
            throw new LiveChildrenException(
                "softDelete", e.parent().entity(), e.child().entity(), e.reference().column(), live);
          }
        }
      }
      return killed;
    } catch (SQLException e) {
      throw SqlErrors.translate(e, graph.root.table(), running);
    }
  }

  /**
   * Restores the dead root row with the id and exactly the rows that the operation which killed it
   * killed under it. Throws {@link Transactions.Undo} with CONFLICT or PARENT_DEAD when that cannot be
   * done, so that the caller undoes the marks.
   */
  public RestoreResult restore(Statements statements, Dialect dialect, Codecs codecs, IdBinder id) {
    CascadeSql s = sql(dialect);
    Node root = graph.root;
    try {
      UUID killedBy;
      try (PreparedStatement statement = statements.prepare(s.stateOf(root))) {
        id.bind(statement, 1);
        try (ResultSet rs = statement.executeQuery()) {
          if (!rs.next()) {
            return RestoreResult.notFound();
          }
          killedBy = codecs.getUuid(rs, 1);
          if (rs.getObject(2) == null) {
            return RestoreResult.alreadyAlive();
          }
        }
      }
      UUID mark = UUID.randomUUID();
      int marked;
      try (PreparedStatement statement = statements.prepare(s.markDead(root))) {
        codecs.setUuid(statement, 1, mark);
        id.bind(statement, 2);
        marked = statement.executeUpdate();
      }
      if (marked == 0) {
        // Another transaction restored it between the two statements.
        return RestoreResult.alreadyAlive();
      }
      Map<Node, Integer> counts = new LinkedHashMap<>();
      counts.put(root, 1);
      if (killedBy != null) {
        untilStable(graph.cascaded, this::cascadingInto, (node, edges) -> {
          try (PreparedStatement statement = statements.prepare(s.markKilledWith(node, edges))) {
            codecs.setUuid(statement, 1, mark);
            codecs.setUuid(statement, 2, killedBy);
            for (int i = 0; i < edges.size(); i++) {
              codecs.setUuid(statement, 3 + i, mark);
            }
            int n = statement.executeUpdate();
            counts.merge(node, n, Integer::sum);
            return n;
          }
        });
      }
      for (Edge e : graph.edges) {
        if (counts.containsKey(e.child()) && parentLeftDead(statements, s, codecs, e, mark)) {
          throw new Transactions.Undo(RestoreResult.parentDead(e.parent().entity()));
        }
      }
      Map<String, Integer> restored = new LinkedHashMap<>();
      for (Node node : counts.keySet()) {
        String statementSql = s.restoreMarked(node);
        try (PreparedStatement statement = statements.prepare(statementSql)) {
          codecs.setUuid(statement, 1, mark);
          restored.merge(node.entity(), statement.executeUpdate(), Integer::sum);
        } catch (SQLException e) {
          if (!SqlErrors.isUniqueViolation(e)) {
            throw e;
          }
          String key = SqlErrors.violatedKey(e, node.table()).orElse(null);
          throw new Transactions.Undo(RestoreResult.conflict(node.entity(), key));
        }
      }
      restored.values().removeIf(n -> n == 0);
      return RestoreResult.restored(restored);
    } catch (SQLException e) {
      throw SqlErrors.translate(e, root.table(), "the restore of " + root.name());
    }
  }

  /** The table of the entity in the graph. */
  private String tableOf(String entity) {
    return graph.nodes.stream().filter(n -> n.entity().equals(entity)).findFirst().orElse(graph.root).name();
  }

  /**
   * Whether a marked row references, through the edge, a parent that is dead and not marked. The
   * parents are read with a lock, so that a soft delete of one of them waits for the restore to end
   * (and then kills the rows it brought back), or the restore waits for the delete and sees the parent
   * dead; a plain read could miss a delete that has not committed, or, on MySQL, read an old snapshot.
   */
  private static boolean parentLeftDead(Statements statements, CascadeSql s, Codecs codecs, Edge e, UUID mark)
      throws SQLException {
    List<Object> parents = new ArrayList<>();
    try (PreparedStatement statement = statements.prepare(s.referencedByMarked(e))) {
      codecs.setUuid(statement, 1, mark);
      try (ResultSet rs = statement.executeQuery()) {
        while (rs.next()) {
          parents.add(rs.getObject(1));
        }
      }
    }
    for (List<Object> chunk : Removal.chunks(parents)) {
      try (PreparedStatement statement = statements.prepare(s.lockParents(e.parent(), chunk.size()))) {
        Removal.bind(statement, 1, chunk);
        try (ResultSet rs = statement.executeQuery()) {
          while (rs.next()) {
            boolean dead = rs.getObject(2) != null;
            if (dead && !mark.equals(codecs.getUuid(rs, 3))) {
              return true;
            }
          }
        }
      }
    }
    return false;
  }

  /**
   * Like {@link #restore}, for the bulk restores of derived methods, which count rows: true when the
   * row came back, false when it was live; a conflict throws {@link UniqueViolationException} and a
   * dead parent {@link DeadParentException}, and the caller undoes the rows restored before.
   */
  public boolean restoreOrThrow(Statements statements, Dialect dialect, Codecs codecs, IdBinder id) {
    RestoreResult result;
    try {
      result = restore(statements, dialect, codecs, id);
    } catch (Transactions.Undo undo) {
      result = (RestoreResult) undo.result();
    }
    return switch (result.status()) {
      case RESTORED -> true;
      case ALREADY_ALIVE, NOT_FOUND -> false;
      case CONFLICT -> throw new UniqueViolationException(
          tableOf(result.entity().orElse(graph.root.entity())), result.conflictingKey().orElse(null), null);
      case PARENT_DEAD -> throw new DeadParentException(graph.root.entity(), "its references", result.entity().orElseThrow());
    };
  }

  /**
   * Deletes the row with the id and its dead descendants, children first; refuses (throwing) when a
   * live row references it or one of them. See {@link Removal}.
   *
   * @return whether a row had the id
   */
  public boolean hardDelete(Statements statements, Dialect dialect, Codecs codecs, IdBinder id) {
    return removal.hardDelete(statements, sql(dialect), id);
  }

  /**
   * Deletes the dead rows deleted before the cutoff whose children are all dead, with their dead
   * descendants, in batches of at most {@code batch} rows of the root's table. See {@link Removal}.
   *
   * @return how many rows of the root's table were deleted
   */
  public int purge(Statements statements, Dialect dialect, Codecs codecs, Instant before, int batch) {
    return removal.purge(statements, sql(dialect), codecs, before, batch);
  }

  /** The CASCADE references from the table to the tables a soft delete of the root kills. */
  private List<Edge> cascadingInto(Node node) {
    return graph.outOf(node).stream()
        .filter(e -> e.cascades() && graph.cascaded.contains(e.parent()))
        .toList();
  }

  /** A level's statement for a table, given the references that lead into it from its parents. */
  @FunctionalInterface
  private interface Level {
    int run(Node node, List<Edge> edges) throws SQLException;
  }

  /** Which references of a table lead to it from the tables whose rows are marked. */
  @FunctionalInterface
  private interface Parents {
    List<Edge> of(Node node);
  }

  private void untilStable(List<Node> order, Parents parents, Level level) throws SQLException {
    untilStable(order, parents, level, List.of(graph.root));
  }

  /**
   * Runs the level statement of each table, in order, whenever one of its parents has changed since it
   * last ran, until a pass changes nothing: one pass when the references form no cycle, one more per
   * level of a tree.
   *
   * @param changed the tables whose rows have changed before the first pass
   */
  private static void untilStable(
      List<Node> order, Parents parents, Level level, java.util.Collection<Node> changed) throws SQLException {
    Map<Node, Integer> version = new HashMap<>();
    changed.forEach(n -> version.put(n, 1));
    Map<Node, Map<Node, Integer>> seen = new HashMap<>();
    boolean progress;
    do {
      progress = false;
      for (Node node : order) {
        List<Edge> edges = parents.of(node);
        List<Edge> fresh = new ArrayList<>();
        Map<Node, Integer> mine = seen.computeIfAbsent(node, k -> new HashMap<>());
        for (Edge e : edges) {
          int v = version.getOrDefault(e.parent(), 0);
          if (v > mine.getOrDefault(e.parent(), 0)) {
            fresh.add(e);
          }
        }
        if (fresh.isEmpty()) {
          continue;
        }
        for (Edge e : edges) {
          mine.put(e.parent(), version.getOrDefault(e.parent(), 0));
        }
        if (level.run(node, edges) > 0) {
          version.merge(node, 1, Integer::sum);
          progress = true;
        }
      }
    } while (progress);
  }

  @FunctionalInterface
  private interface Binder {
    void bind(PreparedStatement statement) throws SQLException;
  }

  private static long count(Statements statements, String sql, Binder binder) throws SQLException {
    try (PreparedStatement statement = statements.prepare(sql)) {
      binder.bind(statement);
      try (ResultSet rs = statement.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }
}
