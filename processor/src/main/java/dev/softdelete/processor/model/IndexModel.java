package dev.softdelete.processor.model;

import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * An index for the queries users write on live rows: {@code @Index} on a component, or one of
 * {@code @SoftDeleteEntity(indexes = ...)}.
 *
 * @param name the index's name part: {@code name} when written; on a component, the component's
 *     column by default; in {@code indexes}, empty when left out (an error)
 * @param componentNames the indexed components, in index order: the component it is on, or the
 *     declared {@code components}
 * @param onComponent whether it is {@code @Index} on a component rather than one of {@code indexes}
 * @param element where messages about the index go: the component's element, or the record
 * @param annotation the {@code @Index} annotation
 * @param nameValue its {@code name} value, if written
 * @param componentsValue its {@code components} value, if written
 * @param declaration for one of {@code indexes}, its value inside {@code indexes}: where a message
 *     goes when the annotation has no value of its own to point at
 */
public record IndexModel(
    String name,
    List<String> componentNames,
    boolean onComponent,
    Element element,
    AnnotationMirror annotation,
    Optional<AnnotationValue> nameValue,
    Optional<AnnotationValue> componentsValue,
    Optional<AnnotationValue> declaration) {

  public IndexModel {
    componentNames = List.copyOf(componentNames);
  }

  /** The value messages about the name go to: the name if written, else the declaration. */
  public Optional<AnnotationValue> nameOrDeclaration() {
    return nameValue.or(() -> declaration);
  }

  /**
   * The value messages about the components go to: the components if written, else the declaration.
   */
  public Optional<AnnotationValue> componentsOrDeclaration() {
    return componentsValue.or(() -> declaration);
  }
}
