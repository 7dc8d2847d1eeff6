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
import dev.softdelete.processor.model.Relations;
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
 * a final field per statement. A statement is written once when the dialects differ in nothing but
 * the live predicate (a local {@code live}, {@code TRUE} or {@code 1}); otherwise a switch expression
 * on the dialect chooses it. The statements are built once, when the class is loaded: the data path
 * reads final fields. Each statement is checked at compile time to give back the dialect's text.
 */
final class SqlHolder {
  private static final ClassName DIALECT = ClassName.get(Dialect.class);
  private static final TypeName STRING = ClassName.get(String.class);
  /** The column of a {@code case} in the {@code Sql} constructor: class, nested class, body, switch. */
  private static final int CASE_INDENT = 16;
  private static final int CONSTRUCTOR_INDENT = 12;

  /**
   * One field of {@code Sql}: its type, and its value on a dialect: SQL text ({@code texts} gives one
   * text, or a list of them when {@code list}), or else a Java expression ({@code code}).
   */
  record Statement(
      String field, TypeName type, Function<Dml, List<String>> texts, boolean list, Function<Dml, CodeBlock> code) {
    Statement(String field, TypeName type, Function<Dml, CodeBlock> code) {
      this(field, type, null, false, code);
    }

    static Statement text(String field, Function<Dml, String> sql) {
      return new Statement(field, STRING, d -> List.of(sql.apply(d)), false, null);
    }

    static Statement texts(String field, Function<Dml, List<String>> sql) {
      return new Statement(field, ParameterizedTypeName.get(List.class, String.class), sql, true, null);
    }
  }

  private final Implementation impl;
  private final List<Statement> statements;
  /** How every query of whole rows starts, the same on every dialect; a constant {@code SELECT}. */
  private final String select;
  /** Whether the dialects write the live predicate differently; then it is a local {@code live}. */
  private final boolean liveDiffers;

  /** The holder of an entity's repository: every verb's statements. */
  SqlHolder(Implementation impl) {
    this(impl, null);
  }

  /** A holder of these statements; of the entity's verbs when null. */
  SqlHolder(Implementation impl, List<Statement> statements) {
    this.impl = impl;
    this.statements = statements == null ? entityStatements() : List.copyOf(statements);
    this.select = impl.dml.select();
    if (impl.dmlByDialect.values().stream().anyMatch(d -> !d.select().equals(select))) {
      throw new IllegalStateException("The select list differs between dialects: " + select);
    }
    this.liveDiffers = impl.dmlByDialect.values().stream().map(Dml::isLive).distinct().count() > 1;
  }

  /**
   * The text as the pieces of a concatenation: {@code SELECT} for the start of a query of whole rows,
   * {@code live} for the dialect's live predicate when the dialects differ in it, literals between.
   * Joined, the pieces give back the text exactly.
   */
  private List<SqlLiterals.Token> tokens(String text, Dml dml) {
    List<SqlLiterals.Token> tokens = new ArrayList<>();
    String rest = text;
    if (rest.startsWith(select + " ")) {
      tokens.add(SqlLiterals.Token.name("SELECT"));
      rest = rest.substring(select.length());
    }
    List<String> parts = liveDiffers ? split(rest, dml.isLive()) : List.of(rest);
    for (int i = 0; i < parts.size(); i++) {
      if (!parts.get(i).isEmpty()) {
        for (String piece : SqlLiterals.pieces(parts.get(i), SqlLiterals.PIECE)) {
          tokens.add(SqlLiterals.Token.literal(piece));
        }
      }
      if (i < parts.size() - 1) {
        tokens.add(SqlLiterals.Token.name("live"));
      }
    }
    String joined =
        tokens.stream()
            .map(t -> !t.isName() ? t.text() : t.text().equals("SELECT") ? select : dml.isLive())
            .collect(Collectors.joining());
    if (!joined.equals(text)) {
      throw new IllegalStateException("The concatenation " + tokens + " does not give back " + text);
    }
    return tokens;
  }

  /** The text cut at each separator, empty parts kept: {@code String.split} without a regex. */
  private static List<String> split(String text, String separator) {
    List<String> parts = new ArrayList<>();
    int start = 0;
    for (int at = text.indexOf(separator); at >= 0; at = text.indexOf(separator, start)) {
      parts.add(text.substring(start, at));
      start = at + separator.length();
    }
    parts.add(text.substring(start));
    return parts;
  }

  /**
   * A statement on one dialect, rendered once: the tokens of each of its texts, or else its Java
   * expression. {@code key} is what tells the dialects apart: the texts' templates, or the source.
   */
  private record Rendered(List<List<SqlLiterals.Token>> texts, CodeBlock code, Object key) {}

  private Rendered render(Statement statement, Dml dml) {
    if (statement.texts() == null) {
      CodeBlock code = statement.code().apply(dml);
      return new Rendered(null, code, code.toString());
    }
    List<List<SqlLiterals.Token>> texts =
        statement.texts().apply(dml).stream().map(t -> tokens(t, dml)).toList();
    return new Rendered(texts, null, texts);
  }

