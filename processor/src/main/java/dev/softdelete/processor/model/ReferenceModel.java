package dev.softdelete.processor.model;

import dev.softdelete.OnSoftDelete;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;

/**
 * A {@code @References} on a component, as read: where it points and what soft-deleting the parent
 * does. Whether the parent is an entity, and its id's type, are judged against the other entities.
 *
 * @param annotation the {@code @References}, where messages about it go
 * @param parentValue its {@code value}, where messages about the parent type go
 * @param parent the parent type's element; empty when it is not a declared class (javac reports a
 *     class literal that does not compile)
 * @param parentName the parent type as written, for messages
 * @param onSoftDelete what soft-deleting the parent does to live children
 */
public record ReferenceModel(
    AnnotationMirror annotation,
    Optional<AnnotationValue> parentValue,
    Optional<TypeElement> parent,
    String parentName,
    OnSoftDelete onSoftDelete) {

  /** The qualified name of the parent type, or its name as written when it has no element. */
  public String parentQualifiedName() {
    return parent.map(p -> p.getQualifiedName().toString()).orElse(parentName);
  }
}
