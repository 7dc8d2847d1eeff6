package dev.softdelete.internal.cascade;

import dev.softdelete.OnSoftDelete;
import dev.softdelete.TableDefinition;
import dev.softdelete.TableDefinition.ReferenceDefinition;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The tables a root entity's cascade touches and the references among them, with the orders the
 * cascade walks them in. Built once per repository class from the generated table definitions.
 */
final class RelationGraph {

  /** A table of the graph. */
  record Node(TableDefinition table) {
    String name() {
      return table.table();
    }

    String entity() {
      return table.relations().orElseThrow().entity();
    }

    String deletion() {
      return table.relations().orElseThrow().deletionColumn();
    }

    java.util.Optional<String> deletedBy() {
      return table.relations().orElseThrow().deletedByColumn();
    }

    String id() {
      return table.primaryKey().columns().get(0);
    }
  }

  /** A reference from a child's column to a parent, both in the graph. */
  record Edge(Node child, ReferenceDefinition reference, Node parent) {
    boolean cascades() {
      return reference.onSoftDelete() == OnSoftDelete.CASCADE;
    }
  }

  final Node root;
  /** Every table, the root first. */
  final List<Node> nodes;
  final List<Edge> edges;
  /**
   * The tables a soft delete of the root kills, through CASCADE references at any depth, the root
   * first, each after its parents where the references do not form a cycle.
   */
  final List<Node> cascaded;
  /**
   * The strongly connected groups of tables under all references, parents before children: a table
   * in a group of its own without a self-reference can be emptied of a set of rows in one statement,
   * the tables of any other group only leaves first.
   */
  final List<List<Node>> groups;

  RelationGraph(TableDefinition root, List<TableDefinition> tables) {
    Map<String, Node> byTable = new LinkedHashMap<>();
    byTable.put(root.table(), new Node(root));
    for (TableDefinition table : tables) {
      if (table.relations().isEmpty()) {
        throw new IllegalArgumentException(table.table() + " has no relations");
      }
      byTable.putIfAbsent(table.table(), new Node(table));
    }
    this.root = byTable.get(root.table());
    this.nodes = List.copyOf(byTable.values());
    List<Edge> all = new ArrayList<>();
    for (Node child : nodes) {
      for (ReferenceDefinition reference : child.table().relations().orElseThrow().references()) {
        Node parent = byTable.get(reference.parentTable());
        if (parent != null) {
          all.add(new Edge(child, reference, parent));
        }
      }
    }
    this.edges = List.copyOf(all);
    this.groups = stronglyConnected();
    this.cascaded = cascaded();
  }

  /** The references into the table. */
  List<Edge> into(Node parent) {
    return edges.stream().filter(e -> e.parent().equals(parent)).toList();
  }

  /** The references out of the table. */
  List<Edge> outOf(Node child) {
    return edges.stream().filter(e -> e.child().equals(child)).toList();
  }

  /** Whether the table's rows may reference rows of the same table, directly or through others. */
  boolean cyclic(Node node) {
    List<Node> group = groups.stream().filter(g -> g.contains(node)).findFirst().orElseThrow();
    return group.size() > 1 || edges.stream().anyMatch(e -> e.child().equals(node) && e.parent().equals(node));
  }

  private List<Node> cascaded() {
    Set<Node> reached = new LinkedHashSet<>();
    Deque<Node> todo = new ArrayDeque<>(List.of(root));
    while (!todo.isEmpty()) {
      Node next = todo.removeFirst();
      if (reached.add(next)) {
        for (Edge e : into(next)) {
          if (e.cascades()) {
            todo.add(e.child());
          }
        }
      }
    }
    // Parents first: the order of the groups, which is topological.
    List<Node> ordered = new ArrayList<>();
    ordered.add(root);
    for (List<Node> group : groups) {
      for (Node node : group) {
        if (reached.contains(node) && !node.equals(root)) {
          ordered.add(node);
        }
      }
    }
    return List.copyOf(ordered);
  }

  /** Tarjan's strongly connected components over parent -> child, parents' groups first. */
  private List<List<Node>> stronglyConnected() {
    Map<Node, Integer> index = new HashMap<>();
    Map<Node, Integer> low = new HashMap<>();
    Deque<Node> stack = new ArrayDeque<>();
    Set<Node> onStack = new LinkedHashSet<>();
    List<List<Node>> found = new ArrayList<>();
    int[] counter = {0};
    for (Node node : nodes) {
      if (!index.containsKey(node)) {
        connect(node, index, low, stack, onStack, found, counter);
      }
    }
    // Tarjan finds a group after every group reachable from it: children first. Reverse it.
    Collections.reverse(found);
    return List.copyOf(found);
  }

  private void connect(
      Node node,
      Map<Node, Integer> index,
      Map<Node, Integer> low,
      Deque<Node> stack,
      Set<Node> onStack,
      List<List<Node>> found,
      int[] counter) {
    index.put(node, counter[0]);
    low.put(node, counter[0]);
    counter[0]++;
    stack.push(node);
    onStack.add(node);
    for (Edge e : into(node)) {
      Node child = e.child();
      if (!index.containsKey(child)) {
        connect(child, index, low, stack, onStack, found, counter);
        low.put(node, Math.min(low.get(node), low.get(child)));
      } else if (onStack.contains(child)) {
        low.put(node, Math.min(low.get(node), index.get(child)));
      }
    }
    if (low.get(node).equals(index.get(node))) {
      List<Node> group = new ArrayList<>();
      Node member;
      do {
        member = stack.pop();
        onStack.remove(member);
        group.add(member);
      } while (!member.equals(node));
      found.add(List.copyOf(group));
    }
  }
}
