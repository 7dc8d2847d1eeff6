package dev.softdelete.processor.sql;

import dev.softdelete.Dialect;
import dev.softdelete.internal.InLists;
import dev.softdelete.internal.ddl.ColumnKind;
import dev.softdelete.processor.model.Component;
import dev.softdelete.processor.model.Entity;
import dev.softdelete.processor.model.query.Criterion;
import dev.softdelete.processor.model.query.MethodName;
import dev.softdelete.processor.model.query.OrderItem;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The statement of a derived method in one dialect. The scope always wraps the whole condition:
 * {@code WHERE (a = ? OR b = ?) AND live = TRUE}. Rows come in the order the name asks, then by id, so
 * that pages and {@code First} are stable.
 */
public final class DerivedSql {
  private final Entity entity;
  private final Dialect dialect;
  private final SqlDialect sql;
  private final Dml dml;
  private final String table;

  public DerivedSql(Entity entity, Dialect dialect) {
    this.entity = entity;
    this.dialect = dialect;
    this.sql = SqlDialect.of(dialect);
    this.dml = new Dml(entity, dialect);
    this.table = entity.table();
  }

  /**
   * The statement.
   *
   * @param columns the columns a find reads: the entity's select list, or a projection's
   * @param page whether a find takes a {@code Limit}: an offset and a maximum follow the criteria
   */
  public String of(MethodName name, List<Component> columns, boolean page) {
    String where = where(name);
    return switch (name.verb()) {
      case FIND -> find(name, columns, where, page);
      case COUNT -> "SELECT COUNT(*) FROM " + table + where;
      case EXISTS -> sql.firstRows("SELECT 1 FROM " + table + where);
      case SOFT_DELETE -> "UPDATE " + table + " SET " + dml.kill() + where;
      // An entity in a relation restores and hard-deletes row by row, each with its cascade: the
      // statement selects the rows' ids.
      case RESTORE -> entity.deletionColumn().isPresent()
          ? "SELECT " + entity.id().column() + " FROM " + table + where
          : "UPDATE " + table + " SET " + dml.revive() + where;
      case HARD_DELETE -> entity.deletionColumn().isPresent()
          ? "SELECT " + entity.id().column() + " FROM " + table + where
          : "DELETE FROM " + table + where;
    };
  }

  /** Whether a page binds its maximum before its offset. */
  public boolean pageMaxFirst() {
    return sql.pageMaxFirst();
  }

  private String find(MethodName name, List<Component> columns, String where, boolean page) {
    String select =
        "SELECT " + columns.stream().map(Component::column).collect(Collectors.joining(", ")) + " FROM " + table;
    String ordered = select + where + orderBy(name.order());
    if (page) {
      return sql.pageRows(ordered);
    }
    return name.first().isPresent() ? sql.firstRows(ordered) : ordered;
  }

  /**
   * {@code ORDER BY} the name's keys, then the id unless it is one of them, in the direction of the
   * last key: {@code published_at DESC, id DESC} is one index's order read backwards (InnoDB and SQLite
   * keep the primary key at the end of every index), where {@code id} ascending would need a sort.
   */
  private String orderBy(List<OrderItem> order) {
    String id = entity.id().column();
    String keys =
        order.stream()
            .map(o -> o.component().column() + (o.descending() ? " DESC" : ""))
            .collect(Collectors.joining(", "));
    boolean hasId = order.stream().anyMatch(o -> o.component().isId());
    if (keys.isEmpty()) {
      return " ORDER BY " + id;
    }
    boolean descending = order.get(order.size() - 1).descending();
    return " ORDER BY " + keys + (hasId ? "" : ", " + id + (descending ? " DESC" : ""));
  }

  /** {@code WHERE criteria AND scope}, the criteria in parentheses when they hold an OR. */
  private String where(MethodName name) {
    String scope =
        switch (name.scope()) {
          case ALIVE -> dml.isLive();
          case DEAD -> dml.isDead();
          case ANY -> "";
        };
    List<List<Criterion>> groups = name.condition();
    String condition;
    if (groups.size() == 1) {
      condition = and(groups.get(0));
    } else {
      condition =
          groups.stream()
              .map(g -> g.size() > 1 ? "(" + and(g) + ")" : and(g))
              .collect(Collectors.joining(" OR "));
      if (!scope.isEmpty()) {
        condition = "(" + condition + ")";
      }
    }
    if (condition.isEmpty()) {
      return scope.isEmpty() ? "" : " WHERE " + scope;
    }
    return " WHERE " + condition + (scope.isEmpty() ? "" : " AND " + scope);
  }

  private String and(List<Criterion> criteria) {
    return criteria.stream().map(this::criterion).collect(Collectors.joining(" AND "));
  }

  private String criterion(Criterion c) {
    String column = c.ignoreCase() ? "LOWER(" + c.component().column() + ")" : c.component().column();
    String value = c.ignoreCase() ? "LOWER(?)" : "?";
    return switch (c.operator()) {
      case EQUALS -> column + " = " + value;
      case NOT -> column + " <> " + value;
      case IN -> InLists.predicate(dialect, column, kind(c), false);
      case NOT_IN -> InLists.predicate(dialect, column, kind(c), true);
      case LESS_THAN, BEFORE -> column + " < ?";
      case LESS_THAN_EQUAL -> column + " <= ?";
      case GREATER_THAN, AFTER -> column + " > ?";
      case GREATER_THAN_EQUAL -> column + " >= ?";
      case BETWEEN -> column + " BETWEEN ? AND ?";
      case NULL -> column + " IS NULL";
      case NOT_NULL -> column + " IS NOT NULL";
      case TRUE -> column + " = " + sql.trueLiteral();
      case FALSE -> column + " = " + sql.falseLiteral();
      case LIKE -> column + " LIKE " + value;
      case STARTS_WITH, ENDS_WITH, CONTAINS -> column + " LIKE " + value + " ESCAPE '!'";
    };
  }

  /** The DDL's kind of the component's type, which an In list's values are bound as. */
  public static ColumnKind kind(Criterion criterion) {
    return ColumnKind.valueOf(criterion.component().kind().name());
  }
}
