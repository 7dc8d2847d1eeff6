package dev.softdelete.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import dev.softdelete.jdbi.SoftDeleteConfig;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * The repository's shell: its fields and constructors, how each verb borrows a connection (the
 * repository's own handle, or one lent by Jdbi), and the small private methods every verb calls.
 */
final class RepositoryShell {
  private static final ClassName JDBI = ClassName.get("org.jdbi.v3.core", "Jdbi");
  private static final ClassName HANDLE = ClassName.get("org.jdbi.v3.core", "Handle");
  private static final ClassName INJECT = ClassName.get("jakarta.inject", "Inject");

  private final Implementation impl;

  RepositoryShell(Implementation impl) {
    this.impl = impl;
  }

  // private final Jdbi jdbi;  private final Handle handle;  private final SoftDeleteConfig config;
  // private final Clock clock;
  // @Inject public JdbiUserRepository(Jdbi jdbi) { this.jdbi = ...; this.handle = null; ... }
  // public JdbiUserRepository(Handle handle) { this.jdbi = null; this.handle = ...; ... }
  void fieldsAndConstructors(boolean injectAvailable) {
    fieldsAndConstructors(injectAvailable, Optional.empty(), true);
  }

  /**
   * @param verbs the generated repository of the entity, which the class hands the entity's verbs on
   *     to, in a field {@code verbs} made from the same Jdbi or handle; empty for that repository itself
   * @param clock whether a verb stamps deleted-at, which needs the clock
   */
  void fieldsAndConstructors(boolean injectAvailable, Optional<ClassName> verbs, boolean clock) {
    impl.type
        .addField(field(JDBI, "jdbi", "Lends a handle per call; null when the repository is bound to {@link #handle}."))
        .addField(field(HANDLE, "handle", "The handle every call uses; null when the repository lends one from {@link #jdbi}."))
        .addField(
            field(
                ClassName.get(SoftDeleteConfig.class),
                "config",
                "Knows the database's dialect: the one set, or else the one found on the first connection."));
    if (clock) {
      impl.type.addField(field(ClassName.get(Clock.class), "clock", "Stamps deleted-at."));
    }
    verbs.ifPresent(
        type -> impl.type.addField(field(type, "verbs", "The entity's verbs, which this class hands on to.")));
    MethodSpec.Builder fromJdbi =
        MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PUBLIC)
            .addParameter(JDBI, "jdbi")
            .addJavadoc(
                "A repository whose calls run on the calling thread's open handle, inside its transaction, or\n"
                    + "else on a new handle per call.\n")
            .addStatement("this.jdbi = $T.requireNonNull(jdbi, $S)", Objects.class, "jdbi")
            .addStatement("this.handle = null")
            .addStatement("this.config = jdbi.getConfig($T.class)", SoftDeleteConfig.class);
    MethodSpec.Builder fromHandle =
        MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PUBLIC)
            .addParameter(HANDLE, "handle")
            .addJavadoc("A repository whose calls all run on this handle.\n")
            .addStatement("this.jdbi = null")
            .addStatement("this.handle = $T.requireNonNull(handle, $S)", Objects.class, "handle")
            .addStatement("this.config = handle.getConfig($T.class)", SoftDeleteConfig.class);
    if (clock) {
      fromJdbi.addStatement("this.clock = config.clock()");
      fromHandle.addStatement("this.clock = config.clock()");
    }
    verbs.ifPresent(
        type -> {
          fromJdbi.addStatement("this.verbs = new $T(jdbi)", type);
          fromHandle.addStatement("this.verbs = new $T(handle)", type);
        });
    if (injectAvailable) {
      fromJdbi.addAnnotation(INJECT);
    }
    impl.type.addMethod(fromJdbi.build());
    impl.type.addMethod(fromHandle.build());
  }

  private static FieldSpec field(TypeName type, String name, String javadoc) {
    return FieldSpec.builder(type, name, Modifier.PRIVATE, Modifier.FINAL).addJavadoc("$L\n", javadoc).build();
  }

  /**
   * Adds the public verb, which checks its arguments and borrows a connection, and returns the
   * builder of the private method of the same name that does the work on that connection:
   *
   * <pre>
   * public Optional&lt;User&gt; findById(Long id) {
   *     Objects.requireNonNull(id, "id");
   *     if (handle != null) {
   *         return findById(statements(handle, "findById"), id);
   *     }
   *     return jdbi.withHandle(h -&gt; findById(statements(h, "findById"), id));
   * }
   * </pre>
   *
   * @param sql the statement shown in the verb's Javadoc, or null
   */
  MethodSpec.Builder verb(String name, TypeName returns, List<ParameterSpec> parameters, CodeBlock checks, String sql) {
    return verb(name, returns, parameters, checks, sql, false, "statements");
  }

  /**
   * Like {@link #verb(String, TypeName, List, CodeBlock, String)}, for a verb that runs several
   * statements, all or none (see {@code Transactions.atomically}):
   *
   * <pre>
   * if (handle != null) {
   *     return Transactions.atomically(statements(handle, "softDeleteAll"), s -&gt; softDeleteAll(s, ids));
   * }
   * return jdbi.withHandle(h -&gt; Transactions.atomically(statements(h, "softDeleteAll"), s -&gt; softDeleteAll(s, ids)));
   * </pre>
   */
  MethodSpec.Builder atomicVerb(
      String name, TypeName returns, List<ParameterSpec> parameters, CodeBlock checks, String sql) {
    return verb(name, returns, parameters, checks, sql, true, "statements");
  }

  /** The verb of a finder, whose parameters, named after components, may take the usual names. */
  MethodSpec.Builder finderVerb(
      String name, TypeName returns, List<ParameterSpec> parameters, String sql, String statements) {
    return verb(name, returns, parameters, CodeBlock.of(""), sql, false, statements);
  }

  MethodSpec.Builder verb(
      String name,
      TypeName returns,
      List<ParameterSpec> parameters,
      CodeBlock checks,
      String sql,
      boolean atomic,
      String statements) {
    MethodSpec.Builder verb =
        MethodSpec.methodBuilder(name)
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(returns)
            .addParameters(parameters)
            .addJavadoc("{@inheritDoc}\n")
            .addCode(checks);
    if (sql != null) {
      verb.addJavadoc("\n<pre>{@code\n$L\n}</pre>\n", SqlLiterals.javadoc(sql));
    }
    lend(verb, name, parameters.stream().map(ParameterSpec::name).collect(Collectors.toList()), atomic);
    impl.type.addMethod(verb.build());
    return MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PRIVATE)
        .returns(returns)
        .addParameter(Implementation.INTERNAL_STATEMENTS, statements)
        .addParameters(parameters);
  }

  /**
   * Ends a public verb by borrowing a connection and calling the worker of the same name with it and
   * these arguments: directly, or for an atomic verb through {@code Transactions.atomically}.
   */
  void lend(MethodSpec.Builder verb, String worker, List<String> arguments, boolean atomic) {
    NameAllocator names = new NameAllocator();
    arguments.forEach(a -> names.newName(a, a));
    String h = names.newName("h");
    String c = names.newName("s");
    // A finder's parameters are named after components, which may shadow the fields.
    boolean shadowed = arguments.contains("handle") || arguments.contains("jdbi");
    String handle = shadowed ? "this.handle" : "handle";
    String jdbi = shadowed ? "this.jdbi" : "jdbi";
    String rest = arguments.stream().map(a -> ", " + a).collect(Collectors.joining());
    verb.beginControlFlow("if ($L != null)", handle);
    if (atomic) {
      verb.addStatement(
              "return $T.atomically(statements($L, $S),$W$L -> $L($L$L))",
              Implementation.INTERNAL_TRANSACTIONS, handle, worker, c, worker, c, rest)
          .endControlFlow()
          .addStatement(
              "return $L.withHandle($L -> $T.atomically(statements($L, $S),$W$L -> $L($L$L)))",
              jdbi, h, Implementation.INTERNAL_TRANSACTIONS, h, worker, c, worker, c, rest);
    } else {
      verb.addStatement("return $L(statements($L, $S)$L)", worker, handle, worker, rest)
          .endControlFlow()
          .addStatement("return $L.withHandle($L ->$W$L(statements($L, $S)$L))", jdbi, h, worker, h, worker, rest);
    }
  }

  // private Sql sql(Statements statements) { return Sql.of(config.dialect(statements.connection())); }
  // private Instant now() { return Jdbc.toStoredPrecision(clock.instant()); }
  // private static RuntimeException translate(SQLException e, String sql) { ... }
  void helpers(ClassName repository) {
    helpers(repository, true);
  }

  /**
   * @param repository the interface implemented, which names the statements' group
   * @param now whether a verb stamps deleted-at, which needs {@code now()}
   */
  void helpers(ClassName repository, boolean now) {
    impl.type.addMethod(
        MethodSpec.methodBuilder("statements")
            .addModifiers(Modifier.PRIVATE)
            .returns(Implementation.INTERNAL_STATEMENTS)
            .addParameter(HANDLE, "handle")
            .addParameter(String.class, "method")
            .addJavadoc(
                "The statements of one call of {@code method}: plain JDBC, or Jdbi's statement pipeline when\n"
                    + "{@code config} asks for it or, by default, when the handle has a SqlLogger, a query timeout or\n"
                    + "a JFR recording of Jdbi's statement event. Jdbi then names each statement by the repository\n"
                    + "interface and the method, in the context attributes {@code _jdbi_statement_group} and\n"
                    + "{@code _jdbi_statement_name}.\n")
            .addStatement(
                "return $T.of(handle, config.statementPath(), $S, method)",
                Implementation.INTERNAL_STATEMENTS, repository.canonicalName())
            .build());
    impl.type.addMethod(
        MethodSpec.methodBuilder("sql")
            .addModifiers(Modifier.PRIVATE)
            .returns(impl.sqlClass)
            .addParameter(Implementation.INTERNAL_STATEMENTS, "statements")
            .addJavadoc(
                "The statements of the database's dialect. {@code config} asks the database once per Jdbi and\n"
                    + "keeps the answer for all its handles, so this is a field read and a switch, never a query of\n"
                    + "the connection's metadata; nothing here needs a connection before the first call.\n")
            .addStatement("return $T.of(config.dialect(statements.connection()))", impl.sqlClass)
            .build());
    if (now) {
      impl.type.addMethod(
        MethodSpec.methodBuilder("now")
            .addModifiers(Modifier.PRIVATE)
            .returns(Instant.class)
            .addJavadoc("The deletion time, at the microsecond precision the databases keep.\n")
            .addStatement("return $T.toStoredPrecision(clock.instant())", Columns.JDBC)
            .build());
    }
    impl.type.addMethod(
        MethodSpec.methodBuilder("translate")
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(RuntimeException.class)
            .addParameter(SQLException.class, "e")
            .addParameter(String.class, "sql")
            .addStatement("return $T.translate(e, $L, sql)", Implementation.INTERNAL_SQL_ERRORS, impl.table())
            .build());
  }

  /** A Stream verb: on the bound handle, or on one borrowed until the stream is closed. */
  MethodSpec.Builder streamVerb(
      String name, TypeName returns, List<ParameterSpec> parameters, CodeBlock checks, String sql) {
    String arguments = parameters.stream().map(p -> ", " + p.name()).collect(Collectors.joining());
    MethodSpec.Builder verb =
        MethodSpec.methodBuilder(name)
            .addAnnotation(Override.class)
            .addModifiers(javax.lang.model.element.Modifier.PUBLIC)
            .returns(returns)
            .addParameters(parameters)
            .addJavadoc("{@inheritDoc}\n\n<p>Close the stream: it holds a statement, and a connection when it borrowed"
                + " one.\n")
            .addJavadoc("\n<pre>{@code\n$L\n}</pre>\n", SqlLiterals.javadoc(sql))
            .addCode(checks)
            .beginControlFlow("if (this.handle != null)")
            .addStatement("return $L(statements(this.handle, $S)$L)", name, name, arguments)
            .endControlFlow()
            .addStatement(
                "return $T.lend(this.jdbi, h -> $L(statements(h, $S)$L))", DerivedVerbs.RESULT_STREAMS, name, name, arguments);
    impl.type.addMethod(verb.build());
    return MethodSpec.methodBuilder(name)
        .addModifiers(javax.lang.model.element.Modifier.PRIVATE)
        .returns(returns)
        .addParameter(Implementation.INTERNAL_STATEMENTS, "statements")
        .addParameters(parameters);
  }
}
