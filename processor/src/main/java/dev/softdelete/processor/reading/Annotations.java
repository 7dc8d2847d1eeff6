package dev.softdelete.processor.reading;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/** Reads annotation mirrors without loading annotation classes. */
final class Annotations {
  private Annotations() {}

  static Optional<AnnotationMirror> find(Element element, Class<?> annotation) {
    return find(element.getAnnotationMirrors(), annotation.getCanonicalName());
  }

  static Optional<AnnotationMirror> find(
      List<? extends AnnotationMirror> mirrors, String qualifiedName) {
    for (AnnotationMirror mirror : mirrors) {
      TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
      if (type.getQualifiedName().contentEquals(qualifiedName)) {
        return Optional.of(mirror);
      }
    }
    return Optional.empty();
  }

  /** The value written in the source for the member, if any (defaults are not written). */
  static Optional<AnnotationValue> explicitValue(AnnotationMirror mirror, String member) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        mirror.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(member)) {
        return Optional.of(entry.getValue());
      }
    }
    return Optional.empty();
  }

  /** The value of the member, written or default. */
  static Object value(AnnotationMirror mirror, String member) {
    Optional<AnnotationValue> explicit = explicitValue(mirror, member);
    if (explicit.isPresent()) {
      return explicit.get().getValue();
    }
    for (Element e : mirror.getAnnotationType().asElement().getEnclosedElements()) {
      if (e instanceof ExecutableElement && e.getSimpleName().contentEquals(member)) {
        AnnotationValue dflt = ((ExecutableElement) e).getDefaultValue();
        return dflt == null ? null : dflt.getValue();
      }
    }
    throw new IllegalArgumentException(member + " is not a member of " + mirror);
  }

  /** Whether any annotation in the list has the simple name NonNull or NotNull, from any package. */
  static boolean hasNonNull(List<? extends AnnotationMirror> mirrors) {
    for (AnnotationMirror mirror : mirrors) {
      String simple = mirror.getAnnotationType().asElement().getSimpleName().toString();
      if (simple.equals("NonNull") || simple.equals("NotNull")) {
        return true;
      }
    }
    return false;
  }
}
