package dev.softdelete.jdbi;

import dev.softdelete.Dialect;
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
  /**
   * The dialect found on the first connection asked, shared by this configuration and its copies (a
   * Jdbi's handles get copies), so that the database is asked once per Jdbi, not once per handle.
   */
  private AtomicReference<Dialect> detected;

  public SoftDeleteConfig() {
    this.clock = Clock.systemUTC();
    this.detected = new AtomicReference<>();
  }

  private SoftDeleteConfig(SoftDeleteConfig other) {
    this.clock = other.clock;
    this.dialect = other.dialect;
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
