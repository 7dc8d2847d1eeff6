package dev.softdelete.schema;

import dev.softdelete.Dialect;
import dev.softdelete.schema.SchemaProblem.Severity;
import java.util.List;
import java.util.Objects;

/**
 * What {@link SchemaVerifier#verify} found: every problem of every table it was given, in the order
 * of the tables, or none. Immutable. Its problems are {@linkplain #errors() errors}, which break soft
 * deletion, and {@linkplain #warnings() warnings}, missing indexes that make some queries slow; the
 * schema keeps the contract ({@link #ok()}) when there is no error.
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

  /** The problems that break soft deletion, in report order. */
  public List<SchemaProblem> errors() {
    return problems.stream().filter(problem -> problem.severity() == Severity.ERROR).toList();
  }

  /** The missing indexes that make some of the repository's queries slow, in report order. */
  public List<SchemaProblem> warnings() {
    return problems.stream().filter(problem -> problem.severity() == Severity.WARNING).toList();
  }

  /**
   * Whether the schema keeps the contract: no error was found. Warnings do not count; {@code
   * problems().isEmpty()} says whether there is none of either.
   */
  public boolean ok() {
    return errors().isEmpty();
  }

  /**
   * A summary line, then one line per problem:
   *
   * <pre>
   * 3 soft-delete schema problems (2 errors, 1 warning) in users, memberships (PostgreSQL):
   * - users: KEY_INDEX_WITHOUT_LIVE: ...
   * - users: MISSING_LIVE_CHECK: ...
   * - users: LIVE_INDEX_MISSING (warning): ...
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
            .append(problems.size() == 1 ? " soft-delete schema problem" : " soft-delete schema problems")
            .append(counts())
            .append(" in ")
            .append(where)
            .append(':');
    for (SchemaProblem problem : problems) {
      text.append("\n- ").append(problem.table()).append(": ").append(problem);
    }
    return text.toString();
  }

  /** {@code (2 errors, 1 warning)}; empty when every problem is an error, as before warnings existed. */
  private String counts() {
    int warnings = warnings().size();
    if (warnings == 0) {
      return "";
    }
    int errors = problems.size() - warnings;
    return " (" + errors + (errors == 1 ? " error, " : " errors, ")
        + warnings + (warnings == 1 ? " warning)" : " warnings)");
  }
}
