package dev.softdelete.processor.model.query;

import dev.softdelete.processor.model.Entity;
import dev.softdelete.processor.query.sql.QueryAnalysis;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;

/** One abstract method of a {@code @Repository} interface, by what implements it. */
public sealed interface RepositoryMethod {
  ExecutableElement element();

  default String name() {
    return element().getSimpleName().toString();
  }

  /** A verb of {@code SoftDeleteRepository} or the entity's generated repository: delegated. */
  record Inherited(ExecutableElement element) implements RepositoryMethod {}

  /**
   * A declared method named like an inherited verb but not overriding it: an overload such as {@code
   * boolean restore(String email)}, which is an error.
   */
  record Clash(ExecutableElement element) implements RepositoryMethod {}

  /** A method whose name says what it does. */
  record Derived(
      ExecutableElement element,
      Optional<MethodName> parsed,
      Optional<NameProblem> problem,
      ResultType result,
      List<Parameter> parameters)
      implements RepositoryMethod {
    public Derived {
      parameters = List.copyOf(parameters);
    }
  }

  /**
   * A method with {@code @Query}.
   *
   * @param analysis what checking the SQL found: its problems, or the query rendered per dialect
   * @param resultEntity the entity whose {@code {columns a}} the query selects alone, if it does
   */
  record Sql(
      ExecutableElement element,
      AnnotationMirror annotation,
      Optional<AnnotationValue> value,
      String sql,
      ResultType result,
      List<Parameter> parameters,
      QueryAnalysis analysis,
      Optional<Entity> resultEntity)
      implements RepositoryMethod {
    public Sql {
      parameters = List.copyOf(parameters);
    }
  }
}
