package dev.softdelete.schema;

import static dev.softdelete.schema.SampleSql.Sample.FALSE;
import static dev.softdelete.schema.SampleSql.Sample.FIRST;
import static dev.softdelete.schema.SampleSql.Sample.NULL;
import static dev.softdelete.schema.SampleSql.Sample.TRUE;

import dev.softdelete.schema.SampleSql.Sample;
import dev.softdelete.schema.SchemaProblem.Kind;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Judges a table's CHECK constraints by what the database says they do with the rows soft deletion
 * writes and the rows it must keep out: whether one refuses live or dead rows, whether together they
 * keep FALSE out of the live column, and whether they tie the live column to deleted-at. So a CHECK
 * counts by what it does, not by its name or spelling.
 *
 * <p>A CHECK is first evaluated over rows that have only the live and deleted-at columns. If the
 * database refuses it there, it names other columns too, and it is evaluated again over rows that
 * have all the table's columns, the others NULL: {@code (live IS NULL OR live = TRUE) AND
 * length(name) > 0} still refuses FALSE (FALSE AND UNKNOWN is FALSE) and lets live rows in (TRUE AND
 * UNKNOWN is UNKNOWN, which a CHECK lets pass). One that then refuses every sample row refuses
 * the NULLs in its other columns, not a state of soft deletion, and is left alone.
 */
final class CheckAnalysis {
  /** The states of the live and deleted-at columns that the CHECKs are asked about. */
  private enum State {
    LIVE(TRUE, NULL),
    DEAD(NULL, FIRST),
    FALSE_UNSTAMPED(FALSE, NULL),
    FALSE_STAMPED(FALSE, FIRST),
    DEAD_UNSTAMPED(NULL, NULL),
    LIVE_STAMPED(TRUE, FIRST);

    final Sample live;
    final Sample deletedAt;

    State(Sample live, Sample deletedAt) {
      this.live = live;
      this.deletedAt = deletedAt;
    }
  }

  private final AnalysisContext context;
  private final String live;
  private final String deletedAt;

  CheckAnalysis(AnalysisContext context) {
    this.context = context;
    this.live = context.live();
    this.deletedAt = context.deletedAt();
  }

  void run(boolean hasLive, boolean hasDeletedAt) {
    SchemaFixes fix = context.fix();
    String name = context.name();
    // The CHECKs together refuse a row when any of them is FALSE for it.
    List<List<Boolean>> counted = new ArrayList<>();
    List<String> liveNotes = new ArrayList<>();
    List<String> deletedAtNotes = new ArrayList<>();
    for (CheckInfo check : context.table().checks()) {
      boolean mentionsLive = AnalysisContext.mentions(check.clause(), live);
      boolean mentions = mentionsLive || AnalysisContext.mentions(check.clause(), deletedAt);
      List<String> notes = mentionsLive ? liveNotes : deletedAtNotes;
      String shown = "CHECK " + check.name() + " (" + check.clause().trim() + ")";
      if (!check.enforced()) {
        if (mentions) {
          notes.add(shown + " is not enforced");
        }
        continue;
      }
      Optional<List<Boolean>> verdicts;
      try {
        verdicts = verdicts(check);
      } catch (SQLException e) {
        if (mentions) {
          notes.add(shown + " could not be evaluated: " + AnalysisContext.firstLine(e));
        }
        continue;
      }
      if (verdicts.isEmpty()) {
        continue;
      }
      boolean refusesLive = refuses(verdicts.get(), State.LIVE);
      boolean refusesDead = refuses(verdicts.get(), State.DEAD);
      if (!refusesLive && !refusesDead) {
        // A CHECK reported below is to be dropped, so it cannot stand in for a missing one.
        counted.add(verdicts.get());
        continue;
      }
      context.add(
          Kind.CHECK_REJECTS_VALID_ROWS,
          check.name(),
          "CHECK " + check.name() + " of " + name + " (" + check.clause().trim() + ") refuses "
              + (refusesLive && refusesDead
                  ? "both live rows and deleted rows"
                  : refusesLive
                      ? "live rows (" + live + " = " + fix.trueLiteral() + ", " + deletedAt
                          + " NULL), so inserts and restores fail"
                      : "deleted rows (" + live + " NULL, " + deletedAt + " set), so soft deletes fail")
              + ". Fix: " + fix.dropCheck(name, check.name()));
    }
    boolean forbidsFalse =
        refused(counted, State.FALSE_UNSTAMPED) && refused(counted, State.FALSE_STAMPED);
    boolean tiesDeletedAt = refused(counted, State.DEAD_UNSTAMPED) && refused(counted, State.LIVE_STAMPED);
    if (hasLive && !forbidsFalse) {
      context.add(
          Kind.MISSING_LIVE_CHECK,
          live,
          name + " has no CHECK that keeps FALSE out of " + live + found(liveNotes) + ": a row with " + live
              + " = FALSE is neither live nor dead to the repository, and the unique indexes do not"
              + " count it as live. Fix: "
              + fix.addLiveCheck(name, live));
    }
    if (hasLive && hasDeletedAt && !tiesDeletedAt) {
      context.add(
          Kind.MISSING_DELETED_AT_CHECK,
          deletedAt,
          name + " has no CHECK that makes " + live + " NULL exactly when " + deletedAt + " is set"
              + found(liveNotes, deletedAtNotes) + ": a dead row without " + deletedAt
              + " is never purged, and a live row with " + deletedAt + " set is reported as deleted. Fix: "
              + fix.addDeletedAtCheck(name, live, deletedAt));
    }
  }

