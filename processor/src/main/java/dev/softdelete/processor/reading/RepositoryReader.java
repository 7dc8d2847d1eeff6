package dev.softdelete.processor.reading;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.softdelete.Bind;
import dev.softdelete.DeletedBy;
import dev.softdelete.Limit;
import dev.softdelete.Query;
import dev.softdelete.Repository;
import dev.softdelete.SoftDeleteRepository;
import dev.softdelete.internal.GeneratedNames;
import dev.softdelete.processor.model.Entity;
import dev.softdelete.processor.model.RepositoryModel;
import dev.softdelete.processor.model.query.Parameter;
import dev.softdelete.processor.model.query.RepositoryMethod;
import dev.softdelete.processor.model.query.ResultType;
import dev.softdelete.processor.model.query.ResultType.Shape;
import dev.softdelete.processor.model.query.Value;
import dev.softdelete.processor.query.sql.AnalysedQuery;
import dev.softdelete.processor.query.sql.QueryAnalysis;
import dev.softdelete.processor.query.sql.QueryParameter;
import dev.softdelete.processor.query.sql.QuerySqlAnalyser;
import dev.softdelete.processor.query.sql.SoftDeleteTable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads a {@code @Repository} interface: the entity its {@code SoftDeleteRepository} supertype names,
 * and each abstract method by what will implement it. Derived names are read against the entity's
 * components here; whether they make sense is the validator's to say.
 */
public final class RepositoryReader {
  private final Elements elements;
  private final Types types;
  private final EntityReader entities;
  private final TypeElement softDeleteRepository;
  private final TypeElement collection;

  public RepositoryReader(Elements elements, Types types, EntityReader entities) {
    this.elements = elements;
    this.types = types;
    this.entities = entities;
    this.softDeleteRepository = elements.getTypeElement(SoftDeleteRepository.class.getCanonicalName());
    this.collection = elements.getTypeElement("java.util.Collection");
  }

  /**
   * Reads the type, or nothing when it does not carry {@code @Repository}.
   *
   * @param known the soft-delete entities of the compilation, whose tables {@code @Query} SQL is
   *     checked against
   */
  public Optional<RepositoryModel> read(TypeElement type, Collection<Entity> known) {
    return Annotations.find(type, Repository.class).map(annotation -> read(type, annotation, known));
  }

  /**
   * Whether a supertype does not exist yet: the entity's generated repository, when the interface
   * extends it, exists only after the round that generates it.
   */
  public boolean hasUnresolvedSupertype(TypeElement type) {
    // The declared interfaces, not Types.directSupertypes, which leaves out a supertype that does not
    // exist yet, such as the generated repository of an entity of the same round.
    for (TypeMirror supertype : type.getInterfaces()) {
      if (supertype.getKind() == TypeKind.ERROR
          || (supertype.getKind() == TypeKind.DECLARED
              && hasUnresolvedSupertype((TypeElement) ((DeclaredType) supertype).asElement()))) {
        return true;
      }
    }
    return false;
  }

  private RepositoryModel read(TypeElement type, AnnotationMirror annotation, Collection<Entity> known) {
    Optional<TypeElement> entityType = entityType(type.asType());
    // The entity as this compilation wrote it (with its relations), else as read from its record.
    Optional<Entity> entity =
        entityType.flatMap(
            t -> known.stream()
                .filter(e -> e.recordType().canonicalName().equals(t.getQualifiedName().toString()))
                .findFirst()
                .or(() -> entities.read(t)));
    String pkg = elements.getPackageOf(type).getQualifiedName().toString();
    ClassName implementation =
        ClassName.get(pkg, GeneratedNames.implementation(EntityReader.generatedPrefix(type)));
    List<RepositoryMethod> methods =
        type.getKind() == ElementKind.INTERFACE && entity.isPresent()
            ? methods(type, entity.get(), withOwn(known, entity.get()))
            : List.of();
    return new RepositoryModel(
        type,
        annotation,
        type.getKind(),
        !type.getTypeParameters().isEmpty(),
        implementation,
        entityType,
        entity,
        methods);
  }

