package dev.softdelete.processor.query.sql;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Matches the SQL's {@code :name}s with the method's parameters, by exact name as Java spells it:
 * each name must be a parameter, each parameter must be used, and a collection may only be an item
 * of an IN list, where the renderer expands it.
 */
final class ParameterCheck {
  private ParameterCheck() {}

  static List<QueryProblem> check(ParseText text, Tree tree, List<QueryParameter> parameters) {
    Map<String, QueryParameter> byName = byName(parameters);
    List<QueryProblem> problems = new ArrayList<>();
    Set<String> used = new LinkedHashSet<>();
    Set<String> unknown = new LinkedHashSet<>();
    Set<String> outsideIn = new LinkedHashSet<>();
    List<Span> spans = text.parameters();
    for (int i = 0; i < spans.size(); i++) {
      if (!(spans.get(i) instanceof Span.Parameter p)) {
        continue;
      }
      QueryParameter declared = byName.get(p.name());
      if (declared == null) {
        unknown.add(p.name());
      } else {
        used.add(p.name());
        if (declared.collection() && !tree.inListParameters().contains(i + 1)) {
          outsideIn.add(p.name());
        }
      }
    }
    String names =
        byName.isEmpty()
            ? "it has none"
            : "its parameters are " + byName.keySet().stream().collect(Collectors.joining(", "));
    unknown.forEach(
        n -> problems.add(QueryProblem.of(QueryProblemKind.UNKNOWN_PARAMETER, n, names, n)));
    outsideIn.forEach(
        n -> problems.add(QueryProblem.of(QueryProblemKind.COLLECTION_OUTSIDE_IN, n, n)));
    byName.keySet().stream()
        .filter(n -> !used.contains(n))
        .forEach(n -> problems.add(QueryProblem.of(QueryProblemKind.UNUSED_PARAMETER, n, n)));
    return problems;
  }

  static Map<String, QueryParameter> byName(List<QueryParameter> parameters) {
    Map<String, QueryParameter> byName = new LinkedHashMap<>();
    parameters.forEach(p -> byName.putIfAbsent(p.name(), p));
    return byName;
  }
}
