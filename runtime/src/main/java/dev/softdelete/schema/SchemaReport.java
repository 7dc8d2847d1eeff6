package dev.softdelete.schema;

import dev.softdelete.Dialect;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What {@link SchemaVerifier#verify} found: every problem of every table it was given, in the order
 * of the tables, or none. Immutable.
 */
public final class SchemaReport {
  private final Dialect dialect;
  private final List<String> tables;
  private final List<SchemaProblem> problems;

  /**
   * @param dialect the dialect the database was read as
   * @param tables the tables that were verified, as their definitions name them
   * @param problems the problems found, in the order to report them
   */
  public SchemaReport(Dialect dialect, List<String> tables, List<SchemaProblem> problems) {
    this.dialect = Objects.requireNonNull(dialect, "dialect");
    this.tables = List.copyOf(tables);
    this.problems = List.copyOf(problems);
  }

  /** The dialect the database was read as. */
  public Dialect dialect() {
    return dialect;
  }

  /** The tables that were verified. */
  public List<String> tables() {
    return tables;
  }

  /** Every problem found, grouped by table in the order the tables were given. */
  public List<SchemaProblem> problems() {
    return problems;
  }

  /** The problems of one table (compared ignoring case). */
  public List<SchemaProblem> problems(String table) {
    List<SchemaProblem> found = new ArrayList<>();
    for (SchemaProblem problem : problems) {
      if (problem.table().equalsIgnoreCase(table)) {
        found.add(problem);
      }
    }
    return List.copyOf(found);
  }

  /** Whether the schema keeps the contract: no problem was found. */
  public boolean ok() {
    return problems.isEmpty();
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof SchemaReport)) {
      return false;
    }
    SchemaReport other = (SchemaReport) o;
    return dialect == other.dialect && tables.equals(other.tables) && problems.equals(other.problems);
  }

  @Override
  public int hashCode() {
    return Objects.hash(dialect, tables, problems);
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
