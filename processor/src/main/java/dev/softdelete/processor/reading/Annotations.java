package dev.softdelete.processor.reading;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;

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

  /**
   * Whether a value written in the annotation does not compile, for example a constant that does not
   * exist, or a member without a default is left out. javac reports those itself and hands processors
   * the text {@code <error>} in place of a value that does not compile.
   */
  static boolean hasErrors(AnnotationMirror mirror) {
    Map<? extends ExecutableElement, ? extends AnnotationValue> values = mirror.getElementValues();
    for (ExecutableElement member :
        ElementFilter.methodsIn(mirror.getAnnotationType().asElement().getEnclosedElements())) {
      if (member.getDefaultValue() == null && !values.containsKey(member)) {
        // A member left out that has no default: javac reports it.
        return true;
      }
    }
    return values.values().stream().anyMatch(Annotations::hasErrors);
  }

  private static boolean hasErrors(AnnotationValue value) {
    Object v = value.getValue();
    if (v instanceof AnnotationMirror) {
      return hasErrors((AnnotationMirror) v);
    }
    if (v instanceof List) {
      return ((List<?>) v).stream().anyMatch(e -> e instanceof AnnotationValue && hasErrors((AnnotationValue) e));
    }
    return "<error>".equals(v) || "<error>".equals(value.toString());
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
