package dev.softdelete.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.softdelete.Dialect;
import dev.softdelete.TableDefinition;
import dev.softdelete.processor.model.Component;
import dev.softdelete.processor.model.Entity;
import dev.softdelete.processor.model.Names;
import dev.softdelete.processor.model.UniqueKeyModel;
import dev.softdelete.processor.sql.Ddl;
import dev.softdelete.processor.sql.Dml;
import dev.softdelete.processor.sql.SqlNames;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Entity>Schema}: the names of the table and its columns, the predicates of live and
 * dead rows for hand-written queries, the table's {@link TableDefinition}, and its DDL per dialect.
 * Also writes the DDL as resources {@code META-INF/softdelete/<dialect>/<table>.sql}.
 */
public final class SchemaWriter {
  private static final ClassName TABLE_DEFINITION = ClassName.get(TableDefinition.class);
  private static final ClassName KEY_DEFINITION = TABLE_DEFINITION.nestedClass("KeyDefinition");

  private final SourceWriter out;
  private final Set<Dialect> dialects;

  /** @param dialects the dialects to write DDL for */
  public SchemaWriter(SourceWriter out, Set<Dialect> dialects) {
    this.out = out;
    this.dialects = dialects;
  }

  /** Writes the class and the DDL resources; false when one could not be written. */
  public boolean write(Entity entity) {
    Ddl ddl = new Ddl(entity);
    Dialect first = dialects.iterator().next();
    Dml dml = new Dml(entity, first);
    String sameLivePredicate =
        dialects.stream()
            .filter(d -> new Dml(entity, d).isLive().equals(dml.isLive()))
            .map(Dialect::displayName)
            .collect(Collectors.joining(", "));
    TypeSpec.Builder schema =
        TypeSpec.classBuilder(entity.schema())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addJavadoc(
                "The table of {@link $T}: its names, the predicates of live and dead rows for"
                    + " hand-written\nqueries, and its DDL.\n",
                entity.recordType())
            .addField(constant("TABLE", entity.table(), "The table."))
            .addField(
                constant(
                    "LIVE_COLUMN",
                    entity.liveColumn(),
                    "The column that is TRUE for live rows and NULL for dead ones, never FALSE."))
            .addField(
                constant(
                    "DELETED_AT_COLUMN",
                    entity.deletedAtColumn(),
                    "The column stamped when a row is soft-deleted; NULL while it is live."))
            .addField(
                constant(
                    "SELECT_LIST",
                    dml.selectList(),
                    "The columns {@link " + entity.rowMapper().simpleName()
                        + "#mapSelectList} reads, in record order."))
            .addField(
                constant(
                    "LIVE_PREDICATE",
                    dml.isLive(),
                    "Selects live rows on " + sameLivePredicate + "; {@link #livePredicate} has it"
                        + " for\nevery dialect. A literal, so that the planner can use the indexes on the"
                        + " live column."))
            .addField(constant("DEAD_PREDICATE", dml.isDead(), "Selects dead (soft-deleted) rows."))
            .addField(definition(entity))
            .addType(columns(entity))
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
            .addMethod(livePredicate(entity))
            .addMethod(createStatements(entity, ddl));
    if (!out.write(entity, schema)) {
      return false;
    }
    for (Dialect dialect : dialects) {
      if (!out.writeResource(
          entity,
          "META-INF/softdelete/" + dialect.id() + "/" + entity.table() + ".sql",
          resource(entity, dialect, ddl.createStatements(dialect)))) {
        return false;
      }
    }
    return true;
  }

