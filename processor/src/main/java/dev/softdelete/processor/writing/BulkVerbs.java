package dev.softdelete.processor.writing;

import static dev.softdelete.processor.writing.Implementation.catchAndTranslate;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Collection;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes the verbs over many rows, which run all or nothing (see {@code Transactions.atomically}):
 * insertAll, whose rows go in batches bound by generated code, and softDeleteAll and hardDeleteAll,
 * whose ids {@code IdLists.updateInChunks} cuts into statements of a bounded number of parameters.
 */
final class BulkVerbs {
  private final Implementation impl;
  private final RepositoryShell shell;

  BulkVerbs(Implementation impl, RepositoryShell shell) {
    this.impl = impl;
    this.shell = shell;
  }

  // public List<User> insertAll(Collection<User> entities) {
  //     List<User> rows = List.copyOf(entities);
  //     if (rows.isEmpty()) { return rows; }
  //     if (handle != null) { return Transactions.atomically(handle, c -> insertAll(c, rows)); }
  //     return jdbi.withHandle(h -> Transactions.atomically(h, c -> insertAll(c, rows)));
  // }
  // private List<User> insertAll(Connection connection, List<User> rows) {
  //     Sql sql = sql(statements);
  //     User[] stored = new User[rows.size()];
  //     if (rows.stream().anyMatch(row -> row.id() == null)) { insertGeneratingIds(statements, sql, rows, stored); }
  //     if (rows.stream().anyMatch(row -> row.id() != null)) { insertWithIds(statements, sql, rows, stored); }
  //     return List.of(stored);
  // }
  void insertAll() {
    boolean generated = impl.entity.generatedId();
    TypeName collection = ParameterizedTypeName.get(ClassName.get(Collection.class), impl.record);
    MethodSpec.Builder verb =
        MethodSpec.methodBuilder("insertAll")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(impl.list)
            .addParameter(collection, "entities")
            .addJavadoc(
                "{@inheritDoc}\n\n<p>$L, all or nothing:\nunder a savepoint in the caller's transaction, or else in a"
                    + " transaction of its own.\n\n<pre>{@code\n$L$L\n}</pre>\n",
                generated ? "Rows without an id and rows with one go in a batch each" : "The rows go in one batch",
                generated ? SqlLiterals.javadoc(impl.dml.insert()) + "\n" : "",
                SqlLiterals.javadoc(impl.dml.insertWithId()))
            .addStatement("$T rows = $T.copyOf(entities)", impl.list, List.class);
    if (!generated) {
      verb.beginControlFlow("for ($T row : rows)", impl.record).addCode(impl.requireSuppliedId("row")).endControlFlow();
    }
    verb.beginControlFlow("if (rows.isEmpty())").addStatement("return rows").endControlFlow();
    shell.lend(verb, "insertAll", List.of("rows"), true);
    impl.type.addMethod(verb.build());

    MethodSpec.Builder worker =
        MethodSpec.methodBuilder("insertAll")
            .addModifiers(Modifier.PRIVATE)
            .returns(impl.list)
            .addParameter(Implementation.INTERNAL_STATEMENTS, "statements")
            .addParameter(impl.list, "rows")
            .addCode(impl.lookUpSql())
            .addStatement("$T[] stored = new $T[rows.size()]", impl.record, impl.record);
    if (!impl.relations.links().isEmpty()) {
      worker.beginControlFlow("for ($T row : rows)", impl.record)
          .addStatement("requireLiveParents(statements, sql, row)")
          .endControlFlow();
    }
    if (generated) {
      worker.beginControlFlow("if (rows.stream().anyMatch(row -> $L))", impl.lacksId("row"))
          .addStatement("insertGeneratingIds(statements, sql, rows, stored)")
          .endControlFlow()
          .beginControlFlow("if (rows.stream().anyMatch(row -> $L))", impl.hasId("row"))
          .addStatement("insertWithIds(statements, sql, rows, stored)")
          .endControlFlow();
    } else {
      worker.addStatement("insertWithIds(statements, sql, rows, stored)");
    }
    impl.type.addMethod(worker.addStatement("return $T.of(stored)", List.class).build());
    if (generated) {
      insertGeneratingIds();
    }
    insertWithIds(generated);
  }

