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
import dev.softdelete.Dialect;
import dev.softdelete.RestoreResult;
import dev.softdelete.jdbi.SoftDeleteConfig;
import dev.softdelete.processor.model.Component;
import dev.softdelete.processor.model.Entity;
import dev.softdelete.processor.model.JavaType;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code Jdbi<Entity>Repository}, the implementation of the repository interface.
 *
 * <p>Each verb is a public method that finds the connection and a private method that does the work
 * with plain JDBC: SQL rendered at compile time, parameters bound and columns read by position with
 * the getter of each type, the record built by its constructor. The connection is that of the handle
 * the repository was made with, or else of {@code jdbi.withHandle}, which reuses the calling thread's
 * open handle and transaction. Configuration (the clock) is read once, when the repository is made;
 * the dialect once, with the first connection.
 *
 * <p>The SQL of every dialect is in a nested class {@code Sql}, one instance per dialect; dialects
 * whose statements are all the same share the method that fills them in.
 */
public final class ImplementationWriter {
  private static final ClassName JDBI = ClassName.get("org.jdbi.v3.core", "Jdbi");
  private static final ClassName HANDLE = ClassName.get("org.jdbi.v3.core", "Handle");
  private static final ClassName INJECT = ClassName.get("jakarta.inject", "Inject");
  private static final ClassName SQL_ERRORS = ClassName.get("dev.softdelete.internal", "SqlErrors");
  private static final ClassName ID_LISTS = ClassName.get("dev.softdelete.internal", "IdLists");
  private static final ClassName RESTORES = ClassName.get("dev.softdelete.internal", "Restores");
  private static final ClassName TRANSACTIONS = ClassName.get("dev.softdelete.internal", "Transactions");
  private static final ClassName DIALECT = ClassName.get(Dialect.class);

  private final SourceWriter out;
  private final boolean injectAvailable;
  private final Set<Dialect> dialects;

