package dev.softdelete.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.softdelete.Dialect;
import dev.softdelete.processor.model.Component;
import dev.softdelete.processor.model.query.Criterion;
import dev.softdelete.processor.model.query.MethodName;
import dev.softdelete.processor.model.query.Operator;
import dev.softdelete.processor.model.query.Parameter;
import dev.softdelete.processor.model.query.RepositoryMethod;
import dev.softdelete.processor.model.query.ResultType.Shape;
import dev.softdelete.processor.model.query.Verb;
import dev.softdelete.processor.sql.DerivedSql;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;

/**
 * Writes the derived methods of a {@code @Repository} implementation: per method, the public method
 * that checks its arguments and borrows a connection, and the private worker that binds the criteria
 * and runs the statement rendered at compile time, whose field in {@code Sql} it adds.
 */
final class DerivedVerbs {
  static final ClassName RESULT_STREAMS = ClassName.get("dev.softdelete.internal", "ResultStreams");
  static final ClassName LIKE_PATTERNS = ClassName.get("dev.softdelete.internal", "LikePatterns");
  static final ClassName IN_LISTS = ClassName.get("dev.softdelete.internal", "InLists");
  static final ClassName COLUMN_KIND = ClassName.get("dev.softdelete.internal.ddl", "ColumnKind");

  private final Implementation impl;
  private final RepositoryShell shell;
  private final RowReaders rows;
  private final Map<Dialect, DerivedSql> sqlByDialect = new LinkedHashMap<>();
  private final List<SqlHolder.Statement> statements = new ArrayList<>();
  private final Set<String> fields;

  DerivedVerbs(Implementation impl, RepositoryShell shell, RowReaders rows, Set<String> fields) {
    this.impl = impl;
    this.shell = shell;
    this.rows = rows;
    this.fields = fields;
    impl.dmlByDialect.keySet().forEach(d -> sqlByDialect.put(d, new DerivedSql(impl.entity, d)));
  }

  /** The statements the methods written so far run, for the {@code Sql} holder. */
  List<SqlHolder.Statement> statements() {
    return statements;
  }

  void write(RepositoryMethod.Derived method) {
    MethodName name = method.parsed().orElseThrow();
    List<Parameter> parameters = method.parameters();
    boolean page = !parameters.isEmpty() && parameters.get(parameters.size() - 1).limit();
    List<Component> columns = columns(method);
    String field = field(method.name());
    Map<Dialect, String> texts = new LinkedHashMap<>();
    sqlByDialect.forEach((dialect, sql) -> texts.put(dialect, sql.of(name, columns, page)));
    statements.add(SqlHolder.Statement.text(field, dml -> texts.get(dml.dialect())));
    if (name.criteria().stream().anyMatch(c -> c.operator().takesCollection())) {
      addOnce(new SqlHolder.Statement("in", IN_LISTS, dml -> CodeBlock.of("$T.of(dialect)", IN_LISTS)));
    }
    if (page) {
      addOnce(
          new SqlHolder.Statement(
              "pageMaxFirst",
              TypeName.BOOLEAN,
              dml -> CodeBlock.of("$L", sqlByDialect.get(dml.dialect()).pageMaxFirst())));
    }

    List<ParameterSpec> specs =
        parameters.stream()
            .map(p -> ParameterSpec.builder(p.type(), p.name()).build())
            .collect(Collectors.toList());
    TypeName returns = method.result().type();
    CodeBlock.Builder checks = CodeBlock.builder();
    for (Parameter p : parameters) {
      // The actor of a delete may be null: the delete then records no one.
      if (!p.type().isPrimitive() && !p.actor()) {
        checks.add(Implementation.requireNonNull(p.name()));
      }
    }
    CodeBlock empty = emptyResult(method);
    if (page) {
      String limit = parameters.get(parameters.size() - 1).name();
      checks.beginControlFlow("if ($L.max() == 0)", limit)
          .add("// Nothing to ask for; SQL Server refuses FETCH NEXT 0 ROWS.\n")
          .addStatement("return $L", empty)
          .endControlFlow();
    }
    emptyIn(name, parameters)
        .ifPresent(
            in ->
                checks.beginControlFlow("if ($L.isEmpty())", in)
                    .add("// An empty In matches nothing: no need to ask the database.\n")
                    .addStatement("return $L", empty)
                    .endControlFlow());

    String javadoc = texts.values().iterator().next();
    MethodSpec.Builder worker;
    if (method.result().shape() == Shape.STREAM) {
      worker = shell.streamVerb(method.name(), returns, specs, checks.build(), javadoc);
    } else {
      boolean atomic = name.verb() == Verb.RESTORE || (impl.relations.related() && !name.verb().isRead());
      worker = shell.verb(method.name(), returns, specs, checks.build(), javadoc, atomic, "statements");
    }
    worker.addStatement("$T sql = sql(statements)", impl.sqlClass);
    boolean lists = name.criteria().stream().anyMatch(c -> c.operator().takesCollection());
    String text = "sql." + field;
    if (lists) {
      // In lists bind a number of parameters that depends on the dialect (none on H2, which writes
      // the values into the statement): the statement is expanded first, then bound from a counter.
      text = parameters.stream().anyMatch(p -> p.name().equals("text")) ? "statementText" : "text";
      worker.addStatement("$T $L = sql.$L", String.class, text, field);
      int next = 0;
      for (Criterion criterion : name.criteria()) {
        if (criterion.operator().takesCollection()) {
          worker.addStatement(
              "$L = sql.in.expand($L, $T.$L, $L)",
              text,
              text,
              COLUMN_KIND,
              DerivedSql.kind(criterion).name(),
              values(criterion, parameters.get(next)));
        }
        next += criterion.operator().arity();
      }
    }
    // A soft delete binds deleted-at, then the operation and the actor where the entity has them.
    int first =
        name.verb() != Verb.SOFT_DELETE
            ? 1
            : 2 + (impl.relations.related() ? 1 : 0) + (impl.entity.deletedBy().isPresent() ? 1 : 0);
    Optional<Parameter> actor = parameters.stream().filter(Parameter::actor).findFirst();
    CodeBlock binds = binds(name, parameters, page, first, lists);
    switch (name.verb()) {
      case FIND -> find(worker, method, text, binds, columns);
      case COUNT -> count(worker, method, text, binds);
      case EXISTS -> exists(worker, text, binds);
      default -> write(worker, name.verb(), text, binds, actor);
    }
    impl.type.addMethod(worker.build());
  }

