package dev.softdelete.it;

import dev.softdelete.it.StoryTable.Reference;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * The story's six tables as they must be, and what each verb must do to them, worked out from the
 * README's rules without the engine's statements: a soft delete kills its rows and, through CASCADE
 * references, their live descendants under one new operation, unless a RESTRICT reference has a live
 * row under a killed one; a restore brings back the row and the rows the same operation killed under
 * it, unless one of them would have a dead parent (PARENT_DEAD) or a taken key (CONFLICT); a hard
 * delete or purge takes dead descendants through every reference with it.
 *
 * <p>Each verb's method only predicts: it returns what the call must do, and {@code apply} makes it
 * so once the database has agreed. Operations are numbered here; the test maps each number to the
 * UUID the database stamped.
 */
final class RelationsModel {
  /**
   * A row: its references in its table's order (a null takes no part), its unique key's own column
   * (for a category, the name; its key is the customer and the name), one number for its other data,
   * and, while dead, when and by which operation it died.
   */
  record Row(List<Long> refs, String key, int payload, Instant deletedAt, Integer op) {
    Row {
      refs = Collections.unmodifiableList(Arrays.asList(refs.toArray(Long[]::new)));
    }

    static Row live(List<Long> refs, String key, int payload) {
      return new Row(refs, key, payload, null, null);
    }

    boolean live() {
      return deletedAt == null;
    }

    Long ref(int index) {
      return refs.get(index);
    }

    Row killed(Instant at, int operation) {
      return new Row(refs, key, payload, at, operation);
    }

    Row restored() {
      return new Row(refs, key, payload, null, null);
    }
  }

  /** A row of one of the tables. */
  record RowId(StoryTable table, long id) {
    @Override
    public String toString() {
      return table.entity() + "#" + id;
    }
  }

  /** A refusal the model predicts; the call must throw the matching exception and change nothing. */
  sealed interface Refusal {}

  /** DeadParentException: the row's parent through the column is dead or missing. */
  record DeadParent(StoryTable child, String column, StoryTable parent) implements Refusal {}

  /** UniqueViolationException naming the table and key. */
  record Taken(StoryTable table, String key) implements Refusal {}

  /** LiveChildrenException: live rows of the child reference the rows the verb would delete. */
  record LiveChildren(String verb, StoryTable parent, StoryTable child, long rows) implements Refusal {}

  /** What a soft delete must do: refuse with one of the refusals, or kill these rows. */
  record Kill(List<LiveChildren> refusals, int roots, Set<RowId> killed) {}

  /**
   * What a restore must return; for PARENT_DEAD the entities any of which it may name, for CONFLICT
   * the entity and key pairs, and for RESTORED the rows that come back.
   */
  record Restore(String status, Set<String> named, Set<RowId> restored) {
    Map<String, Integer> counts() {
      Map<String, Integer> counts = new LinkedHashMap<>();
      restored.forEach(row -> counts.merge(row.table().entity(), 1, Integer::sum));
      return counts;
    }
  }

  /** What a hard delete or purge must do: refuse with one of the refusals, or remove these rows. */
  record Removal(List<LiveChildren> refusals, int result, Set<RowId> removed) {}

  private final EnumMap<StoryTable, TreeMap<Long, Row>> tables = new EnumMap<>(StoryTable.class);
  private int operations;

  RelationsModel() {
    for (StoryTable table : StoryTable.values()) {
      tables.put(table, new TreeMap<>());
    }
  }

  /** A copy to try a sequence of verbs on, for the calls that run several in one transaction. */
  RelationsModel copy() {
    RelationsModel copy = new RelationsModel();
    tables.forEach((table, rows) -> copy.tables.get(table).putAll(rows));
    copy.operations = operations;
    return copy;
  }

  /** Takes on the state of a copy that the verbs were tried on. */
  void become(RelationsModel copy) {
    copy.tables.forEach((table, rows) -> {
      tables.get(table).clear();
      tables.get(table).putAll(rows);
    });
    operations = copy.operations;
  }

  TreeMap<Long, Row> rows(StoryTable table) {
    return tables.get(table);
  }

  Row row(RowId id) {
    return tables.get(id.table()).get(id.id());
  }

  boolean isLive(StoryTable table, Long id) {
    Row row = id == null ? null : tables.get(table).get(id);
    return row != null && row.live();
  }

  /** The unique key of the row, or null when it takes no part in uniqueness. */
  static List<Object> uniqueKey(StoryTable table, Row row) {
    if (row.key() == null || table.keyName().isEmpty()) {
      return null;
    }
    return table == StoryTable.CATEGORY ? List.of(row.ref(0), row.key()) : List.of(row.key());
  }

