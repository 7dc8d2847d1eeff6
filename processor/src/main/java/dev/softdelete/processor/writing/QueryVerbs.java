package dev.softdelete.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterSpec;
import dev.softdelete.Dialect;
import dev.softdelete.processor.model.Component;
import dev.softdelete.processor.model.Entity;
import dev.softdelete.processor.model.query.ColumnLabels;
import dev.softdelete.processor.model.query.Parameter;
import dev.softdelete.processor.model.query.RepositoryMethod;
import dev.softdelete.processor.model.query.ResultType;
import dev.softdelete.processor.model.query.ResultType.Shape;
import dev.softdelete.processor.model.query.Value;
import dev.softdelete.processor.query.sql.AnalysedQuery;
import dev.softdelete.processor.query.sql.QueryKind;
import dev.softdelete.processor.query.sql.QueryParameter;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes the {@code @Query} methods of a {@code @Repository} implementation: the SQL the checker
 * rendered per dialect goes into {@code Sql} (as fragments around collection parameters, which expand
 * at run time to one {@code ?} per element), the worker binds the parameters in the order the SQL
 * uses them and reads the rows: with the entity's reader when the query selects {@code {columns a}}
 * alone, by label into a record, or as scalars.
 */
final class QueryVerbs {
  private static final ClassName SQL_TEMPLATES = ClassName.get("dev.softdelete.internal", "SqlTemplates");

  private final Implementation impl;
  private final RepositoryShell shell;
  private final RowReaders rows;
  private final Set<String> fields;
  private final List<SqlHolder.Statement> statements = new ArrayList<>();

  QueryVerbs(Implementation impl, RepositoryShell shell, RowReaders rows, Set<String> fields) {
    this.impl = impl;
    this.shell = shell;
    this.rows = rows;
    this.fields = fields;
  }

  List<SqlHolder.Statement> statements() {
    return statements;
  }

  void write(RepositoryMethod.Sql method) {
    AnalysedQuery query = method.analysis().query().orElseThrow();
    String field = method.name();
    for (int i = 2; !fields.add(field); i++) {
      field = method.name() + i;
    }
    Dialect first = impl.dmlByDialect.keySet().iterator().next();
    boolean expands = query.sql(first).collections() > 0;
    if (expands) {
      statements.add(SqlHolder.Statement.texts(field, dml -> query.sql(dml.dialect()).fragments()));
    } else {
      statements.add(SqlHolder.Statement.text(field, dml -> query.sql(dml.dialect()).fragments().get(0)));
    }

    List<ParameterSpec> specs =
        method.parameters().stream()
            .map(p -> ParameterSpec.builder(p.type(), p.name()).build())
            .collect(Collectors.toList());
    CodeBlock.Builder checks = CodeBlock.builder();
    method.parameters().stream()
        .filter(Parameter::isCollection)
        .forEach(p -> checks.add(Implementation.requireNonNull(p.name())));
    String javadoc = String.join("?, ...", query.sql(first).fragments());
    ResultType result = method.result();
    MethodSpec.Builder worker =
        result.shape() == Shape.STREAM
            ? shell.streamVerb(method.name(), result.type(), specs, checks.build(), javadoc)
            : shell.verb(method.name(), result.type(), specs, checks.build(), javadoc, false, "statements");

    NameAllocator names = new NameAllocator();
    method.parameters().forEach(p -> names.newName(p.name(), p.name()));
    Map<String, Parameter> byBindName =
        method.parameters().stream().collect(Collectors.toMap(Parameter::bindName, Function.identity(), (a, b) -> a));
    worker.addStatement("$T sql = sql(statements)", impl.sqlClass);
    String text = "sql." + field;
    if (expands) {
      text = names.newName("text");
      String sizes =
          query.bindOrder().stream()
              .filter(QueryParameter::collection)
              .map(p -> byBindName.get(p.name()).name() + ".size()")
              .collect(Collectors.joining(", "));
      worker.addStatement("$T $L = $T.expand(sql.$L, $L)", String.class, text, SQL_TEMPLATES, field, sizes);
    }
    CodeBlock binds = binds(query, byBindName, expands, names);
    if (query.kind() != QueryKind.SELECT) {
      change(worker, result, text, binds);
    } else {
      select(worker, method, query, text, binds);
    }
    impl.type.addMethod(worker.build());
  }