  private void addOnce(SqlHolder.Statement statement) {
    if (statements.stream().noneMatch(s -> s.field().equals(statement.field()))) {
      statements.add(statement);
    }
  }

  /** A field name for the method's statement: its name, numbered when an overload took it. */
  private String field(String methodName) {
    String field = methodName;
    for (int i = 2; !fields.add(field); i++) {
      field = methodName + i;
    }
    return field;
  }

  /** The entity's columns for entity rows and counts; the projection's, in its order, for records. */
  private List<Component> columns(RepositoryMethod.Derived method) {
    if (!method.result().shape().isRows() || method.result().element().equals(impl.record)) {
      return impl.entity.components();
    }
    TypeElement projection = method.result().record().orElseThrow();
    List<Component> columns = new ArrayList<>();
    for (RecordComponentElement component : projection.getRecordComponents()) {
      columns.add(impl.entity.component(component.getSimpleName().toString()).orElseThrow());
    }
    return columns;
  }

  /** What the method returns when it needs not ask: no rows, zero, false. */
  private static CodeBlock emptyResult(RepositoryMethod.Derived method) {
    return switch (method.result().shape()) {
      case LIST -> CodeBlock.of("$T.of()", List.class);
      case OPTIONAL -> CodeBlock.of("$T.empty()", Optional.class);
      case STREAM -> CodeBlock.of("$T.empty()", Stream.class);
      case BOOLEAN -> CodeBlock.of("false");
      case LONG -> CodeBlock.of("0L");
      default -> CodeBlock.of("0");
    };
  }

  /**
   * The collection parameter whose emptiness decides the answer: the first {@code In} of a condition
   * without {@code Or}, where an empty list of values matches no row whatever the rest says.
   */
  private static Optional<String> emptyIn(MethodName name, List<Parameter> parameters) {
    if (name.condition().size() != 1) {
      return Optional.empty();
    }
    int index = 0;
    for (Criterion criterion : name.criteria()) {
      if (criterion.operator() == Operator.IN) {
        return Optional.of(parameters.get(index).name());
      }
      index += criterion.operator().arity();
    }
    return Optional.empty();
  }

