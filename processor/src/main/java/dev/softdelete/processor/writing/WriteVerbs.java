package dev.softdelete.processor.writing;

import static dev.softdelete.processor.writing.Implementation.catchAndTranslate;
import static dev.softdelete.processor.writing.Implementation.parameter;
import static dev.softdelete.processor.writing.Implementation.requireNonNull;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import dev.softdelete.RestoreResult;
import dev.softdelete.processor.sql.Dml;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.List;

/**
 * Writes the verbs that change one row: insert, update, softDelete, restore, hardDelete, and
 * purgeDeletedBefore. A one-row write runs through {@code Writes.execute}, which runs it again when
 * the database aborted it to break a deadlock; the lambda it takes binds the row in generated code.
 */
final class WriteVerbs {
  private final Implementation impl;
  private final RepositoryShell shell;

  WriteVerbs(Implementation impl, RepositoryShell shell) {
    this.impl = impl;
    this.shell = shell;
  }

  /** {@code Writes.execute(statements, XSchema.DEFINITION, sql.field, statement -> {}, opening the lambda. */
  private CodeBlock execute(String field) {
    return CodeBlock.of(
        "$T.execute(statements, $L, sql.$L, statement -> {\n$>", Implementation.INTERNAL_WRITES, impl.table(), field);
  }

  // private User insert(Connection connection, User entity) {
  //     Sql sql = sql(statements);
  //     if (entity.id() == null) {
  //         return Writes.executeReturningKeys(statements, UserSchema.DEFINITION, sql.insert, sql.generatedKey,
  //                 statement -> {
  //                     bindColumns(sql, statement, entity, 1);
  //                     statement.executeUpdate();
  //                     try (ResultSet keys = statement.getGeneratedKeys()) {
  //                         keys.next();
  //                         return stored(entity, keys.getLong(1));
  //                     }
  //                 });
  //     }
  //     return Writes.execute(statements, UserSchema.DEFINITION, sql.insertWithId, statement -> {
  //         statement.setLong(1, entity.id());
  //         bindColumns(sql, statement, entity, 2);
  //         statement.executeUpdate();
  //         return stored(entity, entity.id());
  //     });
  // }
  void insert() {
    boolean generated = impl.entity.generatedId();
    CodeBlock checks =
        generated
            ? requireNonNull("entity")
            : CodeBlock.builder().add(requireNonNull("entity")).add(impl.requireSuppliedId("entity")).build();
    String javadocSql =
        generated
            ? impl.dml.insert() + "\n-- or, when the entity carries its id:\n" + impl.dml.insertWithId()
            : impl.dml.insertWithId();
    boolean parents = !impl.relations.links().isEmpty();
    List<com.palantir.javapoet.ParameterSpec> entityParameter = List.of(parameter(impl.record, "entity"));
    MethodSpec.Builder worker =
        parents
            ? shell.atomicVerb("insert", impl.record, entityParameter, checks, javadocSql)
            : shell.verb("insert", impl.record, entityParameter, checks, javadocSql);
    worker.addCode(impl.lookUpSql());
    if (parents) {
      worker.addStatement("requireLiveParents(statements, sql, entity)");
    }
    if (generated) {
      worker.beginControlFlow("if ($L)", impl.lacksId("entity"))
          .addCode(
              "return $T.executeReturningKeys(statements, $L, sql.insert, sql.generatedKey,\n$>$>statement -> {\n$>",
              Implementation.INTERNAL_WRITES, impl.table())
          .addStatement("bindColumns(sql, statement, entity, 1)")
          .addStatement("statement.executeUpdate()")
          .beginControlFlow("try ($T keys = statement.getGeneratedKeys())", ResultSet.class)
          .addStatement("keys.next()")
          .addStatement("return stored(entity, $L)", impl.readKey())
          .endControlFlow()
          .addCode("$<});\n$<$<")
          .endControlFlow();
    }
    worker.addCode("return $L", execute("insertWithId"))
        .addStatement(impl.bindId("statement", CodeBlock.of("1"), "entity." + impl.idComponent.name() + "()"))
        .addStatement("bindColumns(sql, statement, entity, 2)")
        .addStatement("statement.executeUpdate()")
        .addStatement("return stored(entity, entity.$L())", impl.idComponent.name())
        .addCode("$<});\n");
    impl.type.addMethod(worker.build());
  }

  // private boolean update(Connection connection, Membership entity) {
  //     Sql sql = sql(statements);
  //     return Writes.execute(statements, MembershipSchema.DEFINITION, sql.update, statement -> {
  //         bindColumns(sql, statement, entity, 1);
  //         sql.codecs.setUuid(statement, 10, entity.id());
  //         return statement.executeUpdate() > 0;
  //     });
  // }
  void update() {
    CodeBlock checks =
        CodeBlock.builder()
            .add(requireNonNull("entity"))
            .add(impl.requireId("entity", "update needs the id of the row to update"))
            .build();
    boolean parents = !impl.relations.links().isEmpty();
    List<com.palantir.javapoet.ParameterSpec> entityParameter = List.of(parameter(impl.record, "entity"));
    MethodSpec.Builder worker =
        parents
            ? shell.atomicVerb("update", TypeName.BOOLEAN, entityParameter, checks, impl.dml.update())
            : shell.verb("update", TypeName.BOOLEAN, entityParameter, checks, impl.dml.update());
    int idIndex = impl.entity.dataColumns().size() + 1;
    worker.addCode(impl.lookUpSql());
    if (parents) {
      worker.addStatement("requireLiveParents(statements, sql, entity)");
    }
    worker
        .addCode("return $L", execute("update"))
        .addStatement("bindColumns(sql, statement, entity, 1)")
        .addStatement(impl.bindId("statement", CodeBlock.of("$L", idIndex), "entity." + impl.idComponent.name() + "()"))
        .addStatement("return statement.executeUpdate() > 0")
        .addCode("$<});\n");
    impl.type.addMethod(worker.build());
  }

