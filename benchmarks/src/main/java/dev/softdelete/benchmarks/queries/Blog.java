package dev.softdelete.benchmarks.queries;

import dev.softdelete.benchmarks.db.Database;
import dev.softdelete.benchmarks.db.Seed;
import dev.softdelete.benchmarks.db.SharedConnection;
import dev.softdelete.jdbi.SoftDeletePlugin;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.SplittableRandom;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The blog of issue 8, per trial: {@value #AUTHORS} authors and {@value #ARTICLES} articles
 * ({@value #PER_AUTHOR} per author), every tenth of each soft-deleted, made by the generated DDL in
 * the schema {@code queries} of one connection in auto-commit mode; the generated repository
 * attached to one Jdbi handle on that connection, and the hand-written JDBC beside it.
 *
 * <p>Article {@code n} (1, 2, ...) belongs to author {@code n % 1,000 + 1}, was published {@code n}
 * minutes after 2020-01-01 and is dead iff {@code n / 1,000 % 10 == 0}: each author's articles lie
 * apart from each other in the table, a tenth of them dead. Author {@code n} has email {@code
 * author<n>@example.com} and is dead iff {@code n % 10 == 0}. Authors and emails are drawn in
 * advance (fixed seed) and replayed in a cycle, so that choosing one costs an array read.
 */
@State(Scope.Thread)
public class Blog {
  public static final int AUTHORS = 1_000;
  public static final int ARTICLES = 100_000;
  public static final int PER_AUTHOR = ARTICLES / AUTHORS;

  /** The page the derived finder asks for. */
  public static final int NEWEST = 20;

  private static final int CYCLE = 1 << 12;

  /** Integer division on both databases: n is an integer. */
  private static final String DEAD_ARTICLE = "MOD(n / 1000, 10) = 0";

  @Param({"H2", "POSTGRESQL"})
  public Database db;

  public Connection connection;
  public Handle handle;
  public Articles generated;
  public HandQueries hand;

  private final long[] authorIds = new long[CYCLE];
  private final String[] liveEmails = new String[CYCLE];
  private int next;

  @Setup(Level.Trial)
  public void setUp() throws SQLException {
    connection = db.connect("queries");
    fill(connection, db);
    Jdbi jdbi = Jdbi.create(new SharedConnection(connection));
    jdbi.installPlugin(new SoftDeletePlugin());
    handle = jdbi.open();
    generated = handle.attach(Articles.class);
    if (generated.getClass() != JdbiArticles.class) {
      throw new IllegalStateException("attach returned " + generated.getClass());
    }
    hand = new HandQueries(connection, db);
    SplittableRandom random = new SplittableRandom(42);
    for (int i = 0; i < CYCLE; i++) {
      authorIds[i] = 1 + random.nextInt(AUTHORS);
      int live = 1 + random.nextInt(AUTHORS);
      liveEmails[i] = email(live % 10 == 0 ? live - 1 : live);
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() throws SQLException {
    handle.close();
    Seed.execute(connection, "DROP TABLE IF EXISTS articles");
    Seed.execute(connection, "DROP TABLE IF EXISTS authors");
    connection.close();
  }

  /** An author's id, live or dead: the derived finder reads live articles whatever the author. */
  public long authorId() {
    return authorIds[next++ & (CYCLE - 1)];
  }

  /** A live author's email: the {@code @Query} finder returns that author's live articles. */
  public String liveEmail() {
    return liveEmails[next++ & (CYCLE - 1)];
  }

  public static String email(long author) {
    return "author" + author + "@example.com";
  }

  /**
   * Drops, creates (indexes after the rows, which is faster) and fills both tables; analyzes them.
   */
  static void fill(Connection c, Database db) throws SQLException {
    create(
        c,
        db,
        "authors",
        AuthorSchema.createStatements(db.dialect()),
        "INSERT INTO authors"
            + " (email, name, live, deleted_at) SELECT CONCAT('author', n, '@example.com'),"
            + " CONCAT('Author ', n), "
            + live("MOD(n, 10) = 0")
            + ", "
            + deletedAt("MOD(n, 10) = 0")
            + " FROM ("
            + db.series(1, AUTHORS)
            + ") s");
    create(
        c,
        db,
        "articles",
        ArticleSchema.createStatements(db.dialect()),
        "INSERT INTO articles"
            + " (author_id, title, status, published_at, live, deleted_at) SELECT MOD(n, "
            + AUTHORS
            + ") + 1, CONCAT('Title ', n), 'published', TIMESTAMP WITH TIME ZONE"
            + " '2020-01-01 00:00:00+00' + n * INTERVAL '1' MINUTE, "
            + live(DEAD_ARTICLE)
            + ", "
            + deletedAt(DEAD_ARTICLE)
            + " FROM ("
            + db.series(1, ARTICLES)
            + ") s");
  }

  private static void create(Connection c, Database db, String table, List<String> ddl, String fill)
      throws SQLException {
    Seed.execute(c, "DROP TABLE IF EXISTS " + table);
    Seed.execute(c, ddl.get(0));
    Seed.execute(c, fill);
    for (String index : ddl.subList(1, ddl.size())) {
      Seed.execute(c, index);
    }
    Seed.analyze(c, db, table);
  }

  /** Whether article {@code id} is dead, as {@link #fill} made it. */
  public static boolean dead(long id) {
    return id / 1_000 % 10 == 0;
  }

  private static String live(String dead) {
    return "CASE WHEN " + dead + " THEN NULL ELSE TRUE END";
  }

  private static String deletedAt(String dead) {
    return "CASE WHEN " + dead + " THEN " + Seed.DELETED_AT + " END";
  }
}
