package dev.softdelete.benchmarks.bulk;

import dev.softdelete.benchmarks.JdbiUserRepository;
import dev.softdelete.benchmarks.User;
import java.sql.Connection;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;

/** Runs each bulk verb once on a fresh table and times it; see {@link BulkScaling}. */
final class Verbs {
  private final EmbeddedDatabase database;
  private final Handle handle;
  private final JdbiUserRepository users;
  private final TimedConnection timed;

  Verbs(EmbeddedDatabase database, Handle handle, JdbiUserRepository users, TimedConnection timed) {
    this.database = database;
    this.handle = handle;
    this.users = users;
    this.timed = timed;
  }

  /** insertAll, softDeleteAll, purgeDeletedBefore and hardDeleteAll of {@code size} rows. */
  List<Measurement> measure(int size) {
    try {
      Connection connection = handle.getConnection();
      BulkScaling.recreate(database, connection);
      List<User> rows = BulkScaling.users(size, "a");
      Measurement insert = time("insertAll", size, () -> users.insertAll(rows).size());
      List<Long> ids = users.all().stream().map(User::id).collect(Collectors.toList());
      Measurement softDelete = time("softDeleteAll", size, () -> users.softDeleteAll(ids));
      Measurement purge = time("purgeDeletedBefore", size, () -> users.purgeDeletedBefore(BulkScaling.cutoff()));
      List<Long> fresh =
          users.insertAll(BulkScaling.users(size, "b")).stream().map(User::id).collect(Collectors.toList());
      Measurement hardDelete = time("hardDeleteAll", size, () -> users.hardDeleteAll(fresh));
      return List.of(insert, softDelete, purge, hardDelete);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The purge of every tenth row of {@code total}, filled by one INSERT ... SELECT (the harness's
   * setup, not measured), after ANALYZE, as a database that has run for a while would be.
   */
  Measurement purgeAmong(int total) throws Exception {
    Connection connection = handle.getConnection();
    BulkScaling.recreate(database, connection);
    String dead = "MOD(g, 10) = 0";
    String fill =
        database == EmbeddedDatabase.H2
            ? "INSERT INTO users (id, email, name, live, deleted_at) SELECT X, 'u' || X || '@example.com', 'User',"
                + " CASE WHEN MOD(X, 10) = 0 THEN NULL ELSE TRUE END, CASE WHEN MOD(X, 10) = 0 THEN"
                + " TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00' + X * INTERVAL '1' SECOND END"
                + " FROM SYSTEM_RANGE(1, " + total + ")"
            : "INSERT INTO users (id, email, name, live, deleted_at) SELECT g, 'u' || g || '@example.com', 'User',"
                + " CASE WHEN " + dead + " THEN NULL ELSE TRUE END, CASE WHEN " + dead + " THEN"
                + " TIMESTAMPTZ '2026-01-01 00:00:00+00' + g * INTERVAL '1 second' END"
                + " FROM generate_series(1, " + total + ") g";
    BulkScaling.execute(connection, fill);
    BulkScaling.execute(connection, "ANALYZE");
    return time("purgeDeletedBefore", total / 10, () -> users.purgeDeletedBefore(BulkScaling.cutoff()));
  }

  /** Runs the verb, checks it touched {@code size} rows, and keeps the statements it ran. */
  private Measurement time(String verb, int size, Supplier<Integer> call) {
    timed.drain();
    long start = System.nanoTime();
    int touched = call.get();
    long nanos = System.nanoTime() - start;
    if (touched != size) {
      throw new IllegalStateException(verb + " touched " + touched + " rows, not " + size);
    }
    return new Measurement(verb, size, nanos, timed.drain());
  }
}
