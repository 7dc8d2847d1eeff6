package dev.softdelete.benchmarks.compare;

import dev.softdelete.benchmarks.User;
import dev.softdelete.benchmarks.db.Seed;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * What one invocation of a write benchmark works on, prepared outside the measurement: new users to
 * insert, or {@link Users#BULK} fresh live rows to soft-delete. After each invocation the rows it added
 * are deleted again, so that every invocation sees the same table. An invocation lasts a millisecond or
 * more (single inserts run {@link #INSERTS} to an invocation), long enough for per-invocation set-up.
 */
@State(Scope.Thread)
public class Batch {
  /** Single inserts per invocation of the insert benchmarks. */
  public static final int INSERTS = 100;

  public List<User> newUsers;
  public List<Long> liveIds;

  private String table;
  private boolean softDeletes;
  private int size;
  private long maxBefore;
  private long counter = 10_000_000L;

  @Setup(Level.Trial)
  public void trial(BenchmarkParams params) {
    configure(params.getBenchmark());
  }

  /** Reads what to prepare from the benchmark's name: its operation and implementation. */
  public void configure(String benchmark) {
    table = benchmark.endsWith("hibernate") ? Seed.HIBERNATE_TABLE : "users";
    softDeletes = benchmark.contains(".softDeleteAll_");
    size = benchmark.contains(".insert_") ? INSERTS : Users.BULK;
  }

  @Setup(Level.Invocation)
  public void prepare(Users users) throws SQLException {
    maxBefore = Seed.maxId(users.connection, table);
    if (softDeletes) {
      Seed.insertLive(users.connection, users.db, table, counter, size);
      liveIds = new ArrayList<>(size);
      try (PreparedStatement ps = users.connection.prepareStatement(
          "SELECT id FROM " + table + " WHERE id > ? ORDER BY id")) {
        ps.setLong(1, maxBefore);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            liveIds.add(rs.getLong(1));
          }
        }
      }
    } else {
      newUsers = new ArrayList<>(size);
      for (long n = counter; n < counter + size; n++) {
        newUsers.add(new User(null, "new" + n + "@example.com", "New " + n, null));
      }
    }
    counter += size;
  }

  @TearDown(Level.Invocation)
  public void clean(Users users) throws SQLException {
    Seed.deleteAbove(users.connection, table, maxBefore);
  }
}
