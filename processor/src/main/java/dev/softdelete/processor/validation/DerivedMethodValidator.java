package dev.softdelete.processor.validation;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.softdelete.internal.InLists;
import dev.softdelete.internal.ddl.ColumnKind;
import dev.softdelete.processor.Message;
import dev.softdelete.processor.model.ClosestName;
import dev.softdelete.processor.model.Component;
import dev.softdelete.processor.model.Entity;
import dev.softdelete.processor.model.JavaType;
import dev.softdelete.processor.model.UniqueKeyModel;
import dev.softdelete.processor.model.query.Criterion;
import dev.softdelete.processor.model.query.MethodName;
import dev.softdelete.processor.model.query.NameProblem;
import dev.softdelete.processor.model.query.Operator;
import dev.softdelete.processor.model.query.Parameter;
import dev.softdelete.processor.model.query.RepositoryMethod;
import dev.softdelete.processor.model.query.ResultType;
import dev.softdelete.processor.model.query.ResultType.Shape;
import dev.softdelete.processor.model.query.Scope;
import dev.softdelete.processor.model.query.Verb;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;

/**
 * Judges one derived method: its name, its parameters against the criteria, its return type against
 * the verb, and the projection it may return. Every problem is reported on the method or the
 * parameter it is about.
 */
final class DerivedMethodValidator {
  private static final Set<JavaType> UNORDERED = EnumSet.of(JavaType.BOOLEAN, JavaType.BYTES, JavaType.ENUM);

  private final Entity entity;
  private final ValidationReport.Builder report;

  DerivedMethodValidator(Entity entity, ValidationReport.Builder report) {
    this.entity = entity;
    this.report = report;
  }

  void validate(RepositoryMethod.Derived method) {
    ExecutableElement element = method.element();
    String name = method.name();
    if (method.problem().isPresent()) {
      nameProblem(element, name, method.problem().get());
      return;
    }
    MethodName parsed = method.parsed().orElseThrow();
    if (!parsed.order().isEmpty() && parsed.verb() != Verb.FIND) {
      report.error(element, Message.ORDER_NOT_FIND, name);
    }
    // A parameter of a criterion whose operator does not fit is not judged: "declare it as int"
    // would be wrong advice for the pattern of a Like on an int.
    Set<Criterion> misfits = new HashSet<>();
    for (Criterion criterion : parsed.criteria()) {
      if (!operatorFits(element, name, criterion)) {
        misfits.add(criterion);
      }
    }
    parameters(method, parsed, misfits);
    result(method, parsed);
  }

  private void nameProblem(ExecutableElement element, String name, NameProblem problem) {
    List<String> args = problem.args();
    switch (problem.kind()) {
      case NO_VERB -> report.error(element, Message.NAME_NO_VERB, name);
      case UNEXPECTED_SUBJECT ->
          report.error(element, Message.NAME_UNEXPECTED_SUBJECT, name, args.get(0), args.get(1));
      case MISPLACED_WORD ->
          report.error(element, Message.NAME_MISPLACED_WORD, name, args.get(0), args.get(1));
      case NO_CRITERIA -> report.error(element, Message.NAME_NO_CRITERIA, name, args.get(0), exampleComponent());
      case UNKNOWN_COMPONENT ->
          report.error(
              element, Message.NAME_UNKNOWN_COMPONENT, name, args.get(0), entity.simpleName(), args.get(1));
      case UNREADABLE -> report.error(element, Message.NAME_UNREADABLE, name, args.get(0));
    }
  }

