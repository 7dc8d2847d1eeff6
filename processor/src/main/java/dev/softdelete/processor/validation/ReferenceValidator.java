package dev.softdelete.processor.validation;

import com.palantir.javapoet.TypeName;
import dev.softdelete.OnSoftDelete;
import dev.softdelete.processor.Message;
import dev.softdelete.processor.model.Component;
import dev.softdelete.processor.model.Entity;
import dev.softdelete.processor.model.ReferenceModel;
import dev.softdelete.processor.model.Relations;
import dev.softdelete.processor.reading.EntityReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;

/**
 * Judges the {@code @References} of the entities of a round against one another: each parent is an
 * entity compiled with its children and has an id of the component's type, no cycle of references is
 * made of non-null components only, and a cascade stamps its actor only on entities that record it in
 * the same type. The entities themselves are valid by then.
 */
public final class ReferenceValidator {
  private final EntityReader reader;

  public ReferenceValidator(EntityReader reader) {
    this.reader = reader;
  }

  /**
   * The problems of one entity's references.
   *
   * @param valid the round's valid entities by record name
   * @param withErrors the names of the round's other entities, which have errors of their own: a
   *     reference to one of them is judged once it is fixed, so that its errors are not repeated here
   */
  public ValidationReport validate(Entity entity, Map<String, Entity> valid, Set<String> withErrors) {
    ValidationReport.Builder report = new ValidationReport.Builder();
    for (Component component : entity.references()) {
      ReferenceModel reference = component.reference().orElseThrow();
      Optional<AnnotationMirror> annotation = Optional.of(reference.annotation());
      if (component.isId()) {
        report.error(component.element(), annotation, Message.REFERENCE_ON_ID, component.name());
        continue;
      }
      if (component.isDeletedAt()) {
        report.error(component.element(), annotation, Message.REFERENCE_ON_DELETED_AT, component.name());
        continue;
      }
      if (withErrors.contains(reference.parentQualifiedName())) {
        continue;
      }
      Optional<Entity> parent = reference.parent().flatMap(reader::read);
      if (parent.isEmpty()) {
        report.error(
            component.element(), annotation, reference.parentValue(), Message.REFERENCE_NOT_ENTITY,
            component.name(), reference.parentName());
        continue;
      }
      Entity compiled = valid.get(reference.parentQualifiedName());
      if (compiled == null) {
        report.error(
            component.element(), annotation, reference.parentValue(), Message.REFERENCE_NOT_COMPILED_TOGETHER,
            component.name(), parent.get().simpleName(), entity.simpleName());
        continue;
      }
      Component parentId = compiled.id();
      if (!sameType(component, parentId)) {
        report.error(
            component.element(), annotation, reference.parentValue(), Message.REFERENCE_TYPE,
            component.name(), component.typeDisplay(), compiled.simpleName(), parentId.name(),
            parentId.typeDisplay(), parentId.typeDisplay());
      }
    }
    if (!entity.references().isEmpty() || isReferenced(entity, valid)) {
      for (Component component : entity.columns()) {
        if (component.column().equalsIgnoreCase(Relations.DELETION_COLUMN)) {
          report.error(
              component.element(), component.columnAnnotation(), component.columnValue(),
              Message.DELETION_COLUMN_TAKEN, component.name(), component.column(), entity.simpleName());
        }
      }
    }
    return report.build();
  }

  private static boolean isReferenced(Entity entity, Map<String, Entity> valid) {
    String name = entity.recordType().canonicalName();
    return valid.values().stream()
        .flatMap(e -> e.references().stream())
        .anyMatch(c -> c.reference().orElseThrow().parentQualifiedName().equals(name));
  }

  /** The same type, a primitive and its box counting as one. */
  private static boolean sameType(Component a, Component b) {
    return unboxed(a.type()).equals(unboxed(b.type()));
  }

  private static TypeName unboxed(TypeName type) {
    return type.isBoxedPrimitive() ? type.unbox() : type;
  }

  /** A non-null reference between two entities of the graph. */
  private record Edge(Entity child, Component component, String parent) {
    String display() {
      return child.simpleName() + "." + component.name();
    }
  }

