package dev.softdelete.processor.query.sql;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.sf.jsqlparser.expression.Alias;
import net.sf.jsqlparser.expression.JdbcParameter;
import net.sf.jsqlparser.expression.operators.relational.InExpression;
import net.sf.jsqlparser.expression.operators.relational.ParenthesedExpressionList;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.delete.Delete;
import net.sf.jsqlparser.statement.insert.Insert;
import net.sf.jsqlparser.statement.select.FromItem;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.WithItem;
import net.sf.jsqlparser.statement.update.Update;

/**
 * Walks every object of the parsed tree, through its fields, rather than with a JSqlParser visitor.
 * A visitor has to name each of some two hundred node types, and JSqlParser's own {@code
 * TablesNamesFinder} misses some (5.3 did not look inside {@code GROUP_CONCAT(...)}, 5.4 still does
 * not look inside {@code ... IS UNKNOWN}), so a subquery there would read a table that no check
 * sees. Walking the fields reaches every table by construction: each one that no frame reads as a
 * FROM, JOIN or target, and that is a soft-delete table, is reported as unchecked.
 *
 * <p>Some fields hold a {@link Table} that is not a read, and are not followed: a column's
 * qualifier ({@code a.title}), an {@code a.*}, the tables of {@code FOR UPDATE OF}, and the links
 * from a name to the table it resolves to. The targets of an INSERT and of MySQL's {@code DELETE a
 * FROM ...} are not reads either, and are set aside when their statement is reached.
 */
final class TreeWalker {
  private static final Set<String> NOT_READS =
      Set.of(
          "Column.table",
          "Column.resolvedTable",
          "Table.resolvedTable",
          "AllTableColumns.table",
          "Select.forUpdateTables",
          "ForUpdateClause.tables");
  private static final String AST_PACKAGE = "net.sf.jsqlparser.";
  private static final String PARSER_PACKAGE = "net.sf.jsqlparser.parser.";

  private final Frames frames;
  private final Catalog catalog;
  private final ParseText text;
  private final Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
  private final Set<Table> accounted = Collections.newSetFromMap(new IdentityHashMap<>());
  private final Deque<Frame> stack = new ArrayDeque<>();
  private final List<Frame> found = new ArrayList<>();
  private final Map<Column, Frame> markers = new IdentityHashMap<>();
  private final Set<Integer> inList = new TreeSet<>();
  private final List<Table> unchecked = new ArrayList<>();
  private final Map<String, String> otherSources = new LinkedHashMap<>();
  private final List<String> withNames = new ArrayList<>();

  private TreeWalker(Catalog catalog, ParseText text) {
    this.frames = new Frames(catalog);
    this.catalog = catalog;
    this.text = text;
  }

  static Tree walk(Statement statement, Catalog catalog, ParseText text) {
    TreeWalker walker = new TreeWalker(catalog, text);
    walker.visit(statement);
    return new Tree(
        walker.found,
        walker.markers,
        walker.inList,
        walker.unchecked,
        walker.otherSources,
        walker.withNames);
  }

  private void visit(Object node) {
    if (node == null) {
      return;
    }
    if (!isAst(node.getClass())) {
      if (node instanceof Iterable<?> items) {
        items.forEach(this::visit);
      } else if (node instanceof Map<?, ?> map) {
        map.keySet().forEach(this::visit);
        map.values().forEach(this::visit);
      } else if (node instanceof Object[] array) {
        for (Object item : array) {
          visit(item);
        }
      }
      return;
    }
    if (node instanceof Enum<?> || !seen.add(node)) {
      return;
    }
    Frame frame = enter(node);
    if (frame != null) {
      stack.push(frame);
      found.add(frame);
    }
    note(node);
    fields(node);
    if (node instanceof Iterable<?> items) {
      // ExpressionList is an ArrayList: its items are not in fields of its own.
      items.forEach(this::visit);
    }
    if (frame != null) {
      stack.pop();
    }
  }

  /** The frame that the node opens, if it is a SELECT, UPDATE, DELETE or INSERT. */
  private Frame enter(Object node) {
    Frame parent = stack.peek();
    Frame frame = null;
    if (node instanceof PlainSelect select) {
      frame = frames.of(select, parent);
    } else if (node instanceof Update update) {
      frame = frames.of(update, parent);
    } else if (node instanceof Delete delete) {
      frame = frames.of(delete, parent);
      if (delete.getTables() != null) {
        accounted.addAll(delete.getTables());
      }
    } else if (node instanceof Insert insert) {
      frame = new Frame(QueryKind.INSERT, insert, parent);
      accounted.add(insert.getTable());
    }
    if (frame != null) {
      frame.refs().forEach(r -> accounted.add(r.table()));
    }
    return frame;
  }

  private void note(Object node) {
    if (node instanceof Column column && text.placeholder(column.getColumnName()) != null) {
      markers.put(column, stack.peek());
    } else if (node instanceof InExpression in
        && in.getRightExpression() instanceof ParenthesedExpressionList<?> list) {
      for (Object item : list) {
        if (item instanceof JdbcParameter p && p.isUseFixedIndex()) {
          inList.add(p.getIndex());
        }
      }
    } else if (node instanceof Table table && !accounted.contains(table)) {
      if (catalog.find(table).isPresent()) {
        unchecked.add(table);
      }
    } else if (node instanceof WithItem<?> with && with.getAlias() != null) {
      String name = Identifiers.unquote(with.getAlias().getName());
      withNames.add(name);
      otherSources.put(name.toLowerCase(Locale.ROOT), "the WITH query " + name);
    } else if (node instanceof FromItem item
        && !(node instanceof Table)
        && item.getAlias() != null) {
      String name = Identifiers.unquote(item.getAlias().getName());
      otherSources.put(name.toLowerCase(Locale.ROOT), "the subquery " + name);
    }
  }

  private void fields(Object node) {
    for (Class<?> c = node.getClass(); c != null && isAst(c); c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        if (Modifier.isStatic(field.getModifiers())
            || field.getType().isPrimitive()
            || field.getType() == Alias.class
            || NOT_READS.contains(c.getSimpleName() + "." + field.getName())) {
          continue;
        }
        visit(read(field, node));
      }
    }
  }

  private static Object read(Field field, Object node) {
    try {
      field.setAccessible(true);
      return field.get(node);
    } catch (IllegalAccessException | RuntimeException e) {
      throw new IllegalStateException(
          "Cannot read " + field + " of JSqlParser's tree; is JSqlParser on the processor path?",
          e);
    }
  }

  /** Whether the class is one of JSqlParser's tree nodes, not its parser's own state. */
  private static boolean isAst(Class<?> c) {
    String name = c.getName();
    return name.startsWith(AST_PACKAGE) && !name.startsWith(PARSER_PACKAGE);
  }
}
