package dev.softdelete.processor.writing;

import static dev.softdelete.processor.writing.Implementation.catchAndTranslate;
import static dev.softdelete.processor.writing.Implementation.parameter;
import static dev.softdelete.processor.writing.Implementation.requireNonNull;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import dev.softdelete.processor.model.Component;
import dev.softdelete.processor.model.Entity;
import dev.softdelete.processor.model.UniqueKeyModel;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Writes the verbs that read: findById and findAnyById, the lists (alive, aliveAfter, dead, all),
 * the counts, and a finder per unique key; and {@code one} and {@code list}, which read their rows.
 * Reads are the hot path: the statement, its binding and the reading of columns stay in generated
 * code, with no lambda between the verb and the driver.
 */
final class ReadVerbs {
  private final Implementation impl;
  private final RepositoryShell shell;

  ReadVerbs(Implementation impl, RepositoryShell shell) {
    this.impl = impl;
    this.shell = shell;
  }

  void write() {
    findById("findById", impl.dml.findById());
    findById("findAnyById", impl.dml.findAnyById());
    listing("alive", impl.dml.alive());
    aliveAfter();
    listing("dead", impl.dml.dead());
    listing("all", impl.dml.all());
    count("countAlive", impl.dml.countAlive());
    count("countDead", impl.dml.countDead());
  }

  // private Optional<User> findById(Connection connection, Long id) {
  //     Sql sql = sql(statements);
  //     try (PreparedStatement statement = statements.prepare(sql.findById)) {
  //         statement.setLong(1, id);
  //         return one(sql, statement);
  //     } catch (SQLException e) {
  //         throw translate(e, sql.findById);
  //     }
  // }
  private void findById(String name, String javadocSql) {
    MethodSpec.Builder worker =
        shell.verb(name, impl.optional, List.of(parameter(impl.id, "id")), requireNonNull("id"), javadocSql);
    worker.addCode(impl.lookUpSql())
        .beginControlFlow("try ($T statement = statements.prepare(sql.$L))", PreparedStatement.class, name)
        .addStatement(impl.bindId("statement", CodeBlock.of("1"), "id"))
        .addStatement("return one(sql, statement)");
    catchAndTranslate(worker, "sql." + name);
    impl.type.addMethod(worker.build());
  }

  // private List<User> alive(Connection connection) {
  //     Sql sql = sql(statements);
  //     try (PreparedStatement statement = statements.prepare(sql.alive)) {
  //         return list(sql, statement);
  //     } catch (SQLException e) { throw translate(e, sql.alive); }
  // }
  private void listing(String name, String javadocSql) {
    MethodSpec.Builder worker = shell.verb(name, impl.list, List.of(), CodeBlock.of(""), javadocSql);
    worker.addCode(impl.lookUpSql())
        .beginControlFlow("try ($T statement = statements.prepare(sql.$L))", PreparedStatement.class, name)
        .addStatement("return list(sql, statement)");
    catchAndTranslate(worker, "sql." + name);
    impl.type.addMethod(worker.build());
  }

  // public List<User> aliveAfter(Long afterId, int limit) {
  //     if (limit < 0) { throw new IllegalArgumentException(...); }
  //     if (limit == 0) { return List.of(); }
  //     ...
  // }
  // private List<User> aliveAfter(Connection connection, Long afterId, int limit) {
  //     String statementSql = afterId == null ? sql.aliveFirst : sql.aliveAfter;
  //     try (PreparedStatement statement = statements.prepare(statementSql)) {
  //         if (afterId == null) { statement.setInt(1, limit); } else { bind afterId, then limit }
  //         return list(sql, statement);
  //     } catch ...
  // }
  private void aliveAfter() {
    CodeBlock checks =
        CodeBlock.builder()
            .beginControlFlow("if (limit < 0)")
            .addStatement("throw new $T($S + limit)", IllegalArgumentException.class, "limit must not be negative: ")
            .endControlFlow()
            .beginControlFlow("if (limit == 0)")
            .add("// Nothing to ask for; SQL Server refuses FETCH NEXT 0 ROWS.\n")
            .addStatement("return $T.of()", List.class)
            .endControlFlow()
            .build();
    MethodSpec.Builder worker =
        shell.verb(
            "aliveAfter",
            impl.list,
            List.of(parameter(impl.id, "afterId"), parameter(TypeName.INT, "limit")),
            checks,
            impl.dml.aliveAfter());
    worker.addCode(impl.lookUpSql())
        .addStatement("String statementSql = afterId == null ? sql.aliveFirst : sql.aliveAfter")
        .beginControlFlow("try ($T statement = statements.prepare(statementSql))", PreparedStatement.class)
        .beginControlFlow("if (afterId == null)")
        .addStatement("statement.setInt(1, limit)")
        .nextControlFlow("else")
        .addStatement(impl.bindId("statement", CodeBlock.of("1"), "afterId"))
        .addStatement("statement.setInt(2, limit)")
        .endControlFlow()
        .addStatement("return list(sql, statement)");
    catchAndTranslate(worker, "statementSql");
    impl.type.addMethod(worker.build());
  }