  // private static void insertGeneratingIds(Connection connection, Sql sql, List<User> rows, User[] stored) {
  //     try (PreparedStatement statement = statements.prepare(sql.insert, sql.generatedKey)) {
  //         if (!sql.batchGeneratedKeys) { one executeUpdate and getGeneratedKeys per row; return; }
  //         for (User row : rows) { if (row.id() == null) { bindColumns(sql, statement, row, 1); addBatch(); } }
  //         statement.executeBatch();
  //         try (ResultSet keys = statement.getGeneratedKeys()) { stored[i] = stored(row, keys.getLong(1)) ... }
  //     } catch (SQLException e) { throw translate(e, sql.insert); }
  // }
  private void insertGeneratingIds() {
    MethodSpec.Builder method =
        rowsMethod("insertGeneratingIds")
            .addJavadoc(
                "Inserts the rows that carry no id, in one batch where the driver returns the keys of a batch,\n"
                    + "and puts each stored row at its place in {@code stored}.\n")
            .beginControlFlow(
                "try ($T statement = statements.prepare(sql.insert, sql.generatedKey))", PreparedStatement.class)
            .beginControlFlow("if (!sql.batchGeneratedKeys)")
            .addComment("The driver returns no keys for a batch: one insert per row.")
            .beginControlFlow("for (int i = 0; i < stored.length; i++)")
            .beginControlFlow("if ($L)", impl.lacksId("rows.get(i)"))
            .addStatement("bindColumns(sql, statement, rows.get(i), 1)")
            .addStatement("statement.executeUpdate()")
            .beginControlFlow("try ($T keys = statement.getGeneratedKeys())", ResultSet.class)
            .addStatement("keys.next()")
            .addStatement("stored[i] = stored(rows.get(i), $L)", impl.readKey())
            .endControlFlow()
            .endControlFlow()
            .endControlFlow()
            .addStatement("return")
            .endControlFlow()
            .beginControlFlow("for ($T row : rows)", impl.record)
            .beginControlFlow("if ($L)", impl.lacksId("row"))
            .addStatement("bindColumns(sql, statement, row, 1)")
            .addStatement("statement.addBatch()")
            .endControlFlow()
            .endControlFlow()
            .addStatement("statement.executeBatch()")
            .beginControlFlow("try ($T keys = statement.getGeneratedKeys())", ResultSet.class)
            .beginControlFlow("for (int i = 0; i < stored.length; i++)")
            .beginControlFlow("if ($L)", impl.lacksId("rows.get(i)"))
            .addStatement("keys.next()")
            .addStatement("stored[i] = stored(rows.get(i), $L)", impl.readKey())
            .endControlFlow()
            .endControlFlow()
            .endControlFlow();
    catchAndTranslate(method, "sql.insert");
    impl.type.addMethod(method.build());
  }

  // private static void insertWithIds(Connection connection, Sql sql, List<User> rows, User[] stored) {
  //     try (PreparedStatement statement = statements.prepare(sql.insertWithId)) {
  //         for (int i = 0; i < stored.length; i++) {
  //             User row = rows.get(i);
  //             if (row.id() != null) {    // only when the database can generate ids
  //                 statement.setLong(1, row.id());
  //                 bindColumns(sql, statement, row, 2);
  //                 statement.addBatch();
  //                 stored[i] = stored(row, row.id());
  //             }
  //         }
  //         statement.executeBatch();
  //     } catch (SQLException e) { throw translate(e, sql.insertWithId); }
  // }
  private void insertWithIds(boolean generated) {
    String id = "row." + impl.idComponent.name() + "()";
    MethodSpec.Builder method =
        rowsMethod("insertWithIds")
            .addJavadoc(
                "Inserts the rows that carry their id in one batch, and puts each stored row at its place in\n"
                    + "{@code stored}.\n")
            .beginControlFlow("try ($T statement = statements.prepare(sql.insertWithId))", PreparedStatement.class)
            .beginControlFlow("for (int i = 0; i < stored.length; i++)")
            .addStatement("$T row = rows.get(i)", impl.record);
    if (generated) {
      method.beginControlFlow("if ($L)", impl.hasId("row"));
    }
    method.addStatement(impl.bindId("statement", CodeBlock.of("1"), id))
        .addStatement("bindColumns(sql, statement, row, 2)")
        .addStatement("statement.addBatch()")
        .addStatement("stored[i] = stored(row, $L)", id);
    if (generated) {
      method.endControlFlow();
    }
    method.endControlFlow().addStatement("statement.executeBatch()");
    catchAndTranslate(method, "sql.insertWithId");
    impl.type.addMethod(method.build());
  }

