package dev.softdelete.processor.query.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.select.ParenthesedSelect;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.SelectItem;
import net.sf.jsqlparser.statement.select.SetOperationList;

/**
 * The columns a SELECT returns, which decide how its rows map: with the entity's row mapper when
 * the select list is exactly one {@code {columns a}}, else by label. A UNION returns the columns of
 * its first branch, and maps with a row mapper only if every branch selects the same entity's
 * columns. VALUES and other bodies return columns unknown here, shown as none.
 */
final class ResultShape {
  private final ParseText text;
  private final Map<Span.Placeholder, TableRef> resolved;

  ResultShape(ParseText text, Map<Span.Placeholder, TableRef> resolved) {
    this.text = text;
    this.resolved = resolved;
  }

  List<ResultColumn> columns(Statement statement) {
    if (statement instanceof PlainSelect select) {
      List<ResultColumn> columns = new ArrayList<>();
      select.getSelectItems().forEach(item -> columns.addAll(columns(item)));
      return columns;
    }
    if (statement instanceof SetOperationList union) {
      return columns(union.getSelects().get(0));
    }
    if (statement instanceof ParenthesedSelect parenthesised) {
      return columns(parenthesised.getSelect());
    }
    return List.of();
  }

  private List<ResultColumn> columns(SelectItem<?> item) {
    Expression e = item.getExpression();
    TableRef columns = columnsOf(e);
    if (columns != null) {
      String q = columns.qualifier() + ".";
      return columns.entity().orElseThrow().selectColumns().stream()
          .map(c -> new ResultColumn(q + c, Optional.of(c)))
          .toList();
    }
    Optional<String> label = Optional.empty();
    if (item.getAlias() != null) {
      label = Optional.of(Identifiers.unquote(item.getAlias().getName()));
    } else if (e instanceof Column column) {
      label = Optional.of(Identifiers.unquote(column.getColumnName()));
    }
    return List.of(new ResultColumn(text.restore(e.toString()), label));
  }

  /**
   * The table whose rows map with its entity's row mapper, if the SELECT returns just its columns.
   */
  Optional<SoftDeleteTable> entity(Statement statement) {
    if (statement instanceof PlainSelect select) {
      if (select.getSelectItems().size() != 1 || select.getSelectItem(0).getAlias() != null) {
        return Optional.empty();
      }
      TableRef ref = columnsOf(select.getSelectItem(0).getExpression());
      return ref == null ? Optional.empty() : ref.entity();
    }
    if (statement instanceof ParenthesedSelect parenthesised) {
      return entity(parenthesised.getSelect());
    }
    if (statement instanceof SetOperationList union) {
      List<Optional<SoftDeleteTable>> branches =
          union.getSelects().stream().map(this::entity).toList();
      Optional<SoftDeleteTable> first = branches.get(0);
      return first.isPresent() && branches.stream().allMatch(first::equals)
          ? first
          : Optional.empty();
    }
    return Optional.empty();
  }

  /** The reference of a {@code {columns a}} marker, or null if the expression is not one. */
  private TableRef columnsOf(Expression e) {
    if (e instanceof Column column) {
      Span.Placeholder p = text.placeholder(column.getColumnName());
      if (p != null && p.word() == PlaceholderWord.COLUMNS) {
        return resolved.get(p);
      }
    }
    return null;
  }
}
