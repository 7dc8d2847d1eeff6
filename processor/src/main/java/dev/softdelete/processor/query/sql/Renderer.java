package dev.softdelete.processor.query.sql;

import dev.softdelete.Dialect;
import dev.softdelete.internal.ddl.LiveColumn;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes the user's SQL for one dialect, substituting in the user's own text rather than printing
 * the parsed tree, so that what runs is what was written, comments and spelling kept:
 *
 * <ul>
 *   <li>{@code {alive a}}: {@code a.live = TRUE} ({@code = 1} on SQL Server and Oracle, which have
 *       no boolean type; the literal is the runtime's, shared with the DDL);
 *   <li>{@code {dead a}}: {@code a.live IS NULL};
 *   <li>{@code {any a}}: {@code 1 = 1}, true on every database;
 *   <li>{@code {columns a}}: {@code a.id, a.author_id, ...}, the entity's select list;
 *   <li>{@code :name}: {@code ?}, or a gap between fragments for a collection.
 * </ul>
 *
 * <p>The qualifier is the alias as written, or the table's name as written; an unqualified
 * placeholder is qualified too, so that it cannot become ambiguous beside a table of another
 * entity.
 */
final class Renderer {
  private Renderer() {}

  static RenderedSql render(
      String sql,
      List<Span> spans,
      Map<Span.Placeholder, TableRef> resolved,
      Map<String, QueryParameter> parameters,
      Dialect dialect) {
    List<String> fragments = new ArrayList<>();
    StringBuilder fragment = new StringBuilder();
    int at = 0;
    for (Span span : spans) {
      fragment.append(sql, at, span.start());
      at = span.end();
      if (span instanceof Span.Placeholder p) {
        fragment.append(placeholder(p, resolved.get(p), dialect));
      } else if (span instanceof Span.Parameter p && parameters.get(p.name()).collection()) {
        fragments.add(fragment.toString());
        fragment.setLength(0);
      } else if (span instanceof Span.Parameter) {
        fragment.append('?');
      } else {
        throw new IllegalStateException("Rendering SQL that has problems: " + span);
      }
    }
    fragment.append(sql, at, sql.length());
    fragments.add(fragment.toString());
    return new RenderedSql(fragments);
  }

  private static String placeholder(Span.Placeholder p, TableRef ref, Dialect dialect) {
    SoftDeleteTable table = ref.entity().orElseThrow();
    String q = ref.qualifier() + ".";
    return switch (p.word()) {
      case ALIVE -> q + table.liveColumn() + " = " + LiveColumn.trueLiteral(dialect);
      case DEAD -> q + table.liveColumn() + " IS NULL";
      case ANY -> "1 = 1";
      case COLUMNS ->
          table.selectColumns().stream().map(c -> q + c).collect(Collectors.joining(", "));
    };
  }
}
