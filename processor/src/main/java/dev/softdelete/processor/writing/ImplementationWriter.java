package dev.softdelete.processor.writing;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.softdelete.RestoreResult;
import dev.softdelete.SoftDeleteConfig;
import dev.softdelete.processor.model.Component;
import dev.softdelete.processor.model.Entity;
import dev.softdelete.processor.model.UniqueKeyModel;
import dev.softdelete.processor.sql.Dml;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code Jdbi<Entity>Repository}, the implementation of the repository interface.
 *
 * <p>Each verb is a public method that finds the connection and a private method that does the work
 * with plain JDBC: SQL rendered at compile time, parameters bound and columns read by position with
 * the getter of each type, the record built by its constructor. The connection is that of the handle
 * the repository was made with, or else of {@code jdbi.withHandle}, which reuses the calling thread's
 * open handle and transaction. Configuration (the clock) is read once, when the repository is made.
 */
public final class ImplementationWriter {
  private static final ClassName JDBI = ClassName.get("org.jdbi.v3.core", "Jdbi");
  private static final ClassName HANDLE = ClassName.get("org.jdbi.v3.core", "Handle");
  private static final ClassName INJECT = ClassName.get("jakarta.inject", "Inject");
  private static final ClassName SQL_ERRORS = ClassName.get("dev.softdelete.support", "SqlErrors");
  private static final ClassName ID_LISTS = ClassName.get("dev.softdelete.support", "IdLists");
  private static final ClassName RESTORES = ClassName.get("dev.softdelete.support", "Restores");

  private final SourceWriter out;
  private final boolean injectAvailable;

  /** @param injectAvailable whether jakarta.inject is on the classpath, to mark the constructor */
  public ImplementationWriter(SourceWriter out, boolean injectAvailable) {
    this.out = out;
    this.injectAvailable = injectAvailable;
  }

  /** Writes the file; false when it could not be written. */
  public boolean write(Entity entity) {
    return new Writing(entity).write();
  }

  /** Whether the component is a time that the database keeps to the microsecond. */
  private static boolean isTime(Component component) {
    switch (component.kind()) {
      case INSTANT:
      case OFFSET_DATE_TIME:
      case LOCAL_DATE_TIME:
        return true;
      default:
        return false;
    }
  }

  /** The state of writing one implementation. */
  private final class Writing {
    private final Entity entity;
    private final Dml dml;
    private final ClassName record;
    private final TypeName id;
    private final Component idComponent;
    private final TypeName optional;
    private final TypeName list;
    private final TypeSpec.Builder type;

    Writing(Entity entity) {
      this.entity = entity;
      this.dml = new Dml(entity);
      this.record = entity.recordType();
      this.id = RepositoryWriter.idType(entity);
      this.idComponent = entity.id();
      this.optional = ParameterizedTypeName.get(ClassName.get(Optional.class), record);
      this.list = ParameterizedTypeName.get(ClassName.get(List.class), record);
      this.type =
          TypeSpec.classBuilder(entity.repositoryImplementation())
              .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
              .addSuperinterface(entity.repositoryInterface())
              .addJavadoc(
                  "The Jdbi implementation of {@link $T}.\n\n<p>Each method runs plain JDBC on the"
                      + " connection of a Jdbi handle: the handle it was made\nwith, or else the calling"
                      + " thread's open handle and its transaction, or a new handle for\nthe call.\n",
                  entity.repositoryInterface());
    }

    boolean write() {
      constants();
      fields();
      insert();
      insertAll();
      update();
      findById("findById", "FIND_BY_ID", dml.findById());
      findById("findAnyById", "FIND_ANY_BY_ID", dml.findAnyById());
      listing("alive", "ALIVE", dml.alive());
      aliveAfter();
      listing("dead", "DEAD", dml.dead());
      listing("all", "ALL", dml.all());
      count("countAlive", "COUNT_ALIVE", dml.countAlive());
      count("countDead", "COUNT_DEAD", dml.countDead());
      softDelete();
      softDeleteAll();
      restore();
      hardDelete();
      hardDeleteAll();
      purge();
      for (UniqueKeyModel key : entity.uniqueKeys()) {
        finder(key);
      }
      helpers();
      return out.write(entity, type);
    }

    // ----- fields ---------------------------------------------------------------------------------