  /**
   * The CHECK's truth in each state, or empty if it is about other columns only in the way described
   * in the class comment.
   *
   * @throws SQLException if the database cannot evaluate it even over all the table's columns
   */
  private Optional<List<Boolean>> verdicts(CheckInfo check) throws SQLException {
    List<String> softDeleteColumns = new ArrayList<>();
    context.table().column(live).ifPresent(c -> softDeleteColumns.add(c.name()));
    context.table().column(deletedAt).ifPresent(c -> softDeleteColumns.add(c.name()));
    try {
      return Optional.of(evaluate(check, softDeleteColumns));
    } catch (SQLException namesOtherColumns) {
      List<String> all = context.table().columns().stream().map(ColumnInfo::name).toList();
      List<Boolean> verdicts = evaluate(check, all);
      boolean refusesEveryState = Arrays.stream(State.values()).allMatch(s -> refuses(verdicts, s));
      return refusesEveryState ? Optional.empty() : Optional.of(verdicts);
    }
  }

  private List<Boolean> evaluate(CheckInfo check, List<String> columns) throws SQLException {
    List<Map<String, Sample>> rows = new ArrayList<>();
    for (State state : State.values()) {
      Map<String, Sample> row = new HashMap<>();
      row.put(SchemaCatalog.lower(live), state.live);
      row.put(SchemaCatalog.lower(deletedAt), state.deletedAt);
      rows.add(row);
    }
    return context.evaluator()
        .truths(context.table().name(), columns, rows, List.of(check.clause()))
        .stream()
        .map(row -> row.get(0))
        .toList();
  }

  private static boolean refuses(List<Boolean> verdicts, State state) {
    return Boolean.FALSE.equals(verdicts.get(state.ordinal()));
  }

  /** Whether any of the CHECKs refuses the state. */
  private static boolean refused(List<List<Boolean>> checks, State state) {
    return checks.stream().anyMatch(verdicts -> refuses(verdicts, state));
  }

  @SafeVarargs
  private static String found(List<String>... notes) {
    List<String> all = new ArrayList<>();
    for (List<String> some : notes) {
      all.addAll(some);
    }
    return all.isEmpty() ? "" : " (" + String.join("; ", all) + ")";
  }
}
