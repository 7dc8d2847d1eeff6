package dev.softdelete.processor;

import java.util.Optional;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * The one place errors are reported. Each error is attached to its element and, where there is one, to
 * the annotation and the annotation value, so that the compiler and IDEs point at the right token.
 */
public final class Diagnostics {
  private final Messager messager;
  private boolean errorReported;

  public Diagnostics(Messager messager) {
    this.messager = messager;
  }

  /** Whether any error has been reported: the compilation fails. */
  public boolean errorReported() {
    return errorReported;
  }

  /** An error about the compilation as a whole, such as a processor option. */
  public void error(Message message, Object... args) {
    errorReported = true;
    messager.printMessage(Diagnostic.Kind.ERROR, message.format(args));
  }

  public void error(Element element, Message message, Object... args) {
    report(element, Optional.empty(), Optional.empty(), message, args);
  }

  public void error(
      Element element, Optional<AnnotationMirror> annotation, Message message, Object... args) {
    report(element, annotation, Optional.empty(), message, args);
  }

  public void error(
      Element element,
      Optional<AnnotationMirror> annotation,
      Optional<AnnotationValue> value,
      Message message,
      Object... args) {
    report(element, annotation, value, message, args);
  }

  private void report(
      Element element,
      Optional<AnnotationMirror> annotation,
      Optional<AnnotationValue> value,
      Message message,
      Object... args) {
    errorReported = true;
    String text = message.format(args);
    if (annotation.isPresent() && value.isPresent()) {
      messager.printMessage(Diagnostic.Kind.ERROR, text, element, annotation.get(), value.get());
    } else if (annotation.isPresent()) {
      messager.printMessage(Diagnostic.Kind.ERROR, text, element, annotation.get());
    } else {
      messager.printMessage(Diagnostic.Kind.ERROR, text, element);
    }
  }
}