  /**
   * @param injectAvailable whether jakarta.inject is on the classpath, to mark the constructor
   * @param dialects the dialects to write SQL for
   */
  public ImplementationWriter(SourceWriter out, boolean injectAvailable, Set<Dialect> dialects) {
    this.out = out;
    this.injectAvailable = injectAvailable;
    this.dialects = dialects;
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

  /** One statement (or setting) of the {@code Sql} class: its field and its value per dialect. */
  private static final class Statement {
    final String field;
    final TypeName type;
    final Function<Dml, CodeBlock> value;

    Statement(String field, TypeName type, Function<Dml, CodeBlock> value) {
      this.field = field;
      this.type = type;
      this.value = value;
    }

    static Statement text(String field, Function<Dml, String> sql) {
      return new Statement(field, ClassName.get(String.class), dml -> CodeBlock.of("$S", sql.apply(dml)));
    }
  }

  /** The state of writing one implementation. */
  private final class Writing {
    private final Entity entity;
    /** The statements of the first dialect, shown in the Javadoc. */
    private final Dml dml;
    private final Map<Dialect, Dml> dmlByDialect = new LinkedHashMap<>();
    private final ClassName record;
    private final ClassName sqlClass;
    private final TypeName id;
    private final Component idComponent;
    private final TypeName optional;
    private final TypeName list;
    private final TypeSpec.Builder type;
    private final List<Statement> statements = new ArrayList<>();

    Writing(Entity entity) {
      this.entity = entity;
      for (Dialect dialect : dialects) {
        dmlByDialect.put(dialect, new Dml(entity, dialect));
      }
      this.dml = dmlByDialect.values().iterator().next();
      this.record = entity.recordType();
      this.sqlClass = entity.repositoryImplementation().nestedClass("Sql");
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
                      + " thread's open handle and its transaction, or a new handle for\nthe call."
                      + " The SQL shown is $L's; {@code Sql} has every dialect's.\n",
                  entity.repositoryInterface(),
                  dialects.iterator().next().displayName());
    }

    boolean write() {
      statements();
      fields();
      insert();
      insertAll();
      update();
      findById("findById", dml.findById());
      findById("findAnyById", dml.findAnyById());
      listing("alive", dml.alive());
      aliveAfter();
      listing("dead", dml.dead());
      listing("all", dml.all());
      count("countAlive", dml.countAlive());
      count("countDead", dml.countDead());
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
      type.addType(sqlClass());
      return out.write(entity, type);
    }

    // ----- the Sql class ------------------------------------------------------------------------

    private void statements() {
      if (entity.generatedId()) {
        statements.add(Statement.text("insert", Dml::insert));
        statements.add(
            new Statement(
                "generatedKey",
                ArrayTypeName.of(String.class),
                d -> CodeBlock.of("new String[] {$S}", d.generatedKeyColumn())));
        statements.add(
            new Statement(
                "batchGeneratedKeys", TypeName.BOOLEAN, d -> CodeBlock.of("$L", d.batchGeneratedKeys())));
      }
      statements.add(Statement.text("insertWithId", Dml::insertWithId));
      statements.add(Statement.text("update", Dml::update));
      statements.add(Statement.text("findById", Dml::findById));
      statements.add(Statement.text("findAnyById", Dml::findAnyById));
      statements.add(Statement.text("alive", Dml::alive));
      statements.add(Statement.text("aliveFirst", Dml::aliveFirst));
      statements.add(Statement.text("aliveAfter", Dml::aliveAfter));
      statements.add(Statement.text("dead", Dml::dead));
      statements.add(Statement.text("all", Dml::all));
      statements.add(Statement.text("countAlive", Dml::countAlive));
      statements.add(Statement.text("countDead", Dml::countDead));
      statements.add(Statement.text("softDelete", Dml::softDelete));
      statements.add(Statement.text("softDeleteAll", Dml::softDeleteAllHead));
      statements.add(Statement.text("restore", Dml::restore));
      statements.add(Statement.text("liveOf", Dml::liveOf));
      statements.add(
          new Statement(
              "conflicts",
              ParameterizedTypeName.get(List.class, String.class),
              d -> entity.uniqueKeys().isEmpty()
                  ? CodeBlock.of("$T.of()", List.class)
                  : CodeBlock.of(
                      "$T.of(\n$>$L$<)",
                      List.class,
                      entity.uniqueKeys().stream()
                          .map(k -> CodeBlock.of("$S", d.conflict(k)))
                          .collect(CodeBlock.joining(",\n")))));
      statements.add(Statement.text("hardDelete", Dml::hardDelete));
      statements.add(Statement.text("hardDeleteAll", Dml::hardDeleteAllHead));
      statements.add(Statement.text("purge", Dml::purge));
      statements.add(
          new Statement("purgeBindsTwice", TypeName.BOOLEAN, d -> CodeBlock.of("$L", d.purgeBindsTwice())));
      for (UniqueKeyModel key : entity.uniqueKeys()) {
        statements.add(Statement.text(entity.finderName(key), d -> d.findBy(key)));
      }
    }

    /**
     * {@code Sql}: a field per statement, an instance per dialect, a method per group of dialects
     * whose statements are all the same, filling them in.
     */
    private TypeSpec sqlClass() {
      TypeSpec.Builder sql =
          TypeSpec.classBuilder(sqlClass)
              .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
              .addJavadoc(
                  "The statements of each dialect, rendered at compile time. Filled in once per dialect"
                      + " when the class\nis loaded, and never changed after.\n");
      Map<List<String>, List<Dialect>> groups = new LinkedHashMap<>();
      for (Map.Entry<Dialect, Dml> entry : dmlByDialect.entrySet()) {
        List<String> rendered =
            statements.stream().map(s -> s.value.apply(entry.getValue()).toString()).collect(Collectors.toList());
        groups.computeIfAbsent(rendered, r -> new ArrayList<>()).add(entry.getKey());
      }
      Map<Dialect, String> factoryOf = new LinkedHashMap<>();
      for (List<Dialect> group : groups.values()) {
        String factory =
            group.get(0).id()
                + group.stream()
                    .skip(1)
                    .map(d -> "And" + d.id().substring(0, 1).toUpperCase(Locale.ROOT) + d.id().substring(1))
                    .collect(Collectors.joining());
        for (Dialect dialect : group) {
          factoryOf.put(dialect, factory);
        }
      }
      for (Dialect dialect : dmlByDialect.keySet()) {
        sql.addField(
            FieldSpec.builder(sqlClass, dialect.name(), Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("$L($T.$L)", factoryOf.get(dialect), DIALECT, dialect.name())
                .build());
      }
      sql.addField(
          FieldSpec.builder(Columns.CODECS, "codecs", Modifier.FINAL)
              .addJavadoc("Binds and reads the types this dialect stores its own way.\n")
              .build());
      for (Statement statement : statements) {
        sql.addField(FieldSpec.builder(statement.type, statement.field).build());
      }
      sql.addMethod(
          MethodSpec.constructorBuilder()
              .addModifiers(Modifier.PRIVATE)
              .addParameter(DIALECT, "dialect")
              .addStatement("this.codecs = $T.of(dialect)", Columns.CODECS)
              .build());
      CodeBlock.Builder cases = CodeBlock.builder().beginControlFlow("switch (dialect)");
      for (Dialect dialect : dmlByDialect.keySet()) {
        cases.add("case $L:\n$>", dialect.name()).addStatement("return $L", dialect.name()).add("$<");
      }
      cases.add("default:\n$>")
          .addStatement(
              SourceWriter.throwUnknownDialect(
                  IllegalStateException.class,
                  entity.repositoryImplementation().simpleName(),
                  dmlByDialect.keySet()))
          .add("$<")
          .endControlFlow();
      sql.addMethod(
          MethodSpec.methodBuilder("of")
              .addModifiers(Modifier.STATIC)
              .returns(sqlClass)
              .addParameter(DIALECT, "dialect")
              .addCode(cases.build())
              .build());
      // The first group's method fills in every statement; the others start from it and change only
      // the statements that differ, so that what is particular to a dialect stands out.
      List<Dialect> baseGroup = groups.values().iterator().next();
      Dml baseDml = dmlByDialect.get(baseGroup.get(0));
      String baseNames = baseGroup.stream().map(Dialect::displayName).collect(Collectors.joining(" and "));
      for (List<Dialect> members : groups.values()) {
        Dml groupDml = dmlByDialect.get(members.get(0));
        boolean base = members == baseGroup;
        String names = members.stream().map(Dialect::displayName).collect(Collectors.joining(" and "));
        MethodSpec.Builder factory =
            MethodSpec.methodBuilder(factoryOf.get(members.get(0)))
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(sqlClass)
                .addParameter(DIALECT, "dialect");
        if (base) {
          factory.addJavadoc("The statements on $L.\n", names)
              .addStatement("$T sql = new $T(dialect)", sqlClass, sqlClass);
        } else {
          factory.addJavadoc("The statements on $L: those on $L, but these.\n", names, baseNames)
              .addStatement("$T sql = $L(dialect)", sqlClass, factoryOf.get(baseGroup.get(0)));
        }
        for (Statement statement : statements) {
          CodeBlock value = statement.value.apply(groupDml);
          if (base || !value.toString().equals(statement.value.apply(baseDml).toString())) {
            factory.addStatement("sql.$L = $L", statement.field, value);
          }
        }
        sql.addMethod(factory.addStatement("return sql").build());
      }
      return sql.build();
    }

    // ----- fields -------------------------------------------------------------------------------

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
          FieldSpec.builder(SoftDeleteConfig.class, "config", Modifier.PRIVATE, Modifier.FINAL)
              .addJavadoc("Knows the dialect, set or found on the first connection.\n")
              .build());
      type.addField(
          FieldSpec.builder(Clock.class, "clock", Modifier.PRIVATE, Modifier.FINAL)
              .addJavadoc("Stamps deleted-at.\n")
              .build());
      type.addField(
          FieldSpec.builder(sqlClass, "sql", Modifier.PRIVATE, Modifier.VOLATILE)
              .addJavadoc(
                  "The statements of the database's dialect; found with the first connection when the"
                      + " repository\nlends handles. It is one of the {@code Sql} constants, so a thread"
                      + " that reads null merely\nlooks it up again; volatile, so that a thread that reads"
                      + " it sees the constant's fields.\n")
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
              .addStatement("this.config = jdbi.getConfig($T.class)", SoftDeleteConfig.class)
              .addStatement("this.clock = config.clock()");
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
              .addStatement("this.config = handle.getConfig($T.class)", SoftDeleteConfig.class)
              .addStatement("this.clock = config.clock()")
              .addStatement("this.sql = $T.of(config.dialect(handle.getConnection()))", sqlClass)
              .build());
    }

