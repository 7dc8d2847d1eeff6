package dev.softdelete.schema;

import dev.softdelete.Dialect;
import java.util.List;
import java.util.Objects;

/**
 * What {@link SchemaVerifier#verify} found: every problem of every table it was given, in the order
 * of the tables, or none. Immutable.
 *
 * @param dialect the dialect the database was read as
 * @param tables the tables that were verified, as their definitions name them
 * @param problems every problem found, grouped by table in the order the tables were given
 */
public record SchemaReport(Dialect dialect, List<String> tables, List<SchemaProblem> problems) {
  /** Copies the lists, so that the report stays as it was made. */
  public SchemaReport {
    Objects.requireNonNull(dialect, "dialect");
    tables = List.copyOf(tables);
    problems = List.copyOf(problems);
  }

  /** The problems of one table (compared ignoring case). */
  public List<SchemaProblem> problems(String table) {
    return problems.stream().filter(problem -> problem.table().equalsIgnoreCase(table)).toList();
  }

  /** Whether the schema keeps the contract: no problem was found. */
  public boolean ok() {
    return problems.isEmpty();
  }

  /**
   * A summary line, then one line per problem:
   *
   * <pre>
   * 2 soft-delete schema problems in users, memberships (PostgreSQL):
   * - users: KEY_INDEX_WITHOUT_LIVE: ...
   * - users: MISSING_LIVE_CHECK: ...
   * </pre>
   */
  @Override
  public String toString() {
    String where = String.join(", ", tables) + " (" + dialect.displayName() + ")";
    if (problems.isEmpty()) {
      return "No soft-delete schema problems in " + where;
    }
    StringBuilder text =
        new StringBuilder()
            .append(problems.size())
            .append(problems.size() == 1 ? " soft-delete schema problem in " : " soft-delete schema problems in ")
            .append(where)
            .append(':');
    for (SchemaProblem problem : problems) {
      text.append("\n- ").append(problem.table()).append(": ").append(problem);
    }
    return text.toString();
  }
}
