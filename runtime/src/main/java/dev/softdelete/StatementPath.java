package dev.softdelete;

/**
 * Which way a generated repository runs its statements; set with {@code
 * SoftDeleteConfig.setStatementPath}.
 */
public enum StatementPath {
  /**
   * Jdbi's statement pipeline when the handle has something that watches it: a {@code SqlLogger}
   * other than {@code SqlLogger.NOP_SQL_LOGGER}, a query timeout, or a JFR recording of Jdbi's
   * statement event; plain JDBC otherwise. Decided per call from the handle's configuration, so a
   * logger set later counts. Statement customizers and context listeners (how tracing plugins such
   * as jdbi3-opentelemetry hook in) cannot be seen through Jdbi's public API: set {@link #JDBI} for
   * them.
   */
  AUTO,

  /**
   * Always Jdbi's pipeline ({@code createQuery}, {@code createUpdate}, {@code prepareBatch}): every
   * statement reaches Jdbi's loggers, customizers, timeout, context listeners and JFR events.
   */
  JDBI,

  /** Always plain JDBC on the handle's connection, whatever the handle has configured. */
  JDBC
}