  /** Binds the parameters in the SQL's order; a collection binds each element, or one NULL if empty. */
  private static CodeBlock binds(
      AnalysedQuery query, Map<String, Parameter> byBindName, boolean expands, NameAllocator names) {
    CodeBlock.Builder binds = CodeBlock.builder();
    if (expands) {
      binds.addStatement("int index = 1");
    }
    int index = 1;
    for (QueryParameter use : query.bindOrder()) {
      Parameter parameter = byBindName.get(use.name());
      Value value = parameter.value();
      Component bound = Component.value(value.name(), value.type(), value.kind().orElseThrow(), value.primitive());
      CodeBlock position = expands ? CodeBlock.of("index++") : CodeBlock.of("$L", index++);
      if (!use.collection()) {
        binds.addStatement(Columns.bind(bound, "statement", position, CodeBlock.of("$L", parameter.name()), "sql.codecs"));
        continue;
      }
      String element = names.newName(parameter.name() + "Element");
      binds.beginControlFlow("for ($T $L : $L)", value.type().box(), element, parameter.name())
          .addStatement(Columns.bind(bound, "statement", position, CodeBlock.of("$L", element), "sql.codecs"))
          .endControlFlow()
          .beginControlFlow("if ($L.isEmpty())", parameter.name())
          .addStatement(Columns.bind(bound, "statement", position, CodeBlock.of("null"), "sql.codecs"))
          .endControlFlow();
    }
    return binds.build();
  }

  // UPDATE, DELETE, INSERT: the row count.
  private void change(MethodSpec.Builder worker, ResultType result, String text, CodeBlock binds) {
    String returned =
        switch (result.shape()) {
          case LONG -> "(long) statement.executeUpdate()";
          case VOID -> "null";
          default -> "statement.executeUpdate()";
        };
    CodeBlock.Builder work = CodeBlock.builder().add(binds);
    if (result.shape() == Shape.VOID) {
      work.addStatement("statement.executeUpdate()");
    }
    work.addStatement("return $L", returned);
    worker.addCode(
        "$L$T.execute(statements, $L, $L, statement -> {\n$>$L$<});\n",
        result.shape() == Shape.VOID ? "" : "return ",
        Implementation.INTERNAL_WRITES, impl.table(), text, work.build());
  }

  private void select(
      MethodSpec.Builder worker, RepositoryMethod.Sql method, AnalysedQuery query, String text, CodeBlock binds) {
    ResultType result = method.result();
    CodeBlock read = readRow(method, query);
    if (result.shape() == Shape.STREAM) {
      worker.beginControlFlow("try")
          .addCode(
              "return $T.query(statements, $L, statement -> {\n$>$L$<}, rs -> $L);\n",
              DerivedVerbs.RESULT_STREAMS, text, binds, read);
      Implementation.catchAndTranslate(worker, text);
      return;
    }
    worker.beginControlFlow("try ($T statement = statements.prepare($L))", PreparedStatement.class, text)
        .addCode(binds)
        .beginControlFlow("try ($T rs = statement.executeQuery())", ResultSet.class);
    switch (result.shape()) {
      case OPTIONAL -> worker.beginControlFlow("if (rs.next())")
          .addStatement("return $T.of($L)", Optional.class, read)
          .endControlFlow()
          .addStatement("return $T.empty()", Optional.class);
      case LIST -> worker.addStatement("$T<$T> rows = new $T<>()", List.class, result.element().box(), ArrayList.class)
          .beginControlFlow("while (rs.next())")
          .addStatement("rows.add($L)", read)
          .endControlFlow()
          .addStatement("return $T.unmodifiableList(rows)", Collections.class);
      default -> worker.beginControlFlow("if (!rs.next())")
          .addStatement("throw new $T($S)", IllegalStateException.class,
              "@Query of " + method.name() + " returned no row")
          .endControlFlow()
          .addStatement("return rs.get$L(1)", scalarGetter(result.shape()));
    }
    worker.endControlFlow();
    Implementation.catchAndTranslate(worker, text);
  }

  private static String scalarGetter(Shape shape) {
    return switch (shape) {
      case LONG -> "Long";
      case INT -> "Int";
      default -> "Boolean";
    };
  }

  /** The expression that reads the current row: a reader method, or one column. */
  private CodeBlock readRow(RepositoryMethod.Sql method, AnalysedQuery query) {
    ResultType result = method.result();
    Optional<Entity> entity = method.resultEntity();
    if (entity.isPresent() && result.element().equals(entity.get().recordType())) {
      String reader = rows.reader(entity.get().recordType(), entity.get().components());
      return CodeBlock.of("$L(rs, sql.codecs)", reader);
    }
    if (result.record().isPresent()) {
      List<String> labels = query.labels().orElseThrow();
      List<Component> columns = new ArrayList<>();
      List<Integer> positions = new ArrayList<>();
      for (Value component : result.recordComponents()) {
        columns.add(
            Component.value(component.name(), component.type(), component.kind().orElseThrow(), component.primitive()));
        positions.add(ColumnLabels.position(component.name(), labels).orElseThrow() + 1);
      }
      String reader = rows.reader((ClassName) result.element(), columns, positions);
      return CodeBlock.of("$L(rs, sql.codecs)", reader);
    }
    Component scalar =
        Component.value("value", result.element().box(), result.elementKind().orElseThrow(), false);
    return Columns.read(scalar, "rs", CodeBlock.of("1"), "sql.codecs");
  }
}