    // ----- verbs --------------------------------------------------------------------------------

    private MethodSpec.Builder verb(
        String name, TypeName returns, List<ParameterSpec> parameters, CodeBlock checks, String sql) {
      return verb(name, returns, parameters, checks, sql, false, "connection");
    }

    /**
     * Like {@link #verb(String, TypeName, List, CodeBlock, String)}, for a verb that may run several
     * statements and must run them all or none: under a savepoint in the caller's transaction when
     * there is one, else in a transaction of its own (see {@code Transactions.atomically}).
     */
    private MethodSpec.Builder atomicVerb(
        String name, TypeName returns, List<ParameterSpec> parameters, CodeBlock checks, String sql) {
      return verb(name, returns, parameters, checks, sql, true, "connection");
    }

    /**
     * Adds the public verb, which checks its arguments and finds the connection, and returns the
     * builder of the private method of the same name that does the work on the connection.
     */
    private MethodSpec.Builder verb(
        String name,
        TypeName returns,
        List<ParameterSpec> parameters,
        CodeBlock checks,
        String sql,
        boolean atomic,
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
      if (!atomic) {
        verb.addStatement(
            "return $L != null ? $L($L.getConnection()$L) : $L.withHandle($L -> $L($L.getConnection()$L))",
            handle, name, handle, args, jdbi, h, name, h, args);
      } else {
        String c = names.newName("c");
        verb.addStatement(
            "return $L != null ? $T.atomically($L, $L -> $L($L$L)) : $L.withHandle($L -> $T.atomically($L, $L -> $L($L$L)))",
            handle, TRANSACTIONS, handle, c, name, c, args, jdbi, h, TRANSACTIONS, h, c, name, c, args);
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

    /** {@code Sql sql = sql(connection);}, first in every worker. */
    private CodeBlock lookUpSql() {
      return CodeBlock.builder().addStatement("$T sql = sql(connection)", sqlClass).build();
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

    /**
     * Opens the loop that runs a write again when the database aborted it to break a deadlock and no
     * transaction surrounds it; {@link #retryOrTranslate} closes it.
     */
    private void beginRetrying(MethodSpec.Builder method) {
      method.beginControlFlow("for (int attempt = 1; ; attempt++)");
    }

    /** Closes a try inside {@link #beginRetrying}, and the loop. */
    private void retryOrTranslate(MethodSpec.Builder method, String sql) {
      method.nextControlFlow("catch ($T e)", SQLException.class)
          .beginControlFlow("if (!$T.shouldRetry(e, connection, attempt))", SQL_ERRORS)
          .addStatement("throw translate(e, $L)", sql)
          .endControlFlow()
          .endControlFlow()
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
          return Columns.bind(idComponent, statement, index, CodeBlock.of("$L", value), "sql.codecs");
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

    private CodeBlock readKey() {
      return CodeBlock.of("keys.get$L(1)", idComponent.kind() == JavaType.INT ? "Int" : "Long");
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
      worker.addCode(lookUpSql());
      if (entity.generatedId()) {
        worker
            .addStatement("boolean generateId = $L", lacksId("entity"))
            .addStatement("String statementSql = generateId ? sql.insert : sql.insertWithId");
        beginRetrying(worker);
        worker
            .beginControlFlow(
                "try ($T statement = generateId ? connection.prepareStatement(statementSql, sql.generatedKey) : connection.prepareStatement(statementSql))",
                PreparedStatement.class)
            .addStatement("bindInsert(sql, statement, entity, !generateId)")
            .addStatement("statement.executeUpdate()")
            .beginControlFlow("if (!generateId)")
            .addStatement("return stored(entity, entity.$L())", idComponent.name())
            .endControlFlow()
            .beginControlFlow("try ($T keys = statement.getGeneratedKeys())", ResultSet.class)
            .addStatement("keys.next()")
            .addStatement("return stored(entity, $L)", readKey())
            .endControlFlow();
        retryOrTranslate(worker, "statementSql");
      } else {
        beginRetrying(worker);
        worker
            .beginControlFlow("try ($T statement = connection.prepareStatement(sql.insertWithId))", PreparedStatement.class)
            .addStatement("bindInsert(sql, statement, entity, true)")
            .addStatement("statement.executeUpdate()")
            .addStatement("return stored(entity, entity.$L())", idComponent.name());
        retryOrTranslate(worker, "sql.insertWithId");
      }
      type.addMethod(worker.build());
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
                  "{@inheritDoc}\n\n<p>$L, all or nothing:\nunder a savepoint in the caller's transaction, or else in a transaction of its own.\n\n<pre>{@code\n$L\n}</pre>\n",
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
              "return handle != null ? $T.atomically(handle, c -> insertAll(c, rows)) : jdbi.withHandle(h -> $T.atomically(h, c -> insertAll(c, rows)))",
              TRANSACTIONS, TRANSACTIONS);
      type.addMethod(verb.build());
      MethodSpec.Builder worker =
          MethodSpec.methodBuilder("insertAll")
              .addModifiers(Modifier.PRIVATE)
              .returns(list)
              .addParameter(Connection.class, "connection")
              .addParameter(list, "rows")
              .addCode(lookUpSql())
              .addStatement("$T[] stored = new $T[rows.size()]", record, record);
      if (entity.generatedId()) {
        worker
            .addStatement("String statementSql = sql.insert")
            .beginControlFlow("try")
            .beginControlFlow("if (rows.stream().anyMatch(row -> $L))", lacksId("row"))
            .beginControlFlow("try ($T statement = connection.prepareStatement(sql.insert, sql.generatedKey))", PreparedStatement.class)
            .beginControlFlow("if (sql.batchGeneratedKeys)")
            .beginControlFlow("for ($T row : rows)", record)
            .beginControlFlow("if ($L)", lacksId("row"))
            .addStatement("bindInsert(sql, statement, row, false)")
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
            .nextControlFlow("else")
            .addComment("The driver returns no keys for a batch: one insert per row.")
            .beginControlFlow("for (int i = 0; i < stored.length; i++)")
            .beginControlFlow("if ($L)", lacksId("rows.get(i)"))
            .addStatement("bindInsert(sql, statement, rows.get(i), false)")
            .addStatement("statement.executeUpdate()")
            .beginControlFlow("try ($T keys = statement.getGeneratedKeys())", ResultSet.class)
            .addStatement("keys.next()")
            .addStatement("stored[i] = stored(rows.get(i), $L)", readKey())
            .endControlFlow()
            .endControlFlow()
            .endControlFlow()
            .endControlFlow()
            .endControlFlow()
            .endControlFlow()
            .addStatement("statementSql = sql.insertWithId")
            .beginControlFlow("if (rows.stream().anyMatch(row -> $L))", hasId("row"))
            .beginControlFlow("try ($T statement = connection.prepareStatement(sql.insertWithId))", PreparedStatement.class)
            .beginControlFlow("for (int i = 0; i < stored.length; i++)")
            .beginControlFlow("if ($L)", hasId("rows.get(i)"))
            .addStatement("bindInsert(sql, statement, rows.get(i), true)")
            .addStatement("statement.addBatch()")
            .addStatement("stored[i] = stored(rows.get(i), rows.get(i).$L())", idComponent.name())
            .endControlFlow()
            .endControlFlow()
            .addStatement("statement.executeBatch()")
            .endControlFlow()
            .endControlFlow();
        catchAndTranslate(worker, "statementSql");
      } else {
        worker
            .beginControlFlow("try ($T statement = connection.prepareStatement(sql.insertWithId))", PreparedStatement.class)
            .beginControlFlow("for (int i = 0; i < stored.length; i++)")
            .addStatement("bindInsert(sql, statement, rows.get(i), true)")
            .addStatement("statement.addBatch()")
            .addStatement("stored[i] = stored(rows.get(i), rows.get(i).$L())", idComponent.name())
            .endControlFlow()
            .addStatement("statement.executeBatch()");
        catchAndTranslate(worker, "sql.insertWithId");
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
      worker.addCode(lookUpSql());
      beginRetrying(worker);
      worker.beginControlFlow("try ($T statement = connection.prepareStatement(sql.update))", PreparedStatement.class);
      List<Component> data = entity.dataColumns();
      for (int i = 0; i < data.size(); i++) {
        Component c = data.get(i);
        worker.addStatement(
            Columns.bind(c, "statement", CodeBlock.of("$L", i + 1), CodeBlock.of("entity.$L()", c.name()), "sql.codecs"));
      }
      worker.addStatement(bindId("statement", CodeBlock.of("$L", data.size() + 1), "entity." + idComponent.name() + "()"))
          .addStatement("return statement.executeUpdate() > 0");
      retryOrTranslate(worker, "sql.update");
      type.addMethod(worker.build());
    }

    /** findById or findAnyById; the name is also the field of the statement in {@code Sql}. */
    private void findById(String name, String javadocSql) {
      MethodSpec.Builder worker = verb(name, optional, List.of(parameter(id, "id")), requireNonNull("id"), javadocSql);
      worker.addCode(lookUpSql())
          .beginControlFlow("try ($T statement = connection.prepareStatement(sql.$L))", PreparedStatement.class, name)
          .addStatement(bindId("statement", CodeBlock.of("1"), "id"))
          .addStatement("return one(sql, statement)");
      catchAndTranslate(worker, "sql." + name);
      type.addMethod(worker.build());
    }

    private void listing(String name, String javadocSql) {
      MethodSpec.Builder worker = verb(name, list, List.of(), CodeBlock.of(""), javadocSql);
      worker.addCode(lookUpSql())
          .beginControlFlow("try ($T statement = connection.prepareStatement(sql.$L))", PreparedStatement.class, name)
          .addStatement("return list(sql, statement)");
      catchAndTranslate(worker, "sql." + name);
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
                  .beginControlFlow("if (limit == 0)")
                  .add("// Nothing to ask for; SQL Server refuses FETCH NEXT 0 ROWS.\n")
                  .addStatement("return new $T<>()", ArrayList.class)
                  .endControlFlow()
                  .build(),
              dml.aliveAfter());
      worker.addCode(lookUpSql())
          .addStatement("String statementSql = afterId == null ? sql.aliveFirst : sql.aliveAfter")
          .beginControlFlow("try ($T statement = connection.prepareStatement(statementSql))", PreparedStatement.class)
          .beginControlFlow("if (afterId == null)")
          .addStatement("statement.setInt(1, limit)")
          .nextControlFlow("else")
          .addStatement(bindId("statement", CodeBlock.of("1"), "afterId"))
          .addStatement("statement.setInt(2, limit)")
          .endControlFlow()
          .addStatement("return list(sql, statement)");
      catchAndTranslate(worker, "statementSql");
      type.addMethod(worker.build());
    }

    private void count(String name, String javadocSql) {
      MethodSpec.Builder worker = verb(name, TypeName.LONG, List.of(), CodeBlock.of(""), javadocSql);
      worker.addCode(lookUpSql())
          .beginControlFlow(
              "try ($T statement = connection.prepareStatement(sql.$L); $T rs = statement.executeQuery())",
              PreparedStatement.class, name, ResultSet.class)
          .addStatement("rs.next()")
          .addStatement("return rs.getLong(1)");
      catchAndTranslate(worker, "sql." + name);
      type.addMethod(worker.build());
    }

    private void softDelete() {
      MethodSpec.Builder worker =
          verb("softDelete", TypeName.BOOLEAN, List.of(parameter(id, "id")), requireNonNull("id"), dml.softDelete());
      worker.addCode(lookUpSql());
      beginRetrying(worker);
      worker
          .beginControlFlow("try ($T statement = connection.prepareStatement(sql.softDelete))", PreparedStatement.class)
          .addStatement("sql.codecs.setInstant(statement, 1, now())")
          .addStatement(bindId("statement", CodeBlock.of("2"), "id"))
          .addStatement("return statement.executeUpdate() > 0");
      retryOrTranslate(worker, "sql.softDelete");
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
      worker.addCode(lookUpSql()).addStatement("return inChunks(connection, sql, sql.softDeleteAll, ids, now())");
      type.addMethod(worker.build());
    }

    private void restore() {
      MethodSpec.Builder worker =
          verb("restore", ClassName.get(RestoreResult.class), List.of(parameter(id, "id")), requireNonNull("id"), dml.restore());
      worker.addCode(lookUpSql());
      beginRetrying(worker);
      worker
          .beginControlFlow("try")
          .addStatement(
              "return $T.restore(connection, $T.DEFINITION, sql.restore, sql.liveOf, sql.conflicts, statement -> $L)",
              RESTORES, entity.schema(), bindId("statement", CodeBlock.of("1"), "id"));
      retryOrTranslate(worker, "sql.restore");
      type.addMethod(worker.build());
    }

    private void hardDelete() {
      MethodSpec.Builder worker =
          verb("hardDelete", TypeName.BOOLEAN, List.of(parameter(id, "id")), requireNonNull("id"), dml.hardDelete());
      worker.addCode(lookUpSql());
      beginRetrying(worker);
      worker
          .beginControlFlow("try ($T statement = connection.prepareStatement(sql.hardDelete))", PreparedStatement.class)
          .addStatement(bindId("statement", CodeBlock.of("1"), "id"))
          .addStatement("return statement.executeUpdate() > 0");
      retryOrTranslate(worker, "sql.hardDelete");
      type.addMethod(worker.build());
    }

    private void hardDeleteAll() {
      MethodSpec.Builder worker =
          atomicVerb("hardDeleteAll", TypeName.INT, List.of(ids()), nothingForNoIds(), dml.hardDeleteAllHead() + "(?, ?, ...)");
      worker.addCode(lookUpSql()).addStatement("return inChunks(connection, sql, sql.hardDeleteAll, ids, null)");
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
      worker.addCode(lookUpSql())
          .addComment("Stored times are whole microseconds: one is before the cutoff iff it is before this.")
          .addStatement("$T before = $T.roundUpToStoredPrecision(cutoff)", Instant.class, Columns.JDBC)
          .addStatement("int purged = 0")
          .beginControlFlow("try ($T statement = connection.prepareStatement(sql.purge))", PreparedStatement.class)
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
      type.addMethod(worker.build());
    }

    private void finder(UniqueKeyModel key) {
      List<Component> components = entity.components(key);
      List<ParameterSpec> parameters =
          components.stream().map(c -> parameter(c.type(), c.name())).collect(Collectors.toList());
      String field = entity.finderName(key);
      // The parameters are named after components; the locals must not take their names.
      NameAllocator names = new NameAllocator();
      components.forEach(c -> names.newName(c.name(), c));
      String connection = names.newName("connection");
      String sql = names.newName("sql");
      String statement = names.newName("statement");
      String e = names.newName("e");
      MethodSpec.Builder worker =
          verb(field, optional, parameters, CodeBlock.of(""), dml.findBy(key), false, connection);
      worker.addStatement("$T $L = sql($L)", sqlClass, sql, connection)
          .beginControlFlow("try ($T $L = $L.prepareStatement($L.$L))", PreparedStatement.class, statement, connection, sql, field);
      for (int i = 0; i < components.size(); i++) {
        Component c = components.get(i);
        worker.addStatement(
            Columns.bind(c, statement, CodeBlock.of("$L", i + 1), CodeBlock.of("$L", c.name()), sql + ".codecs"));
      }
      worker.addStatement("return one($L, $L)", sql, statement);
      catchAndTranslate(worker, sql + "." + field, e);
      type.addMethod(worker.build());
    }

    // ----- helpers ------------------------------------------------------------------------------

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
      type.addMethod(
          MethodSpec.methodBuilder("sql")
              .addModifiers(Modifier.PRIVATE)
              .returns(sqlClass)
              .addParameter(Connection.class, "connection")
              .addJavadoc("The statements of the database's dialect, found with the first connection.\n")
              .addStatement("$T current = sql", sqlClass)
              .beginControlFlow("if (current == null)")
              .addStatement("current = $T.of(config.dialect(connection))", sqlClass)
              .addStatement("sql = current")
              .endControlFlow()
              .addStatement("return current")
              .build());

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
              .addParameter(sqlClass, "sql")
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
            Columns.bind(
                c,
                "statement",
                i == 0 ? CodeBlock.of("first") : CodeBlock.of("first + $L", i),
                CodeBlock.of("entity.$L()", c.name()),
                "sql.codecs"));
      }
      type.addMethod(bindInsert.build());

      type.addMethod(
          MethodSpec.methodBuilder("one")
              .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
              .returns(optional)
              .addParameter(sqlClass, "sql")
              .addParameter(PreparedStatement.class, "statement")
              .addException(SQLException.class)
              .beginControlFlow("try ($T rs = statement.executeQuery())", ResultSet.class)
              .addStatement(
                  "return rs.next() ? $T.of($T.mapSelectList(rs, sql.codecs)) : $T.empty()",
                  Optional.class, entity.rowMapper(), Optional.class)
              .endControlFlow()
              .build());
      type.addMethod(
          MethodSpec.methodBuilder("list")
              .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
              .returns(list)
              .addParameter(sqlClass, "sql")
              .addParameter(PreparedStatement.class, "statement")
              .addException(SQLException.class)
              .beginControlFlow("try ($T rs = statement.executeQuery())", ResultSet.class)
              .addStatement("$T rows = new $T<>()", list, ArrayList.class)
              .beginControlFlow("while (rs.next())")
              .addStatement("rows.add($T.mapSelectList(rs, sql.codecs))", entity.rowMapper())
              .endControlFlow()
              .addStatement("return rows")
              .endControlFlow()
              .build());

      MethodSpec.Builder inChunks =
          MethodSpec.methodBuilder("inChunks")
              .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
              .returns(int.class)
              .addParameter(Connection.class, "connection")
              .addParameter(sqlClass, "sql")
              .addParameter(String.class, "head")
              .addParameter(ids())
              .addParameter(Instant.class, "deletedAt")
              .addJavadoc(
                  "Runs {@code head} followed by a list of ids once per chunk of the distinct ids; binds"
                      + " {@code\ndeletedAt} before the ids unless it is null. Returns the rows changed.\n")
              .addStatement("int changed = 0")
              .beginControlFlow("for ($T chunk : $T.distinctChunks(ids))", ParameterizedTypeName.get(ClassName.get(List.class), id), ID_LISTS)
              .addStatement("String statementSql = $T.inList(head, chunk.size())", ID_LISTS)
              .beginControlFlow("try ($T statement = connection.prepareStatement(statementSql))", PreparedStatement.class)
              .addStatement("int parameter = 1")
              .beginControlFlow("if (deletedAt != null)")
              .addStatement("sql.codecs.setInstant(statement, parameter++, deletedAt)")
              .endControlFlow()
              .beginControlFlow("for ($T id : chunk)", id)
              .addStatement(bindId("statement", CodeBlock.of("parameter++"), "id"))
              .endControlFlow()
              .addStatement("changed += statement.executeUpdate()");
      catchAndTranslate(inChunks, "statementSql");
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
