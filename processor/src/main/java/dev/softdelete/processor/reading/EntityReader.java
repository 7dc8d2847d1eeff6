package dev.softdelete.processor.reading;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.softdelete.Column;
import dev.softdelete.DeletedAt;
import dev.softdelete.DeletedBy;
import dev.softdelete.Id;
import dev.softdelete.OnSoftDelete;
import dev.softdelete.References;
import dev.softdelete.SoftDeleteEntity;
import dev.softdelete.internal.GeneratedNames;
import dev.softdelete.Unique;
import dev.softdelete.processor.model.Component;
import dev.softdelete.processor.model.Entity;
import dev.softdelete.processor.model.IndexModel;
import dev.softdelete.processor.model.JavaType;
import dev.softdelete.processor.model.Names;
import dev.softdelete.processor.model.ReferenceModel;
import dev.softdelete.processor.model.UniqueKeyModel;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ErrorType;
import javax.lang.model.type.PrimitiveType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.type.TypeVisitor;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.SimpleTypeVisitor14;

/**
 * Reads an annotated type into an {@link Entity}, recording what it finds whether it is valid or not.
 * It reports nothing; the validator judges the model.
 */
public final class EntityReader {

  /** Reads the type, or nothing when it does not carry {@code @SoftDeleteEntity}. */
  public Optional<Entity> read(TypeElement type) {
    return Annotations.find(type, SoftDeleteEntity.class).map(annotation -> read(type, annotation));
  }

  private Entity read(TypeElement type, AnnotationMirror annotation) {
    String explicitTable = (String) Annotations.value(annotation, "table");
    String deletedAtColumn = (String) Annotations.value(annotation, "deletedAtColumn");
    List<Component> components =
        type.getKind() == ElementKind.RECORD ? components(type, deletedAtColumn) : List.of();
    List<IndexModel> indexes = IndexReader.read(type, annotation, components);
    return new Entity(
        type,
        annotation,
        type.getKind(),
        !type.getTypeParameters().isEmpty(),
        Annotations.hasErrors(annotation)
            || components.stream()
                .flatMap(c -> java.util.stream.Stream.of(
                    c.columnAnnotation(), c.id(), c.reference().map(ReferenceModel::annotation)))
                .flatMap(Optional::stream)
                .anyMatch(Annotations::hasErrors)
            || indexes.stream().map(IndexModel::annotation).anyMatch(Annotations::hasErrors),
        privateType(type),
        ClassName.get(type),
        generatedPrefix(type),
        explicitTable.isEmpty() ? Names.snakeCase(type.getSimpleName().toString()) : explicitTable,
        Annotations.explicitValue(annotation, "table"),
        (String) Annotations.value(annotation, "liveColumn"),
        Annotations.explicitValue(annotation, "liveColumn"),
        deletedAtColumn,
        Annotations.explicitValue(annotation, "deletedAtColumn"),
        components,
        uniqueKeys(type, annotation, components),
        indexes,
        Optional.empty());
  }

  private static List<Component> components(TypeElement record, String deletedAtColumn) {
    List<VariableElement> fields = ElementFilter.fieldsIn(record.getEnclosedElements());
    List<Component> components = new ArrayList<>();
    for (RecordComponentElement component : record.getRecordComponents()) {
      Element field =
          fields.stream()
              .filter(f -> f.getSimpleName().equals(component.getSimpleName()))
              .filter(f -> !f.getModifiers().contains(Modifier.STATIC))
              .findFirst()
              .<Element>map(f -> f)
              .orElse(component);
      components.add(component(component, field, deletedAtColumn));
    }
    return components;
  }

