package dev.softdelete.jdbi;

import dev.softdelete.Dialect;
import dev.softdelete.StatementPath;
import java.sql.Connection;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.jdbi.v3.core.config.JdbiConfig;

/**
 * Jdbi configuration of the generated repositories. A repository reads it when it is created
 * (attached to a handle, or made on demand), so later changes reach repositories created later.
 */
public final class SoftDeleteConfig implements JdbiConfig<SoftDeleteConfig> {
  private Clock clock;
  private Dialect dialect;
  private StatementPath statementPath;
  /**
   * The dialect found on the first connection asked, shared by this configuration and its copies (a
   * Jdbi's handles get copies), so that the database is asked once per Jdbi, not once per handle.
   */
  private AtomicReference<Dialect> detected;

  public SoftDeleteConfig() {
    this.clock = Clock.systemUTC();
    this.statementPath = defaultStatementPath();
    this.detected = new AtomicReference<>();
  }

  private SoftDeleteConfig(SoftDeleteConfig other) {
    this.clock = other.clock;
    this.dialect = other.dialect;
    this.statementPath = other.statementPath;
    this.detected = other.detected;
  }

  /** The clock that stamps deleted-at. By default {@link Clock#systemUTC()}. */
  public Clock clock() {
    return clock;
  }

  public SoftDeleteConfig setClock(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
    return this;
  }

  /**
   * The system property {@value #STATEMENT_PATH_PROPERTY} ({@code AUTO}, {@code JDBI} or {@code
   * JDBC}) sets the default path of every new Jdbi, without a line of code: to see every statement
   * of a running service in its tracing, or to run a test suite on the Jdbi path.
   */
  public static final String STATEMENT_PATH_PROPERTY = "softdelete.statementPath";

  private static StatementPath defaultStatementPath() {
    String path = System.getProperty(STATEMENT_PATH_PROPERTY);
    return path == null || path.isBlank() ? StatementPath.AUTO : StatementPath.valueOf(path.trim());
  }

  /**
   * Which way repositories run their statements: {@link StatementPath#AUTO} unless the system
   * property {@value #STATEMENT_PATH_PROPERTY} says otherwise.
   */
  public StatementPath statementPath() {
    return statementPath;
  }

  /**
   * Sends every statement through Jdbi's pipeline ({@link StatementPath#JDBI}), never ({@link
   * StatementPath#JDBC}), or when the handle has a SqlLogger, a query timeout or a JFR recording of
   * Jdbi's statement event ({@link StatementPath#AUTO}). Set JDBI for statement customizers and
   * context listeners, such as those of jdbi3-opentelemetry, which AUTO cannot see.
   */
  public SoftDeleteConfig setStatementPath(StatementPath statementPath) {
    this.statementPath = Objects.requireNonNull(statementPath, "statementPath");
    return this;
  }

  /**
   * Sets the dialect instead of reading it from the connection's metadata: for a database that speaks
   * one of the dialects under another name, such as H2 in a compatibility mode.
   */
  public SoftDeleteConfig setDialect(Dialect dialect) {
    this.dialect = Objects.requireNonNull(dialect, "dialect");
    return this;
  }

  /** The dialect set with {@link #setDialect}, or else that of the database, asked once. */
  public Dialect dialect(Connection connection) {
    if (dialect != null) {
      return dialect;
    }
    Dialect known = detected.get();
    if (known == null) {
      known = Dialect.of(connection);
      detected.compareAndSet(null, known);
    }
    return known;
  }

  @Override
  public SoftDeleteConfig createCopy() {
    return new SoftDeleteConfig(this);
  }
}