  /** The first type argument of the {@code SoftDeleteRepository} among the supertypes. */
  private Optional<TypeElement> entityType(TypeMirror type) {
    for (TypeMirror supertype : types.directSupertypes(type)) {
      if (supertype.getKind() != TypeKind.DECLARED) {
        continue;
      }
      DeclaredType declared = (DeclaredType) supertype;
      if (declared.asElement().equals(softDeleteRepository)) {
        TypeMirror argument =
            declared.getTypeArguments().isEmpty() ? null : declared.getTypeArguments().get(0);
        return argument != null && argument.getKind() == TypeKind.DECLARED
            ? Optional.of((TypeElement) ((DeclaredType) argument).asElement())
            : Optional.empty();
      }
      Optional<TypeElement> inherited = entityType(supertype);
      if (inherited.isPresent()) {
        return inherited;
      }
    }
    return Optional.empty();
  }

  /** The known entities, and the repository's own (it may come from a library), by table. */
  private static Map<String, Entity> withOwn(Collection<Entity> known, Entity own) {
    Map<String, Entity> byTable = new LinkedHashMap<>();
    known.forEach(e -> byTable.put(e.table().toLowerCase(Locale.ROOT), e));
    byTable.putIfAbsent(own.table().toLowerCase(Locale.ROOT), own);
    return byTable;
  }

  /**
   * The abstract methods: the inherited verbs first, in their interface's order, then the interface's
   * own methods in source order, then those of its other superinterfaces.
   */
  private List<RepositoryMethod> methods(TypeElement type, Entity entity, Map<String, Entity> known) {
    String generatedRepository = entity.repositoryInterface().canonicalName();
    List<ExecutableElement> baseVerbs = ElementFilter.methodsIn(softDeleteRepository.getEnclosedElements());
    Set<String> verbNames =
        baseVerbs.stream().map(m -> m.getSimpleName().toString()).collect(Collectors.toSet());
    List<ExecutableElement> all =
        ElementFilter.methodsIn(elements.getAllMembers(type)).stream()
            .filter(m -> m.getModifiers().contains(Modifier.ABSTRACT))
            .filter(m -> m.getEnclosingElement().getKind() == ElementKind.INTERFACE)
            .collect(Collectors.toCollection(ArrayList::new));
    List<ExecutableElement> ordered = new ArrayList<>();
    all.stream().filter(m -> isFrom(m, generatedRepository)).forEach(ordered::add);
    all.stream().filter(m -> m.getEnclosingElement().equals(type)).forEach(ordered::add);
    all.stream().filter(m -> !ordered.contains(m)).forEach(ordered::add);

    List<RepositoryMethod> methods = new ArrayList<>();
    for (ExecutableElement method : ordered) {
      boolean overridesVerb =
          baseVerbs.stream().anyMatch(verb -> elements.overrides(method, verb, type));
      if (isFrom(method, generatedRepository) || overridesVerb) {
        methods.add(new RepositoryMethod.Inherited(method));
      } else if (verbNames.contains(method.getSimpleName().toString())) {
        methods.add(new RepositoryMethod.Clash(method));
      } else {
        methods.add(method(method, entity, known));
      }
    }
    return methods;
  }

  private boolean isFrom(ExecutableElement method, String generatedRepository) {
    TypeElement declaring = (TypeElement) method.getEnclosingElement();
    return declaring.equals(softDeleteRepository)
        || declaring.getQualifiedName().contentEquals(generatedRepository);
  }

  private RepositoryMethod method(ExecutableElement method, Entity entity, Map<String, Entity> known) {
    ResultType result = result(method.getReturnType());
    List<Parameter> parameters =
        method.getParameters().stream().map(this::parameter).collect(Collectors.toList());
    Optional<AnnotationMirror> query = Annotations.find(method, Query.class);
    if (query.isPresent()) {
      String sql = (String) Annotations.value(query.get(), "value");
      QueryAnalysis analysis =
          QuerySqlAnalyser.analyse(
              sql,
              known.values().stream().map(RepositoryReader::table).toList(),
              parameters.stream().map(p -> new QueryParameter(p.bindName(), p.isCollection())).toList());
      Optional<Entity> resultEntity =
          analysis.query()
              .flatMap(AnalysedQuery::entity)
              .map(t -> known.get(t.table().toLowerCase(Locale.ROOT)));
      return new RepositoryMethod.Sql(
          method,
          query.get(),
          Annotations.explicitValue(query.get(), "value"),
          sql,
          result,
          parameters,
          analysis,
          resultEntity);
    }
    MethodNameParser.Result name =
        new MethodNameParser(entity.components()).parse(method.getSimpleName().toString());
    return new RepositoryMethod.Derived(method, name.name(), name.problem(), result, parameters);
  }

  /** An entity's table as the {@code @Query} checker sees it. */
  private static SoftDeleteTable table(Entity entity) {
    return new SoftDeleteTable(
        entity.table(),
        entity.liveColumn(),
        entity.deletedAtColumn(),
        entity.components().stream().map(c -> c.column()).toList());
  }

