package dev.softdelete.processor.writing;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.softdelete.processor.model.Component;
import dev.softdelete.processor.model.Entity;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.IntStream;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Entity>RowMapper}, a Jdbi row mapper that reads each column with the JDBC getter of
 * its type and calls the record's canonical constructor. Queries the repository runs select {@code
 * SELECT_LIST}, whose positions are known at compile time; other queries are read by column name,
 * resolved once per result set.
 */
public final class RowMapperWriter {
  static final ClassName ROW_MAPPER = ClassName.get("org.jdbi.v3.core.mapper", "RowMapper");
  static final ClassName STATEMENT_CONTEXT =
      ClassName.get("org.jdbi.v3.core.statement", "StatementContext");
  private static final TypeName INT_ARRAY = ArrayTypeName.of(TypeName.INT);

  private final SourceWriter out;

  public RowMapperWriter(SourceWriter out) {
    this.out = out;
  }

  /** Writes the file; false when it could not be written. */
  public boolean write(Entity entity) {
    ClassName record = entity.recordType();
    ClassName self = entity.rowMapper();
    List<Component> components = entity.components();
    TypeSpec.Builder mapper =
        TypeSpec.classBuilder(self)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addSuperinterface(ParameterizedTypeName.get(ROW_MAPPER, record))
            .addJavadoc(
                "Maps rows of {@code $L} to {@link $T} by calling its constructor.\n\n<p>Register it"
                    + " with Jdbi, or let {@link $T} do so, to map hand-written\nqueries; they may"
                    + " select {@link $T#SELECT_LIST} or the same columns in any order.\n",
                entity.table(),
                record,
                ClassName.get("dev.softdelete.jdbi", "SoftDeletePlugin"),
                entity.schema())
            .addField(
                FieldSpec.builder(INT_ARRAY, "SELECT_LIST_POSITIONS", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc("The position of each component's column in {@link $T#SELECT_LIST}.\n", entity.schema())
                    .initializer(
                        "{$L}",
                        IntStream.rangeClosed(1, components.size())
                            .mapToObj(i -> CodeBlock.of("$L", i))
                            .collect(CodeBlock.joining(", ")))
                    .build())
            .addField(
                FieldSpec.builder(INT_ARRAY, "positions", Modifier.PRIVATE, Modifier.FINAL)
                    .addJavadoc("The positions of the components' columns, or null to find them by name in each row.\n")
                    .build())
            .addField(
                FieldSpec.builder(Columns.CODECS, "codecs", Modifier.PRIVATE, Modifier.FINAL)
                    .addJavadoc("The database's codecs, or null to find them for each row.\n")
                    .build())
            .addMethod(
                MethodSpec.constructorBuilder()
                    .addModifiers(Modifier.PUBLIC)
                    .addJavadoc("A mapper that finds the columns by name and the dialect from the statement's handle.\n")
                    .addStatement("this(null, null)")
                    .build())
            .addMethod(
                MethodSpec.constructorBuilder()
                    .addModifiers(Modifier.PRIVATE)
                    .addParameter(INT_ARRAY, "positions")
                    .addParameter(Columns.CODECS, "codecs")
                    .addStatement("this.positions = positions")
                    .addStatement("this.codecs = codecs")
                    .build())
            .addMethod(
                MethodSpec.methodBuilder("mapSelectList")
                    .addModifiers(Modifier.STATIC)
                    .returns(record)
                    .addParameter(ResultSet.class, "rs")
                    .addParameter(Columns.CODECS, "codecs")
                    .addException(SQLException.class)
                    .addJavadoc(
                        "Maps the current row of a query that selects {@link $T#SELECT_LIST}, reading the columns\n"
                            + "by position with the codecs of the database's dialect ({@code Codecs.of(dialect)}). For the\n"
                            + "repository in this package; not public, so that no public signature names the runtime's\n"
                            + "internal {@code Codecs}.\n",
                        entity.schema())
                    .addStatement("return read(rs, SELECT_LIST_POSITIONS, codecs)")
                    .build())
            .addMethod(
                MethodSpec.methodBuilder("map")
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(record)
                    .addParameter(ResultSet.class, "rs")
                    .addParameter(STATEMENT_CONTEXT, "ctx")
                    .addException(SQLException.class)
                    .beginControlFlow("if (positions != null)")
                    .addComment("Specialized for this result set: positions and codecs were found once.")
                    .addStatement("return read(rs, positions, codecs)")
                    .endControlFlow()
                    .addStatement("return read(rs, positionsIn(rs), codecsOf(ctx))")
                    .build())
            .addMethod(
                MethodSpec.methodBuilder("specialize")
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(ParameterizedTypeName.get(ROW_MAPPER, record))
                    .addParameter(ResultSet.class, "rs")
                    .addParameter(STATEMENT_CONTEXT, "ctx")
                    .addException(SQLException.class)
                    .addJavadoc("Finds the columns by name and the dialect once per result set.\n")
                    .addStatement("return new $T(positionsIn(rs), codecsOf(ctx))", self)
                    .build())
            .addMethod(
                MethodSpec.methodBuilder("codecsOf")
                    .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                    .returns(Columns.CODECS)
                    .addParameter(STATEMENT_CONTEXT, "ctx")
                    .addStatement(
                        "return $T.of(ctx.getConfig($T.class).dialect(ctx.getConnection()))",
                        Columns.CODECS,
                        ClassName.get("dev.softdelete.jdbi", "SoftDeleteConfig"))
                    .build())
            .addMethod(positionsIn(components, entity))
            .addMethod(read(components, record));
    return out.write(entity, mapper);
  }

  private static MethodSpec positionsIn(List<Component> components, Entity entity) {
    return MethodSpec.methodBuilder("positionsIn")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(INT_ARRAY)
        .addParameter(ResultSet.class, "rs")
        .addException(SQLException.class)
        .addStatement(
            "return new int[] {\n$L}",
            components.stream()
                .map(c -> CodeBlock.of("rs.findColumn($S)", c.column()))
                .collect(CodeBlock.joining(",\n")))
        .build();
  }

  private static MethodSpec read(List<Component> components, ClassName record) {
    CodeBlock.Builder arguments = CodeBlock.builder();
    for (int i = 0; i < components.size(); i++) {
      arguments.add(i == 0 ? "\n" : ",\n").add(Columns.read(components.get(i), "rs", CodeBlock.of("positions[$L]", i), "codecs"));
    }
    return MethodSpec.methodBuilder("read")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(record)
        .addParameter(ResultSet.class, "rs")
        .addParameter(INT_ARRAY, "positions")
        .addParameter(Columns.CODECS, "codecs")
        .addException(SQLException.class)
        .addStatement("return new $T($L)", record, arguments.build())
        .build();
  }
}