  /** The live row other than {@code except} that holds the row's unique key, if any. */
  Long liveHolder(StoryTable table, Row row, Long except) {
    List<Object> key = uniqueKey(table, row);
    if (key == null) {
      return null;
    }
    for (Map.Entry<Long, Row> e : tables.get(table).entrySet()) {
      if (e.getValue().live() && !e.getKey().equals(except) && key.equals(uniqueKey(table, e.getValue()))) {
        return e.getKey();
      }
    }
    return null;
  }

  /** The first reference of the row, in its table's order, to a dead or missing parent. */
  DeadParent deadParent(StoryTable table, Row row) {
    for (Reference r : table.references()) {
      Long parent = row.ref(r.index());
      if (parent != null && !isLive(r.parent(), parent)) {
        return new DeadParent(table, r.column(), r.parent());
      }
    }
    return null;
  }

  /** The rows that reference the row, through any reference, with the reference. */
  private List<Map.Entry<RowId, Reference>> children(RowId parent) {
    List<Map.Entry<RowId, Reference>> children = new ArrayList<>();
    for (Reference r : parent.table().referencedBy()) {
      tables.get(r.child()).forEach((id, row) -> {
        if (Objects.equals(row.ref(r.index()), parent.id())) {
          children.add(Map.entry(new RowId(r.child(), id), r));
        }
      });
    }
    return children;
  }

  /** Adds a row an insert stored. */
  void insert(StoryTable table, long id, Row row) {
    tables.get(table).put(id, row);
  }

  /** Replaces a live row an update changed. */
  void update(StoryTable table, long id, Row row) {
    tables.get(table).put(id, row);
  }

  /** A soft delete of the ids of the table, as one operation. */
  Kill softDelete(StoryTable table, List<Long> ids) {
    Set<RowId> killed = new LinkedHashSet<>();
    for (long id : ids) {
      if (isLive(table, id)) {
        killed.add(new RowId(table, id));
      }
    }
    int roots = killed.size();
    Deque<RowId> todo = new ArrayDeque<>(killed);
    while (!todo.isEmpty()) {
      for (Map.Entry<RowId, Reference> child : children(todo.removeFirst())) {
        if (child.getValue().cascades() && row(child.getKey()).live() && killed.add(child.getKey())) {
          todo.addLast(child.getKey());
        }
      }
    }
    // A RESTRICT reference refuses when a live row that the cascade did not kill is under a killed row.
    List<LiveChildren> refusals = new ArrayList<>();
    for (Reference r : StoryTable.allReferences()) {
      if (r.cascades()) {
        continue;
      }
      long live = tables.get(r.child()).entrySet().stream()
          .filter(e -> e.getValue().live() && !killed.contains(new RowId(r.child(), e.getKey())))
          .filter(e -> e.getValue().ref(r.index()) != null)
          .filter(e -> killed.contains(new RowId(r.parent(), e.getValue().ref(r.index()))))
          .count();
      if (live > 0) {
        refusals.add(new LiveChildren("softDelete", r.parent(), r.child(), live));
      }
    }
    return new Kill(refusals, roots, killed);
  }

  /** Kills the rows of a soft delete the database did, under a new operation. */
  void apply(Kill kill, Instant at) {
    if (kill.killed().isEmpty()) {
      return;
    }
    int operation = ++operations;
    for (RowId id : kill.killed()) {
      tables.get(id.table()).put(id.id(), row(id).killed(at, operation));
    }
  }

  Restore restore(StoryTable table, long id) {
    Row root = tables.get(table).get(id);
    if (root == null) {
      return new Restore("NOT_FOUND", Set.of(), Set.of());
    }
    if (root.live()) {
      return new Restore("ALREADY_ALIVE", Set.of(), Set.of());
    }
    // The row, then level by level the rows its operation killed under it through CASCADE references.
    Set<RowId> marked = new LinkedHashSet<>();
    marked.add(new RowId(table, id));
    Deque<RowId> todo = new ArrayDeque<>(marked);
    while (!todo.isEmpty()) {
      for (Map.Entry<RowId, Reference> child : children(todo.removeFirst())) {
        Row row = row(child.getKey());
        if (child.getValue().cascades() && !row.live() && root.op().equals(row.op()) && marked.add(child.getKey())) {
          todo.addLast(child.getKey());
        }
      }
    }
    Set<String> deadParents = new LinkedHashSet<>();
    for (RowId m : marked) {
      for (Reference r : m.table().references()) {
        Long parent = row(m).ref(r.index());
        if (parent != null && !isLive(r.parent(), parent) && !marked.contains(new RowId(r.parent(), parent))) {
          deadParents.add(r.parent().entity());
        }
      }
    }
    if (!deadParents.isEmpty()) {
      return new Restore("PARENT_DEAD", deadParents, Set.of());
    }
    Set<String> conflicts = new LinkedHashSet<>();
    for (RowId m : marked) {
      if (liveHolder(m.table(), row(m), null) != null) {
        conflicts.add(m.table().entity() + "." + m.table().keyName().orElseThrow());
      }
    }
    if (!conflicts.isEmpty()) {
      return new Restore("CONFLICT", conflicts, Set.of());
    }
    return new Restore("RESTORED", Set.of(), marked);
  }