  /**
   * Binds the criteria's parameters from {@code first} on, then a page's or a First's maximum, or
   * the single row an exists asks for. With In lists, from a counter {@code index}.
   */
  private CodeBlock binds(MethodName name, List<Parameter> parameters, boolean page, int first, boolean lists) {
    CodeBlock.Builder binds = CodeBlock.builder();
    if (lists) {
      binds.addStatement("int index = $L", first);
    }
    int index = first;
    int next = 0;
    for (Criterion criterion : name.criteria()) {
      for (int i = 0; i < criterion.operator().arity(); i++) {
        Parameter parameter = parameters.get(next++);
        CodeBlock position = lists ? CodeBlock.of("index++") : CodeBlock.of("$L", index++);
        if (criterion.operator().takesCollection()) {
          binds.addStatement(
              "index = sql.in.bind(statement, index, $T.$L, $L)",
              COLUMN_KIND,
              DerivedSql.kind(criterion).name(),
              values(criterion, parameter));
        } else {
          binds.addStatement(bind(criterion, parameter, position));
        }
      }
    }
    CodeBlock at = lists ? CodeBlock.of("index") : CodeBlock.of("$L", index);
    if (page) {
      String limit = parameters.get(parameters.size() - 1).name();
      binds.addStatement(
          "$T.bindPage(statement, $L, sql.pageMaxFirst, $L.offset(), $L.max())", Columns.JDBC, at, limit, limit);
    } else if (name.first().isPresent() && name.verb() == Verb.FIND) {
      binds.addStatement("statement.setInt($L, $L)", at, name.first().getAsInt());
    } else if (name.verb() == Verb.EXISTS) {
      binds.addStatement("statement.setInt($L, 1)", at);
    }
    return binds.build();
  }

  /** The values of an In list: the parameter, lowered for IgnoreCase as the column is. */
  private static CodeBlock values(Criterion criterion, Parameter parameter) {
    if (criterion.ignoreCase()) {
      return CodeBlock.of("$L.stream().map(v -> v.toLowerCase($T.ROOT)).toList()", parameter.name(), Locale.class);
    }
    return CodeBlock.of("$L", parameter.name());
  }

  private static CodeBlock bind(Criterion criterion, Parameter parameter, CodeBlock index) {
    CodeBlock value =
        switch (criterion.operator()) {
          case STARTS_WITH -> CodeBlock.of("$T.startsWith($L)", LIKE_PATTERNS, parameter.name());
          case ENDS_WITH -> CodeBlock.of("$T.endsWith($L)", LIKE_PATTERNS, parameter.name());
          case CONTAINS -> CodeBlock.of("$T.contains($L)", LIKE_PATTERNS, parameter.name());
          default -> CodeBlock.of("$L", parameter.name());
        };
    return Columns.bind(criterion.component(), "statement", index, value, "sql.codecs");
  }

  private void find(
      MethodSpec.Builder worker, RepositoryMethod.Derived method, String text, CodeBlock binds, List<Component> columns) {
    ClassName rowType = (ClassName) method.result().element();
    String reader = rows.reader(rowType, columns);
    Shape shape = method.result().shape();
    if (shape == Shape.STREAM) {
      worker.beginControlFlow("try")
          .addCode(
              "return $T.query(statements, $L, statement -> {\n$>$L$<}, rs -> $L(rs, sql.codecs));\n",
              RESULT_STREAMS, text, binds, reader);
      Implementation.catchAndTranslate(worker, text);
      return;
    }
    worker.beginControlFlow("try ($T statement = statements.prepare($L))", PreparedStatement.class, text)
        .addCode(binds)
        .beginControlFlow("try ($T rs = statement.executeQuery())", ResultSet.class);
    if (shape == Shape.OPTIONAL) {
      worker.beginControlFlow("if (rs.next())")
          .addStatement("return $T.of($L(rs, sql.codecs))", Optional.class, reader)
          .endControlFlow()
          .addStatement("return $T.empty()", Optional.class);
    } else {
      worker.addStatement("$T<$T> rows = new $T<>()", List.class, rowType, ArrayList.class)
          .beginControlFlow("while (rs.next())")
          .addStatement("rows.add($L(rs, sql.codecs))", reader)
          .endControlFlow()
          .addStatement("return $T.unmodifiableList(rows)", Collections.class);
    }
    worker.endControlFlow();
    Implementation.catchAndTranslate(worker, text);
  }

  private static void count(MethodSpec.Builder worker, RepositoryMethod.Derived method, String text, CodeBlock binds) {
    worker.beginControlFlow("try ($T statement = statements.prepare($L))", PreparedStatement.class, text)
        .addCode(binds)
        .beginControlFlow("try ($T rs = statement.executeQuery())", ResultSet.class)
        .addStatement("rs.next()");
    if (method.result().shape() == Shape.INT) {
      worker.addStatement("return $T.toIntExact(rs.getLong(1))", Math.class);
    } else {
      worker.addStatement("return rs.getLong(1)");
    }
    worker.endControlFlow();
    Implementation.catchAndTranslate(worker, text);
  }

  private static void exists(MethodSpec.Builder worker, String text, CodeBlock binds) {
    worker.beginControlFlow("try ($T statement = statements.prepare($L))", PreparedStatement.class, text)
        .addCode(binds)
        .beginControlFlow("try ($T rs = statement.executeQuery())", ResultSet.class)
        .addStatement("return rs.next()")
        .endControlFlow();
    Implementation.catchAndTranslate(worker, text);
  }