    private void sql(String name, String sql) {
      type.addField(
          FieldSpec.builder(String.class, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
              .initializer("$S", sql)
              .build());
    }

    private void constants() {
      if (entity.generatedId()) {
        sql("INSERT", dml.insert());
        type.addField(
            FieldSpec.builder(ArrayTypeName.of(String.class), "GENERATED_KEY", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("{$S}", idComponent.column())
                .build());
      }
      sql("INSERT_WITH_ID", dml.insertWithId());
      sql("UPDATE", dml.update());
      sql("FIND_BY_ID", dml.findById());
      sql("FIND_ANY_BY_ID", dml.findAnyById());
      sql("ALIVE", dml.alive());
      sql("ALIVE_FIRST", dml.aliveFirst());
      sql("ALIVE_AFTER", dml.aliveAfter());
      sql("DEAD", dml.dead());
      sql("ALL", dml.all());
      sql("COUNT_ALIVE", dml.countAlive());
      sql("COUNT_DEAD", dml.countDead());
      sql("SOFT_DELETE", dml.softDelete());
      sql("SOFT_DELETE_ALL", dml.softDeleteAllHead());
      sql("RESTORE", dml.restore());
      sql("LIVE_OF", dml.liveOf());
      type.addField(
          FieldSpec.builder(
                  ParameterizedTypeName.get(List.class, String.class),
                  "CONFLICTS",
                  Modifier.PRIVATE,
                  Modifier.STATIC,
                  Modifier.FINAL)
              .addJavadoc("Per unique key, whether a live row holds the key of the dead row with an id.\n")
              .initializer(
                  entity.uniqueKeys().isEmpty() ? CodeBlock.of("$T.of()", List.class)
                      : CodeBlock.of(
                          "$T.of(\n$>$>$L)$<$<",
                          List.class,
                          entity.uniqueKeys().stream()
                              .map(k -> CodeBlock.of("$S", dml.conflict(k)))
                              .collect(CodeBlock.joining(",\n"))))
              .build());
      sql("HARD_DELETE", dml.hardDelete());
      sql("HARD_DELETE_ALL", dml.hardDeleteAllHead());
      sql("PURGE", dml.purge());
      type.addField(
          FieldSpec.builder(int.class, "PURGE_BATCH_SIZE", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
              .initializer("$L", Dml.PURGE_BATCH_SIZE)
              .build());
      for (UniqueKeyModel key : entity.uniqueKeys()) {
        sql(finderConstant(key), dml.findBy(key));
      }
    }

    private void fields() {
      type.addField(
          FieldSpec.builder(JDBI, "jdbi", Modifier.PRIVATE, Modifier.FINAL)
              .addJavadoc("Lends a handle per call; null when the repository is bound to {@link #handle}.\n")
              .build());
      type.addField(
          FieldSpec.builder(HANDLE, "handle", Modifier.PRIVATE, Modifier.FINAL)
              .addJavadoc("The handle every call uses; null when the repository lends one from {@link #jdbi}.\n")
              .build());
      type.addField(
          FieldSpec.builder(Clock.class, "clock", Modifier.PRIVATE, Modifier.FINAL)
              .addJavadoc("Stamps deleted-at.\n")
              .build());
      MethodSpec.Builder fromJdbi =
          MethodSpec.constructorBuilder()
              .addModifiers(Modifier.PUBLIC)
              .addParameter(JDBI, "jdbi")
              .addJavadoc(
                  "A repository whose calls run on the calling thread's open handle, inside its"
                      + " transaction, or\nelse on a new handle per call.\n")
              .addStatement("this.jdbi = $T.requireNonNull(jdbi, $S)", Objects.class, "jdbi")
              .addStatement("this.handle = null")
              .addStatement("this.clock = jdbi.getConfig($T.class).clock()", SoftDeleteConfig.class);
      if (injectAvailable) {
        fromJdbi.addAnnotation(INJECT);
      }
      type.addMethod(fromJdbi.build());
      type.addMethod(
          MethodSpec.constructorBuilder()
              .addModifiers(Modifier.PUBLIC)
              .addParameter(HANDLE, "handle")
              .addJavadoc("A repository whose calls all run on this handle.\n")
              .addStatement("this.jdbi = null")
              .addStatement("this.handle = $T.requireNonNull(handle, $S)", Objects.class, "handle")
              .addStatement("this.clock = handle.getConfig($T.class).clock()", SoftDeleteConfig.class)
              .build());
    }

    // ----- verbs ----------------------------------------------------------------------------------

    /**
     * Adds the public verb, which checks its arguments and finds the connection, and returns the
     * builder of the private method of the same name that does the work on the connection.
     */
    private MethodSpec.Builder verb(
        String name, TypeName returns, List<ParameterSpec> parameters, CodeBlock checks, String sql) {
      return verb(name, returns, parameters, checks, sql, "withHandle", "connection");
    }

    /**
     * Like {@link #verb(String, TypeName, List, CodeBlock, String)}, for a verb that may run several
     * statements and must run them all or none: in the caller's transaction when there is one, else
     * in a transaction of its own.
     */
    private MethodSpec.Builder atomicVerb(
        String name, TypeName returns, List<ParameterSpec> parameters, CodeBlock checks, String sql) {
      return verb(name, returns, parameters, checks, sql, "inTransaction", "connection");
    }

    private MethodSpec.Builder verb(
        String name,
        TypeName returns,
        List<ParameterSpec> parameters,
        CodeBlock checks,
        String sql,
        String jdbiMethod,
        String connection) {
      NameAllocator names = new NameAllocator();
      parameters.forEach(p -> names.newName(p.name(), p));
      String h = names.newName("h");
      // A finder's parameters are named after components, which may shadow the fields.
      boolean shadowed =
          parameters.stream().anyMatch(p -> p.name().equals("handle") || p.name().equals("jdbi"));
      String handle = shadowed ? "this.handle" : "handle";
      String jdbi = shadowed ? "this.jdbi" : "jdbi";
      String arguments = parameters.stream().map(ParameterSpec::name).collect(Collectors.joining(", "));
      String args = arguments.isEmpty() ? "" : ", " + arguments;
      MethodSpec.Builder verb =
          MethodSpec.methodBuilder(name)
              .addAnnotation(Override.class)
              .addModifiers(Modifier.PUBLIC)
              .returns(returns)
              .addParameters(parameters)
              .addJavadoc("{@inheritDoc}\n")
              .addCode(checks);
      if (sql != null) {
        verb.addJavadoc("\n<pre>{@code\n$L\n}</pre>\n", sql);
      }
      if (jdbiMethod.equals("withHandle")) {
        verb.addStatement(
            "return $L != null ? $L($L.getConnection()$L) : $L.withHandle($L -> $L($L.getConnection()$L))",
            handle, name, handle, args, jdbi, h, name, h, args);
      } else {
        verb.addStatement(
            "return $L != null ? $L.inTransaction($L -> $L($L.getConnection()$L)) : $L.inTransaction($L -> $L($L.getConnection()$L))",
            handle, handle, h, name, h, args, jdbi, h, name, h, args);
      }
      type.addMethod(verb.build());
      return MethodSpec.methodBuilder(name)
          .addModifiers(Modifier.PRIVATE)
          .returns(returns)
          .addParameter(Connection.class, connection)
          .addParameters(parameters);
    }

    private ParameterSpec parameter(TypeName type, String name) {
      return ParameterSpec.builder(type, name).build();
    }

    private CodeBlock requireNonNull(String... names) {
      CodeBlock.Builder checks = CodeBlock.builder();
      for (String name : names) {
        checks.addStatement("$T.requireNonNull($L, $S)", Objects.class, name, name);
      }
      return checks.build();
    }

    /** {@code catch (SQLException e) { throw translate(e, sql); }} closing a try. */
    private void catchAndTranslate(MethodSpec.Builder method, String sql) {
      catchAndTranslate(method, sql, "e");
    }

    private void catchAndTranslate(MethodSpec.Builder method, String sql, String e) {
      method.nextControlFlow("catch ($T $L)", SQLException.class, e)
          .addStatement("throw translate($L, $L)", e, sql)
          .endControlFlow();
    }

    /** Throws if the entity's id is null; nothing for a primitive id. */
    private CodeBlock requireId(String entityName, String message) {
      return idComponent.primitive()
          ? CodeBlock.of("")
          : CodeBlock.builder()
              .addStatement("$T.requireNonNull($L.$L(), $S)", Objects.class, entityName, idComponent.name(), message)
              .build();
    }

    /** Throws if an id that the database does not generate is missing. */
    private CodeBlock requireSuppliedId(String entityName) {
      return requireId(
          entityName,
          entity.simpleName() + "." + idComponent.name() + " is not generated by the database; supply it");
    }

    /** Binds an id, which is never null here: with the primitive setter for integral ids. */
    private CodeBlock bindId(String statement, CodeBlock index, String value) {
      switch (idComponent.kind()) {
        case LONG:
          return CodeBlock.of("$L.setLong($L, $L)", statement, index, value);
        case INT:
          return CodeBlock.of("$L.setInt($L, $L)", statement, index, value);
        default:
          return Columns.bind(idComponent, statement, index, CodeBlock.of("$L", value));
      }
    }

    /** Whether the entity carries no id yet, so that the database generates one. */
    private CodeBlock lacksId(String entityName) {
      return CodeBlock.of("$L.$L() == $L", entityName, idComponent.name(), idComponent.primitive() ? "0" : "null");
    }

    /** Whether the entity carries its id. */
    private CodeBlock hasId(String entityName) {
      return CodeBlock.of("$L.$L() != $L", entityName, idComponent.name(), idComponent.primitive() ? "0" : "null");
    }

    private void insert() {
      MethodSpec.Builder worker =
          verb(
              "insert",
              record,
              List.of(parameter(record, "entity")),
              entity.generatedId()
                  ? requireNonNull("entity")
                  : CodeBlock.builder().add(requireNonNull("entity")).add(requireSuppliedId("entity")).build(),
              entity.generatedId() ? dml.insert() + "\n-- or, when the entity carries its id:\n" + dml.insertWithId() : dml.insertWithId());
      if (entity.generatedId()) {
        worker
            .addStatement("boolean generateId = $L", lacksId("entity"))
            .addStatement("String sql = generateId ? INSERT : INSERT_WITH_ID")
            .beginControlFlow(
                "try ($T statement = generateId ? connection.prepareStatement(sql, GENERATED_KEY) : connection.prepareStatement(sql))",
                PreparedStatement.class)
            .addStatement("bindInsert(statement, entity, !generateId)")
            .addStatement("statement.executeUpdate()")
            .beginControlFlow("if (!generateId)")
            .addStatement("return stored(entity, entity.$L())", idComponent.name())
            .endControlFlow()
            .beginControlFlow("try ($T keys = statement.getGeneratedKeys())", ResultSet.class)
            .addStatement("keys.next()")
            .addStatement("return stored(entity, $L)", readKey())
            .endControlFlow();
        catchAndTranslate(worker, "sql");
      } else {
        worker
            .beginControlFlow("try ($T statement = connection.prepareStatement(INSERT_WITH_ID))", PreparedStatement.class)
            .addStatement("bindInsert(statement, entity, true)")
            .addStatement("statement.executeUpdate()")
            .addStatement("return stored(entity, entity.$L())", idComponent.name());
        catchAndTranslate(worker, "INSERT_WITH_ID");
      }
      type.addMethod(worker.build());
    }

    private CodeBlock readKey() {
      return CodeBlock.of("keys.get$L(1)", idComponent.kind() == dev.softdelete.processor.model.JavaType.INT ? "Int" : "Long");
    }

    private void insertAll() {
      TypeName collection = ParameterizedTypeName.get(ClassName.get(Collection.class), record);
      MethodSpec.Builder verb =
          MethodSpec.methodBuilder("insertAll")
              .addAnnotation(Override.class)
              .addModifiers(Modifier.PUBLIC)
              .returns(list)
              .addParameter(collection, "entities")
              .addJavadoc(
                  "{@inheritDoc}\n\n<p>$L, in one transaction:\nthe caller's, or else one of its own.\n\n<pre>{@code\n$L\n}</pre>\n",
                  entity.generatedId() ? "Rows without an id and rows with one go in a batch each" : "The rows go in one batch",
                  entity.generatedId() ? dml.insert() + "\n" + dml.insertWithId() : dml.insertWithId())
              .addStatement("$T rows = $T.copyOf(entities)", list, List.class);
      if (!entity.generatedId()) {
        verb.beginControlFlow("for ($T row : rows)", record).addCode(requireSuppliedId("row")).endControlFlow();
      }
      verb.beginControlFlow("if (rows.isEmpty())")
              .addStatement("return rows")
              .endControlFlow()
              .addStatement(
                  "return handle != null ? handle.inTransaction(h -> insertAll(h.getConnection(), rows)) : jdbi.inTransaction(h -> insertAll(h.getConnection(), rows))");
      type.addMethod(verb.build());
      MethodSpec.Builder worker =
          MethodSpec.methodBuilder("insertAll")
              .addModifiers(Modifier.PRIVATE)
              .returns(list)
              .addParameter(Connection.class, "connection")
              .addParameter(list, "rows")
              .addStatement("$T[] stored = new $T[rows.size()]", record, record);
      if (entity.generatedId()) {
        worker
            .addStatement("String sql = INSERT")
            .beginControlFlow("try")
            .beginControlFlow("if (rows.stream().anyMatch(row -> $L))", lacksId("row"))
            .beginControlFlow("try ($T statement = connection.prepareStatement(INSERT, GENERATED_KEY))", PreparedStatement.class)
            .beginControlFlow("for ($T row : rows)", record)
            .beginControlFlow("if ($L)", lacksId("row"))
            .addStatement("bindInsert(statement, row, false)")
            .addStatement("statement.addBatch()")
            .endControlFlow()
            .endControlFlow()
            .addStatement("statement.executeBatch()")
            .beginControlFlow("try ($T keys = statement.getGeneratedKeys())", ResultSet.class)
            .beginControlFlow("for (int i = 0; i < stored.length; i++)")
            .beginControlFlow("if ($L)", lacksId("rows.get(i)"))
            .addStatement("keys.next()")
            .addStatement("stored[i] = stored(rows.get(i), $L)", readKey())
            .endControlFlow()
            .endControlFlow()
            .endControlFlow()
            .endControlFlow()
            .endControlFlow()
            .addStatement("sql = INSERT_WITH_ID")
            .beginControlFlow("if (rows.stream().anyMatch(row -> $L))", hasId("row"))
            .beginControlFlow("try ($T statement = connection.prepareStatement(INSERT_WITH_ID))", PreparedStatement.class)
            .beginControlFlow("for (int i = 0; i < stored.length; i++)")
            .beginControlFlow("if ($L)", hasId("rows.get(i)"))
            .addStatement("bindInsert(statement, rows.get(i), true)")
            .addStatement("statement.addBatch()")
            .addStatement("stored[i] = stored(rows.get(i), rows.get(i).$L())", idComponent.name())
            .endControlFlow()
            .endControlFlow()
            .addStatement("statement.executeBatch()")
            .endControlFlow()
            .endControlFlow();
        catchAndTranslate(worker, "sql");
      } else {
        worker
            .beginControlFlow("try ($T statement = connection.prepareStatement(INSERT_WITH_ID))", PreparedStatement.class)
            .beginControlFlow("for (int i = 0; i < stored.length; i++)")
            .addStatement("bindInsert(statement, rows.get(i), true)")
            .addStatement("statement.addBatch()")
            .addStatement("stored[i] = stored(rows.get(i), rows.get(i).$L())", idComponent.name())
            .endControlFlow()
            .addStatement("statement.executeBatch()");
        catchAndTranslate(worker, "INSERT_WITH_ID");
      }
      worker.addStatement("return $T.of(stored)", List.class);
      type.addMethod(worker.build());
    }

    private void update() {
      MethodSpec.Builder worker =
          verb(
              "update",
              TypeName.BOOLEAN,
              List.of(parameter(record, "entity")),
              CodeBlock.builder()
                  .add(requireNonNull("entity"))
                  .add(requireId("entity", "update needs the id of the row to update"))
                  .build(),
              dml.update());
      worker.beginControlFlow("try ($T statement = connection.prepareStatement(UPDATE))", PreparedStatement.class);
      List<Component> data = entity.dataColumns();
      for (int i = 0; i < data.size(); i++) {
        Component c = data.get(i);
        worker.addStatement(Columns.bind(c, "statement", CodeBlock.of("$L", i + 1), CodeBlock.of("entity.$L()", c.name())));
      }
      worker.addStatement(bindId("statement", CodeBlock.of("$L", data.size() + 1), "entity." + idComponent.name() + "()"))
          .addStatement("return statement.executeUpdate() > 0");
      catchAndTranslate(worker, "UPDATE");
      type.addMethod(worker.build());
    }

    private void findById(String name, String constant, String sql) {
      MethodSpec.Builder worker = verb(name, optional, List.of(parameter(id, "id")), requireNonNull("id"), sql);
      worker.beginControlFlow("try ($T statement = connection.prepareStatement($L))", PreparedStatement.class, constant)
          .addStatement(bindId("statement", CodeBlock.of("1"), "id"))
          .addStatement("return one(statement)");
      catchAndTranslate(worker, constant);
      type.addMethod(worker.build());
    }

    private void listing(String name, String constant, String sql) {
      MethodSpec.Builder worker = verb(name, list, List.of(), CodeBlock.of(""), sql);
      worker.beginControlFlow("try ($T statement = connection.prepareStatement($L))", PreparedStatement.class, constant)
          .addStatement("return list(statement)");
      catchAndTranslate(worker, constant);
      type.addMethod(worker.build());
    }

    private void aliveAfter() {
      MethodSpec.Builder worker =
          verb(
              "aliveAfter",
              list,
              List.of(parameter(id, "afterId"), parameter(TypeName.INT, "limit")),
              CodeBlock.builder()
                  .beginControlFlow("if (limit < 0)")
                  .addStatement("throw new $T($S + limit)", IllegalArgumentException.class, "limit must not be negative: ")
                  .endControlFlow()
                  .build(),
              dml.aliveAfter());
      worker.addStatement("String sql = afterId == null ? ALIVE_FIRST : ALIVE_AFTER")
          .beginControlFlow("try ($T statement = connection.prepareStatement(sql))", PreparedStatement.class)
          .beginControlFlow("if (afterId == null)")
          .addStatement("statement.setInt(1, limit)")
          .nextControlFlow("else")
          .addStatement(bindId("statement", CodeBlock.of("1"), "afterId"))
          .addStatement("statement.setInt(2, limit)")
          .endControlFlow()
          .addStatement("return list(statement)");
      catchAndTranslate(worker, "sql");
      type.addMethod(worker.build());
    }

    private void count(String name, String constant, String sql) {
      MethodSpec.Builder worker = verb(name, TypeName.LONG, List.of(), CodeBlock.of(""), sql);
      worker.beginControlFlow(
              "try ($T statement = connection.prepareStatement($L); $T rs = statement.executeQuery())",
              PreparedStatement.class, constant, ResultSet.class)
          .addStatement("rs.next()")
          .addStatement("return rs.getLong(1)");
      catchAndTranslate(worker, constant);
      type.addMethod(worker.build());
    }

    private void softDelete() {
      MethodSpec.Builder worker =
          verb("softDelete", TypeName.BOOLEAN, List.of(parameter(id, "id")), requireNonNull("id"), dml.softDelete());
      worker.beginControlFlow("try ($T statement = connection.prepareStatement(SOFT_DELETE))", PreparedStatement.class)
          .addStatement("$T.setInstant(statement, 1, now())", Columns.JDBC)
          .addStatement(bindId("statement", CodeBlock.of("2"), "id"))
          .addStatement("return statement.executeUpdate() > 0");
      catchAndTranslate(worker, "SOFT_DELETE");
      type.addMethod(worker.build());
    }

    private ParameterSpec ids() {
      return parameter(ParameterizedTypeName.get(ClassName.get(Collection.class), id), "ids");
    }

    private CodeBlock nothingForNoIds() {
      return CodeBlock.builder()
          .beginControlFlow("if (ids.isEmpty())")
          .addStatement("return 0")
          .endControlFlow()
          .build();
    }

    private void softDeleteAll() {
      MethodSpec.Builder worker =
          atomicVerb("softDeleteAll", TypeName.INT, List.of(ids()), nothingForNoIds(), dml.softDeleteAllHead() + "(?, ?, ...)");
      worker.addStatement("return inChunks(connection, SOFT_DELETE_ALL, ids, now())");
      type.addMethod(worker.build());
    }

    private void restore() {
      MethodSpec.Builder worker =
          verb("restore", ClassName.get(RestoreResult.class), List.of(parameter(id, "id")), requireNonNull("id"), dml.restore());
      worker.beginControlFlow("try")
          .addStatement(
              "return $T.restore(connection, $T.DEFINITION, RESTORE, LIVE_OF, CONFLICTS, statement -> $L)",
              RESTORES, entity.schema(), bindId("statement", CodeBlock.of("1"), "id"))
          ;
      catchAndTranslate(worker, "RESTORE");
      type.addMethod(worker.build());
    }

    private void hardDelete() {
      MethodSpec.Builder worker =
          verb("hardDelete", TypeName.BOOLEAN, List.of(parameter(id, "id")), requireNonNull("id"), dml.hardDelete());
      worker.beginControlFlow("try ($T statement = connection.prepareStatement(HARD_DELETE))", PreparedStatement.class)
          .addStatement(bindId("statement", CodeBlock.of("1"), "id"))
          .addStatement("return statement.executeUpdate() > 0");
      catchAndTranslate(worker, "HARD_DELETE");
      type.addMethod(worker.build());
    }

    private void hardDeleteAll() {
      MethodSpec.Builder worker =
          atomicVerb("hardDeleteAll", TypeName.INT, List.of(ids()), nothingForNoIds(), dml.hardDeleteAllHead() + "(?, ?, ...)");
      worker.addStatement("return inChunks(connection, HARD_DELETE_ALL, ids, null)");
      type.addMethod(worker.build());
    }

    private void purge() {
      MethodSpec.Builder worker =
          verb(
              "purgeDeletedBefore",
              TypeName.INT,
              List.of(parameter(ClassName.get(Instant.class), "cutoff")),
              requireNonNull("cutoff"),
              dml.purge());
      worker.addComment("Stored times are whole microseconds: one is before the cutoff iff it is before this.")
          .addStatement("$T before = $T.roundUpToStoredPrecision(cutoff)", Instant.class, Columns.JDBC)
          .addStatement("int purged = 0")
          .beginControlFlow("try ($T statement = connection.prepareStatement(PURGE))", PreparedStatement.class)
          .addStatement("$T.setInstant(statement, 1, before)", Columns.JDBC)
          .addStatement("$T.setInstant(statement, 2, before)", Columns.JDBC)
          .addStatement("int batch")
          .beginControlFlow("do")
          .addStatement("batch = statement.executeUpdate()")
          .addStatement("purged += batch")
          .endControlFlow("while (batch == PURGE_BATCH_SIZE)");
      catchAndTranslate(worker, "PURGE");
      worker.addStatement("return purged");
      type.addMethod(worker.build());
    }

    private String finderConstant(UniqueKeyModel key) {
      return "FIND_BY_" + entity.components(key).stream()
          .map(c -> dev.softdelete.processor.model.Names.constantName(c.name()))
          .collect(Collectors.joining("_AND_"));
    }

    private void finder(UniqueKeyModel key) {
      List<Component> components = entity.components(key);
      List<ParameterSpec> parameters =
          components.stream().map(c -> parameter(c.type(), c.name())).collect(Collectors.toList());
      String constant = finderConstant(key);
      // The parameters are named after components; the locals must not take their names.
      NameAllocator names = new NameAllocator();
      components.forEach(c -> names.newName(c.name(), c));
      String connection = names.newName("connection");
      String statement = names.newName("statement");
      String e = names.newName("e");
      MethodSpec.Builder worker =
          verb(
              RepositoryWriter.finderName(entity, key),
              optional,
              parameters,
              CodeBlock.of(""),
              dml.findBy(key),
              "withHandle",
              connection);
      worker.beginControlFlow("try ($T $L = $L.prepareStatement($L))", PreparedStatement.class, statement, connection, constant);
      for (int i = 0; i < components.size(); i++) {
        Component c = components.get(i);
        worker.addStatement(Columns.bind(c, statement, CodeBlock.of("$L", i + 1), CodeBlock.of("$L", c.name())));
      }
      worker.addStatement("return one($L)", statement);
      catchAndTranslate(worker, constant, e);
      type.addMethod(worker.build());
    }

    // ----- helpers --------------------------------------------------------------------------------

    private String storedJavadoc() {
      List<String> parts = new ArrayList<>(List.of("with its id"));
      entity.deletedAt().ifPresent(d -> parts.add("live ({@code " + d.name() + "} null)"));
      if (entity.columns().stream().anyMatch(ImplementationWriter::isTime)) {
        parts.add("its times cut to the microseconds the database keeps");
      }
      String last = parts.remove(parts.size() - 1);
      return "The entity as the database holds it: "
          + (parts.isEmpty() ? last : String.join(", ", parts) + " and " + last)
          + ".";
    }

    private void helpers() {
      // The entity as stored: with its id, and live.
      MethodSpec.Builder stored =
          MethodSpec.methodBuilder("stored")
              .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
              .returns(record)
              .addParameter(record, "entity")
              .addParameter(idComponent.type(), "id")
              .addJavadoc("$L\n", storedJavadoc());
      stored.addStatement(
          "return new $T($L)",
          record,
          entity.components().stream()
              .map(c -> c.isId() ? CodeBlock.of("id")
                  : c.isDeletedAt() ? CodeBlock.of("null")
                  : isTime(c) ? CodeBlock.of("$T.toStoredPrecision(entity.$L())", Columns.JDBC, c.name())
                  : CodeBlock.of("entity.$L()", c.name()))
              .collect(CodeBlock.joining(", ")));
      type.addMethod(stored.build());

      MethodSpec.Builder bindInsert =
          MethodSpec.methodBuilder("bindInsert")
              .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
              .addParameter(PreparedStatement.class, "statement")
              .addParameter(record, "entity")
              .addParameter(boolean.class, "withId")
              .addException(SQLException.class)
              .addJavadoc("Binds the insert's parameters: the id first when it is given, then the other columns.\n")
              .addStatement("int first = 1")
              .beginControlFlow("if (withId)")
              .addStatement(bindId("statement", CodeBlock.of("1"), "entity." + idComponent.name() + "()"))
              .addStatement("first = 2")
              .endControlFlow();
      List<Component> data = entity.dataColumns();
      for (int i = 0; i < data.size(); i++) {
        Component c = data.get(i);
        bindInsert.addStatement(
            Columns.bind(c, "statement", i == 0 ? CodeBlock.of("first") : CodeBlock.of("first + $L", i), CodeBlock.of("entity.$L()", c.name())));
      }
      type.addMethod(bindInsert.build());

      type.addMethod(
          MethodSpec.methodBuilder("one")
              .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
              .returns(optional)
              .addParameter(PreparedStatement.class, "statement")
              .addException(SQLException.class)
              .beginControlFlow("try ($T rs = statement.executeQuery())", ResultSet.class)
              .addStatement("return rs.next() ? $T.of($T.mapSelectList(rs)) : $T.empty()", Optional.class, entity.rowMapper(), Optional.class)
              .endControlFlow()
              .build());
      type.addMethod(
          MethodSpec.methodBuilder("list")
              .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
              .returns(list)
              .addParameter(PreparedStatement.class, "statement")
              .addException(SQLException.class)
              .beginControlFlow("try ($T rs = statement.executeQuery())", ResultSet.class)
              .addStatement("$T rows = new $T<>()", list, ArrayList.class)
              .beginControlFlow("while (rs.next())")
              .addStatement("rows.add($T.mapSelectList(rs))", entity.rowMapper())
              .endControlFlow()
              .addStatement("return rows")
              .endControlFlow()
              .build());

      MethodSpec.Builder inChunks =
          MethodSpec.methodBuilder("inChunks")
              .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
              .returns(int.class)
              .addParameter(Connection.class, "connection")
              .addParameter(String.class, "head")
              .addParameter(ids())
              .addParameter(Instant.class, "deletedAt")
              .addJavadoc(
                  "Runs {@code head} followed by a list of ids once per chunk of the distinct ids; binds"
                      + " {@code\ndeletedAt} before the ids unless it is null. Returns the rows changed.\n")
              .addStatement("int changed = 0")
              .beginControlFlow("for ($T chunk : $T.distinctChunks(ids))", ParameterizedTypeName.get(ClassName.get(List.class), id), ID_LISTS)
              .addStatement("String sql = $T.inList(head, chunk.size(), $S)", ID_LISTS, "")
              .beginControlFlow("try ($T statement = connection.prepareStatement(sql))", PreparedStatement.class)
              .addStatement("int parameter = 1")
              .beginControlFlow("if (deletedAt != null)")
              .addStatement("$T.setInstant(statement, parameter++, deletedAt)", Columns.JDBC)
              .endControlFlow()
              .beginControlFlow("for ($T id : chunk)", id)
              .addStatement(bindId("statement", CodeBlock.of("parameter++"), "id"))
              .endControlFlow()
              .addStatement("changed += statement.executeUpdate()");
      catchAndTranslate(inChunks, "sql");
      inChunks.endControlFlow().addStatement("return changed");
      type.addMethod(inChunks.build());

      type.addMethod(
          MethodSpec.methodBuilder("now")
              .addModifiers(Modifier.PRIVATE)
              .returns(Instant.class)
              .addJavadoc("The deletion time, at the microsecond precision the databases keep.\n")
              .addStatement("return $T.toStoredPrecision(clock.instant())", Columns.JDBC)
              .build());
      type.addMethod(
          MethodSpec.methodBuilder("translate")
              .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
              .returns(RuntimeException.class)
              .addParameter(SQLException.class, "e")
              .addParameter(String.class, "sql")
              .addStatement("return $T.translate(e, $T.DEFINITION, sql)", SQL_ERRORS, entity.schema())
              .build());
    }
  }
}
