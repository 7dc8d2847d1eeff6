package dev.softdelete.processor.validation;

import dev.softdelete.processor.Message;
import dev.softdelete.processor.model.Entity;
import dev.softdelete.processor.model.RepositoryModel;
import dev.softdelete.processor.model.query.RepositoryMethod;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.TypeParameterElement;

/**
 * Judges a {@code @Repository} interface: that it is an interface the generated class can implement,
 * naming a soft-delete entity, and each of its methods. The entity itself is judged by the {@link
 * EntityValidator}; a repository of an invalid entity is not judged here, its entity's errors say
 * what to fix.
 */
public final class RepositoryValidator {
  private final QueryMethodValidator queries;

  /** @param queries judges the {@code @Query} methods, whose SQL needs every known entity */
  public RepositoryValidator(QueryMethodValidator queries) {
    this.queries = queries;
  }

  public ValidationReport validate(RepositoryModel repository) {
    ValidationReport.Builder report = new ValidationReport.Builder();
    TypeElement element = repository.element();
    String name = repository.simpleName();
    if (repository.kind() != ElementKind.INTERFACE) {
      report.error(element, Optional.of(repository.annotation()), Message.REPOSITORY_NOT_INTERFACE, name,
          article(repository.kind()), name);
      return report.build();
    }
    if (repository.generic()) {
      report.error(element, Message.REPOSITORY_GENERIC, name,
          element.getTypeParameters().stream().map(TypeParameterElement::toString).collect(Collectors.joining(", ")));
    }
    // A member type never shares its simple name with a type that encloses it (JLS 8.1).
    privateType(element).ifPresent(p -> report.error(element, Message.REPOSITORY_PRIVATE, name,
        p.equals(name) ? "private" : "nested in private type " + p));
    if (repository.entityType().isEmpty()) {
      report.error(element, Message.REPOSITORY_WITHOUT_ENTITY, name);
      return report.build();
    }
    if (repository.entity().isEmpty()) {
      String entityName = repository.entityType().get().getSimpleName().toString();
      report.error(element, Message.REPOSITORY_NOT_ENTITY, name, entityName, entityName);
      return report.build();
    }
    Entity entity = repository.entity().get();
    DerivedMethodValidator derived = new DerivedMethodValidator(entity, report);
    for (RepositoryMethod method : repository.methods()) {
      if (method instanceof RepositoryMethod.Clash clash) {
        String example =
            suggestion(clash, entity)
                .map(suggested -> ", for example to the derived name `" + suggested + "`")
                .orElse("");
        report.error(clash.element(), Message.VERB_CLASH, clash.name(), clash.name(), example);
      } else if (method instanceof RepositoryMethod.Derived d) {
        derived.validate(d);
      } else if (method instanceof RepositoryMethod.Sql sql) {
        queries.validate(entity, sql, report);
      }
    }
    return report.build();
  }

  /**
   * The derived method that does what the overload seems to want: {@code restore(String email)}
   * suggests {@code restoreByEmail}, {@code alive(String status)} {@code findByStatus}. Nothing for
   * the verbs that write whole rows (insert, update), which no derived method does, nor where the
   * derived name would be the verb again ({@code findById(long id)}).
   */
  private static Optional<String> suggestion(RepositoryMethod.Clash clash, Entity entity) {
    String derivedVerb =
        switch (clash.name()) {
          case "alive", "aliveAfter", "findById" -> "find";
          case "dead" -> "findDead";
          case "all", "findAnyById" -> "findAny";
          case "countAlive" -> "count";
          case "countDead" -> "countDead";
          case "softDelete", "softDeleteAll" -> "softDelete";
          case "restore" -> "restore";
          case "hardDelete", "hardDeleteAll" -> "hardDelete";
          case "purgeDeletedBefore" -> "hardDeleteDead";
          default -> null;
        };
    if (derivedVerb == null) {
      return Optional.empty();
    }
    String criteria = "<Component>";
    if (clash.element().getParameters().size() == 1) {
      String parameter = clash.element().getParameters().get(0).getSimpleName().toString();
      if (entity.component(parameter).isPresent()) {
        criteria = Character.toUpperCase(parameter.charAt(0)) + parameter.substring(1);
      }
    }
    String derived = derivedVerb + "By" + criteria;
    // Two verbs are derived names themselves: findById(long id) must not suggest findById.
    return derived.equals("findById") || derived.equals("findAnyById")
        ? Optional.empty()
        : Optional.of(derived);
  }

  private static String article(ElementKind kind) {
    String word = kind.name().toLowerCase().replace('_', ' ');
    return ("aeiou".indexOf(word.charAt(0)) >= 0 ? "an " : "a ") + word;
  }

  private static Optional<String> privateType(TypeElement type) {
    for (Element e = type; e instanceof TypeElement; e = e.getEnclosingElement()) {
      if (e.getModifiers().contains(Modifier.PRIVATE)) {
        return Optional.of(e.getSimpleName().toString());
      }
    }
    return Optional.empty();
  }
}