  /** softDelete, restore, hardDelete: one statement, retried after a deadlock, its count returned. */
  private void write(MethodSpec.Builder worker, Verb verb, String text, CodeBlock binds, Optional<Parameter> actor) {
    if (impl.relations.related()) {
      writeWithCascade(worker, verb, text, binds, actor);
      return;
    }
    if (verb == Verb.SOFT_DELETE) {
      worker.addStatement("$T deletedAt = now()", Instant.class);
    }
    CodeBlock.Builder work = CodeBlock.builder();
    if (verb == Verb.SOFT_DELETE) {
      work.addStatement("sql.codecs.setInstant(statement, 1, deletedAt)");
      if (impl.entity.deletedBy().isPresent()) {
        work.addStatement(bindActor(actor, 2));
      }
    }
    work.add(binds).addStatement("return statement.executeUpdate()");
    worker.addCode(
        "return $T.execute(statements, $L, $L, statement -> {\n$>$L$<});\n",
        Implementation.INTERNAL_WRITES, impl.table(), text, work.build());
  }

  // softDelete: return CASCADE.softDelete(statements, sql.dialect, sql.codecs, deletedAt, operation -> {
  //     try (PreparedStatement statement = statements.prepare(sql.softDeleteByCustomerId)) {
  //         sql.codecs.setInstant(statement, 1, deletedAt);
  //         sql.codecs.setUuid(statement, 2, operation);
  //         statement.setLong(3, customerId);
  //         return statement.executeUpdate();
  //     }
  // });
  // restore, hardDelete: the ids the statement selects, then each row with its cascade.
  private void writeWithCascade(
      MethodSpec.Builder worker, Verb verb, String text, CodeBlock binds, Optional<Parameter> actor) {
    if (verb == Verb.SOFT_DELETE) {
      CodeBlock carried =
          actor.isEmpty()
              ? CodeBlock.of("null")
              : CodeBlock.of(
                  "$L == null ? null : (statement, index) -> $L",
                  actor.get().name(),
                  Columns.bind(
                      impl.entity.deletedBy().orElseThrow(), "statement", CodeBlock.of("index"),
                      CodeBlock.of("$L", actor.get().name()), "sql.codecs"));
      worker.addStatement("$T deletedAt = now()", Instant.class)
          .addCode("return CASCADE.softDelete(statements, sql.dialect, sql.codecs, deletedAt,$W$L, operation -> {\n$>", carried)
          .beginControlFlow("try ($T statement = statements.prepare($L))", PreparedStatement.class, text)
          .addStatement("sql.codecs.setInstant(statement, 1, deletedAt)")
          .addStatement("sql.codecs.setUuid(statement, 2, operation)");
      if (impl.entity.deletedBy().isPresent()) {
        worker.addStatement(bindActor(actor, 3));
      }
      worker.addCode(binds)
          .addStatement("return statement.executeUpdate()")
          .endControlFlow()
          .addCode("$<});\n");
      return;
    }
    TypeName ids = ParameterizedTypeName.get(ClassName.get(List.class), impl.id);
    worker.addStatement("$T ids = new $T<>()", ids, ArrayList.class)
        .beginControlFlow("try ($T statement = statements.prepare($L))", PreparedStatement.class, text)
        .addCode(binds)
        .beginControlFlow("try ($T rs = statement.executeQuery())", ResultSet.class)
        .beginControlFlow("while (rs.next())")
        .addStatement("ids.add($L)", Columns.read(impl.idComponent, "rs", CodeBlock.of("1"), "sql.codecs"))
        .endControlFlow()
        .endControlFlow();
    Implementation.catchAndTranslate(worker, text);
    worker.addStatement("int changed = 0")
        .beginControlFlow("for ($T id : ids)", impl.id)
        .beginControlFlow(
            "if (CASCADE.$L(statements, sql.dialect, sql.codecs,$W(statement, index) -> $L))",
            verb == Verb.RESTORE ? "restoreOrThrow" : "hardDelete",
            impl.bindId("statement", CodeBlock.of("index"), "id"))
        .addStatement("changed++")
        .endControlFlow()
        .endControlFlow()
        .addStatement("return changed");
  }

  /** Binds the actor parameter, or NULL when the method takes none, to the soft delete's deleted-by. */
  private CodeBlock bindActor(Optional<Parameter> actor, int index) {
    Component deletedBy = impl.entity.deletedBy().orElseThrow();
    CodeBlock value =
        actor.map(a -> CodeBlock.of("$L", a.name())).orElse(CodeBlock.of("($T) null", deletedBy.type().box()));
    return Columns.bind(deletedBy, "statement", CodeBlock.of("$L", index), value, "sql.codecs");
  }
}
