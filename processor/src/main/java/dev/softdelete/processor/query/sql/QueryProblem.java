package dev.softdelete.processor.query.sql;

import java.util.Locale;

/**
 * One thing wrong with the SQL of a {@code @Query}.
 *
 * @param kind what kind of problem, stable across releases
 * @param message what is wrong and how to fix it, naming the table, alias or parameter
 */
public record QueryProblem(QueryProblemKind kind, String message) {
  static QueryProblem of(QueryProblemKind kind, Object... args) {
    return new QueryProblem(kind, String.format(Locale.ROOT, kind.template(), args));
  }
}
