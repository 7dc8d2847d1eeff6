package dev.softdelete.processor.writing;

import dev.softdelete.processor.model.query.RepositoryMethod;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Writes the {@code @Query} methods of a {@code @Repository} implementation. */
final class QueryVerbs {
  private final Implementation impl;
  private final RepositoryShell shell;
  private final RowReaders rows;
  private final Set<String> fields;
  private final List<SqlHolder.Statement> statements = new ArrayList<>();

  QueryVerbs(Implementation impl, RepositoryShell shell, RowReaders rows, Set<String> fields) {
    this.impl = impl;
    this.shell = shell;
    this.rows = rows;
    this.fields = fields;
  }

  List<SqlHolder.Statement> statements() {
    return statements;
  }

  void write(RepositoryMethod.Sql method) {
    throw new UnsupportedOperationException("@Query is wired once the SQL analysis lands");
  }
}
