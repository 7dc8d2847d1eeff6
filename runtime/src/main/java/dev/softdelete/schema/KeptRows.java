package dev.softdelete.schema;

import dev.softdelete.schema.SampleSql.Sample;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * Which rows an index holds, of a live row and of a dead one, as its WHERE clause decides: the
 * database evaluates the clause over one sample row of each, as {@link KeyAnalysis} does for unique
 * indexes. An index without a WHERE clause holds both; a clause the database cannot evaluate over
 * the live and deleted-at columns alone (it names other columns) counts as holding neither, so that
 * no index is taken to serve a query it may not.
 *
 * @param live whether the index holds live rows
 * @param dead whether it holds dead rows
 */
record KeptRows(boolean live, boolean dead) {
  static final KeptRows ALL = new KeptRows(true, true);
  static final KeptRows NONE = new KeptRows(false, false);

  static KeptRows of(AnalysisContext context, IndexInfo index) {
    if (index.predicate() == null) {
      return ALL;
    }
    TableInfo table = context.table();
    String live = table.column(context.live()).orElseThrow().name();
    String deletedAt = table.column(context.deletedAt()).orElseThrow().name();
    String l = SchemaCatalog.lower(live);
    String d = SchemaCatalog.lower(deletedAt);
    List<Map<String, Sample>> rows =
        List.of(Map.of(l, Sample.TRUE, d, Sample.NULL), Map.of(l, Sample.NULL, d, Sample.FIRST));
    try {
      List<List<Boolean>> truths =
          context
              .evaluator()
              .truths(table.name(), List.of(live, deletedAt), rows, List.of(index.predicate()));
      return new KeptRows(
          Boolean.TRUE.equals(truths.get(0).get(0)), Boolean.TRUE.equals(truths.get(1).get(0)));
    } catch (SQLException e) {
      return NONE;
    }
  }
}
