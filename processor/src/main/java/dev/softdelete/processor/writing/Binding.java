package dev.softdelete.processor.writing;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import dev.softdelete.processor.model.Component;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes the per-entity JDBC binding that inserts and updates share, and {@code stored}, which builds
 * the entity as the database holds it. Both are on the hot path of every write, so they call the JDBC
 * setter of each type and the record's constructor directly.
 */
final class Binding {
  private final Implementation impl;

  Binding(Implementation impl) {
    this.impl = impl;
  }

  // private static void bindColumns(Sql sql, PreparedStatement statement, User entity, int first)
  //         throws SQLException {
  //     statement.setString(first, entity.email());
  //     statement.setString(first + 1, entity.name());
  // }
  void bindColumns() {
    MethodSpec.Builder bind =
        MethodSpec.methodBuilder("bindColumns")
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .addParameter(impl.sqlClass, "sql")
            .addParameter(PreparedStatement.class, "statement")
            .addParameter(impl.record, "entity")
            .addParameter(int.class, "first")
            .addException(SQLException.class)
            .addJavadoc(
                "Binds the columns that inserts and updates write (all but the id$L) to the parameters from\n"
                    + "{@code first} on, in record order.\n",
                impl.entity.deletedAt().map(d -> " and {@code " + d.name() + "}").orElse(""));
    List<Component> data = impl.entity.dataColumns();
    for (int i = 0; i < data.size(); i++) {
      Component c = data.get(i);
      bind.addStatement(
          Columns.bind(
              c,
              "statement",
              i == 0 ? CodeBlock.of("first") : CodeBlock.of("first + $L", i),
              CodeBlock.of("entity.$L()", c.name()),
              "sql.codecs"));
    }
    impl.type.addMethod(bind.build());
  }

  // private static User stored(User entity, Long id) {
  //     return new User(id, entity.email(), entity.name(), null);
  // }
  void stored() {
    CodeBlock arguments =
        impl.entity.components().stream()
            .map(this::storedValue)
            .collect(CodeBlock.joining(",\n"));
    impl.type.addMethod(
        MethodSpec.methodBuilder("stored")
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(impl.record)
            .addParameter(impl.record, "entity")
            .addParameter(impl.idComponent.type(), "id")
            .addJavadoc("$L\n", storedJavadoc())
            .addStatement("return new $T(\n$>$>$L)$<$<", impl.record, arguments)
            .build());
  }

  private CodeBlock storedValue(Component c) {
    if (c.isId()) {
      return CodeBlock.of("id");
    }
    if (c.isDeletedAt() || c.isDeletedBy()) {
      return CodeBlock.of("null");
    }
    if (Implementation.isTime(c)) {
      return CodeBlock.of("$T.toStoredPrecision(entity.$L())", Columns.JDBC, c.name());
    }
    return CodeBlock.of("entity.$L()", c.name());
  }

  private String storedJavadoc() {
    List<String> parts = new ArrayList<>(List.of("with its id"));
    impl.entity.deletedAt().ifPresent(d -> parts.add("live ({@code " + d.name() + "} null)"));
    impl.entity.deletedBy().ifPresent(d -> parts.add("deleted by no one ({@code " + d.name() + "} null)"));
    if (impl.entity.columns().stream().anyMatch(Implementation::isTime)) {
      parts.add("its times cut to the microseconds the database keeps");
    }
    String last = parts.remove(parts.size() - 1);
    return "The entity as the database holds it: "
        + (parts.isEmpty() ? last : String.join(", ", parts) + " and " + last)
        + ".";
  }
}
