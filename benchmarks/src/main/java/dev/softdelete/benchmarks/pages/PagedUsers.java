package dev.softdelete.benchmarks.pages;

import dev.softdelete.benchmarks.UserRepository;
import dev.softdelete.benchmarks.compare.HandJdbc;
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
 * {@value #ROWS} users, every tenth dead, with or without the generated {@code ix_users_live (live, id)}
 * index: a schema made by a user's own migrations may lack it.
 */
@State(Scope.Thread)
public class PagedUsers {
  public static final int ROWS = 10_000;
  public static final int PAGE = 100;

  @Param({"H2", "POSTGRESQL"})
  public Database db;

  @Param({"true", "false"})
  public boolean liveIndex;

  public Connection connection;
  public Handle handle;
  public UserRepository repository;
  public HandJdbc hand;
  public Samples samples;

  @Setup(Level.Trial)
  public void setUp() throws SQLException {
    connection = open(db, liveIndex);
    Jdbi jdbi = Jdbi.create(new SharedConnection(connection));
    jdbi.installPlugin(new SoftDeletePlugin());
    handle = jdbi.open();
    repository = handle.attach(UserRepository.class);
    hand = new HandJdbc(connection);
    samples = new Samples(connection, "users", "live = TRUE", PAGE);
  }

  @TearDown(Level.Trial)
  public void tearDown() throws SQLException {
    handle.close();
    connection.close();
  }

  /** A connection to a fresh table of this shape, in a schema of its own. */
  public static Connection open(Database db, boolean liveIndex) throws SQLException {
    Connection connection = db.connect(liveIndex ? "pages_indexed" : "pages_unindexed");
    Seed.users(connection, db, ROWS, 1, liveIndex);
    return connection;
  }
}
