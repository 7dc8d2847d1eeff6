package dev.softdelete.processor.query.sql;

import dev.softdelete.Dialect;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A {@code @Query} whose SQL passed every check, rendered for each dialect.
 *
 * @param kind what the statement does
 * @param bindOrder the parameters in the order they bind, one entry per use in the SQL (a name used
 *     twice binds twice); the collections among them are the gaps of {@link RenderedSql}, in order
 * @param sql the SQL of each dialect
 * @param resultColumns for a SELECT, the columns it returns, with their labels where known; empty
 *     for other statements. A {@code {columns a}} contributes each of the entity's columns.
 * @param entity for a SELECT whose select list is exactly one {@code {columns a}} (in each branch
 *     of a UNION, all of one table), that table: its rows map with the entity's generated row
 *     mapper, by position
 */
public record AnalysedQuery(
    QueryKind kind,
    List<QueryParameter> bindOrder,
    Map<Dialect, RenderedSql> sql,
    List<ResultColumn> resultColumns,
    Optional<SoftDeleteTable> entity) {

  public AnalysedQuery {
    bindOrder = List.copyOf(bindOrder);
    sql = Collections.unmodifiableMap(new EnumMap<>(sql));
    resultColumns = List.copyOf(resultColumns);
  }

  /** The SQL of one dialect. */
  public RenderedSql sql(Dialect dialect) {
    return sql.get(dialect);
  }

  /**
   * Every result column's label, if each one has a label; empty if any has none (or for {@code *}).
   */
  public Optional<List<String>> labels() {
    if (resultColumns.stream().anyMatch(c -> c.label().isEmpty())) {
      return Optional.empty();
    }
    return Optional.of(resultColumns.stream().map(c -> c.label().get()).toList());
  }
}
