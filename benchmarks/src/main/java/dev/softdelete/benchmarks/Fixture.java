package dev.softdelete.benchmarks;

import dev.softdelete.Dialect;
import dev.softdelete.jdbi.SoftDeletePlugin;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.SplittableRandom;
import org.jdbi.v3.core.ConnectionFactory;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One H2 in-memory database, one open JDBC connection and one open Jdbi handle on it, per trial (per
 * fork, since each benchmark runs in its own fork). Every contender runs on that same connection, in
 * auto-commit mode, against the same table and rows.
 *
 * <p>The table is created from {@link UserSchema#createStatements(Dialect)} and filled with {@link
 * #ROWS} users, every tenth of them soft-deleted, so that the live predicate and its index matter. Ids
 * to look up are drawn in advance from the live ones (fixed seed) and replayed in a cycle, so that
 * choosing an id costs one array read on every side.
 */
@State(Scope.Thread)
public class Fixture {
  public static final String URL = "jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1";
  public static final int ROWS = 5_000;
  public static final int PAGE = 50;

  private static final int CYCLE = 1 << 14;
  private static final int MASK = CYCLE - 1;

  /** The single connection; closed at tear-down. */
  public Connection connection;

  /**
   * A Jdbi over that one connection, standing for a connection pool whose borrow and return cost
   * nothing: each new handle gets the same connection, and closing the handle leaves it open.
   * SqlObjectPlugin and SoftDeletePlugin are installed, as in an application that uses both.
   */
  public Jdbi jdbi;

  /** The trial's open handle (jdbi.open(): it does not bind the thread). */
  public Handle handle;

  /** (a) hand-written JDBC on the connection. */
  public HandWrittenUsers hand;

  /** (b) handle.attach(UserRepository.class): the generated class, attached once per trial. */
  public UserRepository attached;

  /** (c) new JdbiUserRepository(jdbi): on demand, a handle per call unless the thread has one. */
  public UserRepository onDemand;

  /** (d) the mapper a Jdbi fluent-API user writes by hand. */
  public RowMapper<User> handMapper;

  /** (e) SqlObject with ConstructorMapper, attached once per trial. */
  public UserDao sqlObject;

  /** Precomputed random picks: live ids, page starts, and live users as stored. */
  private long[] liveIds;
  private long[] pageStarts;
  private User[] liveUsers;
  private int next;

  @Setup(Level.Trial)
  public void setUp() throws SQLException {
    connection = DriverManager.getConnection(URL);
    jdbi = Jdbi.create(new SharedConnection(connection));
    jdbi.installPlugin(new SqlObjectPlugin());
    jdbi.installPlugin(new SoftDeletePlugin());
    handle = jdbi.open();

    try (Statement statement = connection.createStatement()) {
      statement.execute("DROP TABLE IF EXISTS users");
      for (String ddl : UserSchema.createStatements(Dialect.H2)) {
        statement.execute(ddl);
      }
    }
    try (PreparedStatement insert = connection.prepareStatement(HandWrittenUsers.INSERT)) {
      for (int i = 1; i <= ROWS; i++) {
        insert.setString(1, "user" + i + "@example.com");
        insert.setString(2, "User Number " + i);
        insert.addBatch();
      }
      insert.executeBatch();
    }
    try (PreparedStatement softDelete = connection.prepareStatement(HandWrittenUsers.SOFT_DELETE)) {
      for (long id = 10; id <= ROWS; id += 10) {
        softDelete.setObject(1, OffsetDateTime.now(ZoneOffset.UTC));
        softDelete.setLong(2, id);
        softDelete.addBatch();
      }
      softDelete.executeBatch();
    }
    try (Statement statement = connection.createStatement()) {
      statement.execute("ANALYZE");
    }

    hand = new HandWrittenUsers(connection);
    attached = handle.attach(UserRepository.class);
    if (attached.getClass() != JdbiUserRepository.class) {
      throw new IllegalStateException("attach returned " + attached.getClass());
    }
    onDemand = new JdbiUserRepository(jdbi);
    handMapper = (rs, ctx) -> HandWrittenUsers.map(rs);
    sqlObject = handle.attach(UserDao.class);

    List<User> live = attached.alive();
    liveUsers = live.toArray(User[]::new);
    int pageable = liveUsers.length - PAGE;
    SplittableRandom random = new SplittableRandom(42);
    liveIds = new long[CYCLE];
    pageStarts = new long[CYCLE];
    User[] users = new User[CYCLE];
    for (int i = 0; i < CYCLE; i++) {
      users[i] = liveUsers[random.nextInt(liveUsers.length)];
      liveIds[i] = users[i].id();
      pageStarts[i] = liveUsers[random.nextInt(pageable)].id();
    }
    liveUsers = users;
    next = 0;
  }

  @TearDown(Level.Trial)
  public void tearDown() throws SQLException {
    handle.close();
    try (Statement statement = connection.createStatement()) {
      statement.execute("DROP TABLE IF EXISTS users");
    }
    connection.close();
  }

  /** A random live id. */
  public long liveId() {
    return liveIds[next++ & MASK];
  }

  /** A random live id with at least {@link #PAGE} live rows after it. */
  public long pageStart() {
    return pageStarts[next++ & MASK];
  }

  /** A random live user, exactly as stored (updating the row with it changes nothing). */
  public User liveUser() {
    return liveUsers[next++ & MASK];
  }

  /** One connection handed to every Jdbi handle; closing a handle leaves it open, as a pool would. */
  static final class SharedConnection implements ConnectionFactory {
    private final Connection connection;

    SharedConnection(Connection connection) {
      this.connection = connection;
    }

    @Override
    public Connection openConnection() {
      return connection;
    }

    @Override
    public void closeConnection(Connection toClose) {
      // Returned to the "pool": stays open for the next handle.
    }
  }
}