  void apply(Restore restore) {
    for (RowId id : restore.restored()) {
      tables.get(id.table()).put(id.id(), row(id).restored());
    }
  }

  /** A hard delete of the row: refused while a live row references it; else with its dead descendants. */
  Removal hardDelete(StoryTable table, long id) {
    RowId root = new RowId(table, id);
    if (row(root) == null) {
      return new Removal(List.of(), 0, Set.of());
    }
    Map<Reference, Long> live = new LinkedHashMap<>();
    for (Map.Entry<RowId, Reference> child : children(root)) {
      if (row(child.getKey()).live()) {
        live.merge(child.getValue(), 1L, Long::sum);
      }
    }
    if (!live.isEmpty()) {
      List<LiveChildren> refusals = new ArrayList<>();
      live.forEach((r, n) -> refusals.add(new LiveChildren("hardDelete", table, r.child(), n)));
      return new Removal(refusals, 0, Set.of());
    }
    return withDescendants("hardDelete", Set.of(root), 1);
  }

  /**
   * A purge of the table's dead rows deleted before the cutoff whose children are all dead, with their
   * dead descendants; returns how many rows of the table it must report.
   */
  Removal purge(StoryTable table, Instant cutoff) {
    Set<RowId> roots = new LinkedHashSet<>();
    tables.get(table).forEach((id, row) -> {
      RowId rowId = new RowId(table, id);
      if (!row.live() && row.deletedAt().isBefore(cutoff)
          && children(rowId).stream().noneMatch(child -> row(child.getKey()).live())) {
        roots.add(rowId);
      }
    });
    return withDescendants("purgeDeletedBefore", roots, roots.size());
  }

  /**
   * The rows and everything under them, which must all be dead: the verbs refuse a live row under a
   * removed one, but the invariant, checked after every step, leaves none.
   */
  private Removal withDescendants(String verb, Set<RowId> roots, int result) {
    Set<RowId> removed = new LinkedHashSet<>(roots);
    Deque<RowId> todo = new ArrayDeque<>(roots);
    while (!todo.isEmpty()) {
      RowId parent = todo.removeFirst();
      for (Map.Entry<RowId, Reference> child : children(parent)) {
        if (row(child.getKey()).live()) {
          throw new IllegalStateException(verb + " would reach the live row " + child.getKey() + " under the dead "
              + parent + ": the model itself broke the invariant");
        }
        if (removed.add(child.getKey())) {
          todo.addLast(child.getKey());
        }
      }
    }
    return new Removal(List.of(), result, removed);
  }

  void apply(Removal removal) {
    for (RowId id : removal.removed()) {
      tables.get(id.table()).remove(id.id());
    }
  }

  /** The customer's live or dead orders, by id. */
  List<Long> ordersOf(long customer, boolean live) {
    List<Long> ids = new ArrayList<>();
    tables.get(StoryTable.ORDER).forEach((id, row) -> {
      if (row.ref(0) == customer && row.live() == live) {
        ids.add(id);
      }
    });
    return ids;
  }

  /** The category and every category under it, live or dead. */
  Set<Long> categoriesUnder(long category) {
    Set<Long> tree = new LinkedHashSet<>(List.of(category));
    boolean grew = true;
    while (grew) {
      grew = false;
      for (Map.Entry<Long, Row> e : tables.get(StoryTable.CATEGORY).entrySet()) {
        if (e.getValue().ref(1) != null && tree.contains(e.getValue().ref(1)) && tree.add(e.getKey())) {
          grew = true;
        }
      }
    }
    return tree;
  }

  /** The dead rows whose operation killed them directly: none of their CASCADE parents died with them. */
  List<RowId> deadRoots() {
    List<RowId> roots = new ArrayList<>();
    tables.forEach((table, rows) -> rows.forEach((id, row) -> {
      if (!row.live() && table.references().stream().filter(Reference::cascades).noneMatch(r -> {
        Long parent = row.ref(r.index());
        Row p = parent == null ? null : tables.get(r.parent()).get(parent);
        return p != null && row.op().equals(p.op());
      })) {
        roots.add(new RowId(table, id));
      }
    }));
    return roots;
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    tables.forEach((table, rows) -> {
      text.append("\n    ").append(table.table()).append(':');
      rows.forEach((id, row) -> text.append(' ').append(id).append(row.refs())
          .append(row.key() == null ? "" : row.key())
          .append(row.live() ? "" : " dead by " + row.op()));
    });
    return text.toString();
  }
}
