package dev.softdelete.processor.validation;

import com.palantir.javapoet.TypeName;
import dev.softdelete.processor.Message;
import dev.softdelete.processor.model.Component;
import dev.softdelete.processor.model.Entity;
import dev.softdelete.processor.model.ReferenceModel;
import dev.softdelete.processor.model.Relations;
import dev.softdelete.processor.reading.EntityReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.util.Types;

/**
 * Judges the {@code @References} of the entities of a round against one another: each parent is an
 * entity compiled with its children and has an id of the component's type, and no cycle of references
 * is made of non-null components only. The entities themselves are valid by then.
 */
public final class ReferenceValidator {
  private final Types types;

  public ReferenceValidator(Types types) {
    this.types = types;
  }

  /** The problems of one entity's references, given the round's valid entities by record name. */
  public ValidationReport validate(Entity entity, Map<String, Entity> round, EntityReader reader) {
    ValidationReport.Builder report = new ValidationReport.Builder();
    boolean related = false;
    for (Component component : entity.components()) {
      if (component.reference().isEmpty()) {
        continue;
      }
      related = true;
      ReferenceModel reference = component.reference().get();
      Optional<javax.lang.model.element.AnnotationMirror> annotation = Optional.of(reference.annotation());
      if (component.isId()) {
        report.error(component.element(), annotation, Message.REFERENCE_ON_ID, component.name());
        continue;
      }
      if (component.isDeletedAt()) {
        report.error(component.element(), annotation, Message.REFERENCE_ON_DELETED_AT, component.name());
        continue;
      }
      Optional<Entity> parent =
          reference.parent().flatMap(reader::read);
      if (parent.isEmpty()) {
        report.error(
            component.element(), annotation, reference.parentValue(), Message.REFERENCE_NOT_ENTITY,
            component.name(), reference.parentName());
        continue;
      }
      Entity inRound = round.get(reference.parentQualifiedName());
      if (inRound == null) {
        report.error(
            component.element(), annotation, reference.parentValue(), Message.REFERENCE_NOT_COMPILED_TOGETHER,
            component.name(), parent.get().simpleName(), entity.simpleName());
        continue;
      }
      Component parentId = inRound.id();
      if (!sameType(component, parentId)) {
        report.error(
            component.element(), annotation, reference.parentValue(), Message.REFERENCE_TYPE,
            component.name(), component.typeDisplay(), inRound.simpleName(), parentId.name(),
            parentId.typeDisplay(), parentId.typeDisplay());
      }
    }
    boolean referenced =
        round.values().stream()
            .flatMap(e -> e.components().stream())
            .anyMatch(c -> c.reference().map(r -> r.parentQualifiedName()
                .equals(entity.recordType().canonicalName())).orElse(false));
    if (related || referenced) {
      for (Component component : entity.components()) {
        if (!component.isDeletedAt() && component.column().equalsIgnoreCase(Relations.DELETION_COLUMN)) {
          report.error(
              component.element(), component.columnAnnotation(), component.columnValue(),
              Message.DELETION_COLUMN_TAKEN, component.name(), component.column(), entity.simpleName());
        }
      }
    }
    return report.build();
  }

  /** The same type, a primitive and its box counting as one. */
  private static boolean sameType(Component a, Component b) {
    return unboxed(a.type()).equals(unboxed(b.type()));
  }

  private static TypeName unboxed(TypeName type) {
    return type.isBoxedPrimitive() ? type.unbox() : type;
  }

  /**
   * The cycles of references among the entities whose references are sound: one in which every
   * component is non-null could never have a first row. Each such reference is reported.
   */
  public ValidationReport validateGraph(Map<String, Entity> entities) {
    ValidationReport.Builder report = new ValidationReport.Builder();
    // Edges over non-null references only: a cycle among them is a cycle with no way out.
    Map<String, List<Component>> edges = new LinkedHashMap<>();
    for (Map.Entry<String, Entity> e : entities.entrySet()) {
      List<Component> out = new ArrayList<>();
      for (Component c : e.getValue().components()) {
        if (c.reference().isPresent() && !c.nullable()
            && entities.containsKey(c.reference().get().parentQualifiedName())) {
          out.add(c);
        }
      }
      edges.put(e.getKey(), out);
    }
    for (Map.Entry<String, List<Component>> e : edges.entrySet()) {
      for (Component c : e.getValue()) {
        List<String> path = pathBack(c.reference().get().parentQualifiedName(), e.getKey(), edges, new HashMap<>());
        if (path != null) {
          List<String> names = new ArrayList<>();
          names.add(entities.get(e.getKey()).simpleName() + "." + c.name());
          for (String p : path) {
            names.add(entities.get(p).simpleName());
          }
          report.error(
              c.element(), Optional.of(c.reference().get().annotation()), Message.REFERENCE_CYCLE_NOT_NULL,
              c.name(), String.join(" -> ", names), c.name());
        }
      }
    }
    return report.build();
  }

  /** A path from {@code from} to {@code to} along the edges, or null. */
  private static List<String> pathBack(
      String from, String to, Map<String, List<Component>> edges, Map<String, Boolean> seen) {
    if (from.equals(to)) {
      return new ArrayList<>(List.of(to));
    }
    if (seen.put(from, Boolean.TRUE) != null) {
      return null;
    }
    for (Component c : edges.getOrDefault(from, List.of())) {
      List<String> rest = pathBack(c.reference().get().parentQualifiedName(), to, edges, seen);
      if (rest != null) {
        rest.add(0, from);
        return rest;
      }
    }
    return null;
  }
}
