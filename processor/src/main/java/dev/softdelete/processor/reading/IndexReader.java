package dev.softdelete.processor.reading;

import dev.softdelete.Index;
import dev.softdelete.processor.model.Component;
import dev.softdelete.processor.model.IndexModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;

/**
 * Reads the indexes of an entity: {@code @Index} on its components, then those of
 * {@code @SoftDeleteEntity(indexes = ...)}, as written, valid or not.
 */
final class IndexReader {
  private IndexReader() {}

  static List<IndexModel> read(
      TypeElement type, AnnotationMirror entity, List<Component> components) {
    List<IndexModel> indexes = new ArrayList<>();
    for (Component component : components) {
      // The field carries the component's annotations (Index targets FIELD), and its line on JDK
      // 17.
      Annotations.find(component.element(), Index.class)
          .ifPresent(index -> indexes.add(onComponent(component, index)));
    }
    Optional<AnnotationValue> declared = Annotations.explicitValue(entity, "indexes");
    if (declared.isPresent() && declared.get().getValue() instanceof List) {
      @SuppressWarnings("unchecked")
      List<? extends AnnotationValue> values =
          (List<? extends AnnotationValue>) declared.get().getValue();
      for (AnnotationValue value : values) {
        if (!(value.getValue() instanceof AnnotationMirror)
            || Annotations.hasErrors((AnnotationMirror) value.getValue())) {
          // javac reports the value that does not compile, and the entity is not validated.
          continue;
        }
        indexes.add(declared(type, (AnnotationMirror) value.getValue(), value));
      }
    }
    return indexes;
  }

  /** {@code @Index} on a component: that component, named after its column unless named. */
  private static IndexModel onComponent(Component component, AnnotationMirror index) {
    String name = name(index);
    return new IndexModel(
        name.isEmpty() ? component.column() : name,
        List.of(component.name()),
        true,
        component.element(),
        index,
        Annotations.explicitValue(index, "name"),
        Annotations.explicitValue(index, "components"),
        Optional.empty());
  }

  private static IndexModel declared(
      TypeElement type, AnnotationMirror index, AnnotationValue value) {
    return new IndexModel(
        name(index),
        componentNames(index),
        false,
        type,
        index,
        Annotations.explicitValue(index, "name"),
        Annotations.explicitValue(index, "components"),
        Optional.of(value));
  }

  /** The name as written; empty when left out, or when it is not a string (javac reports that). */
  private static String name(AnnotationMirror index) {
    return Annotations.value(index, "name") instanceof String name ? name : "";
  }

  private static List<String> componentNames(AnnotationMirror index) {
    if (!(Annotations.value(index, "components") instanceof List<?> names)) {
      return List.of();
    }
    return names.stream()
        .map(v -> ((AnnotationValue) v).getValue())
        .filter(String.class::isInstance)
        .map(String.class::cast)
        .collect(Collectors.toList());
  }
}