  private MethodSpec.Builder rowsMethod(String name) {
    return MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addParameter(Implementation.INTERNAL_STATEMENTS, "statements")
        .addParameter(impl.sqlClass, "sql")
        .addParameter(impl.list, "rows")
        .addParameter(ArrayTypeName.of(impl.record), "stored");
  }

  // private int softDeleteAll(Connection connection, Collection<Long> ids) {
  //     Sql sql = sql(statements);
  //     return IdLists.updateInChunks(statements, UserSchema.DEFINITION, sql.softDeleteAll,
  //             now(), sql.codecs::setInstant, ids, (statement, index, id) -> statement.setLong(index, id));
  // }
  void softDeleteAll() {
    if (impl.actor().isPresent()) {
      softDeleteAllWithActor();
      return;
    }
    MethodSpec.Builder worker =
        shell.atomicVerb(
            "softDeleteAll", TypeName.INT, List.of(impl.ids()), nothingForNoIds(), impl.dml.softDeleteAllHead() + "(?, ?, ...)");
    worker.addCode(impl.lookUpSql())
        .addStatement(
            "return $T.updateInChunks(statements,$W$L,$Wsql.softDeleteAll,$Wnow(),$Wsql.codecs::setInstant,$Wids,$W$L)",
            Implementation.INTERNAL_ID_LISTS, impl.table(), bindIdLambda());
    impl.type.addMethod(worker.build());
  }

  // private int hardDeleteAll(Connection connection, Collection<Long> ids) {
  //     Sql sql = sql(statements);
  //     return IdLists.updateInChunks(statements, UserSchema.DEFINITION, sql.hardDeleteAll,
  //             ids, (statement, index, id) -> statement.setLong(index, id));
  // }
  void hardDeleteAll() {
    MethodSpec.Builder worker =
        shell.atomicVerb(
            "hardDeleteAll", TypeName.INT, List.of(impl.ids()), nothingForNoIds(), impl.dml.hardDeleteAllHead() + "(?, ?, ...)");
    worker.addCode(impl.lookUpSql())
        .addStatement(
            "return $T.updateInChunks(statements,$W$L,$Wsql.hardDeleteAll,$Wids,$W$L)",
            Implementation.INTERNAL_ID_LISTS, impl.table(), bindIdLambda());
    impl.type.addMethod(worker.build());
  }

  // private int softDeleteAll(Connection connection, Collection<Long> ids, String deletedBy) {
  //     Sql sql = sql(statements);
  //     Instant deletedAt = now();
  //     return IdLists.updateInChunks(statements, UserSchema.DEFINITION, sql.softDeleteAll, statement -> {
  //         sql.codecs.setInstant(statement, 1, deletedAt);
  //         statement.setString(2, deletedBy);
  //         return 2;
  //     }, ids, (statement, index, id) -> statement.setLong(index, id));
  // }
  private void softDeleteAllWithActor() {
    impl.delegateWithoutActor(
        "softDeleteAll", TypeName.INT, impl.ids(), CodeBlock.of(""), "Records no one as the deleter.");
    MethodSpec.Builder worker =
        shell.atomicVerb(
            "softDeleteAll", TypeName.INT, List.of(impl.ids(), impl.actor().orElseThrow()), nothingForNoIds(),
            impl.dml.softDeleteAllHead() + "(?, ?, ...)");
    worker.addCode(impl.lookUpSql())
        .addStatement("$T deletedAt = now()", java.time.Instant.class)
        .addCode(
            "return $T.updateInChunks(statements, $L, sql.softDeleteAll, statement -> {\n$>",
            Implementation.INTERNAL_ID_LISTS, impl.table())
        .addStatement("sql.codecs.setInstant(statement, 1, deletedAt)")
        .addStatement(impl.bindActor("statement", CodeBlock.of("2")))
        .addStatement("return 2")
        .addCode("$<}, ids, $L);\n", bindIdLambda());
    impl.type.addMethod(worker.build());
  }

  private CodeBlock bindIdLambda() {
    return CodeBlock.of("(statement, index, id) -> $L", impl.bindId("statement", CodeBlock.of("index"), "id"));
  }

  static CodeBlock nothingForNoIds() {
    return CodeBlock.builder().beginControlFlow("if (ids.isEmpty())").addStatement("return 0").endControlFlow().build();
  }
}