  private static Component component(
      RecordComponentElement component, Element field, String deletedAtColumn) {
    String name = component.getSimpleName().toString();
    TypeMirror type = component.asType();
    Optional<AnnotationMirror> column = annotation(component, field, Column.class);
    Optional<AnnotationMirror> id = annotation(component, field, Id.class);
    Optional<AnnotationMirror> deletedAt = annotation(component, field, DeletedAt.class);
    return new Component(
        name,
        field,
        TypeName.get(type).withoutAnnotations(),
        display(type),
        javaType(type),
        type.getKind() == TypeKind.ERROR,
        type.getKind().isPrimitive(),
        Annotations.hasNonNull(component.getAnnotationMirrors())
            || Annotations.hasNonNull(field.getAnnotationMirrors())
            || Annotations.hasNonNull(type.getAnnotationMirrors()),
        // A @DeletedAt component reads the deleted-at column (a @Column beside it is an error).
        deletedAt.isPresent()
            ? deletedAtColumn
            : column.map(c -> (String) Annotations.value(c, "value")).orElse(Names.snakeCase(name)),
        column,
        column.flatMap(c -> Annotations.explicitValue(c, "value")),
        id,
        // Not a Boolean when the source's value does not compile (javac reports that): the default.
        id.map(i -> !Boolean.FALSE.equals(Annotations.value(i, "generated"))).orElse(false),
        id.flatMap(i -> Annotations.explicitValue(i, "generated")),
        annotation(component, field, Unique.class),
        deletedAt,
        annotation(component, field, References.class).map(EntityReader::reference),
        annotation(component, field, DeletedBy.class));
  }

  private static ReferenceModel reference(AnnotationMirror annotation) {
    Object parent = Annotations.value(annotation, "value");
    Optional<TypeElement> parentElement =
        parent instanceof DeclaredType && ((DeclaredType) parent).asElement() instanceof TypeElement
            ? Optional.of((TypeElement) ((DeclaredType) parent).asElement())
            : Optional.empty();
    Object onSoftDelete = Annotations.value(annotation, "onSoftDelete");
    return new ReferenceModel(
        annotation,
        Annotations.explicitValue(annotation, "value"),
        parentElement,
        // As written, for messages: String.class reads String, not java.lang.String.
        parent instanceof TypeMirror ? display((TypeMirror) parent) : String.valueOf(parent),
        // Not a constant when the source's value does not compile (javac reports that): the default.
        onSoftDelete instanceof VariableElement
            ? OnSoftDelete.valueOf(((VariableElement) onSoftDelete).getSimpleName().toString())
            : OnSoftDelete.RESTRICT);
  }

  /**
   * The annotation as the field carries it, so that messages point at it on JDK 17 too; as the
   * component carries it when the field does not (an annotation whose target leaves out FIELD).
   */
  private static Optional<AnnotationMirror> annotation(
      RecordComponentElement component, Element field, Class<?> annotation) {
    Optional<AnnotationMirror> onField = Annotations.find(field, annotation);
    return onField.isPresent() ? onField : Annotations.find(component, annotation);
  }

  /** The supported kind of a type, if it is one; shared with the reading of repository methods. */
  static Optional<JavaType> javaType(TypeMirror type) {
    switch (type.getKind()) {
      case BOOLEAN:
      case SHORT:
      case INT:
      case LONG:
      case FLOAT:
      case DOUBLE:
        return JavaType.ofPrimitive(type.getKind().name().toLowerCase(java.util.Locale.ROOT));
      case ARRAY:
        return ((ArrayType) type).getComponentType().getKind() == TypeKind.BYTE
            ? Optional.of(JavaType.BYTES)
            : Optional.empty();
      case DECLARED:
        TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
        if (element.getKind() == ElementKind.ENUM) {
          return Optional.of(JavaType.ENUM);
        }
        if (!((DeclaredType) type).getTypeArguments().isEmpty()) {
          return Optional.empty();
        }
        return JavaType.ofQualifiedName(element.getQualifiedName().toString());
      default:
        return Optional.empty();
    }
  }

  /**
   * The type as the user wrote it, with simple class names: {@code List<String>}, {@code
   * Membership.Role}, {@code byte[]}; without type annotations.
   */
  private static String display(TypeMirror type) {
    return type.accept(DISPLAY, null);
  }

