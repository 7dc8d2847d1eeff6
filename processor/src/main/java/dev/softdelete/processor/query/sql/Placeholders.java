package dev.softdelete.processor.query.sql;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import net.sf.jsqlparser.schema.Column;

/**
 * Which table reference each placeholder names, and where it stands. {@code {alive a}} names the
 * reference called {@code a} (its alias, or its table name without one) nearest to where it stands:
 * in its own SELECT, then the SELECTs around it, then anywhere, so that a placeholder in the wrong
 * SELECT is reported as such rather than as an unknown alias. {@code {alive}} names the query's one
 * soft-delete table reference.
 */
final class Placeholders {
  /** Where a placeholder stands: its marker in the tree, and the frame that holds it. */
  record Place(Column marker, Frame frame) {}

  private final Map<Span.Placeholder, TableRef> resolved = new LinkedHashMap<>();
  private final Map<Span.Placeholder, Place> places = new LinkedHashMap<>();
  private final List<QueryProblem> problems = new ArrayList<>();

  Placeholders(List<Span> spans, Tree tree, ParseText text) {
    tree.markers()
        .forEach(
            (column, frame) -> {
              Span.Placeholder p = text.placeholder(column.getColumnName());
              places.put(p, new Place(column, frame));
            });
    for (Span span : spans) {
      if (span instanceof Span.Placeholder p) {
        resolve(p, tree);
      }
    }
  }

  /** The reference each placeholder names, for those that name one. */
  Map<Span.Placeholder, TableRef> resolved() {
    return resolved;
  }

  /** Where the placeholder stands; empty if the parser kept no trace of it. */
  Optional<Place> place(Span.Placeholder p) {
    return Optional.ofNullable(places.get(p));
  }

  List<QueryProblem> problems() {
    return problems;
  }

  private void resolve(Span.Placeholder p, Tree tree) {
    List<TableRef> softDelete = tree.softDeleteRefs();
    if (p.alias().isEmpty()) {
      if (softDelete.size() == 1) {
        resolved.put(p, softDelete.get(0));
      } else {
        problems.add(
            QueryProblem.of(
                QueryProblemKind.NO_SINGLE_TABLE,
                p.text(),
                describe(softDelete),
                singleTableFix(p, softDelete)));
      }
      return;
    }
    String name = Identifiers.unquote(p.alias().get());
    Frame frame = place(p).map(Place::frame).orElse(null);
    Optional<TableRef> named =
        tree.refs().stream()
            .filter(r -> Identifiers.same(r.name(), name))
            .min(
                Comparator.comparingInt((TableRef r) -> distance(frame, r.frame()))
                    .thenComparing(r -> r.entity().isEmpty()));
    if (named.isPresent() && named.get().entity().isPresent()) {
      resolved.put(p, named.get());
    } else if (named.isPresent()) {
      problems.add(
          QueryProblem.of(
              QueryProblemKind.NOT_SOFT_DELETE_TABLE,
              p.text(),
              describeOther(named.get(), tree),
              softDeleteHint(softDelete)));
    } else if (tree.otherSources().containsKey(name.toLowerCase(Locale.ROOT))) {
      problems.add(
          QueryProblem.of(
              QueryProblemKind.NOT_SOFT_DELETE_TABLE,
              p.text(),
              tree.otherSources().get(name.toLowerCase(Locale.ROOT)),
              softDeleteHint(softDelete)));
    } else {
      problems.add(
          QueryProblem.of(
              QueryProblemKind.UNKNOWN_ALIAS, p.text(), p.alias().get(), aliasHint(softDelete)));
    }
  }

  /** A reference to a table of no entity: a WITH query read by name, or a plain table. */
  private static String describeOther(TableRef ref, Tree tree) {
    String name = Identifiers.unquote(ref.table().getName()).toLowerCase(Locale.ROOT);
    if (ref.table().getSchemaName() == null
        && tree.withNames().stream().anyMatch(w -> w.equalsIgnoreCase(name))) {
      String alias =
          ref.table().getAlias() == null ? "" : " (alias " + ref.table().getAlias().getName() + ")";
      return tree.otherSources().get(name) + alias;
    }
    return "table " + ref.describe();
  }

  /** 0 for the placeholder's own frame, 1 for the one around it..., and far for any other. */
  private static int distance(Frame from, Frame to) {
    int d = 0;
    for (Frame f = from; f != null; f = f.parent(), d++) {
      if (f == to) {
        return d;
      }
    }
    return Integer.MAX_VALUE;
  }

  static String describe(List<TableRef> refs) {
    if (refs.isEmpty()) {
      return "none";
    }
    return refs.stream().map(TableRef::describe).collect(Collectors.joining(", "));
  }

  private static String singleTableFix(Span.Placeholder p, List<TableRef> softDelete) {
    if (softDelete.isEmpty()) {
      return "Placeholders apply to the tables of @SoftDeleteEntity records; remove it.";
    }
    return "Name the table's alias: `{"
        + p.word().word()
        + " "
        + softDelete.get(0).placeholderName()
        + "}`.";
  }

  private static String softDeleteHint(List<TableRef> softDelete) {
    return softDelete.isEmpty()
        ? "this query reads no soft-delete table."
        : "its soft-delete tables are " + describe(softDelete) + ".";
  }

  private static String aliasHint(List<TableRef> softDelete) {
    return softDelete.isEmpty()
        ? "It reads no soft-delete table."
        : "Its soft-delete tables are " + describe(softDelete) + ".";
  }
}
