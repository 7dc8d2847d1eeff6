package dev.softdelete.processor.model;

import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * A key that is unique among live rows: one {@code @Unique} component, or a {@code @UniqueKey}.
 *
 * @param name the key's name: the component's name for {@code @Unique}, the declared name otherwise
 * @param componentNames the components of the key, in index order
 * @param element where messages about the key go
 * @param annotation the {@code @Unique} or {@code @UniqueKey} annotation
 * @param nameValue for {@code @UniqueKey}, its {@code name} value
 * @param componentsValue for {@code @UniqueKey}, its {@code components} value
 */
public record UniqueKeyModel(
    String name,
    List<String> componentNames,
    Element element,
    AnnotationMirror annotation,
    Optional<AnnotationValue> nameValue,
    Optional<AnnotationValue> componentsValue) {

  public UniqueKeyModel {
    componentNames = List.copyOf(componentNames);
  }

  /** Whether this key was declared with {@code @UniqueKey} rather than {@code @Unique}. */
  public boolean compound() {
    return nameValue.isPresent();
  }
}
