package dev.softdelete.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.Optional;
import javax.lang.model.element.TypeElement;

/**
 * One written repository, as the generated registry lists it: an entity's generated repository (with
 * its entity binding) or a {@code @Repository} interface.
 *
 * @param element the record or the {@code @Repository} interface the files were generated for
 * @param repository the repository interface: {@code UserRepository}, or the {@code @Repository} itself
 * @param implementation its generated class, with constructors taking a {@code Jdbi} and a {@code Handle}
 * @param entity the entity record
 * @param tables for an entity's own repository, its schema and row mapper classes; empty for a
 *     {@code @Repository} interface, whose entity is listed by the entity's own registration
 * @param hidden the type named here that code outside its package cannot name (the record or the
 *     interface, when it or a type it is nested in is not public); empty when all are public
 */
public record Registration(
    TypeElement element,
    ClassName repository,
    ClassName implementation,
    ClassName entity,
    Optional<EntityClasses> tables,
    Optional<TypeElement> hidden) {

  /** The classes generated for an entity that its entity binding names. */
  public record EntityClasses(ClassName schema, ClassName rowMapper) {}

  /** The package of the element, where its generated classes are. */
  public String packageName() {
    return implementation.packageName();
  }

  /** The qualified name of the element, which names the registry's hash. */
  public String qualifiedName() {
    return element.getQualifiedName().toString();
  }
}