  /**
   * The entity's references that close a cycle of non-null references among the entities whose
   * references are sound: such a cycle could never have a first row. Every reference of the cycle is
   * reported, each on its own entity and annotation: making any one of them nullable breaks the cycle,
   * and the user chooses which.
   *
   * @param sound the entities whose references are sound, by record name
   */
  public ValidationReport validateCycles(Entity entity, Map<String, Entity> sound) {
    Map<String, List<Edge>> edges = new LinkedHashMap<>();
    for (Map.Entry<String, Entity> e : sound.entrySet()) {
      edges.put(e.getKey(), nonNullEdges(e.getValue(), sound));
    }
    ValidationReport.Builder report = new ValidationReport.Builder();
    String name = entity.recordType().canonicalName();
    for (Edge edge : nonNullEdges(entity, sound)) {
      List<Edge> back = path(edge.parent(), name, edges, new HashSet<>());
      if (back == null) {
        continue;
      }
      List<Edge> cycle = new ArrayList<>(List.of(edge));
      cycle.addAll(back);
      String shown =
          cycle.stream().map(Edge::display).collect(Collectors.joining(" -> ")) + " -> " + entity.simpleName();
      report.error(
          edge.component().element(), Optional.of(edge.component().reference().orElseThrow().annotation()),
          Message.REFERENCE_CYCLE_NOT_NULL, edge.component().name(), shown);
    }
    return report.build();
  }

  /** The entity's non-null references to entities among {@code sound}, in record order. */
  private static List<Edge> nonNullEdges(Entity entity, Map<String, Entity> sound) {
    List<Edge> out = new ArrayList<>();
    for (Component c : entity.references()) {
      String parent = c.reference().orElseThrow().parentQualifiedName();
      if (!c.nullable() && sound.containsKey(parent)) {
        out.add(new Edge(entity, c, parent));
      }
    }
    return out;
  }

  /** The edges of a path from {@code from} to {@code to}, none when they are the same; null if none. */
  private static List<Edge> path(String from, String to, Map<String, List<Edge>> edges, Set<String> seen) {
    if (from.equals(to)) {
      return new ArrayList<>();
    }
    if (!seen.add(from)) {
      return null;
    }
    for (Edge edge : edges.getOrDefault(from, List.of())) {
      List<Edge> rest = path(edge.parent(), to, edges, seen);
      if (rest != null) {
        rest.add(0, edge);
        return rest;
      }
    }
    return null;
  }

  /**
   * The problem of an entity whose soft deletes reach, through CASCADE references, an entity that
   * records its actor in another type: the actor of a delete is stamped on every row its cascade kills.
   * Parents and RESTRICT children are never killed by it, and do not count; each entity whose own
   * deletes stamp the wrong type is told, on its {@code @DeletedBy}.
   */
  public ValidationReport validateActors(Relations relations) {
    ValidationReport.Builder report = new ValidationReport.Builder();
    Entity entity = relations.entity();
    if (entity.deletedBy().isEmpty()) {
      return report.build();
    }
    Component own = entity.deletedBy().get();
    for (Entity member : cascadeReach(entity, relations.graph())) {
      Optional<Component> other = member.deletedBy();
      if (other.isPresent() && !other.get().type().box().equals(own.type().box())) {
        report.error(
            own.element(), own.deletedBy(), Message.DELETED_BY_TYPES_DIFFER, own.name(), entity.simpleName(),
            own.typeDisplay(), member.simpleName(), other.get().typeDisplay());
        break;
      }
    }
    return report.build();
  }

  /**
   * The entities of the graph whose rows a soft delete of the entity kills: those that reference it, or
   * an entity it kills, with CASCADE. The graph holds every entity that references it, at any depth.
   */
  private static List<Entity> cascadeReach(Entity entity, List<Entity> graph) {
    Set<String> killed = new HashSet<>(Set.of(entity.recordType().canonicalName()));
    List<Entity> reached = new ArrayList<>();
    boolean more = true;
    while (more) {
      more = false;
      for (Entity member : graph) {
        String name = member.recordType().canonicalName();
        if (!killed.contains(name) && cascadesFromAny(member, killed)) {
          killed.add(name);
          reached.add(member);
          more = true;
        }
      }
    }
    return reached;
  }

  private static boolean cascadesFromAny(Entity child, Set<String> parents) {
    return child.references().stream()
        .map(c -> c.reference().orElseThrow())
        .anyMatch(r -> r.onSoftDelete() == OnSoftDelete.CASCADE && parents.contains(r.parentQualifiedName()));
  }
}
