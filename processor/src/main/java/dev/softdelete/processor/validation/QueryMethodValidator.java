package dev.softdelete.processor.validation;

import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.softdelete.processor.Message;
import dev.softdelete.processor.model.Entity;
import dev.softdelete.processor.model.JavaType;
import dev.softdelete.processor.model.query.ColumnLabels;
import dev.softdelete.processor.model.query.Parameter;
import dev.softdelete.processor.model.query.RepositoryMethod;
import dev.softdelete.processor.model.query.ResultType;
import dev.softdelete.processor.model.query.ResultType.Shape;
import dev.softdelete.processor.model.query.Value;
import dev.softdelete.processor.query.sql.AnalysedQuery;
import dev.softdelete.processor.query.sql.QueryKind;
import dev.softdelete.processor.query.sql.QueryProblem;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.ExecutableElement;

/**
 * Judges a {@code @Query} method: the problems the SQL checker found, each on the {@code @Query}
 * annotation, then whether the method's parameters can be bound and its return type can hold what
 * the statement gives: rows of the entity (a select list of exactly {@code {columns a}}), a record
 * mapped by column label, a scalar, or a row count.
 */
public final class QueryMethodValidator {
  /** The fix for a SELECT of several columns where one value is expected. */
  private static final String ONE_COLUMN =
      "Select exactly one column, or return rows of a record whose components are named like the"
          + " columns.";

  /** The scalars a SELECT of one row and one column may return, as {@code rs.getLong(1)} reads. */
  private static final Set<TypeName> SCALARS =
      Set.of(TypeName.LONG, TypeName.INT, TypeName.BOOLEAN);

  void validate(Entity entity, RepositoryMethod.Sql method, ValidationReport.Builder report) {
    ExecutableElement element = method.element();
    String name = method.name();
    for (QueryProblem problem : method.analysis().problems()) {
      report.error(
          element,
          Optional.of(method.annotation()),
          method.value(),
          Message.QUERY_INVALID,
          name,
          problem.message());
    }
    for (Parameter parameter : method.parameters()) {
      if (parameter.value().kind().isEmpty() || parameter.limit()) {
        report.error(
            parameter.element(),
            Message.QUERY_PARAMETER_TYPE,
            parameter.name(),
            name,
            DerivedMethodValidator.simple(parameter.type()),
            JavaType.supportedList(),
            parameter.bindName());
      }
    }
    Optional<AnalysedQuery> query = method.analysis().query();
    if (query.isEmpty()) {
      return;
    }
    ResultType result = method.result();
    String returns = DerivedMethodValidator.simple(result.type());
    if (query.get().kind() != QueryKind.SELECT) {
      if (result.shape() != Shape.INT
          && result.shape() != Shape.LONG
          && result.shape() != Shape.VOID) {
        resultError(
            method,
            report,
            returns,
            "its " + query.get().kind() + " gives a row count",
            "Return int, long or void.");
      }
      return;
    }
    switch (result.shape()) {
      case VOID ->
          resultError(
              method,
              report,
              returns,
              "its SELECT returns rows, which void would drop",
              "Return a List, Optional or Stream of them, or long, int or boolean for a single"
                  + " value.");
      case OTHER -> notRows(method, report, returns);
      case LONG, INT, BOOLEAN -> scalar(method, report, query.get(), returns);
      default -> rows(method, report, query.get(), returns);
    }
  }

  private static void scalar(
      RepositoryMethod.Sql method,
      ValidationReport.Builder report,
      AnalysedQuery query,
      String returns) {
    if (query.resultColumns().size() != 1) {
      resultError(
          method,
          report,
          returns,
          "its SELECT returns " + query.resultColumns().size() + " columns",
          ONE_COLUMN);
    }
  }

  /**
   * A SELECT whose return type is neither a container of rows nor a scalar: a {@code Set<Article>}
   * is told the containers there are, not to wrap the set in one; an {@code Article} or a {@code
   * Long} that a query may not find once is told to wrap it, or to unbox a count.
   */
  private static void notRows(
      RepositoryMethod.Sql method, ValidationReport.Builder report, String returns) {
    TypeName type = method.result().type();
    if (type instanceof ParameterizedTypeName generic && generic.typeArguments().size() == 1) {
      String row = DerivedMethodValidator.simple(generic.typeArguments().get(0));
      resultError(
          method,
          report,
          returns,
          "a @Query gives its rows as a List, an Optional or a Stream",
          "Return List<" + row + ">, Optional<" + row + "> or Stream<" + row + ">.");
      return;
    }
    String scalar =
        type.isBoxedPrimitive() && SCALARS.contains(type.unbox())
            ? type.unbox() + " for a query that always returns one row, "
            : "";
    resultError(
        method,
        report,
        returns,
        "a query may find no row or several",
        "Return " + scalar + "Optional<" + returns + "> or List<" + returns + ">.");
  }

  private static void rows(
      RepositoryMethod.Sql method,
      ValidationReport.Builder report,
      AnalysedQuery query,
      String returns) {
    ResultType result = method.result();
    Optional<Entity> selected = method.resultEntity();
    if (selected.isPresent() && result.element().equals(selected.get().recordType())) {
      return;
    }
    if (result.record().isEmpty()) {
      if (result.elementKind().isEmpty()) {
        resultError(
            method,
            report,
            returns,
            "its rows are neither an entity, a record nor a supported type",
            "Return the entity (select {columns a}), a record, or one of "
                + JavaType.supportedList()
                + ".");
      } else if (query.resultColumns().size() != 1) {
        resultError(
            method,
            report,
            returns,
            "its SELECT returns " + query.resultColumns().size() + " columns",
            ONE_COLUMN);
      }
      return;
    }
    if (result.record().get().getAnnotation(dev.softdelete.SoftDeleteEntity.class) != null) {
      resultError(
          method,
          report,
          returns,
          "its select list is not `{columns a}` of that entity's table alone",
          "Select `{columns a}` alone, or return a record projection of the columns you select.");
      return;
    }
    Optional<List<String>> labels = query.labels();
    if (labels.isEmpty()) {
      resultError(
          method,
          report,
          returns,
          "a column it selects has no name (an expression or *)",
          "Give each expression a name with AS, and list the columns instead of *.");
      return;
    }
    for (Value component : result.recordComponents()) {
      if (ColumnLabels.position(component.name(), labels.get()).isEmpty()) {
        resultError(
            method,
            report,
            returns,
            "no selected column is labelled `"
                + component.name()
                + "` (it selects "
                + String.join(", ", labels.get())
                + ")",
            "Select a column with that name, or alias one: `AS " + component.name() + "`.");
      } else if (component.kind().isEmpty()) {
        resultError(
            method,
            report,
            returns,
            "its component `"
                + component.name()
                + "` has type "
                + DerivedMethodValidator.simple(component.type())
                + ", which cannot be read from a column",
            "Use one of " + JavaType.supportedList() + ".");
      }
    }
  }

  private static void resultError(
      RepositoryMethod.Sql method,
      ValidationReport.Builder report,
      String returns,
      String why,
      String fix) {
    report.error(method.element(), Message.QUERY_RESULT, method.name(), returns, why, fix);
  }
}
