package dev.softdelete.processor.model;

import com.palantir.javapoet.ClassName;
import dev.softdelete.OnSoftDelete;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An entity's place among the references of its compilation, resolved once every entity of the round
 * is read and valid.
 *
 * @param entity the entity
 * @param links its {@code @References} components with their parents, in record order
 * @param graph the entities the cascade verbs of this entity touch, the entity first: every entity
 *     that references it, directly or through others, and the parents of all of these; empty when the
 *     entity neither references nor is referenced
 */
public record Relations(Entity entity, List<Link> links, List<Entity> graph) {

  /** The name of the column that holds the id of the operation that deleted a dead row. */
  public static final String DELETION_COLUMN = "deletion_id";

  /** A reference component and the entity it points to. */
  public record Link(Component component, Entity parent) {
    public OnSoftDelete onSoftDelete() {
      return component.reference().orElseThrow().onSoftDelete();
    }
  }

  public Relations {
    links = List.copyOf(links);
    graph = List.copyOf(graph);
  }

  /** Whether the entity references a parent or is referenced: its table then has the deletion column. */
  public boolean related() {
    return entity.deletionColumn().isPresent();
  }

  /** The relations of an entity of a repository compiled apart from its records: none known. */
  public static Relations none(Entity entity) {
    return new Relations(entity, List.of(), List.of());
  }

  /** The schema classes of {@link #graph}, whose definitions the cascade reads. */
  public List<ClassName> graphSchemas() {
    return graph.stream().map(Entity::schema).toList();
  }

  /**
   * The relations of every entity of a round, given the entities by the canonical name of their
   * record; entities in a relation come back with their deletion column. A reference whose parent is
   * not among them has been reported by the validator, and is left out.
   */
  public static Map<String, Relations> of(Map<String, Entity> read) {
    Map<String, List<String>> children = new LinkedHashMap<>();
    for (Map.Entry<String, Entity> e : read.entrySet()) {
      for (Component component : e.getValue().references()) {
        String parent = component.reference().orElseThrow().parentQualifiedName();
        if (read.containsKey(parent)) {
          children.computeIfAbsent(parent, k -> new ArrayList<>()).add(e.getKey());
        }
      }
    }
    // An entity in a relation, on either side, has the deletion column.
    Map<String, Entity> entities = new LinkedHashMap<>();
    for (Map.Entry<String, Entity> e : read.entrySet()) {
      boolean related =
          children.containsKey(e.getKey())
              || children.values().stream().anyMatch(list -> list.contains(e.getKey()));
      entities.put(e.getKey(), related ? e.getValue().withDeletionColumn(DELETION_COLUMN) : e.getValue());
    }
    Map<String, List<Link>> links = new LinkedHashMap<>();
    for (Map.Entry<String, Entity> e : entities.entrySet()) {
      List<Link> own = new ArrayList<>();
      for (Component component : e.getValue().references()) {
        Entity parent = entities.get(component.reference().orElseThrow().parentQualifiedName());
        if (parent != null) {
          own.add(new Link(component, parent));
        }
      }
      links.put(e.getKey(), own);
    }
    Map<String, Relations> relations = new LinkedHashMap<>();
    for (Map.Entry<String, Entity> e : entities.entrySet()) {
      List<Entity> graph = new ArrayList<>();
      if (e.getValue().deletionColumn().isPresent()) {
        Set<String> reached = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(e.getKey()));
        while (!todo.isEmpty()) {
          String next = todo.removeFirst();
          if (reached.add(next)) {
            todo.addAll(children.getOrDefault(next, List.of()));
          }
        }
        Set<String> withParents = new LinkedHashSet<>(reached);
        for (String member : reached) {
          for (Link link : links.get(member)) {
            withParents.add(link.parent().recordType().canonicalName());
          }
        }
        withParents.forEach(member -> graph.add(entities.get(member)));
      }
      relations.put(e.getKey(), new Relations(e.getValue(), links.get(e.getKey()), graph));
    }
    return relations;
  }
}
