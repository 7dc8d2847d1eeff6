package dev.softdelete.benchmarks.compare;

import dev.softdelete.benchmarks.db.Samples;
import dev.softdelete.benchmarks.db.Seed;
import java.sql.SQLException;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The Hibernate contender on the trial's connection, with its own table holding the same rows as
 * {@code users} (same ids and emails), and samples drawn from it.
 */
@State(Scope.Thread)
public class HibernateSide {
  public HibernateContender hibernate;
  public Samples samples;

  @Setup(Level.Trial)
  public void setUp(Users users) throws SQLException {
    Seed.hibernateUsers(users.connection, users.db, Users.ROWS, 1);
    samples = new Samples(users.connection, Seed.HIBERNATE_TABLE, "active = TRUE", Users.PAGE);
    hibernate = new HibernateContender(users.db, users.connection);
  }

  @TearDown(Level.Trial)
  public void tearDown() throws SQLException {
    hibernate.close();
  }
}
