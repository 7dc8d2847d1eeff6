package dev.softdelete.it.hooks;

import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;

/** A SqlLogger that keeps what Jdbi tells it of each statement after it ran, or failed. */
final class RecordingLogger implements SqlLogger {
  /** One statement as a SqlLogger sees it: its name, SQL, bound values, and whether it failed. */
  record Seen(String group, String name, String sql, String binding, boolean failed) {}

  final List<Seen> seen = new CopyOnWriteArrayList<>();

  @Override
  public void logAfterExecution(StatementContext ctx) {
    seen.add(seen(ctx, false));
  }

  @Override
  public void logException(StatementContext ctx, SQLException ex) {
    seen.add(seen(ctx, true));
  }

  private static Seen seen(StatementContext ctx, boolean failed) {
    return new Seen(
        (String) ctx.getAttribute("_jdbi_statement_group"),
        (String) ctx.getAttribute("_jdbi_statement_name"),
        ctx.getRenderedSql(),
        String.valueOf(ctx.getBinding()),
        failed);
  }

  /** What was seen of the statements of one repository method. */
  List<Seen> of(String name) {
    return seen.stream().filter(s -> name.equals(s.name())).collect(Collectors.toList());
  }

  void clear() {
    seen.clear();
  }
}
