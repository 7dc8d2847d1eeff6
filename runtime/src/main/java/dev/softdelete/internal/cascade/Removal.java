package dev.softdelete.internal.cascade;

import dev.softdelete.LiveChildrenException;
import dev.softdelete.internal.Codecs;
import dev.softdelete.internal.IdLists;
import dev.softdelete.internal.SqlErrors;
import dev.softdelete.internal.Statements;
import dev.softdelete.internal.cascade.RelationGraph.Edge;
import dev.softdelete.internal.cascade.RelationGraph.Node;
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

/**
 * The hard deletes and purges of an entity in a relation: they read the ids of the dead descendants
 * level by level, through the index on each reference column, refuse when one is live, and delete them
 * by id, children first. Marking the rows instead would write every row and every index once more
 * before deleting it (purge batches of 180 to 230 ms on PostgreSQL), and H2 reads its own uncommitted
 * index entries slowly (26 s a batch).
 */
final class Removal {
  private final RelationGraph graph;

  Removal(RelationGraph graph) {
    this.graph = graph;
  }

  /**
   * Deletes the row with the id and its dead descendants, children first; refuses (throwing) when a
   * live row references it or one of them.
   *
   * @return whether a row had the id
   */
  boolean hardDelete(Statements statements, CascadeSql s, Cascade.IdBinder id) {
    Node root = graph.root;
    try {
      Object rootId;
      try (PreparedStatement statement = statements.prepare(s.idOf(root))) {
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
      descendants(statements, s, rows, "hardDelete");
      delete(statements, s, rows, false);
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
  int purge(Statements statements, CascadeSql s, Codecs codecs, Instant before, int batch) {
    java.sql.Connection connection = statements.connection();
    try {
      if (!connection.getAutoCommit()) {
        java.sql.Savepoint savepoint = connection.setSavepoint();
        try {
          int purged = 0;
          int n;
          do {
            n = purgeBatch(statements, s, codecs, before, batch);
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
          n = purgeBatch(statements, s, codecs, before, batch);
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
  private int purgeBatch(Statements statements, CascadeSql s, Codecs codecs, Instant before, int batch) {
    Node root = graph.root;
    try {
      Set<Object> roots = new LinkedHashSet<>();
      try (PreparedStatement statement =
          statements.prepare(s.purgeBatch(root, graph.into(root), batch))) {
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
      descendants(statements, s, rows, "purgeDeletedBefore");
      return delete(statements, s, rows, true).getOrDefault(root, 0);
    } catch (SQLException e) {
      throw SqlErrors.translate(e, root.table(), "the purge of " + root.name());
    }
  }

  /**
   * Adds to {@code rows} the ids of every row under them, through every reference, level by level:
   * one statement per table, level and chunk of {@value IdLists#CHUNK_SIZE} parent ids, each by the index on the
   * reference column. Refuses (throwing) when one of them is live.
   */
  private void descendants(Statements statements, CascadeSql s, Map<Node, Set<Object>> rows, String verb)
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
          try (PreparedStatement statement = statements.prepare(s.childrenOf(e, chunk.size()))) {
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
  private Map<Node, Integer> delete(Statements statements, CascadeSql s, Map<Node, Set<Object>> rows, boolean onlyDead)
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
            try (PreparedStatement statement = statements.prepare(s.detach(e, chunk.size()))) {
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
          try (PreparedStatement statement = statements.prepare(s.deleteIds(next, chunk.size(), onlyDead))) {
            bind(statement, 1, chunk);
            deleted.merge(next, statement.executeUpdate(), Integer::sum);
          }
        }
      }
    }
    return deleted;
  }

  /** The ids in chunks of {@link IdLists#CHUNK_SIZE}, as every id list of the repositories is cut. */
  static List<List<Object>> chunks(java.util.Collection<Object> ids) {
    return IdLists.distinctChunks(ids);
  }

  /** Binds ids as read from the same columns, which the driver takes back as they came. */
  static void bind(PreparedStatement statement, int first, List<Object> ids) throws SQLException {
    for (int i = 0; i < ids.size(); i++) {
      statement.setObject(first + i, ids.get(i));
    }
  }
}
