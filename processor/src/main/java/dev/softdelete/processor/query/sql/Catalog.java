package dev.softdelete.processor.query.sql;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import net.sf.jsqlparser.schema.Table;

/**
 * The soft-delete tables known to the compilation. A reference is to one of them when its name is
 * the entity's table name, ignoring case, quotes and any schema: a same-named table of another
 * schema is taken for the entity's, which can only ask for a scope that was not needed.
 */
final class Catalog {
  private final List<SoftDeleteTable> tables;

  Catalog(List<SoftDeleteTable> tables) {
    this.tables = List.copyOf(tables);
  }

  Optional<SoftDeleteTable> find(Table table) {
    return table.getName() == null ? Optional.empty() : find(table.getName());
  }

  Optional<SoftDeleteTable> find(String name) {
    String wanted = lastPart(Identifiers.unquote(name));
    return tables.stream().filter(t -> Identifiers.same(lastPart(t.table()), wanted)).findFirst();
  }

  private static String lastPart(String name) {
    return name.substring(name.lastIndexOf('.') + 1);
  }

  /** For messages: {@code articles, authors}. */
  String names() {
    return tables.stream().map(SoftDeleteTable::table).collect(Collectors.joining(", "));
  }
}
