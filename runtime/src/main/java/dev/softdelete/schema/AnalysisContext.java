package dev.softdelete.schema;

import dev.softdelete.Dialect;
import dev.softdelete.TableDefinition;
import dev.softdelete.schema.SchemaProblem.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What the analyses of one table share: the entity's definition, the table as the catalog read it,
 * the database that evaluates its expressions, the fixes in its dialect, and the problems found so
 * far, in the order they are reported.
 */
record AnalysisContext(
    Dialect dialect,
    TableDefinition definition,
    TableInfo table,
    DatabaseEvaluator evaluator,
    SchemaFixes fix,
    List<SchemaProblem> problems) {

  /** The table, as the entity names it. */
  String name() {
    return definition.table();
  }

  String live() {
    return definition.liveColumn();
  }

  String deletedAt() {
    return definition.deletedAtColumn();
  }

  void add(Kind kind, String subject, String message) {
    problems.add(new SchemaProblem(name(), kind, subject, message));
  }

  /** The table's indexes, unique and not, in one list. */
  List<IndexInfo> indexes() {
    List<IndexInfo> all = new ArrayList<>(table.plainIndexes());
    all.addAll(table.uniqueIndexes());
    return all;
  }

  /**
   * A fix that creates an index: its statement, after the drop of an index that already has its
   * name (and does not serve, or the index would not be reported).
   */
  String createIndex(String index, String statement) {
    Optional<IndexInfo> taken =
        indexes().stream().filter(i -> i.name().equalsIgnoreCase(index)).findFirst();
    return taken.map(i -> fix.dropIndex(name(), i) + "; ").orElse("") + statement;
  }

  /** Notes on indexes that came close, in parentheses, for a warning's message; empty without. */
  static String notes(List<String> notes) {
    return notes.isEmpty() ? "" : " (" + String.join("; ", notes) + ")";
  }

  /**
   * Whether the SQL names the column as a whole word, ignoring case. Only to choose which notes a
   * problem's message carries; what a CHECK or an index does is the database's to say.
   */
  static boolean mentions(String sql, String column) {
    return Pattern.compile("(?<![\\w$])" + Pattern.quote(column.toLowerCase(Locale.ROOT)) + "(?![\\w$])")
        .matcher(sql.toLowerCase(Locale.ROOT))
        .find();
  }

  /** The first line of a database's error message, for a note inside a one-line problem. */
  static String firstLine(Exception e) {
    String message = String.valueOf(e.getMessage()).strip();
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline).strip();
  }
}
