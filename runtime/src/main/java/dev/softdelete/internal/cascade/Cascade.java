package dev.softdelete.internal.cascade;

import dev.softdelete.DeadParentException;
import dev.softdelete.Dialect;
import dev.softdelete.LiveChildrenException;
import dev.softdelete.RestoreResult;
import dev.softdelete.TableDefinition;
import dev.softdelete.UniqueViolationException;
import dev.softdelete.internal.Codecs;
import dev.softdelete.internal.SqlErrors;
import dev.softdelete.internal.Transactions;
import dev.softdelete.internal.cascade.RelationGraph.Edge;
import dev.softdelete.internal.cascade.RelationGraph.Node;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * indexes. Hard deletes and purges read the ids of the dead descendants level by level, through the
 * index on each reference column, and delete them by id, children first: marking them would write
 * every row and every index once more before deleting it, which made purge batches on PostgreSQL take
 * 180 to 230 ms, and H2 reads its own uncommitted index entries slowly (26 s a batch). Each statement
 * covers a whole table level, or a chunk of 500 ids of it, never one row.
 *
 * <p>The caller runs each verb all or nothing ({@link Transactions#atomically}); a refusal that is a
 * result, not an exception, is thrown as {@link Transactions.Undo} so that the statements before it
 * are undone. One instance per repository class, built from the generated table definitions; the
 * statements of each dialect are rendered on first use.
 */
public final class Cascade {
  private final RelationGraph graph;
  private final AtomicReferenceArray<CascadeSql> sql = new AtomicReferenceArray<>(Dialect.values().length);

  /**
   * @param root the entity's table
   * @param tables the tables of the entities its cascade touches: every entity that references it,
   *     directly or through others, and the parents of all of these
   */
  public Cascade(TableDefinition root, List<TableDefinition> tables) {
    this.graph = new RelationGraph(root, tables);
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
  public int softDelete(Connection connection, Dialect dialect, Codecs codecs, Instant deletedAt, RootKill root) {
    return softDelete(connection, dialect, codecs, deletedAt, null, root);
  }

  /**
   * Like {@link #softDelete(Connection, Dialect, Codecs, Instant, RootKill)}, stamping the actor in the
   * {@code @DeletedBy} column of each child table that has one (NULL when the actor is null).
   */
  public int softDelete(
      Connection connection, Dialect dialect, Codecs codecs, Instant deletedAt, Actor actor, RootKill root) {
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
        try (PreparedStatement statement = connection.prepareStatement(s.kill(node, edges, bindsActor))) {
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
          long live = count(connection, s.countLiveChildren(e), statement -> codecs.setUuid(statement, 1, operation));
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
  public RestoreResult restore(Connection connection, Dialect dialect, Codecs codecs, IdBinder id) {
    CascadeSql s = sql(dialect);
    Node root = graph.root;
    try {
      UUID killedBy;
      try (PreparedStatement statement = connection.prepareStatement(s.stateOf(root))) {
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
      try (PreparedStatement statement = connection.prepareStatement(s.markDead(root))) {
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
          try (PreparedStatement statement = connection.prepareStatement(s.markKilledWith(node, edges))) {
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
        if (counts.containsKey(e.child()) && parentLeftDead(connection, s, codecs, e, mark)) {
          throw new Transactions.Undo(RestoreResult.parentDead(e.parent().entity()));
        }
      }
      Map<String, Integer> restored = new LinkedHashMap<>();
      for (Node node : counts.keySet()) {
        String statementSql = s.restoreMarked(node);
        try (PreparedStatement statement = connection.prepareStatement(statementSql)) {
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
  private static boolean parentLeftDead(Connection connection, CascadeSql s, Codecs codecs, Edge e, UUID mark)
      throws SQLException {
    List<Object> parents = new ArrayList<>();
    try (PreparedStatement statement = connection.prepareStatement(s.referencedByMarked(e))) {
      codecs.setUuid(statement, 1, mark);
      try (ResultSet rs = statement.executeQuery()) {
        while (rs.next()) {
          parents.add(rs.getObject(1));
        }
      }
    }
    for (List<Object> chunk : chunks(parents)) {
      try (PreparedStatement statement = connection.prepareStatement(s.lockParents(e.parent(), chunk.size()))) {
        bind(statement, 1, chunk);
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
  public boolean restoreOrThrow(Connection connection, Dialect dialect, Codecs codecs, IdBinder id) {
    RestoreResult result;
    try {
      result = restore(connection, dialect, codecs, id);
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
   * live row references it or one of them.
   *
   * @return whether a row had the id
   */
  public boolean hardDelete(Connection connection, Dialect dialect, Codecs codecs, IdBinder id) {
    CascadeSql s = sql(dialect);
    Node root = graph.root;
    try {
      Object rootId;
      try (PreparedStatement statement = connection.prepareStatement(s.idOf(root))) {
        id.bind(statement, 1);
        try (ResultSet rs = statement.executeQuery()) {
          if (!rs.next()) {
            return false;
          }
          rootId = rs.getObject(1);
        }
      }
      Map<Node, Set<Object>> rows = new LinkedHashMap<>();
      rows.put(root, new LinkedHashSet<>(List.of(rootId)));
      descendants(connection, s, rows, "hardDelete");
      delete(connection, s, rows, false);
      return true;
    } catch (SQLException e) {
      throw SqlErrors.translate(e, root.table(), "the hard delete of " + root.name());
    }
  }

  /**
   * Deletes the dead rows deleted before the cutoff whose children are all dead, with their dead
   * descendants, in batches of at most {@code batch} rows of the root's table: each batch in a
   * transaction of its own, or, inside the caller's transaction, all of them under one savepoint.
   *
   * @return how many rows of the root's table were deleted
   */
  public int purge(Connection connection, Dialect dialect, Codecs codecs, Instant before, int batch) {
    try {
      if (!connection.getAutoCommit()) {
        java.sql.Savepoint savepoint = connection.setSavepoint();
        try {
          int purged = 0;
          int n;
          do {
            n = purgeBatch(connection, dialect, codecs, before, batch);
            purged += n;
          } while (n == batch);
          connection.releaseSavepoint(savepoint);
          return purged;
        } catch (RuntimeException e) {
          connection.rollback(savepoint);
          throw e;
        }
      }
      int purged = 0;
      int n;
      do {
        connection.setAutoCommit(false);
        try {
          n = purgeBatch(connection, dialect, codecs, before, batch);
          connection.commit();
        } catch (RuntimeException e) {
          connection.rollback();
          throw e;
        } finally {
          connection.setAutoCommit(true);
        }
        purged += n;
      } while (n == batch);
      return purged;
    } catch (SQLException e) {
      throw SqlErrors.translate(e, graph.root.table(), "the purge of " + graph.root.name());
    }
  }

  /**
   * Deletes one batch of at most {@code batch} dead rows deleted before the cutoff, whose children
   * are all dead, with their dead descendants, children first.
   *
   * @return how many rows of the root's table the batch deleted; fewer than {@code batch} when no
   *     more rows qualify
   */
  int purgeBatch(Connection connection, Dialect dialect, Codecs codecs, Instant before, int batch) {
    CascadeSql s = sql(dialect);
    Node root = graph.root;
    try {
      Set<Object> roots = new LinkedHashSet<>();
      try (PreparedStatement statement =
          connection.prepareStatement(s.purgeBatch(root, graph.into(root), batch))) {
        codecs.setInstant(statement, 1, before);
        try (ResultSet rs = statement.executeQuery()) {
          while (rs.next()) {
            roots.add(rs.getObject(1));
          }
        }
      }
      if (roots.isEmpty()) {
        return 0;
      }
      Map<Node, Set<Object>> rows = new LinkedHashMap<>();
      rows.put(root, roots);
      descendants(connection, s, rows, "purgeDeletedBefore");
      return delete(connection, s, rows, true).getOrDefault(root, 0);
    } catch (SQLException e) {
      throw SqlErrors.translate(e, root.table(), "the purge of " + root.name());
    }
  }

  /**
   * Adds to {@code rows} the ids of every row under them, through every reference, level by level:
   * one statement per table, level and chunk of {@value #CHUNK} parent ids, each by the index on the
   * reference column. Refuses (throwing) when one of them is live.
   */
  private void descendants(Connection connection, CascadeSql s, Map<Node, Set<Object>> rows, String verb)
      throws SQLException {
    Deque<Map.Entry<Node, List<Object>>> todo = new ArrayDeque<>();
    rows.forEach((node, ids) -> todo.add(Map.entry(node, List.copyOf(ids))));
    while (!todo.isEmpty()) {
      Map.Entry<Node, List<Object>> level = todo.removeFirst();
      for (Edge e : graph.into(level.getKey())) {
        Set<Object> found = rows.computeIfAbsent(e.child(), k -> new LinkedHashSet<>());
        List<Object> fresh = new ArrayList<>();
        long live = 0;
        for (List<Object> chunk : chunks(level.getValue())) {
          try (PreparedStatement statement = connection.prepareStatement(s.childrenOf(e, chunk.size()))) {
            bind(statement, 1, chunk);
            try (ResultSet rs = statement.executeQuery()) {
              while (rs.next()) {
                if (rs.getObject(2) == null) {
                  live++;
                } else if (found.add(rs.getObject(1))) {
                  fresh.add(rs.getObject(1));
                }
              }
            }
          }
        }
        if (live > 0) {
          throw new LiveChildrenException(
              verb, e.parent().entity(), e.child().entity(), e.reference().column(), live);
        }
        if (!fresh.isEmpty()) {
          todo.add(Map.entry(e.child(), fresh));
        }
      }
    }
    rows.values().removeIf(Set::isEmpty);
  }

  /**
   * Deletes the rows by id, children before parents. Within a cycle of references, the nullable
   * references among the rows are cleared first (the processor makes sure every cycle has one); the
   * rest are deleted in the order of the references that remain.
   *
   * @param onlyDead whether to delete only rows that are still dead (a purge, which did not lock them)
   * @return how many rows of each table were deleted
   */
  private Map<Node, Integer> delete(Connection connection, CascadeSql s, Map<Node, Set<Object>> rows, boolean onlyDead)
      throws SQLException {
    Map<Node, Integer> deleted = new HashMap<>();
    for (int g = graph.groups.size() - 1; g >= 0; g--) {
      List<Node> group = graph.groups.get(g).stream().filter(rows::containsKey).toList();
      if (group.isEmpty()) {
        continue;
      }
      List<Edge> within =
          graph.edges.stream().filter(e -> group.contains(e.child()) && group.contains(e.parent())).toList();
      for (Edge e : within) {
        if (e.reference().nullable()) {
          for (List<Object> chunk : chunks(List.copyOf(rows.get(e.child())))) {
            try (PreparedStatement statement = connection.prepareStatement(s.detach(e, chunk.size()))) {
              bind(statement, 1, chunk);
              statement.executeUpdate();
            }
          }
        }
      }
      List<Node> left = new ArrayList<>(group);
      while (!left.isEmpty()) {
        // A table no other table left in the group references through a reference that is not cleared.
        Node next =
            left.stream()
                .filter(n -> within.stream().noneMatch(
                    e -> e.parent().equals(n) && !e.reference().nullable() && left.contains(e.child())
                        && !e.child().equals(n)))
                .findFirst()
                .orElse(left.get(0));
        left.remove(next);
        for (List<Object> chunk : chunks(List.copyOf(rows.get(next)))) {
          try (PreparedStatement statement = connection.prepareStatement(s.deleteIds(next, chunk.size(), onlyDead))) {
            bind(statement, 1, chunk);
            deleted.merge(next, statement.executeUpdate(), Integer::sum);
          }
        }
      }
    }
    return deleted;
  }

  /** Ids per statement: within Oracle's 1,000 items of an IN list and SQL Server's 2,100 parameters. */
  static final int CHUNK = 500;

  private static List<List<Object>> chunks(List<Object> ids) {
    List<List<Object>> chunks = new ArrayList<>();
    for (int from = 0; from < ids.size(); from += CHUNK) {
      chunks.add(ids.subList(from, Math.min(ids.size(), from + CHUNK)));
    }
    return chunks;
  }

  /** Binds ids as read from the same columns, which the driver takes back as they came. */
  private static void bind(PreparedStatement statement, int first, List<Object> ids) throws SQLException {
    for (int i = 0; i < ids.size(); i++) {
      statement.setObject(first + i, ids.get(i));
    }
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

  private static long count(Connection connection, String sql, Binder binder) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      binder.bind(statement);
      try (ResultSet rs = statement.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }
}
