package dev.softdelete.processor.query.sql;

import java.util.ArrayList;
import java.util.List;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.delete.Delete;
import net.sf.jsqlparser.statement.select.FromItem;
import net.sf.jsqlparser.statement.select.Join;
import net.sf.jsqlparser.statement.select.ParenthesedFromItem;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.update.Update;

/**
 * Builds the frame of a SELECT, UPDATE or DELETE: the tables in its FROM, JOINs and target, and
 * which of them each WHERE and ON restricts ({@link Condition}). A subquery in the FROM is a frame
 * of its own, found by the walker; only tables named directly (or in parenthesised joins) are this
 * frame's.
 */
final class Frames {
  private final Catalog catalog;

  Frames(Catalog catalog) {
    this.catalog = catalog;
  }

  /** One FROM item and the join that brings it in; no join for the first, or for a comma. */
  private record Joined(FromItem item, Join join) {}

  Frame of(PlainSelect select, Frame parent) {
    Frame frame = new Frame(QueryKind.SELECT, select, parent);
    List<Joined> items = new ArrayList<>();
    items.add(new Joined(select.getFromItem(), null));
    joins(items, select.getJoins());
    where(frame, join(frame, items), select.getWhere());
    return frame;
  }

  /**
   * {@code UPDATE t [JOIN ...] SET ... [FROM ...] [JOIN ...] WHERE}: MySQL joins before SET,
   * PostgreSQL and SQL Server name more tables after it.
   */
  Frame of(Update update, Frame parent) {
    Frame frame = new Frame(QueryKind.UPDATE, update, parent);
    List<Joined> items = new ArrayList<>();
    items.add(new Joined(update.getTable(), null));
    joins(items, update.getStartJoins());
    if (update.getFromItem() != null) {
      items.add(new Joined(update.getFromItem(), null));
    }
    joins(items, update.getJoins());
    where(frame, join(frame, items), update.getWhere());
    return frame;
  }

  /**
   * {@code DELETE FROM t [USING ...] [JOIN ...] WHERE}; MySQL's {@code DELETE a FROM t a JOIN ...}
   * lists its targets by alias, which name the FROM's tables rather than read more.
   */
  Frame of(Delete delete, Frame parent) {
    Frame frame = new Frame(QueryKind.DELETE, delete, parent);
    List<Joined> items = new ArrayList<>();
    items.add(new Joined(delete.getTable(), null));
    if (delete.getUsingFromItemList() != null) {
      delete.getUsingFromItemList().forEach(t -> items.add(new Joined(t, null)));
    }
    joins(items, delete.getJoins());
    where(frame, join(frame, items), delete.getWhere());
    return frame;
  }

  private static void joins(List<Joined> items, List<Join> joins) {
    if (joins != null) {
      joins.forEach(j -> items.add(new Joined(j.getFromItem(), j)));
    }
  }

  private static void where(Frame frame, List<TableRef> all, Expression where) {
    if (where != null) {
      frame.add(new Condition(where, all, "WHERE"));
    }
  }

  /** Adds the items' tables to the frame, and each join's ON as a condition; returns the tables. */
  private List<TableRef> join(Frame frame, List<Joined> items) {
    List<List<TableRef>> groups = new ArrayList<>();
    for (Joined joined : items) {
      groups.add(refs(frame, joined.item()));
      if (joined.join() != null && joined.join().getOnExpressions() != null) {
        List<TableRef> restricted = restricted(joined.join(), groups);
        for (Expression on : joined.join().getOnExpressions()) {
          frame.add(new Condition(on, restricted, name(joined.join())));
        }
      }
    }
    return groups.stream().flatMap(List::stream).toList();
  }

  private List<TableRef> refs(Frame frame, FromItem item) {
    if (item instanceof Table table) {
      TableRef ref = new TableRef(table, frame, catalog.find(table));
      frame.add(ref);
      return List.of(ref);
    }
    if (item instanceof ParenthesedFromItem parenthesised) {
      List<Joined> items = new ArrayList<>();
      items.add(new Joined(parenthesised.getFromItem(), null));
      joins(items, parenthesised.getJoins());
      return join(frame, items);
    }
    return List.of();
  }

  /**
   * The tables whose rows a join's ON restricts, the join's own being the last group: see {@link
   * Condition}. A join that is neither inner nor left nor right (FULL, a bare OUTER, a semi join)
   * restricts none, so that a scope there is refused rather than trusted.
   */
  private static List<TableRef> restricted(Join join, List<List<TableRef>> groups) {
    List<TableRef> own = groups.get(groups.size() - 1);
    if (join.isLeft()) {
      return own;
    }
    if (join.isRight()) {
      return groups.subList(0, groups.size() - 1).stream().flatMap(List::stream).toList();
    }
    if (join.isFull() || join.isOuter() || join.isSemi()) {
      return List.of();
    }
    return groups.stream().flatMap(List::stream).toList();
  }

  private static String name(Join join) {
    if (join.isLeft()) {
      return "LEFT JOIN";
    }
    if (join.isRight()) {
      return "RIGHT JOIN";
    }
    if (join.isFull()) {
      return "FULL JOIN";
    }
    return join.isOuter() || join.isSemi() ? "outer JOIN" : "JOIN";
  }
}
