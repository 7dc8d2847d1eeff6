package dev.softdelete;

import java.time.Clock;
import java.util.Objects;
import org.jdbi.v3.core.config.JdbiConfig;

/**
 * Jdbi configuration of the generated repositories. A repository reads it once, when it is created
 * (attached to a handle, or made on demand), so later changes reach repositories created later.
 */
public final class SoftDeleteConfig implements JdbiConfig<SoftDeleteConfig> {
  private Clock clock;

  public SoftDeleteConfig() {
    this.clock = Clock.systemUTC();
  }

  private SoftDeleteConfig(SoftDeleteConfig other) {
    this.clock = other.clock;
  }

  /** The clock that stamps deleted-at. By default {@link Clock#systemUTC()}. */
  public Clock clock() {
    return clock;
  }

  public SoftDeleteConfig setClock(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
    return this;
  }

  @Override
  public SoftDeleteConfig createCopy() {
    return new SoftDeleteConfig(this);
  }
}