  /** A component to name in examples: the first one that is neither the id nor deleted-at. */
  private String exampleComponent() {
    String name = entity.dataColumns().stream().findFirst().orElse(entity.id()).name();
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  /** Whether the operator and IgnoreCase fit the component; reports each that does not. */
  private boolean operatorFits(ExecutableElement element, String name, Criterion criterion) {
    Component component = criterion.component();
    JavaType kind = component.kind();
    Operator operator = criterion.operator();
    String applied = operator == Operator.EQUALS ? "equality" : operator.keyword();
    boolean fits = true;
    if (operator.needsString() && kind != JavaType.STRING) {
      report.error(element, Message.OPERATOR_TYPE, name, applied, component.name(), component.typeDisplay(),
          operator.keyword(), "a String component");
      fits = false;
    } else if (operator.needsBoolean() && kind != JavaType.BOOLEAN) {
      report.error(element, Message.OPERATOR_TYPE, name, applied, component.name(), component.typeDisplay(),
          operator.keyword(), "a boolean component");
      fits = false;
    } else if (operator.needsOrder() && UNORDERED.contains(kind)) {
      report.error(element, Message.OPERATOR_TYPE, name, applied, component.name(), component.typeDisplay(),
          operator.keyword(), "a component with an order: a number, a String or a time");
      fits = false;
    } else if (operator.takesCollection() && !InLists.supports(ColumnKind.valueOf(kind.name()))) {
      report.error(element, Message.OPERATOR_TYPE, name, applied, component.name(), component.typeDisplay(),
          operator.keyword(), "a component whose values compare exactly: a whole number, a decimal, a String,"
              + " an enum, a UUID, a date or a time");
      fits = false;
    } else if (operator == Operator.NULL || operator == Operator.NOT_NULL) {
      if (!component.nullable()) {
        report.error(element, Message.OPERATOR_TYPE, name, applied, component.name(),
            component.typeDisplay() + " and never NULL", operator.keyword(), "a component that may be null");
        fits = false;
      }
    }
    if (criterion.ignoreCase() && kind != JavaType.STRING) {
      report.error(element, Message.OPERATOR_TYPE, name, "IgnoreCase", component.name(), component.typeDisplay(),
          "IgnoreCase", "a String component");
      fits = false;
    }
    return fits;
  }

  /** Why the {@code @DeletedBy} parameter is misplaced, if it is. */
  private Optional<String> actorProblem(
      RepositoryMethod.Derived method, MethodName parsed, Parameter actor, List<Parameter> parameters) {
    if (parsed.verb() != Verb.SOFT_DELETE) {
      return Optional.of("only a softDelete…By method takes the actor of a delete");
    }
    Optional<Component> deletedBy = entity.deletedBy();
    if (deletedBy.isEmpty()) {
      return Optional.of(entity.simpleName() + " has no @DeletedBy component to record it in");
    }
    if (actor != parameters.get(parameters.size() - 1)) {
      return Optional.of("it is not the last parameter");
    }
    if (!actor.type().box().equals(deletedBy.get().type().box())) {
      Component component = deletedBy.get();
      return Optional.of(
          "it is " + simple(actor.type()) + " and `" + component.name() + "` is " + component.typeDisplay());
    }
    return Optional.empty();
  }

  /** One parameter per value of each criterion, in order, of the component's type; then a Limit. */
  private void parameters(
      RepositoryMethod.Derived method, MethodName parsed, Set<Criterion> misfits) {
    List<Parameter> parameters = new ArrayList<>(method.parameters());
    List<Parameter> limits = parameters.stream().filter(Parameter::limit).toList();
    boolean limitAllowed =
        parsed.verb() == Verb.FIND
            && parsed.first().isEmpty()
            && (method.result().shape() == Shape.LIST || method.result().shape() == Shape.STREAM);
    for (Parameter limit : limits) {
      if (!limitAllowed || limit != parameters.get(parameters.size() - 1)) {
        report.error(limit.element(), Message.LIMIT_MISPLACED, limit.name(), method.name());
      }
    }
    parameters.removeAll(limits);
    List<Parameter> actors = parameters.stream().filter(Parameter::actor).toList();
    for (Parameter actor : actors) {
      Optional<String> wrong = actorProblem(method, parsed, actor, parameters);
      wrong.ifPresent(
          why -> report.error(actor.element(), actor.deletedBy(), Message.DELETED_BY_PARAMETER, actor.name(),
              method.name(), why));
    }
    parameters.removeAll(actors);
    List<String> needed = new ArrayList<>();
    for (Criterion criterion : parsed.criteria()) {
      for (int i = 0; i < criterion.operator().arity(); i++) {
        needed.add(criterion.component().name() + criterion.operator().keyword());
      }
    }
    if (parameters.size() != needed.size()) {
      report.error(
          method.element(),
          Message.PARAMETER_COUNT,
          method.name(),
          parameters.size(),
          needed.size(),
          needed.isEmpty() ? "none" : String.join(", ", needed),
          limitAllowed ? ", then optionally a Limit" : "");
      return;
    }
    int next = 0;
    for (Criterion criterion : parsed.criteria()) {
      for (int i = 0; i < criterion.operator().arity(); i++) {
        Parameter parameter = parameters.get(next++);
        if (!misfits.contains(criterion)) {
          parameterFits(method, criterion, parameter);
        }
      }
    }
  }

  private void parameterFits(RepositoryMethod.Derived method, Criterion criterion, Parameter parameter) {
    Component component = criterion.component();
    TypeName wanted = component.type().box();
    String what = "criterion `" + component.name() + criterion.operator().keyword() + "`";
    if (criterion.operator().takesCollection()) {
      boolean fits = parameter.collectionElement().map(wanted::equals).orElse(false);
      if (!fits) {
        String collection = "Collection<" + simple(wanted) + ">";
        report.error(parameter.element(), Message.PARAMETER_TYPE, parameter.name(), method.name(),
            simple(parameter.type()), what, "a collection of " + simple(wanted), collection);
      }
      return;
    }
    if (!parameter.type().box().equals(wanted)) {
      report.error(parameter.element(), Message.PARAMETER_TYPE, parameter.name(), method.name(),
          simple(parameter.type()), what, "the type of `" + component.name() + "`", component.typeDisplay());
    }
  }

  private void result(RepositoryMethod.Derived method, MethodName parsed) {
    ResultType result = method.result();
    Verb verb = parsed.verb();
    String verbName = verb.prefix() + parsed.scope().word() + "…By";
    switch (verb) {
      case FIND -> findResult(method, parsed, result, verbName);
      case COUNT -> {
        if (result.shape() != Shape.LONG && result.shape() != Shape.INT) {
          report.error(method.element(), Message.RETURN_TYPE, method.name(), simple(result.type()), verbName,
              "long or int");
        }
      }
      case EXISTS -> {
        if (result.shape() != Shape.BOOLEAN) {
          report.error(method.element(), Message.RETURN_TYPE, method.name(), simple(result.type()), verbName,
              "boolean");
        }
      }
      default -> {
        if (result.shape() != Shape.INT) {
          report.error(method.element(), Message.RETURN_TYPE, method.name(), simple(result.type()), verbName,
              "int, the number of rows it changed");
        }
      }
    }
  }

  private void findResult(RepositoryMethod.Derived method, MethodName parsed, ResultType result, String verbName) {
    String entityName = entity.simpleName();
    if (!result.shape().isRows()) {
      report.error(method.element(), Message.RETURN_TYPE, method.name(), simple(result.type()), verbName,
          "List<" + entityName + ">, Optional<" + entityName + "> or Stream<" + entityName + ">");
      return;
    }
    if (parsed.firstWithoutNumber() && result.shape() != Shape.OPTIONAL) {
      report.error(method.element(), Message.RETURN_TYPE, method.name(), simple(result.type()),
          "findFirst…By", "Optional<" + entityName + "> (findFirst<N>By… returns a List)");
    } else if (result.shape() == Shape.OPTIONAL && !parsed.firstWithoutNumber()) {
      Optional<String> many = severalMayMatch(parsed);
      many.ifPresent(
          reason ->
              report.error(method.element(), Message.OPTIONAL_MANY, method.name(), reason,
                  entityName, parsed.scope().word()));
    }
    rowType(method, result);
  }

  /** Why several rows may match, or empty when at most one can: live rows by the id or a unique key. */
  private Optional<String> severalMayMatch(MethodName parsed) {
    if (parsed.scope() != Scope.ALIVE) {
      return Optional.of(
          "find" + parsed.scope().word() + "…By reads dead rows, which may share a unique key");
    }
    if (parsed.condition().size() != 1) {
      return Optional.of("its criteria are joined by Or");
    }
    Set<String> equal =
        parsed.condition().get(0).stream()
            .filter(c -> c.operator() == Operator.EQUALS && !c.ignoreCase())
            .map(c -> c.component().name())
            .collect(Collectors.toSet());
    boolean byId = equal.contains(entity.id().name());
    boolean byKey = entity.uniqueKeys().stream().map(UniqueKeyModel::componentNames).anyMatch(equal::containsAll);
    if (byId || byKey) {
      return Optional.empty();
    }
    return Optional.of("its criteria do not fix the id or a unique key by equality");
  }

  /** The rows are the entity, or a record projection of some of its components. */
  private void rowType(RepositoryMethod.Derived method, ResultType result) {
    ClassName entityType = entity.recordType();
    if (result.element().equals(entityType)) {
      return;
    }
    if (result.record().isEmpty()) {
      report.error(method.element(), Message.ROW_TYPE, method.name(), simple(result.element()),
          entity.simpleName(), "List<" + entity.simpleName() + ">", entity.simpleName());
      return;
    }
    TypeElement projection = result.record().get();
    List<String> names = entity.components().stream().map(Component::name).toList();
    for (RecordComponentElement component : projection.getRecordComponents()) {
      String componentName = component.getSimpleName().toString();
      Optional<Component> match = entity.component(componentName);
      if (match.isEmpty()) {
        String hint = ClosestName.of(componentName, names).map(c -> "Did you mean `" + c + "`? ").orElse("");
        report.error(method.element(), Message.PROJECTION_COMPONENT, projection.getSimpleName(), method.name(),
            componentName, entity.simpleName(), hint, String.join(", ", names));
      } else if (!fits(TypeName.get(component.asType()).withoutAnnotations(), match.get())) {
        report.error(method.element(), Message.PROJECTION_TYPE, projection.getSimpleName(), method.name(),
            componentName, simple(TypeName.get(component.asType())), entity.simpleName(), componentName,
            match.get().typeDisplay(), match.get().typeDisplay());
      }
    }
  }

  /**
   * Whether a projection component of this type can hold the entity component's values: the same
   * type, or its primitive or boxed form, a primitive only where the column is never NULL.
   */
  private static boolean fits(TypeName projection, Component component) {
    if (projection.equals(component.type())) {
      return true;
    }
    if (!projection.box().equals(component.type().box())) {
      return false;
    }
    return !projection.isPrimitive() || !component.nullable();
  }

  /** A type as users write it: simple names. */
  static String simple(TypeName type) {
    return type.toString().replaceAll("\\b[a-z][a-z0-9_]*\\.", "");
  }
}
