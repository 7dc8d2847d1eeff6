package dev.softdelete.processor.writing;

import static dev.softdelete.processor.writing.Implementation.parameter;
import static dev.softdelete.processor.writing.Implementation.requireNonNull;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import dev.softdelete.RestoreResult;
import dev.softdelete.processor.model.Component;
import dev.softdelete.processor.model.Relations;
import dev.softdelete.processor.sql.Dml;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes the verbs of an entity in a relation whose work reaches other tables: soft deletes that
 * cascade, restores of what one operation deleted, hard deletes and purges that take dead children
 * first, and the check that a child's parents are live before it is written. The statements of the
 * entity's own rows stay here, bound in generated code; the walk over the other tables is {@code
 * dev.softdelete.internal.cascade.Cascade}, which reads the tables' definitions.
 */
final class CascadeVerbs {
  static final ClassName CASCADE = ClassName.get("dev.softdelete.internal.cascade", "Cascade");
  private static final ClassName DEAD_PARENT = ClassName.get("dev.softdelete", "DeadParentException");

  private final Implementation impl;
  private final RepositoryShell shell;

  CascadeVerbs(Implementation impl, RepositoryShell shell) {
    this.impl = impl;
    this.shell = shell;
  }

  // private static final Cascade CASCADE = new Cascade(OrderSchema.DEFINITION,
  //         List.of(OrderSchema.DEFINITION, CustomerSchema.DEFINITION, OrderLineSchema.DEFINITION));
  void field() {
    CodeBlock tables =
        impl.relations.graphSchemas().stream()
            .map(schema -> CodeBlock.of("$T.DEFINITION", schema))
            .collect(CodeBlock.joining(",\n"));
    impl.type.addField(
        FieldSpec.builder(CASCADE, "CASCADE", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc(
                "The tables a soft delete, restore, hard delete or purge of a $L reaches: those that reference it,\n"
                    + "at any depth, and their parents.\n",
                impl.entity.simpleName())
            .initializer("new $T($L,\n$>$>$T.of(\n$>$L$<))$<$<", CASCADE, impl.table(), List.class, tables)
            .build());
  }

  // private boolean softDelete(Connection connection, Long id) {
  //     Sql sql = sql(statements);
  //     Instant deletedAt = now();
  //     return CASCADE.softDelete(statements, sql.dialect, sql.codecs, deletedAt, operation -> {
  //         try (PreparedStatement statement = statements.prepare(sql.softDelete)) {
  //             sql.codecs.setInstant(statement, 1, deletedAt);
  //             sql.codecs.setUuid(statement, 2, operation);
  //             statement.setLong(3, id);
  //             return statement.executeUpdate();
  //         }
  //     }) > 0;
  // }
  void softDelete() {
    List<com.palantir.javapoet.ParameterSpec> parameters = new java.util.ArrayList<>();
    parameters.add(parameter(impl.id, "id"));
    impl.actor().ifPresent(actor -> {
      parameters.add(actor);
      impl.delegateWithoutActor(
          "softDelete", TypeName.BOOLEAN, parameter(impl.id, "id"), requireNonNull("id"), "Records no one as the deleter.");
    });
    MethodSpec.Builder worker =
        shell.atomicVerb(
            "softDelete", TypeName.BOOLEAN, parameters, requireNonNull("id"),
            impl.dml.softDelete() + "\n-- then the cascade, under the operation the row was stamped with");
    worker.addCode(impl.lookUpSql())
        .addStatement("$T deletedAt = now()", Instant.class)
        .addCode("return CASCADE.softDelete(statements, sql.dialect, sql.codecs, deletedAt,$W$L, operation -> {\n$>", actor())
        .beginControlFlow("try ($T statement = statements.prepare(sql.softDelete))", PreparedStatement.class)
        .addStatement("sql.codecs.setInstant(statement, 1, deletedAt)")
        .addStatement("sql.codecs.setUuid(statement, 2, operation)");
    if (impl.actor().isPresent()) {
      worker.addStatement(impl.bindActor("statement", CodeBlock.of("3")));
    }
    worker.addStatement(impl.bindId("statement", CodeBlock.of("$L", impl.actor().isPresent() ? 4 : 3), "id"))
        .addStatement("return statement.executeUpdate()")
        .endControlFlow()
        .addCode("$<}) > 0;\n");
    impl.type.addMethod(worker.build());
  }

  // private int softDeleteAll(Connection connection, Collection<Long> ids) {
  //     Sql sql = sql(statements);
  //     Instant deletedAt = now();
  //     return CASCADE.softDelete(statements, sql.dialect, sql.codecs, deletedAt, operation ->
  //             IdLists.updateInChunks(statements, OrderSchema.DEFINITION, sql.softDeleteAll, statement -> {
  //                 sql.codecs.setInstant(statement, 1, deletedAt);
  //                 sql.codecs.setUuid(statement, 2, operation);
  //                 return 2;
  //             }, ids, (statement, index, id) -> statement.setLong(index, id)));
  // }
  void softDeleteAll() {
    List<com.palantir.javapoet.ParameterSpec> parameters = new java.util.ArrayList<>();
    parameters.add(impl.ids());
    impl.actor().ifPresent(actor -> {
      parameters.add(actor);
      impl.delegateWithoutActor(
          "softDeleteAll", TypeName.INT, impl.ids(), CodeBlock.of(""), "Records no one as the deleter.");
    });
    MethodSpec.Builder worker =
        shell.atomicVerb(
            "softDeleteAll", TypeName.INT, parameters, BulkVerbs.nothingForNoIds(),
            impl.dml.softDeleteAllHead() + "(?, ?, ...)\n-- then the cascade, under the one operation of the call");
    worker.addCode(impl.lookUpSql())
        .addStatement("$T deletedAt = now()", Instant.class)
        .addCode("return CASCADE.softDelete(statements, sql.dialect, sql.codecs, deletedAt,$W$L, operation ->\n$>$>", actor())
        .addCode(
            "$T.updateInChunks(statements, $L, sql.softDeleteAll, statement -> {\n$>",
            Implementation.INTERNAL_ID_LISTS, impl.table())
        .addStatement("sql.codecs.setInstant(statement, 1, deletedAt)")
        .addStatement("sql.codecs.setUuid(statement, 2, operation)");
    if (impl.actor().isPresent()) {
      worker.addStatement(impl.bindActor("statement", CodeBlock.of("3")));
    }
    worker.addStatement("return $L", impl.actor().isPresent() ? 3 : 2)
        .addCode("$<}, ids, (statement, index, id) -> $L));\n$<$<", impl.bindId("statement", CodeBlock.of("index"), "id"));
    impl.type.addMethod(worker.build());
  }

  /**
   * The actor a cascade carries to children that record one: {@code null} when the entity records no
   * actor or the caller gave none, else a binder of the actor.
   */
  CodeBlock actor() {
    if (impl.actor().isEmpty()) {
      return CodeBlock.of("null");
    }
    String name = impl.actor().get().name();
    return CodeBlock.of(
        "$L == null ? null : (statement, index) -> $L", name, impl.bindActor("statement", CodeBlock.of("index")));
  }

  // private RestoreResult restore(Connection connection, Long id) {
  //     Sql sql = sql(statements);
  //     return CASCADE.restore(statements, sql.dialect, sql.codecs, (statement, index) -> statement.setLong(index, id));
  // }
  void restore() {
    MethodSpec.Builder worker =
        shell.atomicVerb(
            "restore", ClassName.get(RestoreResult.class), List.of(parameter(impl.id, "id")), requireNonNull("id"),
            null);
    worker.addCode(impl.lookUpSql())
        .addStatement(
            "return CASCADE.restore(statements, sql.dialect, sql.codecs,$W(statement, index) -> $L)",
            impl.bindId("statement", CodeBlock.of("index"), "id"));
    impl.type.addMethod(worker.build());
  }

  // private boolean hardDelete(Connection connection, Long id) {
  //     Sql sql = sql(statements);
  //     return CASCADE.hardDelete(statements, sql.dialect, sql.codecs, (statement, index) -> statement.setLong(index, id));
  // }
  void hardDelete() {
    MethodSpec.Builder worker =
        shell.atomicVerb(
            "hardDelete", TypeName.BOOLEAN, List.of(parameter(impl.id, "id")), requireNonNull("id"),
            impl.dml.hardDelete() + "\n-- after its dead descendants, children first");
    worker.addCode(impl.lookUpSql())
        .addStatement(
            "return CASCADE.hardDelete(statements, sql.dialect, sql.codecs,$W(statement, index) -> $L)",
            impl.bindId("statement", CodeBlock.of("index"), "id"));
    impl.type.addMethod(worker.build());
  }

  // private int hardDeleteAll(Connection connection, Collection<Long> ids) {
  //     Sql sql = sql(statements);
  //     int deleted = 0;
  //     for (Long id : new LinkedHashSet<>(ids)) {
  //         if (CASCADE.hardDelete(statements, sql.dialect, sql.codecs, (statement, index) -> ...)) deleted++;
  //     }
  //     return deleted;
  // }
  void hardDeleteAll() {
    MethodSpec.Builder worker =
        shell.atomicVerb(
            "hardDeleteAll", TypeName.INT, List.of(impl.ids()), BulkVerbs.nothingForNoIds(),
            impl.dml.hardDelete() + "\n-- per id, after its dead descendants, children first");
    worker.addCode(impl.lookUpSql())
        .addStatement("int deleted = 0")
        .beginControlFlow("for ($T id : new $T<>(ids))", impl.id, LinkedHashSet.class)
        .beginControlFlow(
            "if (CASCADE.hardDelete(statements, sql.dialect, sql.codecs,$W(statement, index) -> $L))",
            impl.bindId("statement", CodeBlock.of("index"), "id"))
        .addStatement("deleted++")
        .endControlFlow()
        .endControlFlow()
        .addStatement("return deleted");
    impl.type.addMethod(worker.build());
  }

  // private int purgeDeletedBefore(Connection connection, Instant cutoff) {
  //     Sql sql = sql(statements);
  //     return CASCADE.purge(statements, sql.dialect, sql.codecs, Jdbc.roundUpToStoredPrecision(cutoff), 1000);
  // }
  void purge() {
    MethodSpec.Builder worker =
        shell.verb(
            "purgeDeletedBefore", TypeName.INT, List.of(parameter(ClassName.get(Instant.class), "cutoff")),
            requireNonNull("cutoff"), null);
    worker.addCode(impl.lookUpSql())
        .addComment("Stored times are whole microseconds: one is before the cutoff iff it is before this.")
        .addStatement(
            "return CASCADE.purge(statements, sql.dialect, sql.codecs, $T.roundUpToStoredPrecision(cutoff), $L)",
            Columns.JDBC, Dml.PURGE_BATCH_SIZE);
    impl.type.addMethod(worker.build());
  }

  /** Whether the entity references parents, so that writing a row checks them. */
  boolean checksParents() {
    return !impl.relations.links().isEmpty();
  }

  // private static void requireLiveParents(Connection connection, Sql sql, Order entity) {
  //     if (entity.customerId() != null) {
  //         requireLive(statements, sql.customerIdParent, "Order", "customer_id", "Customer",
  //                 statement -> statement.setLong(1, entity.customerId()));
  //     }
  // }
  void requireLiveParents() {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("requireLiveParents")
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .addJavadoc(
                "Throws unless each parent the entity references is live, and keeps it from being deleted until\n"
                    + "the transaction ends.\n")
            .addParameter(Implementation.INTERNAL_STATEMENTS, "statements")
            .addParameter(impl.sqlClass, "sql")
            .addParameter(impl.record, "entity");
    for (Relations.Link link : impl.relations.links()) {
      Component c = link.component();
      String value = "entity." + c.name() + "()";
      if (!c.primitive()) {
        method.beginControlFlow("if ($L != null)", value);
      }
      String field = parentField(c);
      method.beginControlFlow("try ($T statement = statements.prepare(sql.$L))", PreparedStatement.class, field)
          .addStatement(Columns.bind(c, "statement", CodeBlock.of("1"), CodeBlock.of("$L", value), "sql.codecs"))
          .beginControlFlow("try ($T rs = statement.executeQuery())", ResultSet.class)
          .beginControlFlow("if (!rs.next())")
          .addStatement(
              "throw new $T($S, $S, $S)", DEAD_PARENT, impl.entity.simpleName(), c.column(), link.parent().simpleName())
          .endControlFlow()
          .endControlFlow()
          .nextControlFlow("catch ($T e)", SQLException.class)
          .addStatement("throw translate(e, sql.$L)", field)
          .endControlFlow();
      if (!c.primitive()) {
        method.endControlFlow();
      }
    }
    impl.type.addMethod(method.build());
  }

  /** The field of {@code Sql} that checks the component's parent. */
  static String parentField(Component component) {
    return component.name() + "Parent";
  }
}