  private static FieldSpec constant(String name, String value, String javadoc) {
    return FieldSpec.builder(String.class, name, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("$L\n", javadoc)
        .initializer("$S", value)
        .build();
  }

  private static TypeSpec columns(Entity entity) {
    TypeSpec.Builder columns =
        TypeSpec.classBuilder("Columns")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("The column of each record component.\n")
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    for (Component component : entity.columns()) {
      columns.addField(
          FieldSpec.builder(
                  String.class,
                  Names.constantName(component.name()),
                  Modifier.PUBLIC,
                  Modifier.STATIC,
                  Modifier.FINAL)
              .addJavadoc("The column of {@link $T#$L()}.\n", entity.recordType(), component.name())
              .initializer("$S", component.column())
              .build());
    }
    return columns.build();
  }

  private static FieldSpec definition(Entity entity) {
    SqlNames names = new SqlNames(entity);
    CodeBlock.Builder keys = CodeBlock.builder();
    List<UniqueKeyModel> uniqueKeys = entity.uniqueKeys();
    for (int i = 0; i < uniqueKeys.size(); i++) {
      UniqueKeyModel key = uniqueKeys.get(i);
      keys.add(
          "$>$>\n$L$<$<",
          key(names.uniqueIndex(key), key.name(), entity.components(key)));
      if (i < uniqueKeys.size() - 1) {
        keys.add(",");
      }
    }
    CodeBlock initializer =
        CodeBlock.builder()
            .add("new $T(\n$>$>$S,\n$S,\n$S,\n", TABLE_DEFINITION, entity.table(), entity.liveColumn(), entity.deletedAtColumn())
            .add(
                "$T.of($L),\n",
                List.class,
                entity.columns().stream()
                    .map(c -> CodeBlock.of("$S", c.column()))
                    .collect(CodeBlock.joining(", ")))
            .add("$L,\n", key(names.primaryKey(), entity.id().name(), List.of(entity.id())))
            .add("$T.of($L))$<$<", List.class, keys.build())
            .build();
    return FieldSpec.builder(TABLE_DEFINITION, "DEFINITION", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("The table's names, as the repository and its error messages use them.\n")
        .initializer(initializer)
        .build();
  }

  private static CodeBlock key(String constraint, String name, List<Component> components) {
    return CodeBlock.of(
        "new $T($S, $S, $T.of($L))",
        KEY_DEFINITION,
        name,
        constraint,
        List.class,
        components.stream().map(c -> CodeBlock.of("$S", c.column())).collect(CodeBlock.joining(", ")));
  }

  /** The predicate of live rows on each dialect, dialects with the same one sharing a case. */
  private MethodSpec livePredicate(Entity entity) {
    Map<String, List<Dialect>> byPredicate = new LinkedHashMap<>();
    for (Dialect dialect : dialects) {
      byPredicate.computeIfAbsent(new Dml(entity, dialect).isLive(), p -> new ArrayList<>()).add(dialect);
    }
    CodeBlock.Builder body = CodeBlock.builder().beginControlFlow("switch (dialect)");
    byPredicate.forEach(
        (predicate, group) -> {
          group.forEach(d -> body.add("case $L:\n", d.name()));
          body.add("$>").addStatement("return $S", predicate).add("$<");
        });
    body.add("default:\n$>").addStatement(unknownDialect(entity)).add("$<").endControlFlow();
    return MethodSpec.methodBuilder("livePredicate")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(String.class)
        .addParameter(Dialect.class, "dialect")
        .addJavadoc("Selects live rows on the dialect: {@code live = 1} where there is no boolean type.\n")
        .addCode(body.build())
        .build();
  }

  private CodeBlock unknownDialect(Entity entity) {
    return SourceWriter.throwUnknownDialect(
        IllegalArgumentException.class, entity.schema().simpleName(), dialects);
  }

  private MethodSpec createStatements(Entity entity, Ddl ddl) {
    ClassName dialectType = ClassName.get(Dialect.class);
    CodeBlock.Builder body = CodeBlock.builder().beginControlFlow("switch (dialect)");
    for (Dialect dialect : dialects) {
      body.add("case $L:\n$>", dialect.name())
          .add(
              "return $T.of(\n$>$>$L);\n$<$<$<",
              List.class,
              ddl.createStatements(dialect).stream()
                  .map(statement -> CodeBlock.of("$S", statement))
                  .collect(CodeBlock.joining(",\n")));
    }
    body.add("default:\n$>").addStatement(unknownDialect(entity)).add("$<").endControlFlow();
    return MethodSpec.methodBuilder("createStatements")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(ParameterizedTypeName.get(List.class, String.class))
        .addParameter(dialectType, "dialect")
        .addJavadoc(
            "The statements that create the table and its indexes on the dialect, in order. Each"
                + " unique\nindex lets any number of dead rows share its key with one live row. The"
                + " same statements are\nin the resource {@code"
                + " META-INF/softdelete/<dialect>/$L.sql}.\n",
            entity.table())
        .addCode(body.build())
        .build();
  }

  private static String resource(Entity entity, Dialect dialect, List<String> statements) {
    Dml dml = new Dml(entity, dialect);
    return "-- " + entity.table() + ": the table of " + entity.recordType().canonicalName() + " on "
        + dialect.displayName() + ".\n"
        + "-- Generated by softdelete. Live rows have " + dml.isLive()
        + ", dead rows " + entity.liveColumn() + " IS NULL (never " + dml.falseLiteral() + ");\n"
        + "-- each unique index lets any number of dead rows share its key with one live row.\n\n"
        + statements.stream().map(s -> s + ";\n").collect(Collectors.joining("\n"));
  }
}
