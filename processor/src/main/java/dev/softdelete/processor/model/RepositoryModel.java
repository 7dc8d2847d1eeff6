package dev.softdelete.processor.model;

import com.palantir.javapoet.ClassName;
import dev.softdelete.processor.model.query.RepositoryMethod;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;

/**
 * A {@code @Repository} interface as read from the source.
 *
 * @param element the annotated type
 * @param annotation its {@code @Repository}
 * @param kind its kind; only an interface is valid
 * @param generic whether it declares type parameters
 * @param implementation the class to generate: {@code JdbiArticles}
 * @param entityType the entity named by its {@code SoftDeleteRepository<Entity, Id>} supertype, if it
 *     extends one (directly, or through the entity's generated repository)
 * @param entity the entity, when that type is a {@code @SoftDeleteEntity}
 * @param methods its abstract methods, declared and inherited, in source order
 */
public record RepositoryModel(
    TypeElement element,
    AnnotationMirror annotation,
    ElementKind kind,
    boolean generic,
    ClassName implementation,
    Optional<TypeElement> entityType,
    Optional<Entity> entity,
    List<RepositoryMethod> methods) {

  public RepositoryModel {
    methods = List.copyOf(methods);
  }

  public String simpleName() {
    return element.getSimpleName().toString();
  }
}
