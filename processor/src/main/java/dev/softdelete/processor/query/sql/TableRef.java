package dev.softdelete.processor.query.sql;

import java.util.Optional;
import net.sf.jsqlparser.schema.Table;

/**
 * One reference to a table in a FROM, a JOIN, or the target of an UPDATE or DELETE. Two references
 * to one table (a self-join) are two objects, each needing its own scope.
 */
final class TableRef {
  private final Table table;
  private final Frame frame;
  private final Optional<SoftDeleteTable> entity;

  TableRef(Table table, Frame frame, Optional<SoftDeleteTable> entity) {
    this.table = table;
    this.frame = frame;
    this.entity = entity;
  }

  Table table() {
    return table;
  }

  /** The SELECT, UPDATE or DELETE whose FROM or target this is. */
  Frame frame() {
    return frame;
  }

  /** The soft-delete entity whose table this is, if it is one. */
  Optional<SoftDeleteTable> entity() {
    return entity;
  }

  /** The name placeholders use for it: its alias, or without one, its table name. */
  String name() {
    return Identifiers.unquote(
        table.getAlias() != null ? table.getAlias().getName() : table.getName());
  }

  /** The name as a placeholder writes it: the alias or table name as written, quotes kept. */
  String placeholderName() {
    return table.getAlias() != null ? table.getAlias().getName() : table.getName();
  }

  /**
   * How the SQL qualifies its columns, as written: {@code a}, {@code articles}, {@code
   * blog.articles}.
   */
  String qualifier() {
    return table.getAlias() != null ? table.getAlias().getName() : table.getFullyQualifiedName();
  }

  /** For messages: {@code articles (alias a)}, or {@code articles}. */
  String describe() {
    String name = table.getFullyQualifiedName();
    return table.getAlias() != null ? name + " (alias " + table.getAlias().getName() + ")" : name;
  }
}
