package dev.softdelete.processor.validation;

import dev.softdelete.processor.Diagnostics;
import dev.softdelete.processor.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * What validating one entity found: every problem, each with the element, annotation and value it is
 * about. The validator only collects; the processor decides what to do with a report (report its
 * problems, write nothing), so that whether an entity is valid never depends on counting errors.
 */
public final class ValidationReport {
  private final List<Problem> problems;

  private ValidationReport(List<Problem> problems) {
    this.problems = List.copyOf(problems);
  }

  /** One problem, and where it is. */
  public record Problem(
      Element element,
      Optional<AnnotationMirror> annotation,
      Optional<AnnotationValue> value,
      Message message,
      List<Object> args) {}

  /** Whether the entity may be written. */
  public boolean isClean() {
    return problems.isEmpty();
  }

  public List<Problem> problems() {
    return problems;
  }

  /** Reports every problem, in the order found. */
  public void reportTo(Diagnostics diagnostics) {
    for (Problem p : problems) {
      diagnostics.error(p.element(), p.annotation(), p.value(), p.message(), p.args().toArray());
    }
  }

  /** Collects the problems of one entity. */
  static final class Builder {
    private final List<Problem> problems = new ArrayList<>();

    void error(Element element, Message message, Object... args) {
      error(element, Optional.empty(), Optional.empty(), message, args);
    }

    void error(Element element, Optional<AnnotationMirror> annotation, Message message, Object... args) {
      error(element, annotation, Optional.empty(), message, args);
    }

    void error(
        Element element,
        Optional<AnnotationMirror> annotation,
        Optional<AnnotationValue> value,
        Message message,
        Object... args) {
      problems.add(new Problem(element, annotation, value, message, List.of(args)));
    }

    ValidationReport build() {
      return new ValidationReport(problems);
    }
  }
}
