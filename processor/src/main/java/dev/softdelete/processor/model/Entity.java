package dev.softdelete.processor.model;

import com.palantir.javapoet.ClassName;
import dev.softdelete.internal.GeneratedNames;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;

/**
 * A {@code @SoftDeleteEntity} as read from the source. The reader records what it finds, valid or not;
 * the validator decides, and only valid entities reach the writers, which may then rely on exactly one
 * id, supported types and resolved keys.
 *
 * @param element the annotated type
 * @param annotation its {@code @SoftDeleteEntity}
 * @param kind the annotated type's kind; only {@link ElementKind#RECORD} is valid
 * @param generic whether it declares type parameters
 * @param annotationErrors whether an annotation value does not compile (javac reports it); such an
 *     entity is neither judged nor written
 * @param privateType when generated code in the package cannot use the record, the simple name of the
 *     private type that hides it: the record itself or a type it is nested in
 * @param recordType the record's class name
 * @param generatedPrefix the prefix of generated names: the record's name, after its enclosing types'
 * @param table the table name
 * @param tableValue the explicit {@code table} value, if any
 * @param liveColumn the live column name
 * @param liveColumnValue the explicit {@code liveColumn} value, if any
 * @param deletedAtColumn the deleted-at column name
 * @param deletedAtColumnValue the explicit {@code deletedAtColumn} value, if any
 * @param components the record components, in declaration order
 * @param uniqueKeys {@code @Unique} keys in component order, then {@code @UniqueKey}s in declaration
 *     order
 * @param indexes {@code @Index} on components in component order, then those of {@code indexes} in
 *     declaration order
 * @param deletionColumn the column that holds the id of the operation that deleted a dead row; present
 *     once the entity is known to reference or be referenced by another ({@link Relations}), empty as
 *     read
 */
public record Entity(
    TypeElement element,
    AnnotationMirror annotation,
    ElementKind kind,
    boolean generic,
    boolean annotationErrors,
    Optional<String> privateType,
    ClassName recordType,
    String generatedPrefix,
    String table,
    Optional<AnnotationValue> tableValue,
    String liveColumn,
    Optional<AnnotationValue> liveColumnValue,
    String deletedAtColumn,
    Optional<AnnotationValue> deletedAtColumnValue,
    List<Component> components,
    List<UniqueKeyModel> uniqueKeys,
    List<IndexModel> indexes,
    Optional<String> deletionColumn) {

  public Entity {
    components = List.copyOf(components);
    uniqueKeys = List.copyOf(uniqueKeys);
    indexes = List.copyOf(indexes);
  }

  /** This entity with the deletion column of an entity in a relation. */
  public Entity withDeletionColumn(String column) {
    return new Entity(
        element, annotation, kind, generic, annotationErrors, privateType, recordType, generatedPrefix, table,
        tableValue, liveColumn, liveColumnValue, deletedAtColumn, deletedAtColumnValue, components, uniqueKeys,
        indexes, Optional.of(column));
  }

  /** The components that reference a parent, in record order. */
  public List<Component> references() {
    return components.stream().filter(Component::isReference).collect(Collectors.toList());
  }

  public String packageName() {
    return recordType.packageName();
  }

  /** The record's simple name, as it appears in messages. */
  public String simpleName() {
    return recordType.simpleName();
  }

  public ClassName repositoryInterface() {
    return ClassName.get(packageName(), GeneratedNames.repository(generatedPrefix));
  }

  public ClassName repositoryImplementation() {
    return ClassName.get(packageName(), GeneratedNames.implementation(repositoryInterface().simpleName()));
  }

  public ClassName rowMapper() {
    return ClassName.get(packageName(), GeneratedNames.rowMapper(generatedPrefix));
  }

  public ClassName schema() {
    return ClassName.get(packageName(), GeneratedNames.schema(generatedPrefix));
  }

  /** The {@code @Id} component; a valid entity has exactly one. */
  public Component id() {
    return components.stream()
        .filter(Component::isId)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException(simpleName() + " has no @Id"));
  }

  /** Whether the database generates the id: an integral id not marked {@code generated = false}. */
  public boolean generatedId() {
    Component id = id();
    return id.idGenerated() && id.kind().isIntegral();
  }

  /** The {@code @DeletedAt} component, if any. */
  public Optional<Component> deletedAt() {
    return components.stream().filter(Component::isDeletedAt).findFirst();
  }

  /** The components stored in columns of their own: all but {@code @DeletedAt}, in record order. */
  public List<Component> columns() {
    return components.stream().filter(c -> !c.isDeletedAt()).collect(Collectors.toList());
  }

  /**
   * The stored components other than the id and the {@code @DeletedBy} component, which only soft
   * deletes write: what insert writes (after the id) and update sets.
   */
  public List<Component> dataColumns() {
    return components.stream()
        .filter(c -> !c.isDeletedAt() && !c.isId() && !c.isDeletedBy())
        .collect(Collectors.toList());
  }

  /** The {@code @DeletedBy} component, if any. */
  public Optional<Component> deletedBy() {
    return components.stream().filter(Component::isDeletedBy).findFirst();
  }

  public Optional<Component> component(String name) {
    return components.stream().filter(c -> c.name().equals(name)).findFirst();
  }

  /** The name of the key's finder on the repository: {@code findByOrgIdAndUserId}. */
  public String finderName(UniqueKeyModel key) {
    return "findBy"
        + key.componentNames().stream()
            .map(name -> Character.toUpperCase(name.charAt(0)) + name.substring(1))
            .collect(Collectors.joining("And"));
  }

  /** The components of a key, in key order; every name resolves in a valid entity. */
  public List<Component> components(UniqueKeyModel key) {
    return components(key.componentNames());
  }

  /** The components of an index, in index order; every name resolves in a valid entity. */
  public List<Component> components(IndexModel index) {
    return components(index.componentNames());
  }

  private List<Component> components(List<String> names) {
    return names.stream().map(name -> component(name).orElseThrow()).collect(Collectors.toList());
  }
}
