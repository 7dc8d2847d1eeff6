package dev.softdelete.processor.writing;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.softdelete.Dialect;
import dev.softdelete.processor.model.UniqueKeyModel;
import dev.softdelete.processor.sql.Dml;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Writes the repository's nested {@code Sql} class: one constant per dialect compiled for, each with
 * a final field per statement. A statement that every dialect writes the same way is written once;
 * the others are chosen by a switch expression on the dialect.
 */
final class SqlHolder {
  private static final ClassName DIALECT = ClassName.get(Dialect.class);
  private static final TypeName STRING = ClassName.get(String.class);
  /** The column of a {@code case} in the {@code Sql} constructor: class, nested class, body, switch. */
  private static final int CASE_INDENT = 16;
  private static final int CONSTRUCTOR_INDENT = 12;

  /**
   * One field of {@code Sql}: its type, and its value on a dialect: either SQL text, or (when {@code
   * text} is null) a Java expression.
   */
  private record Statement(
      String field, TypeName type, Function<Dml, String> text, Function<Dml, CodeBlock> code) {
    Statement(String field, TypeName type, Function<Dml, CodeBlock> code) {
      this(field, type, null, code);
    }

    static Statement text(String field, Function<Dml, String> sql) {
      return new Statement(field, STRING, sql, null);
    }

    /** What tells the dialects apart: the text, or the expression's source. */
    String key(Dml dml) {
      return text != null ? text.apply(dml) : code.apply(dml).toString();
    }
  }

  private final Implementation impl;
  /** How every query of whole rows starts, the same on every dialect; a constant {@code SELECT}. */
  private final String select;

  SqlHolder(Implementation impl) {
    this.impl = impl;
    this.select = impl.dml.select();
    if (impl.dmlByDialect.values().stream().anyMatch(d -> !d.select().equals(select))) {
      throw new IllegalStateException("The select list differs between dialects: " + select);
    }
  }

  /** The value as the right-hand side of an assignment in the constructor. */
  private CodeBlock value(Statement statement, Dml dml) {
    if (statement.text() == null) {
      return statement.code().apply(dml);
    }
    String text = statement.text().apply(dml);
    if (text.startsWith(select + " ")) {
      return CodeBlock.of("SELECT + $L", SqlLiterals.literal(text.substring(select.length()), CONSTRUCTOR_INDENT + 30));
    }
    return SqlLiterals.literal(text, CONSTRUCTOR_INDENT + statement.field().length() + 3);
  }

  /**
   * The value after a case's {@code ->}, whose line starts with {@code caseLine}: on that line when
   * it fits in 120 columns, else on the next lines, the pieces of a long text aligned.
   */
  private CodeBlock arm(Statement statement, Dml dml, String caseLine) {
    if (statement.text() == null) {
      return CodeBlock.of(" $L", statement.code().apply(dml));
    }
    String text = statement.text().apply(dml);
    String head = "";
    if (text.startsWith(select + " ")) {
      head = "SELECT + ";
      text = text.substring(select.length());
    }
    if (SqlLiterals.fits(CASE_INDENT + caseLine.length() + 1 + head.length(), text + ";")) {
      return CodeBlock.of(" $L$S", head, text);
    }
    return CodeBlock.of("$>$>\n$L$L$<$<", head, SqlLiterals.stacked(text));
  }

