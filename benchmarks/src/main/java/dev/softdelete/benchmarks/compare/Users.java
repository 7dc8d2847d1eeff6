package dev.softdelete.benchmarks.compare;

import dev.softdelete.benchmarks.JdbiUserRepository;
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
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The comparison's table and the JDBC and Jdbi contenders, per trial: one connection in auto-commit
 * mode, a {@code users} table of {@link #ROWS} rows with every tenth soft-deleted (so that the live
 * predicate and its index matter), and one Jdbi handle on that connection. Hibernate, whose boot costs
 * seconds, is set up by {@link HibernateSide} only for its own benchmarks.
 */
@State(Scope.Thread)
public class Users {
  public static final int ROWS = 10_000;
  public static final int PAGE = 100;
  public static final int BULK = 1_000;

  @Param({"H2", "POSTGRESQL"})
  public Database db;

  public Connection connection;
  public Jdbi jdbi;
  public Handle handle;
  public Samples samples;

  public HandJdbc hand;
  public Generated attached;
  public Generated onDemand;
  public JdbiFluent fluent;
  public JdbiSqlObject sqlObject;

  @Setup(Level.Trial)
  public void setUp() throws SQLException {
    connection = db.connect("compare");
    Seed.users(connection, db, ROWS, 1, true);
    samples = new Samples(connection, "users", "live = TRUE", PAGE);
    jdbi = Jdbi.create(new SharedConnection(connection));
    jdbi.installPlugin(new SqlObjectPlugin());
    jdbi.installPlugin(new SoftDeletePlugin());
    handle = jdbi.open();
    hand = new HandJdbc(connection);
    UserRepository repository = handle.attach(UserRepository.class);
    if (repository.getClass() != JdbiUserRepository.class) {
      throw new IllegalStateException("attach returned " + repository.getClass());
    }
    attached = new Generated(repository);
    onDemand = new Generated(new JdbiUserRepository(jdbi));
    fluent = new JdbiFluent(handle);
    sqlObject = new JdbiSqlObject(handle.attach(UsersDao.class));
  }

  @TearDown(Level.Trial)
  public void tearDown() throws SQLException {
    handle.close();
    Seed.execute(connection, "DROP TABLE IF EXISTS users");
    connection.close();
  }
}