  private static final TypeVisitor<String, Void> DISPLAY =
      new SimpleTypeVisitor14<>() {
        @Override
        protected String defaultAction(TypeMirror type, Void unused) {
          return type.toString();
        }

        @Override
        public String visitPrimitive(PrimitiveType type, Void unused) {
          return type.getKind().name().toLowerCase(java.util.Locale.ROOT);
        }

        @Override
        public String visitArray(ArrayType type, Void unused) {
          return type.getComponentType().accept(this, null) + "[]";
        }

        @Override
        public String visitDeclared(DeclaredType type, Void unused) {
          Deque<String> names = new ArrayDeque<>();
          for (Element e = type.asElement(); e instanceof TypeElement; e = e.getEnclosingElement()) {
            names.addFirst(e.getSimpleName().toString());
          }
          String name = String.join(".", names);
          return type.getTypeArguments().isEmpty()
              ? name
              : type.getTypeArguments().stream()
                  .map(argument -> argument.accept(this, null))
                  .collect(Collectors.joining(", ", name + "<", ">"));
        }

        @Override
        public String visitError(ErrorType type, Void unused) {
          return visitDeclared(type, null);
        }

        @Override
        public String visitTypeVariable(TypeVariable type, Void unused) {
          return type.asElement().getSimpleName().toString();
        }

        @Override
        public String visitWildcard(WildcardType type, Void unused) {
          if (type.getExtendsBound() != null) {
            return "? extends " + type.getExtendsBound().accept(this, null);
          }
          if (type.getSuperBound() != null) {
            return "? super " + type.getSuperBound().accept(this, null);
          }
          return "?";
        }
      };

  private static List<UniqueKeyModel> uniqueKeys(
      TypeElement type, AnnotationMirror entity, List<Component> components) {
    List<UniqueKeyModel> keys = new ArrayList<>();
    for (Component component : components) {
      component.unique().ifPresent(
          unique -> keys.add(
              new UniqueKeyModel(
                  component.name(),
                  List.of(component.name()),
                  component.element(),
                  unique,
                  Optional.empty(),
                  Optional.empty())));
    }
    Optional<AnnotationValue> declared = Annotations.explicitValue(entity, "uniqueKeys");
    if (declared.isPresent() && declared.get().getValue() instanceof List) {
      @SuppressWarnings("unchecked")
      List<? extends AnnotationValue> values = (List<? extends AnnotationValue>) declared.get().getValue();
      for (AnnotationValue value : values) {
        if (!(value.getValue() instanceof AnnotationMirror)
            || Annotations.hasErrors((AnnotationMirror) value.getValue())) {
          // javac reports the value that does not compile, and the entity is not validated.
          continue;
        }
        AnnotationMirror key = (AnnotationMirror) value.getValue();
        @SuppressWarnings("unchecked")
        List<? extends AnnotationValue> names =
            (List<? extends AnnotationValue>) Annotations.value(key, "components");
        keys.add(
            new UniqueKeyModel(
                (String) Annotations.value(key, "name"),
                names.stream().map(v -> (String) v.getValue()).collect(Collectors.toList()),
                type,
                key,
                Optional.of(Annotations.explicitValue(key, "name").orElse(value)),
                Annotations.explicitValue(key, "components")));
      }
    }
    return keys;
  }

  /** The private type (the record or one it is nested in) that hides the record from its package. */
  private static Optional<String> privateType(TypeElement type) {
    for (Element e = type; e instanceof TypeElement; e = e.getEnclosingElement()) {
      // Local and anonymous classes never reach a processor, so only private ones need checking.
      TypeElement t = (TypeElement) e;
      if (t.getModifiers().contains(Modifier.PRIVATE)) {
        return Optional.of(t.getSimpleName().toString());
      }
    }
    return Optional.empty();
  }

  /** {@code Outer.User} gives {@code Outer_User}; a top-level {@code User} gives {@code User}. */
  static String generatedPrefix(TypeElement type) {
    Deque<String> names = new ArrayDeque<>();
    for (Element e = type; e instanceof TypeElement; e = e.getEnclosingElement()) {
      names.addFirst(e.getSimpleName().toString());
    }
    return GeneratedNames.prefix(List.copyOf(names));
  }
}