  /** The value, written from {@code column} on; continuation lines start at {@code continuation}. */
  private static CodeBlock value(
      Statement statement, Rendered rendered, int column, int continuation) {
    if (rendered.texts() == null) {
      return rendered.code();
    }
    List<List<SqlLiterals.Token>> texts = rendered.texts();
    if (!statement.list()) {
      return SqlLiterals.concatenation(texts.get(0), column, continuation);
    }
    if (texts.isEmpty()) {
      return CodeBlock.of("$T.of()", List.class);
    }
    return CodeBlock.of(
        "$T.of(\n$>$>$L)$<$<",
        List.class,
        texts.stream()
            .map(t -> SqlLiterals.concatenation(t, continuation, continuation + 8))
            .collect(CodeBlock.joining(",\n")));
  }

  private List<Statement> entityStatements() {
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
    statements.add(
        Statement.texts("conflicts", d -> impl.entity.uniqueKeys().stream().map(d::conflict).collect(Collectors.toList())));
    statements.add(Statement.text("hardDelete", Dml::hardDelete));
    statements.add(Statement.text("hardDeleteAll", Dml::hardDeleteAllHead));
    statements.add(Statement.text("purge", Dml::purge));
    statements.add(
        new Statement("purgeBindsTwice", TypeName.BOOLEAN, d -> CodeBlock.of("$L", d.purgeBindsTwice())));
    for (UniqueKeyModel key : impl.entity.uniqueKeys()) {
      statements.add(Statement.text(impl.entity.finderName(key), d -> d.findBy(key)));
    }
    for (Relations.Link link : impl.relations.links()) {
      statements.add(Statement.text(CascadeVerbs.parentField(link.component()), d -> d.parentIsLive(link.parent())));
    }
    return statements;
  }

  // private static final class Sql {
  //     private static final String SELECT = "SELECT id, email, name, deleted_at FROM users";
  //     private static final Sql H2 = new Sql(Dialect.H2);
  //     final Codecs codecs;
  //     final String findById;
  //     private Sql(Dialect dialect) {
  //         codecs = Codecs.of(dialect);
  //         String live = switch (dialect) {
  //             case SQLSERVER, ORACLE -> "live = 1";
  //             default -> "live = TRUE";
  //         };
  //         findById = SELECT + " WHERE id = ? AND " + live;
  //         aliveFirst = switch (dialect) {
  //             case MYSQL, SQLITE -> SELECT + " WHERE " + live + " ORDER BY live, id LIMIT ?";
  //             default -> SELECT + " WHERE " + live + " ORDER BY live, id FETCH FIRST ? ROWS ONLY";
  //         };
  //     }
  //     static Sql of(Dialect dialect) { return switch (dialect) { case H2 -> H2; ... }; }
  // }
  TypeSpec write() {
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
    if (impl.relations.related()) {
      sql.addField(
          FieldSpec.builder(DIALECT, "dialect", Modifier.FINAL)
              .addJavadoc("The dialect, which the cascade renders its statements for.\n")
              .build());
      constructor.addStatement("this.dialect = dialect");
    }
    if (liveDiffers) {
      constructor.addComment("The predicate of live rows, and the assignment that makes a row live.");
      constructor.addCode(
          "$T live = $L;\n",
          String.class,
          chosen(new Statement("live", STRING, d -> CodeBlock.of("$S", d.isLive()))));
    }
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
    Map<Object, List<Dialect>> groups = new LinkedHashMap<>();
    Map<Object, Rendered> values = new LinkedHashMap<>();
    impl.dmlByDialect.forEach(
        (dialect, dml) -> {
          Rendered rendered = render(statement, dml);
          groups.computeIfAbsent(rendered.key(), k -> new ArrayList<>()).add(dialect);
          values.putIfAbsent(rendered.key(), rendered);
        });
    int column = CONSTRUCTOR_INDENT + statement.field().length() + 3;
    if (groups.size() == 1) {
      return value(statement, values.values().iterator().next(), column, CONSTRUCTOR_INDENT + 8);
    }
    Object fallback =
        groups.entrySet().stream().max(Comparator.comparingInt(e -> e.getValue().size())).orElseThrow().getKey();
    CodeBlock.Builder cases = CodeBlock.builder().add("switch (dialect) {\n$>");
    groups.forEach(
        (key, dialects) -> {
          if (!key.equals(fallback)) {
            cases.add(arm("case " + names(dialects) + " ->", statement, values.get(key)));
          }
        });
    return cases.add(arm("default ->", statement, values.get(fallback))).add("$<}").build();
  }

  /** {@code case A, B -> value;}: the value on the case's line, or when it does not fit, on the next. */
  private static CodeBlock arm(String caseLine, Statement statement, Rendered rendered) {
    CodeBlock sameLine =
        value(statement, rendered, CASE_INDENT + caseLine.length() + 1, CASE_INDENT + 8);
    if (statement.texts() == null || statement.list() || !sameLine.toString().contains("\n")) {
      return CodeBlock.of("$L $L;\n", caseLine, sameLine);
    }
    return CodeBlock.of(
        "$L$>$>\n$L;\n$<$<",
        caseLine,
        value(statement, rendered, CASE_INDENT + 8, CASE_INDENT + 16));
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
            impl.implementation.simpleName(),
            impl.dmlByDialect.keySet()));
    return MethodSpec.methodBuilder("of")
        .addModifiers(Modifier.STATIC)
        .returns(impl.sqlClass)
        .addParameter(DIALECT, "dialect")
        .addCode(cases.build())
        .build();
  }
}