  // private long countAlive(Connection connection) {
  //     Sql sql = sql(statements);
  //     try (PreparedStatement statement = statements.prepare(sql.countAlive);
  //             ResultSet rs = statement.executeQuery()) {
  //         rs.next();
  //         return rs.getLong(1);
  //     } catch ...
  // }
  private void count(String name, String javadocSql) {
    MethodSpec.Builder worker = shell.verb(name, TypeName.LONG, List.of(), CodeBlock.of(""), javadocSql);
    worker.addCode(impl.lookUpSql())
        .beginControlFlow(
            "try ($T statement = statements.prepare(sql.$L);\n$>$>$T rs = statement.executeQuery()$<$<)",
            PreparedStatement.class, name, ResultSet.class)
        .addStatement("rs.next()")
        .addStatement("return rs.getLong(1)");
    catchAndTranslate(worker, "sql." + name);
    impl.type.addMethod(worker.build());
  }

  // private Optional<User> findByEmail(Connection connection, String email) {
  //     Sql sql = sql(statements);
  //     try (PreparedStatement statement = statements.prepare(sql.findByEmail)) {
  //         statement.setString(1, email);
  //         return one(sql, statement);
  //     } catch ...
  // }
  void finders() {
    for (UniqueKeyModel key : impl.entity.uniqueKeys()) {
      finder(key);
    }
  }

  private void finder(UniqueKeyModel key) {
    Entity entity = impl.entity;
    List<Component> components = entity.components(key);
    List<ParameterSpec> parameters =
        components.stream().map(c -> parameter(c.type(), c.name())).collect(Collectors.toList());
    String field = entity.finderName(key);
    // The parameters are named after components; the locals must not take their names.
    NameAllocator names = new NameAllocator();
    components.forEach(c -> names.newName(c.name(), c));
    String statements = names.newName("statements");
    String sql = names.newName("sql");
    String statement = names.newName("statement");
    String e = names.newName("e");
    MethodSpec.Builder worker =
        shell.finderVerb(field, impl.optional, parameters, impl.dml.findBy(key), statements);
    worker.addStatement("$T $L = sql($L)", impl.sqlClass, sql, statements)
        .beginControlFlow(
            "try ($T $L = $L.prepare($L.$L))", PreparedStatement.class, statement, statements, sql, field);
    for (int i = 0; i < components.size(); i++) {
      Component c = components.get(i);
      worker.addStatement(
          Columns.bind(c, statement, CodeBlock.of("$L", i + 1), CodeBlock.of("$L", c.name()), sql + ".codecs"));
    }
    worker.addStatement("return one($L, $L)", sql, statement);
    catchAndTranslate(worker, sql + "." + field, e);
    impl.type.addMethod(worker.build());
  }

  // private static Optional<User> one(Sql sql, PreparedStatement statement) throws SQLException {
  //     try (ResultSet rs = statement.executeQuery()) {
  //         return rs.next() ? Optional.of(UserRowMapper.mapSelectList(rs, sql.codecs)) : Optional.empty();
  //     }
  // }
  // private static List<User> list(Sql sql, PreparedStatement statement) throws SQLException {
  //     ... while (rs.next()) { rows.add(UserRowMapper.mapSelectList(rs, sql.codecs)); }
  //     return Collections.unmodifiableList(rows);
  // }
  void rowReaders() {
    impl.type.addMethod(
        MethodSpec.methodBuilder("one")
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(impl.optional)
            .addParameter(impl.sqlClass, "sql")
            .addParameter(PreparedStatement.class, "statement")
            .addException(SQLException.class)
            .beginControlFlow("try ($T rs = statement.executeQuery())", ResultSet.class)
            .beginControlFlow("if (rs.next())")
            .addStatement("return $T.of($T.mapSelectList(rs, sql.codecs))", Optional.class, impl.entity.rowMapper())
            .endControlFlow()
            .addStatement("return $T.empty()", Optional.class)
            .endControlFlow()
            .build());
    impl.type.addMethod(
        MethodSpec.methodBuilder("list")
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(impl.list)
            .addParameter(impl.sqlClass, "sql")
            .addParameter(PreparedStatement.class, "statement")
            .addException(SQLException.class)
            .addJavadoc("The rows of the query, unmodifiable like every list the repository returns.\n")
            .beginControlFlow("try ($T rs = statement.executeQuery())", ResultSet.class)
            .addStatement("$T rows = new $T<>()", impl.list, ArrayList.class)
            .beginControlFlow("while (rs.next())")
            .addStatement("rows.add($T.mapSelectList(rs, sql.codecs))", impl.entity.rowMapper())
            .endControlFlow()
            .addStatement("return $T.unmodifiableList(rows)", Collections.class)
            .endControlFlow()
            .build());
  }
}
