package dev.softdelete.benchmarks.compare;

import dev.softdelete.benchmarks.db.Seed;
import java.sql.SQLException;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Before each iteration of a purge benchmark (one purge per iteration), {@link #purgeRows} dead rows
 * deleted before the cutoff are added to the {@link Users} table; after it, the harness checks that the
 * purge removed exactly those.
 */
@State(Scope.Thread)
public class Purgeable {
  @Param("100000")
  public int purgeRows;

  /** Set by the benchmark: how many rows its purge deleted. */
  public int purged;

  private long counter = 20_000_000L;

  @Setup(Level.Iteration)
  public void fill(Users users) throws SQLException {
    Seed.insertPurgeable(users.connection, users.db, counter, purgeRows);
    Seed.analyze(users.connection, users.db, "users");
    counter += purgeRows;
    purged = -1;
  }

  @TearDown(Level.Iteration)
  public void check() {
    if (purged != purgeRows) {
      throw new IllegalStateException("purged " + purged + " rows, expected " + purgeRows);
    }
  }
}
