package dev.softdelete.processor.model.query;

import com.palantir.javapoet.TypeName;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.VariableElement;

/**
 * A parameter of a repository method.
 *
 * @param element the parameter, where messages about it go
 * @param name its name in the source
 * @param bindName the {@code :name} a {@code @Query} binds it by: {@code @Bind}'s value, else the name
 * @param bind {@code @Bind}, if present
 * @param type its type
 * @param collectionElement the element type, boxed, when the type is a {@code Collection}
 * @param limit whether it is a {@code dev.softdelete.Limit}
 * @param value the parameter as a value a {@code @Query} binds: its kind, or its elements' kind for a
 *     collection
 */
public record Parameter(
    VariableElement element,
    String name,
    String bindName,
    Optional<AnnotationMirror> bind,
    TypeName type,
    Optional<TypeName> collectionElement,
    boolean limit,
    Value value,
    Optional<AnnotationMirror> deletedBy) {

  /** Whether the parameter is a derived soft delete's actor, marked {@code @DeletedBy}. */
  public boolean actor() {
    return deletedBy.isPresent();
  }

  public boolean isCollection() {
    return collectionElement.isPresent();
  }
}
