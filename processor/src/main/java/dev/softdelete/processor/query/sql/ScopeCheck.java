package dev.softdelete.processor.query.sql;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.operators.conditional.AndExpression;
import net.sf.jsqlparser.expression.operators.relational.EqualsTo;
import net.sf.jsqlparser.expression.operators.relational.ParenthesedExpressionList;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.schema.Table;

/**
 * The rule that keeps deleted rows out of user SQL: every reference to a soft-delete table carries
 * exactly one scope placeholder, and the placeholder counts only where it restricts that
 * reference's rows. That is a condition of its own, joined with AND to the WHERE or to a JOIN's ON
 * of the SELECT (UPDATE, DELETE) whose FROM names the table: under OR or NOT, in another SELECT, or
 * in the ON of an outer join that keeps the table's every row, it would let deleted rows through. A
 * {@code {columns a}} may stand in the SELECT that reads {@code a} or in one nested in it, where
 * SQL can see {@code a}.
 */
final class ScopeCheck {
  private final Tree tree;
  private final Placeholders placeholders;
  private final List<QueryProblem> problems = new ArrayList<>();
  private final Map<TableRef, List<Span.Placeholder>> scopes = new IdentityHashMap<>();
  private final Set<TableRef> misplaced = Collections.newSetFromMap(new IdentityHashMap<>());

  private ScopeCheck(Tree tree, Placeholders placeholders) {
    this.tree = tree;
    this.placeholders = placeholders;
  }

  static List<QueryProblem> check(Tree tree, Placeholders placeholders, Catalog catalog) {
    ScopeCheck check = new ScopeCheck(tree, placeholders);
    check.sameNames();
    check.withNames(catalog);
    placeholders.resolved().forEach(check::place);
    check.count();
    check.unchecked();
    return check.problems;
  }

  /** Two soft-delete references of one frame under one name: a placeholder cannot choose. */
  private void sameNames() {
    for (Frame frame : tree.frames()) {
      Map<String, List<TableRef>> byName = new LinkedHashMap<>();
      for (TableRef ref : frame.refs()) {
        if (ref.entity().isPresent()) {
          String name = ref.name().toLowerCase(Locale.ROOT);
          byName.computeIfAbsent(name, k -> new ArrayList<>()).add(ref);
        }
      }
      for (List<TableRef> refs : byName.values()) {
        if (refs.size() > 1) {
          // Which of them a placeholder scopes is unknowable: say so once, not "no scope" for each.
          misplaced.addAll(refs);
          problems.add(
              QueryProblem.of(
                  QueryProblemKind.AMBIGUOUS_ALIAS,
                  refs.get(0).placeholderName(),
                  refs.get(0).table().getName(),
                  refs.get(1).table().getName()));
        }
      }
    }
  }

  /**
   * A WITH query named like a soft-delete table would leave unclear which of the two a FROM reads.
   */
  private void withNames(Catalog catalog) {
    for (String name : tree.withNames()) {
      Optional<SoftDeleteTable> table = catalog.find(name);
      if (table.isPresent()) {
        problems.add(
            QueryProblem.of(QueryProblemKind.WITH_SHADOWS_TABLE, name, table.get().table()));
      }
    }
  }

  private void place(Span.Placeholder p, TableRef ref) {
    Placeholders.Place place = placeholders.place(p).orElse(null);
    if (!p.word().isScope()) {
      if (place != null && place.frame() != null && !place.frame().isWithin(ref.frame())) {
        problems.add(
            QueryProblem.of(QueryProblemKind.COLUMNS_NOT_VISIBLE, p.text(), ref.describe()));
      }
      return;
    }
    if (place == null || place.frame() == null) {
      misplaced(
          ref,
          QueryProblem.of(QueryProblemKind.SCOPE_NOT_ANDED, p.text(), ref.describe(), p.text()));
      return;
    }
    if (place.frame() != ref.frame()) {
      misplaced(
          ref, QueryProblem.of(QueryProblemKind.SCOPE_IN_OTHER_SELECT, p.text(), ref.describe()));
      return;
    }
    Condition condition = conditionOf(place.frame(), place.marker());
    if (condition == null) {
      misplaced(
          ref,
          QueryProblem.of(QueryProblemKind.SCOPE_NOT_ANDED, p.text(), ref.describe(), p.text()));
    } else if (condition.restricts().stream().noneMatch(r -> r == ref)) {
      misplaced(
          ref,
          QueryProblem.of(
              QueryProblemKind.SCOPE_IN_OUTER_JOIN, p.text(), condition.clause(), ref.describe()));
    } else {
      scopes.computeIfAbsent(ref, r -> new ArrayList<>()).add(p);
    }
  }

  private void misplaced(TableRef ref, QueryProblem problem) {
    misplaced.add(ref);
    problems.add(problem);
  }

  private void count() {
    for (TableRef ref : tree.softDeleteRefs()) {
      List<Span.Placeholder> found = scopes.getOrDefault(ref, List.of());
      String name = ref.placeholderName();
      if (found.isEmpty() && !misplaced.contains(ref)) {
        problems.add(
            QueryProblem.of(
                QueryProblemKind.MISSING_SCOPE,
                ref.describe(),
                name,
                name,
                name,
                ref.frame().scopePlace()));
      } else if (found.size() > 1) {
        problems.add(
            QueryProblem.of(
                QueryProblemKind.DUPLICATE_SCOPE,
                ref.describe(),
                found.size(),
                found.stream().map(Span.Placeholder::text).collect(Collectors.joining(", "))));
      }
    }
  }

  private void unchecked() {
    for (Table table : tree.unchecked()) {
      problems.add(
          QueryProblem.of(QueryProblemKind.UNCHECKED_TABLE, table.getFullyQualifiedName()));
    }
  }

  /** The condition of the frame that has the marker as one of its AND-ed terms, if any. */
  private static Condition conditionOf(Frame frame, Column marker) {
    for (Condition condition : frame.conditions()) {
      List<Expression> terms = new ArrayList<>();
      terms(condition.root(), terms);
      for (Expression term : terms) {
        if (term instanceof EqualsTo eq && eq.getLeftExpression() == marker) {
          return condition;
        }
      }
    }
    return null;
  }

  /** The AND-ed terms; JSqlParser 5 reads {@code (x)} in a condition as a list of one. */
  private static void terms(Expression e, List<Expression> out) {
    if (e instanceof AndExpression and) {
      terms(and.getLeftExpression(), out);
      terms(and.getRightExpression(), out);
    } else if (e instanceof ParenthesedExpressionList<?> list && list.size() == 1) {
      terms(list.get(0), out);
    } else {
      out.add(e);
    }
  }
}
