package dev.softdelete.benchmarks.observe;

import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * The cheapest SqlLogger that is not {@code SqlLogger.NOP_SQL_LOGGER}: it counts statements, so the
 * pipeline runs and the figures show its cost, not a log's.
 */
final class CountingLogger implements SqlLogger {
  long statements;

  @Override
  public void logAfterExecution(StatementContext context) {
    statements++;
  }
}