  private Parameter parameter(VariableElement parameter) {
    TypeMirror type = parameter.asType();
    Optional<AnnotationMirror> bind = Annotations.find(parameter, Bind.class);
    String name = parameter.getSimpleName().toString();
    Optional<TypeMirror> element = collectionElement(type);
    TypeMirror bound = element.orElse(type);
    return new Parameter(
        parameter,
        name,
        bind.map(b -> (String) Annotations.value(b, "value")).orElse(name),
        bind,
        TypeName.get(type).withoutAnnotations(),
        element.map(e -> TypeName.get(e).withoutAnnotations().box()),
        isNamed(type, Limit.class.getCanonicalName()),
        value(name, bound),
        Annotations.find(parameter, DeletedBy.class));
  }

  private static Value value(String name, TypeMirror type) {
    return new Value(
        name, TypeName.get(type).withoutAnnotations(), EntityReader.javaType(type), type.getKind().isPrimitive());
  }

  /** The element type of a {@code Collection<E>} or {@code Collection<? extends E>}. */
  private Optional<TypeMirror> collectionElement(TypeMirror type) {
    if (type.getKind() != TypeKind.DECLARED
        || !types.isAssignable(types.erasure(type), types.erasure(collection.asType()))) {
      return Optional.empty();
    }
    List<? extends TypeMirror> arguments = collectionArguments(type);
    if (arguments.size() != 1) {
      return Optional.empty();
    }
    TypeMirror argument = arguments.get(0);
    if (argument.getKind() == TypeKind.WILDCARD) {
      argument = ((WildcardType) argument).getExtendsBound();
      if (argument == null) {
        return Optional.empty();
      }
    }
    return Optional.of(argument);
  }

  /** The type arguments of the type as a {@code Collection}: {@code Set<Long>} gives {@code [Long]}. */
  private List<? extends TypeMirror> collectionArguments(TypeMirror type) {
    DeclaredType declared = (DeclaredType) type;
    if (declared.asElement().equals(collection)) {
      return declared.getTypeArguments();
    }
    for (TypeMirror supertype : types.directSupertypes(type)) {
      if (supertype.getKind() == TypeKind.DECLARED
          && types.isAssignable(types.erasure(supertype), types.erasure(collection.asType()))) {
        return collectionArguments(supertype);
      }
    }
    return List.of();
  }

  private ResultType result(TypeMirror type) {
    Shape shape =
        switch (type.getKind()) {
          case LONG -> Shape.LONG;
          case INT -> Shape.INT;
          case BOOLEAN -> Shape.BOOLEAN;
          case VOID -> Shape.VOID;
          default -> Shape.OTHER;
        };
    TypeMirror element = type;
    if (type.getKind() == TypeKind.DECLARED) {
      DeclaredType declared = (DeclaredType) type;
      Optional<Shape> container = container(declared);
      if (container.isPresent() && declared.getTypeArguments().size() == 1) {
        shape = container.get();
        element = declared.getTypeArguments().get(0);
      }
    }
    Optional<TypeElement> record = record(element);
    return new ResultType(
        shape,
        TypeName.get(type).withoutAnnotations(),
        TypeName.get(element).withoutAnnotations(),
        record,
        EntityReader.javaType(element),
        record.map(RepositoryReader::components).orElse(List.of()));
  }

  private static List<Value> components(TypeElement record) {
    return record.getRecordComponents().stream()
        .map(c -> value(c.getSimpleName().toString(), c.asType()))
        .toList();
  }

  private static Optional<Shape> container(DeclaredType type) {
    String name = ((TypeElement) type.asElement()).getQualifiedName().toString();
    return switch (name) {
      case "java.util.List" -> Optional.of(Shape.LIST);
      case "java.util.Optional" -> Optional.of(Shape.OPTIONAL);
      case "java.util.stream.Stream" -> Optional.of(Shape.STREAM);
      default -> Optional.empty();
    };
  }

  private static Optional<TypeElement> record(TypeMirror type) {
    if (type.getKind() != TypeKind.DECLARED) {
      return Optional.empty();
    }
    Element element = ((DeclaredType) type).asElement();
    return element.getKind() == ElementKind.RECORD ? Optional.of((TypeElement) element) : Optional.empty();
  }

  private static boolean isNamed(TypeMirror type, String qualifiedName) {
    return type.getKind() == TypeKind.DECLARED
        && ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().contentEquals(qualifiedName);
  }
}
