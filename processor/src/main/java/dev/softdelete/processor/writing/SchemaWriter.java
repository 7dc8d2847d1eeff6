package dev.softdelete.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.softdelete.Dialect;
import dev.softdelete.OnSoftDelete;
import dev.softdelete.TableDefinition;
import dev.softdelete.processor.model.Component;
import dev.softdelete.processor.model.Entity;
import dev.softdelete.processor.model.Relations;
import dev.softdelete.processor.model.Names;
import dev.softdelete.processor.model.UniqueKeyModel;
import dev.softdelete.processor.sql.Ddl;
import dev.softdelete.processor.sql.Dml;
import dev.softdelete.processor.sql.SqlNames;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
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
  private static final ClassName INDEX_DEFINITION = TABLE_DEFINITION.nestedClass("IndexDefinition");
  private static final ClassName RELATIONS = TABLE_DEFINITION.nestedClass("Relations");
  private static final ClassName REFERENCE_DEFINITION = TABLE_DEFINITION.nestedClass("ReferenceDefinition");

  private final SourceWriter out;
  private final Set<Dialect> dialects;

  /** @param dialects the dialects to write DDL for */
  public SchemaWriter(SourceWriter out, Set<Dialect> dialects) {
    this.out = out;
    this.dialects = dialects;
  }

  /** Writes the class and the DDL resources; false when one could not be written. */
  public boolean write(Relations relations) {
    Entity entity = relations.entity();
    Ddl ddl = new Ddl(relations);
    // Rendered once: the method createStatements and the resources hold the same statements.
    Map<Dialect, List<String>> statements = new LinkedHashMap<>();
    Map<Dialect, List<String>> foreignKeys = new LinkedHashMap<>();
    for (Dialect dialect : dialects) {
      statements.put(dialect, ddl.createStatements(dialect));
      foreignKeys.put(dialect, ddl.foreignKeyStatements(dialect));
    }
    Dialect first = dialects.iterator().next();
    Dml dml = new Dml(entity, first);
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
                    "The column stamped when a row is soft-deleted; NULL while it is live."));
    entity
        .deletionColumn()
        .ifPresent(
            deletion ->
                schema.addField(
                    constant(
                        "DELETION_COLUMN",
                        deletion,
                        "The column that holds, on a dead row, the id of the soft delete that killed it, and NULL on a"
                            + " live\nrow: a restore brings back exactly the rows of its operation.")));
    schema
            .addField(
                constant(
                    "SELECT_LIST",
                    dml.selectList(),
                    "The columns the repository selects, in record order; {@link "
                        + entity.rowMapper().simpleName() + "} maps them."));
    livePredicateConstant(entity).ifPresent(schema::addField);
    schema
            .addField(constant("DEAD_PREDICATE", dml.isDead(), "Selects dead (soft-deleted) rows."))
            .addField(definition(relations))
            .addType(columns(entity))
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
            .addMethod(livePredicate(entity))
            .addMethods(qualified(entity))
            .addMethod(createStatements(relations, statements))
            .addMethod(foreignKeyStatements(relations, foreignKeys));
    if (!out.write(entity, schema)) {
      return false;
    }
    for (Dialect dialect : dialects) {
      if (!out.writeResource(
          entity,
          "META-INF/softdelete/" + dialect.id() + "/" + entity.table() + ".sql",
          DdlText.resource(relations, dialect, statements.get(dialect), foreignKeys.get(dialect)))) {
        return false;
      }
    }
    return true;
  }

  private static FieldSpec constant(String name, String value, String javadoc) {
    return FieldSpec.builder(String.class, name, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("$L\n", javadoc)
        .initializer(SqlLiterals.literal(value, 4 + "public static final String  = ".length() + name.length()))
        .build();
  }

  /**
   * {@code LIVE_PREDICATE}, only when every dialect compiled for writes the predicate of live rows
   * alike: a constant that is right on some of them and wrong on others (SQL Server and Oracle have
   * no boolean literal) would be a trap. {@code livePredicate(Dialect)} is always there.
   */
  private Optional<FieldSpec> livePredicateConstant(Entity entity) {
    Set<String> predicates = dialects.stream().map(d -> new Dml(entity, d).isLive()).collect(Collectors.toSet());
    if (predicates.size() != 1) {
      return Optional.empty();
    }
    String names = dialects.stream().map(Dialect::displayName).collect(Collectors.joining(", "));
    return Optional.of(
        constant(
            "LIVE_PREDICATE",
            predicates.iterator().next(),
            "Selects live rows on " + names + ", the dialects this table was compiled for; {@link\n"
                + "#livePredicate} has it for each. A literal, so that the planner can use the indexes on the live\n"
                + "column. Present only when every dialect compiled for writes it alike (SQL Server and Oracle\n"
                + "write {@code " + entity.liveColumn() + " = 1})."));
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

  private static FieldSpec definition(Relations relations) {
    Entity entity = relations.entity();
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
    CodeBlock.Builder initializer =
        CodeBlock.builder()
            .add("new $T(\n$>$>$S,\n$S,\n$S,\n", TABLE_DEFINITION, entity.table(), entity.liveColumn(), entity.deletedAtColumn())
            .add(
                "$T.of($L),\n",
                List.class,
                entity.columns().stream()
                    .map(c -> CodeBlock.of("$S", c.column()))
                    .collect(CodeBlock.joining(",$W")))
            .add("$L,\n", key(names.primaryKey(), entity.id().name(), List.of(entity.id())))
            .add("$T.of($L),\n", List.class, keys.build());
    if (entity.deletionColumn().isPresent()) {
      initializer
          .add("$T.of($L),\n", List.class, indexes(entity, names))
          .add("$T.of($L))$<$<", Optional.class, relationsDefinition(relations, names));
    } else {
      initializer.add("$T.of($L))$<$<", List.class, indexes(entity, names));
    }
    return FieldSpec.builder(TABLE_DEFINITION, "DEFINITION", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("The table's names, as the repository and its error messages use them.\n")
        .initializer(initializer.build())
        .build();
  }

  /**
   * {@code new TableDefinition.Relations("PurchaseOrder", "deletion_id", List.of(new
   * TableDefinition.ReferenceDefinition("customerId", "customer_id", "Customer", ...)))}, one reference a
   * line.
   */
  private static CodeBlock relationsDefinition(Relations relations, SqlNames names) {
    Entity entity = relations.entity();
    CodeBlock references =
        relations.links().stream()
            .map(
                link ->
                    CodeBlock.of(
                        "$>$>\n$L$<$<",
                        CodeBlock.of(
                            "new $T($S,$W$S,$W$S,$W$S,$W$S,$W$T.$L,$W$S,$W$S,$W$L)",
                            REFERENCE_DEFINITION,
                            link.component().name(),
                            link.component().column(),
                            link.parent().simpleName(),
                            link.parent().table(),
                            link.parent().id().column(),
                            OnSoftDelete.class,
                            link.onSoftDelete().name(),
                            names.foreignKey(link.component()),
                            names.referenceIndex(link.component()),
                            link.component().nullable())))
            .collect(CodeBlock.joining(","));
    if (entity.deletedBy().isPresent()) {
      return CodeBlock.of(
          "new $T($S,$W$S,$W$T.of($L),$W$T.of($S))",
          RELATIONS,
          entity.simpleName(),
          entity.deletionColumn().orElseThrow(),
          List.class,
          references,
          Optional.class,
          entity.deletedBy().get().column());
    }
    return CodeBlock.of(
        "new $T($S,$W$S,$W$T.of($L))",
        RELATIONS,
        entity.simpleName(),
        entity.deletionColumn().orElseThrow(),
        List.class,
        references);
  }

  /** The declared indexes, one a line: {@code new TableDefinition.IndexDefinition("a", ...)}. */
  private static CodeBlock indexes(Entity entity, SqlNames names) {
    return entity.indexes().stream()
        .map(
            index ->
                CodeBlock.of(
                    "$>$>\n$L$<$<",
                    CodeBlock.of(
                        "new $T($S,$W$S,$W$T.of($L))",
                        INDEX_DEFINITION,
                        index.name(),
                        names.index(index),
                        List.class,
                        entity.components(index).stream()
                            .map(c -> CodeBlock.of("$S", c.column()))
                            .collect(CodeBlock.joining(",$W")))))
        .collect(CodeBlock.joining(","));
  }

  private static CodeBlock key(String constraint, String name, List<Component> components) {
    return CodeBlock.of(
        "new $T($S,$W$S,$W$T.of($L))",
        KEY_DEFINITION,
        name,
        constraint,
        List.class,
        components.stream().map(c -> CodeBlock.of("$S", c.column())).collect(CodeBlock.joining(",$W")));
  }

  // public static String livePredicate(Dialect dialect) {
  //     return switch (dialect) {
  //         case H2, POSTGRESQL, MYSQL, SQLITE -> "live = TRUE";
  //         case SQLSERVER, ORACLE -> "live = 1";
  //         default -> throw new IllegalArgumentException(...);
  //     };
  // }
  private MethodSpec livePredicate(Entity entity) {
    Map<Dialect, String> predicates = new LinkedHashMap<>();
    for (Dialect dialect : dialects) {
      predicates.put(dialect, new Dml(entity, dialect).isLive());
    }
    return perDialect(entity, "livePredicate", predicates, p -> CodeBlock.of("$S", p))
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(String.class)
        .addJavadoc(
            "Selects live rows on the dialect: {@code $L = TRUE}, or {@code $L = 1} where there is no boolean\ntype.\n",
            entity.liveColumn(),
            entity.liveColumn())
        .build();
  }

  // public static String selectList(String alias) { return alias + ".id, " + alias + ".email, ..."; }
  // public static String livePredicate(Dialect dialect, String alias) { ... }
  // public static String deadPredicate(String alias) { return alias + "." + DEAD_PREDICATE; }
  /**
   * The forms of the select list and the predicates qualified by a table alias, for hand-written
   * joins, where an unqualified {@code id} or {@code live} is ambiguous. ({@code @Query} SQL uses the
   * placeholders {@code {columns a}} and {@code {alive a}} instead.)
   */
  private static List<MethodSpec> qualified(Entity entity) {
    List<Component> components = entity.components();
    CodeBlock.Builder columns = CodeBlock.builder();
    for (int i = 0; i < components.size(); i++) {
      boolean last = i == components.size() - 1;
      columns.add(i == 0 ? "" : "\n+ ").add("alias + $S", "." + components.get(i).column() + (last ? "" : ", "));
    }
    return List.of(
        MethodSpec.methodBuilder("selectList")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(String.class)
            .addParameter(String.class, "alias")
            .addJavadoc(
                "{@link #SELECT_LIST} qualified by a table alias, for joins: {@code selectList(\"t\")} starts\n"
                    + "{@code t.$L, ...}.\n",
                entity.id().column())
            .addStatement("return $L", columns.build())
            .build(),
        MethodSpec.methodBuilder("livePredicate")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(String.class)
            .addParameter(Dialect.class, "dialect")
            .addParameter(String.class, "alias")
            .addJavadoc("{@link #livePredicate(Dialect)} qualified by a table alias, for joins.\n")
            .addStatement("return alias + $S + livePredicate(dialect)", ".")
            .build(),
        MethodSpec.methodBuilder("deadPredicate")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(String.class)
            .addParameter(String.class, "alias")
            .addJavadoc("{@link #DEAD_PREDICATE} qualified by a table alias, for joins.\n")
            .addStatement("return alias + $S + DEAD_PREDICATE", ".")
            .build());
  }

  /**
   * A method {@code name(Dialect dialect)} that returns one value per dialect, by a switch expression
   * with one case per group of dialects of the same value. The values are compared as they are:
   * rendering each to code to compare them was half of this method's time (JFR, 500 records).
   */
  private <T> MethodSpec.Builder perDialect(
      Entity entity, String name, Map<Dialect, T> values, Function<T, CodeBlock> code) {
    Map<T, List<Dialect>> groups = new LinkedHashMap<>();
    values.forEach(
        (dialect, value) -> groups.computeIfAbsent(value, v -> new ArrayList<>()).add(dialect));
    CodeBlock.Builder body = CodeBlock.builder().add("return switch (dialect) {\n$>");
    groups.forEach(
        (value, group) ->
            body.add(
                "case $L -> $L;\n",
                group.stream().map(Dialect::name).collect(Collectors.joining(", ")),
                code.apply(value)));
    body.add("default -> $L;\n$<};\n", unknownDialect(entity));
    return MethodSpec.methodBuilder(name).addParameter(Dialect.class, "dialect").addCode(body.build());
  }

  private CodeBlock unknownDialect(Entity entity) {
    return SourceWriter.throwUnknownDialect(
        IllegalArgumentException.class, entity.schema().simpleName(), dialects);
  }

  // public static List<String> createStatements(Dialect dialect) {
  //     return switch (dialect) {
  //         case H2 -> List.of(
  //                 "CREATE TABLE users (\n"
  //                         + "    id BIGINT GENERATED BY DEFAULT AS IDENTITY,\n" ...,
  //                 "CREATE UNIQUE NULLS DISTINCT INDEX ux_users_email ON users (email, live)", ...);
  //         ...
  //     };
  // }
  private MethodSpec createStatements(Relations relations, Map<Dialect, List<String>> statements) {
    Entity entity = relations.entity();
    MethodSpec.Builder method = perDialect(entity, "createStatements", statements, SchemaWriter::statementList);
    CodeBlock.Builder javadoc =
        CodeBlock.builder()
            .add(
                "The statements that create the table and its indexes on the dialect, in order. Each"
                    + " unique\nindex lets any number of dead rows share its key with one live row. The"
                    + " same statements are\nin the resource {@code"
                    + " META-INF/softdelete/<dialect>/$L.sql}.\n",
                entity.table());
    if (!relations.links().isEmpty()) {
      javadoc.add(
          "\n<p>The foreign keys of its references are in {@link #foreignKeyStatements}, to run once every table\n"
              + "exists; on SQLite, where a table cannot be altered to add one, CREATE TABLE declares them.\n");
    }
    return method
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(ParameterizedTypeName.get(List.class, String.class))
        .addJavadoc(javadoc.build())
        .build();
  }

  // public static List<String> foreignKeyStatements(Dialect dialect) {
  //     return switch (dialect) {
  //         case H2, POSTGRESQL, MYSQL, SQLSERVER, ORACLE -> List.of(
  //                 "ALTER TABLE purchase_orders ADD CONSTRAINT fk_purchase_orders_customer_id FOREIGN KEY"
  //                         + " (customer_id) REFERENCES customers (id)");
  //         case SQLITE -> List.of();
  //         ...
  //     };
  // }
  private MethodSpec foreignKeyStatements(Relations relations, Map<Dialect, List<String>> statements) {
    Entity entity = relations.entity();
    String javadoc =
        relations.links().isEmpty()
            ? "The statements that add the table's foreign keys, to run once every table exists: none, as\n"
                + "{@link $T} references no other entity.\n"
            : "The statements that add the table's foreign keys on the dialect, one per {@code @References}\n"
                + "component of {@link $T}, to run once every table exists: tables can then be created in any\n"
                + "order and reference each other in cycles. None on SQLite, where CREATE TABLE declares them.\n"
                + "The same statements end the resource {@code META-INF/softdelete/<dialect>/" + entity.table()
                + ".sql}.\n";
    return perDialect(entity, "foreignKeyStatements", statements, SchemaWriter::statementList)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(ParameterizedTypeName.get(List.class, String.class))
        .addJavadoc(javadoc, entity.recordType())
        .build();
  }

  /** {@code List.of("...", "...")}, a statement a line; {@code List.of()} for none. */
  private static CodeBlock statementList(List<String> statements) {
    if (statements.isEmpty()) {
      return CodeBlock.of("$T.of()", List.class);
    }
    return CodeBlock.of(
        "$T.of(\n$>$>$L)$<$<",
        List.class,
        statements.stream().map(SqlLiterals::literal).collect(CodeBlock.joining(",\n")));
  }
}