  private List<Statement> statements() {
    List<Statement> statements = new ArrayList<>();
    if (impl.entity.generatedId()) {
      statements.add(Statement.text("insert", Dml::insert));
      statements.add(
          new Statement(
              "generatedKey",
              ArrayTypeName.of(String.class),
              d -> CodeBlock.of("new String[] {$S}", d.generatedKeyColumn())));
      statements.add(
          new Statement("batchGeneratedKeys", TypeName.BOOLEAN, d -> CodeBlock.of("$L", d.batchGeneratedKeys())));
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
    statements.add(new Statement("conflicts", ParameterizedTypeName.get(List.class, String.class), this::conflicts));
    statements.add(Statement.text("hardDelete", Dml::hardDelete));
    statements.add(Statement.text("hardDeleteAll", Dml::hardDeleteAllHead));
    statements.add(Statement.text("purge", Dml::purge));
    statements.add(
        new Statement("purgeBindsTwice", TypeName.BOOLEAN, d -> CodeBlock.of("$L", d.purgeBindsTwice())));
    for (UniqueKeyModel key : impl.entity.uniqueKeys()) {
      statements.add(Statement.text(impl.entity.finderName(key), d -> d.findBy(key)));
    }
    return statements;
  }

  /** {@code List.of("SELECT 1 ...", ...)}: per unique key, whether a live row holds a dead row's key. */
  private CodeBlock conflicts(Dml dml) {
    if (impl.entity.uniqueKeys().isEmpty()) {
      return CodeBlock.of("$T.of()", List.class);
    }
    return CodeBlock.of(
        "$T.of(\n$>$>$L)$<$<",
        List.class,
        impl.entity.uniqueKeys().stream()
            .map(k -> SqlLiterals.literal(dml.conflict(k), 32))
            .collect(CodeBlock.joining(",\n")));
  }

  // private static final class Sql {
  //     private static final Sql H2 = new Sql(Dialect.H2);
  //     final Codecs codecs;
  //     final String findById;
  //     private Sql(Dialect dialect) {
  //         codecs = Codecs.of(dialect);
  //         findById = switch (dialect) {
  //             case SQLSERVER, ORACLE -> "SELECT ... WHERE id = ? AND live = 1";
  //             default -> "SELECT ... WHERE id = ? AND live = TRUE";
  //         };
  //     }
  //     static Sql of(Dialect dialect) { return switch (dialect) { case H2 -> H2; ... }; }
  // }
  TypeSpec write() {
    List<Statement> statements = statements();
    TypeSpec.Builder sql =
        TypeSpec.classBuilder(impl.sqlClass)
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc(
                "The statements of each dialect, rendered at compile time: one immutable instance per dialect,\n"
                    + "made when the class is loaded. A statement that all dialects write alike is written once; the\n"
                    + "others are chosen by a switch on the dialect, whose default is the form most dialects share.\n");
    sql.addField(
        FieldSpec.builder(STRING, "SELECT", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("How every query of whole rows starts.\n")
            .initializer(SqlLiterals.literal(select, 8 + "private static final String SELECT = ".length()))
            .build());
    for (Dialect dialect : impl.dmlByDialect.keySet()) {
      sql.addField(
          FieldSpec.builder(impl.sqlClass, dialect.name(), Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
              .initializer("new $T($T.$L)", impl.sqlClass, DIALECT, dialect.name())
              .build());
    }
    sql.addField(
        FieldSpec.builder(Columns.CODECS, "codecs", Modifier.FINAL)
            .addJavadoc("Binds and reads the types this dialect stores its own way.\n")
            .build());
    MethodSpec.Builder constructor =
        MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PRIVATE)
            .addParameter(DIALECT, "dialect")
            .addStatement("codecs = $T.of(dialect)", Columns.CODECS);
    for (Statement statement : statements) {
      sql.addField(FieldSpec.builder(statement.type(), statement.field(), Modifier.FINAL).build());
      constructor.addCode("$L = $L;\n", statement.field(), chosen(statement));
    }
    return sql.addMethod(constructor.build()).addMethod(of()).build();
  }

  /**
   * The statement's value, or a switch expression over the dialects when they differ: a case per
   * group of dialects with the same text, and the largest group as the default.
   */
  private CodeBlock chosen(Statement statement) {
    Map<String, List<Dialect>> groups = new LinkedHashMap<>();
    Map<String, Dml> values = new LinkedHashMap<>();
    impl.dmlByDialect.forEach(
        (dialect, dml) -> {
          String key = statement.key(dml);
          groups.computeIfAbsent(key, v -> new ArrayList<>()).add(dialect);
          values.putIfAbsent(key, dml);
        });
    if (groups.size() == 1) {
      return value(statement, values.values().iterator().next());
    }
    String fallback =
        groups.entrySet().stream().max(Comparator.comparingInt(e -> e.getValue().size())).orElseThrow().getKey();
    CodeBlock.Builder cases = CodeBlock.builder().add("switch (dialect) {\n$>");
    groups.forEach(
        (value, dialects) -> {
          if (!value.equals(fallback)) {
            String caseLine = "case " + names(dialects) + " ->";
            cases.add("$L$L;\n", caseLine, arm(statement, values.get(value), caseLine));
          }
        });
    return cases.add("default ->$L;\n", arm(statement, values.get(fallback), "default ->")).add("$<}").build();
  }

  private static String names(List<Dialect> dialects) {
    return dialects.stream().map(Dialect::name).collect(Collectors.joining(", "));
  }

  // static Sql of(Dialect dialect) { return switch (dialect) { case H2 -> H2; ... default -> throw ...; }; }
  private MethodSpec of() {
    CodeBlock.Builder cases = CodeBlock.builder().add("return switch (dialect) {\n$>");
    for (Dialect dialect : impl.dmlByDialect.keySet()) {
      cases.add("case $L -> $L;\n", dialect.name(), dialect.name());
    }
    cases.add(
        "default -> $L;\n$<};\n",
        SourceWriter.throwUnknownDialect(
            IllegalStateException.class,
            impl.entity.repositoryImplementation().simpleName(),
            impl.dmlByDialect.keySet()));
    return MethodSpec.methodBuilder("of")
        .addModifiers(Modifier.STATIC)
        .returns(impl.sqlClass)
        .addParameter(DIALECT, "dialect")
        .addCode(cases.build())
        .build();
  }
}