  // private boolean softDelete(Connection connection, Long id) {
  //     Sql sql = sql(statements);
  //     Instant deletedAt = now();
  //     return Writes.execute(statements, UserSchema.DEFINITION, sql.softDelete, statement -> {
  //         sql.codecs.setInstant(statement, 1, deletedAt);
  //         statement.setLong(2, id);
  //         return statement.executeUpdate() > 0;
  //     });
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
        shell.verb("softDelete", TypeName.BOOLEAN, parameters, requireNonNull("id"), impl.dml.softDelete());
    int idIndex = impl.actor().isPresent() ? 3 : 2;
    worker.addCode(impl.lookUpSql())
        .addStatement("$T deletedAt = now()", Instant.class)
        .addCode("return $L", execute("softDelete"))
        .addStatement("sql.codecs.setInstant(statement, 1, deletedAt)");
    if (impl.actor().isPresent()) {
      worker.addStatement(impl.bindActor("statement", CodeBlock.of("2")));
    }
    worker.addStatement(impl.bindId("statement", CodeBlock.of("$L", idIndex), "id"))
        .addStatement("return statement.executeUpdate() > 0")
        .addCode("$<});\n");
    impl.type.addMethod(worker.build());
  }

  // private RestoreResult restore(Connection connection, Long id) {
  //     Sql sql = sql(statements);
  //     return Writes.retrying(statements, UserSchema.DEFINITION, sql.restore, () -> Restores.restore(
  //             connection, UserSchema.DEFINITION, sql.restore, sql.liveOf, sql.conflicts,
  //             statement -> statement.setLong(1, id)));
  // }
  void restore() {
    MethodSpec.Builder worker =
        shell.verb(
            "restore",
            ClassName.get(RestoreResult.class),
            List.of(parameter(impl.id, "id")),
            requireNonNull("id"),
            impl.dml.restore());
    worker.addCode(impl.lookUpSql())
        .addStatement(
            "return $T.retrying(statements, $L, sql.restore, () -> $T.restore(\n$>$>"
                + "statements, $L, sql.restore, sql.liveOf, sql.conflicts,\nstatement -> $L))$<$<",
            Implementation.INTERNAL_WRITES,
            impl.table(),
            Implementation.INTERNAL_RESTORES,
            impl.table(),
            impl.bindId("statement", CodeBlock.of("1"), "id"));
    impl.type.addMethod(worker.build());
  }

  // private boolean hardDelete(Connection connection, Long id) {
  //     Sql sql = sql(statements);
  //     return Writes.execute(statements, UserSchema.DEFINITION, sql.hardDelete, statement -> {
  //         statement.setLong(1, id);
  //         return statement.executeUpdate() > 0;
  //     });
  // }
  void hardDelete() {
    MethodSpec.Builder worker =
        shell.verb(
            "hardDelete", TypeName.BOOLEAN, List.of(parameter(impl.id, "id")), requireNonNull("id"), impl.dml.hardDelete());
    worker.addCode(impl.lookUpSql())
        .addCode("return $L", execute("hardDelete"))
        .addStatement(impl.bindId("statement", CodeBlock.of("1"), "id"))
        .addStatement("return statement.executeUpdate() > 0")
        .addCode("$<});\n");
    impl.type.addMethod(worker.build());
  }

  // private int purgeDeletedBefore(Connection connection, Instant cutoff) {
  //     Sql sql = sql(statements);
  //     Instant before = Jdbc.roundUpToStoredPrecision(cutoff);
  //     int purged = 0;
  //     try (PreparedStatement statement = statements.prepare(sql.purge)) {
  //         sql.codecs.setInstant(statement, 1, before);
  //         if (sql.purgeBindsTwice) { sql.codecs.setInstant(statement, 2, before); }
  //         int batch;
  //         do { batch = statement.executeUpdate(); purged += batch; } while (batch == 1000);
  //     } catch (SQLException e) { throw translate(e, sql.purge); }
  //     return purged;
  // }
  void purge() {
    MethodSpec.Builder worker =
        shell.verb(
            "purgeDeletedBefore",
            TypeName.INT,
            List.of(parameter(ClassName.get(Instant.class), "cutoff")),
            requireNonNull("cutoff"),
            impl.dml.purge());
    worker.addCode(impl.lookUpSql())
        .addComment("Stored times are whole microseconds: one is before the cutoff iff it is before this.")
        .addStatement("$T before = $T.roundUpToStoredPrecision(cutoff)", Instant.class, Columns.JDBC)
        .addStatement("int purged = 0")
        .beginControlFlow("try ($T statement = statements.prepare(sql.purge))", PreparedStatement.class)
        .addStatement("sql.codecs.setInstant(statement, 1, before)")
        .beginControlFlow("if (sql.purgeBindsTwice)")
        .addStatement("sql.codecs.setInstant(statement, 2, before)")
        .endControlFlow()
        .addStatement("int batch")
        .beginControlFlow("do")
        .addStatement("batch = statement.executeUpdate()")
        .addStatement("purged += batch")
        .endControlFlow("while (batch == $L)", Dml.PURGE_BATCH_SIZE);
    catchAndTranslate(worker, "sql.purge");
    worker.addStatement("return purged");
    impl.type.addMethod(worker.build());
  }
}
