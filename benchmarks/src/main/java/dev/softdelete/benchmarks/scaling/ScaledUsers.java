package dev.softdelete.benchmarks.scaling;

import dev.softdelete.benchmarks.UserRepository;
import dev.softdelete.benchmarks.db.Database;
import dev.softdelete.benchmarks.db.Samples;
import dev.softdelete.benchmarks.db.Seed;
import dev.softdelete.benchmarks.db.SharedConnection;
import dev.softdelete.jdbi.SoftDeletePlugin;
import java.sql.Connection;
import java.sql.SQLException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * A {@code users} table of {@link #rows} rows of which 90 % are dead, and the generated repository
 * attached to a handle on it. Each size lives in its own schema; on PostgreSQL, whose server outlives
 * the forks, a table already filled by an earlier fork is reused (the benchmarks only read it).
 */
@State(Scope.Thread)
public class ScaledUsers {
  public static final int PAGE = 100;
  public static final int DEAD_TENTHS = 9;

  @Param({"H2", "POSTGRESQL"})
  public Database db;

  @Param({"10000", "1000000"})
  public int rows;

  public Connection connection;
  public Handle handle;
  public UserRepository repository;
  public Samples samples;

  @Setup(Level.Trial)
  public void setUp() throws SQLException {
    connection = open(db, rows);
    Jdbi jdbi = Jdbi.create(new SharedConnection(connection));
    jdbi.installPlugin(new SoftDeletePlugin());
    handle = jdbi.open();
    repository = handle.attach(UserRepository.class);
    samples = new Samples(connection, "users", "live = TRUE", PAGE);
  }

  @TearDown(Level.Trial)
  public void tearDown() throws SQLException {
    handle.close();
    connection.close();
  }

  /** A connection to a schema holding the table of this size, 90 % dead, filled unless it already is. */
  public static Connection open(Database db, int rows) throws SQLException {
    Connection connection = db.connect("scale_" + rows);
    boolean filled;
    try {
      filled = Seed.queryLong(connection, "SELECT COUNT(*) FROM users") == rows;
    } catch (SQLException absent) {
      filled = false;
    }
    if (!filled) {
      Seed.users(connection, db, rows, DEAD_TENTHS, true);
    }
    return connection;
  }
}
