package dev.softdelete.processor.model;

import com.palantir.javapoet.TypeName;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * One record component as read from the source, before validation.
 *
 * @param name the component's name, which is also its accessor's
 * @param element where messages about the component go: the record's private field for it, which
 *     carries the component's line on every JDK (record components have no position on JDK 17)
 * @param type the component's Java type
 * @param typeDisplay the type as the user wrote it, for messages
 * @param javaType the supported kind, or empty when the type cannot be stored
 * @param unresolved whether the type does not exist yet (another processor may generate it)
 * @param primitive whether the type is a primitive
 * @param nonNull whether an annotation named NonNull or NotNull marks it
 * @param column the column name: {@code @Column}'s value or the snake_case of the name; for the
 *     {@code @DeletedAt} component, the entity's deleted-at column
 * @param columnAnnotation {@code @Column}, if present
 * @param columnValue {@code @Column}'s value, if present
 * @param id {@code @Id}, if present
 * @param idGenerated {@code @Id(generated)}; meaningful only with {@code @Id}
 * @param idGeneratedValue the explicitly written {@code generated} value, for messages
 * @param unique {@code @Unique}, if present
 * @param deletedAt {@code @DeletedAt}, if present
 * @param reference {@code @References}, if present
 * @param deletedBy {@code @DeletedBy}, if present
 */
public record Component(
    String name,
    Element element,
    TypeName type,
    String typeDisplay,
    Optional<JavaType> javaType,
    boolean unresolved,
    boolean primitive,
    boolean nonNull,
    String column,
    Optional<AnnotationMirror> columnAnnotation,
    Optional<AnnotationValue> columnValue,
    Optional<AnnotationMirror> id,
    boolean idGenerated,
    Optional<AnnotationValue> idGeneratedValue,
    Optional<AnnotationMirror> unique,
    Optional<AnnotationMirror> deletedAt,
    Optional<ReferenceModel> reference,
    Optional<AnnotationMirror> deletedBy) {

  /**
   * A value that is not a component of the entity, read or bound the way a component of its type is:
   * a {@code @Query} parameter, a scalar result, a projection's component.
   */
  public static Component value(String name, TypeName type, JavaType kind, boolean primitive) {
    return new Component(
        name,
        null,
        type,
        type.toString(),
        Optional.of(kind),
        false,
        primitive,
        false,
        name,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        false,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  public boolean isId() {
    return id.isPresent();
  }

  public boolean isUnique() {
    return unique.isPresent();
  }

  public boolean isReference() {
    return reference.isPresent();
  }

  public boolean isDeletedBy() {
    return deletedBy.isPresent();
  }

  public boolean isDeletedAt() {
    return deletedAt.isPresent();
  }

  /** The supported kind; only valid models are written, and every component of one has a kind. */
  public JavaType kind() {
    return javaType.orElseThrow(() -> new IllegalStateException(name + " has no supported type"));
  }

  /** Whether the column allows NULL. */
  public boolean nullable() {
    return !primitive && !nonNull && !isId();
  }
}
