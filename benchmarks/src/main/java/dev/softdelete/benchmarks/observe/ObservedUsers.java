package dev.softdelete.benchmarks.observe;

import dev.softdelete.StatementPath;
import dev.softdelete.benchmarks.JdbiUserRepository;
import dev.softdelete.benchmarks.compare.HandJdbc;
import dev.softdelete.benchmarks.compare.UsersDao;
import dev.softdelete.benchmarks.db.Database;
import dev.softdelete.benchmarks.db.Samples;
import dev.softdelete.benchmarks.db.Seed;
import dev.softdelete.benchmarks.db.SharedConnection;
import dev.softdelete.jdbi.SoftDeleteConfig;
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
 * The comparison's {@code users} table of 10,000 rows, every tenth dead, on one connection, and three
 * Jdbis over it: one with nothing configured (AUTO takes plain JDBC), one whose repositories are set
 * to {@link StatementPath#JDBC} (no check at all: what AUTO's check costs is the difference), and one
 * with a {@link CountingLogger} (AUTO takes Jdbi's pipeline, as it would for Dropwizard's
 * InstrumentedSqlLogger). Each has a generated repository and a SqlObject attached to its own handle.
 */
@State(Scope.Thread)
public class ObservedUsers {
  @Param({"H2", "POSTGRESQL"})
  public Database db;

  public Connection connection;
  public Samples samples;
  public HandJdbc hand;

  public JdbiUserRepository auto;
  public JdbiUserRepository jdbcOnly;
  public JdbiUserRepository logged;
  public UsersDao sqlObject;
  public UsersDao sqlObjectLogged;

  public CountingLogger logger;
  private Handle plainHandle;
  private Handle jdbcHandle;
  private Handle loggedHandle;

  @Setup(Level.Trial)
  public void setUp() throws SQLException {
    connection = db.connect("observe");
    Seed.users(connection, db, 10_000, 1, true);
    samples = new Samples(connection, "users", "live = TRUE", 100);
    hand = new HandJdbc(connection);

    plainHandle = jdbi().open();
    auto = new JdbiUserRepository(plainHandle);
    sqlObject = plainHandle.attach(UsersDao.class);

    Jdbi jdbc = jdbi();
    jdbc.getConfig(SoftDeleteConfig.class).setStatementPath(StatementPath.JDBC);
    jdbcHandle = jdbc.open();
    jdbcOnly = new JdbiUserRepository(jdbcHandle);

    logger = new CountingLogger();
    Jdbi withLogger = jdbi();
    withLogger.setSqlLogger(logger);
    loggedHandle = withLogger.open();
    logged = new JdbiUserRepository(loggedHandle);
    sqlObjectLogged = loggedHandle.attach(UsersDao.class);

    // The contenders take the paths their names say: only the logged ones reach the logger.
    long id = samples.id();
    auto.findById(id);
    jdbcOnly.findById(id);
    sqlObject.findById(id);
    if (logger.statements != 0) {
      throw new IllegalStateException("a contender without a logger reached it");
    }
    logged.findById(id);
    sqlObjectLogged.findById(id);
    if (logger.statements != 2) {
      throw new IllegalStateException("the logged contenders did not reach the logger: " + logger.statements);
    }
  }

  private Jdbi jdbi() {
    return Jdbi.create(new SharedConnection(connection))
        .installPlugin(new SqlObjectPlugin())
        .installPlugin(new SoftDeletePlugin());
  }

  @TearDown(Level.Trial)
  public void tearDown() throws SQLException {
    plainHandle.close();
    jdbcHandle.close();
    loggedHandle.close();
    Seed.execute(connection, "DROP TABLE IF EXISTS users");
    connection.close();
  }
}
