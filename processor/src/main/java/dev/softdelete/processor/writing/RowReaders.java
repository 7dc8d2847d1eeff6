package dev.softdelete.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import dev.softdelete.processor.model.Component;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * The methods of a {@code @Repository} implementation that build one row of a result: the entity, or
 * a record projection, from columns read by position in the order the statement selects them. The
 * implementation may sit in another package than the entity, so it does not call the row mapper's
 * package-private reader.
 */
final class RowReaders {
  private final Implementation impl;
  /** The reader's name by the row type: {@code row} for the entity, else the record's name. */
  private final Map<TypeName, Reader> readers = new LinkedHashMap<>();
  /** Every reader written, in order: a type read at other positions gets another. */
  private final List<Reader> all = new ArrayList<>();

  private record Reader(String name, ClassName type, List<Component> columns, List<Integer> positions) {}

  RowReaders(Implementation impl) {
    this.impl = impl;
  }

  /**
   * The name of the method that reads a row of this type, whose columns are these entity components
   * in the record's order; added to the class by {@link #write()}.
   */
  String reader(ClassName type, List<Component> columns) {
    List<Integer> positions = new ArrayList<>();
    for (int i = 1; i <= columns.size(); i++) {
      positions.add(i);
    }
    return reader(type, columns, positions);
  }

  /**
   * Like {@link #reader(ClassName, List)}, with each component read from the column at the position
   * beside it (from 1). The first reader of a type sets its positions: a record mapped by label is
   * read by one method per type, the positions of the first query that returns it.
   */
  String reader(ClassName type, List<Component> columns, List<Integer> positions) {
    Reader reader = readers.get(type);
    if (reader == null || !reader.positions().equals(positions)) {
      String base = type.equals(impl.record) ? "row" : decapitalized(type.simpleNames());
      String name = base;
      for (int i = 2; taken(name); i++) {
        name = base + i;
      }
      reader = new Reader(name, type, List.copyOf(columns), List.copyOf(positions));
      readers.put(type, reader);
      all.add(reader);
    }
    return reader.name();
  }

  private boolean taken(String name) {
    return all.stream().anyMatch(r -> r.name().equals(name));
  }

  // private static Article row(ResultSet rs, Codecs codecs) throws SQLException {
  //     return new Article(Jdbc.getLong(rs, 1), rs.getLong(2), rs.getString(3), ...);
  // }
  void write() {
    for (Reader reader : all) {
      List<CodeBlock> arguments = new ArrayList<>();
      for (int i = 0; i < reader.columns().size(); i++) {
        arguments.add(
            Columns.read(reader.columns().get(i), "rs", CodeBlock.of("$L", reader.positions().get(i)), "codecs"));
      }
      impl.type.addMethod(
          MethodSpec.methodBuilder(reader.name())
              .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
              .returns(reader.type())
              .addParameter(ResultSet.class, "rs")
              .addParameter(Columns.CODECS, "codecs")
              .addException(SQLException.class)
              .addStatement("return new $T(\n$>$>$L)$<$<", reader.type(), CodeBlock.join(arguments, ",\n"))
              .build());
    }
  }

  private static String decapitalized(List<String> simpleNames) {
    String name = String.join("", simpleNames);
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }
}
