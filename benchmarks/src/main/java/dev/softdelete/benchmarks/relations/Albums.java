package dev.softdelete.benchmarks.relations;

import dev.softdelete.benchmarks.db.Database;
import dev.softdelete.benchmarks.db.Seed;
import dev.softdelete.benchmarks.db.SharedConnection;
import dev.softdelete.benchmarks.relations.RelationTables.Table;
import dev.softdelete.jdbi.SoftDeletePlugin;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The two-level shape, per trial: album {@value #ALBUM} with {@link #children} live photos, among
 * {@value #OTHER_ALBUMS} other albums holding {@value #OTHER_PHOTOS} photos, every tenth album dead
 * with its photos (deleted by an operation of their own), so that every statement has to find its rows
 * through an index. Made by the generated DDL in the schema {@code relations} of one connection in
 * auto-commit mode; the generated repository is attached to one Jdbi handle on that connection, the
 * hand-written JDBC works beside it.
 *
 * <p>Before each iteration the album and its photos are live again and, on PostgreSQL, the tables are
 * vacuumed, so that every iteration of every contender starts from the same tables, without the dead
 * row versions of the iterations before. {@link Live} and {@link Dead} give each call of a verb the
 * state it starts from, made by the hand-written statements whichever contender is measured.
 */
@State(Scope.Thread)
public class Albums {
  public static final long ALBUM = 1;
  public static final int OTHER_ALBUMS = 1_000;
  public static final int OTHER_PHOTOS = 100_000;

  @Param({"H2", "POSTGRESQL"})
  public Database db;

  /** How many photos the album has: the rows a cascade kills and restores besides the album's. */
  @Param({"100", "1000", "10000"})
  public int children;

  public Connection connection;
  public Handle handle;
  public AlbumRepository generated;
  public HandAlbums hand;

  @Setup(Level.Trial)
  public void setUp() throws SQLException {
    connection = db.connect("relations");
    RelationTables.recreate(connection, db, tables(db, children));
    Jdbi jdbi = Jdbi.create(new SharedConnection(connection));
    jdbi.installPlugin(new SoftDeletePlugin());
    handle = jdbi.open();
    generated = handle.attach(AlbumRepository.class);
    if (generated.getClass() != JdbiAlbumRepository.class) {
      throw new IllegalStateException("attach returned " + generated.getClass());
    }
    hand = new HandAlbums(connection);
  }

  @Setup(Level.Iteration)
  public void settle() throws SQLException {
    hand.restore(ALBUM);
    if (db == Database.POSTGRESQL) {
      Seed.analyze(connection, db, "albums");
      Seed.analyze(connection, db, "photos");
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() throws SQLException {
    check();
    handle.close();
    RelationTables.drop(connection, tables(db, children));
    connection.close();
  }

  /**
   * Throws unless the album and its photos are all live or all dead under one operation, and the
   * other albums and photos are as the fill made them.
   */
  public void check() throws SQLException {
    long liveAlbum = Seed.queryLong(connection, "SELECT COUNT(*) FROM albums WHERE id = 1 AND live = TRUE");
    long livePhotos = Seed.queryLong(connection, "SELECT COUNT(*) FROM photos WHERE album_id = 1 AND live = TRUE");
    long operations = Seed.queryLong(connection, "SELECT COUNT(DISTINCT deletion_id) FROM (SELECT deletion_id"
        + " FROM albums WHERE id = 1 UNION ALL SELECT deletion_id FROM photos WHERE album_id = 1) ops");
    long otherLive = Seed.queryLong(connection, "SELECT COUNT(*) FROM photos WHERE album_id <> 1 AND live = TRUE");
    boolean consistent =
        liveAlbum == 1 ? livePhotos == children && operations == 0 : livePhotos == 0 && operations == 1;
    if (!consistent || otherLive != OTHER_PHOTOS * 9 / 10) {
      throw new IllegalStateException("album 1 live " + liveAlbum + ", its live photos " + livePhotos + " of "
          + children + ", operations " + operations + ", live photos of other albums " + otherLive);
    }
  }

  /**
   * The tables: album {@code n} is dead iff {@code n % 10 == 0} (so album 1 is live), deleted by
   * operation {@code n}; photos 1 to {@code children} belong to album 1, the others to the other
   * albums in turn, dead with their album.
   */
  static List<Table> tables(Database db, int children) {
    String otherAlbum = "2 + MOD(n, " + OTHER_ALBUMS + ")";
    String dead = "MOD(a, 10) = 0";
    return List.of(
        new Table("albums", AlbumSchema.createStatements(db.dialect()), AlbumSchema.foreignKeyStatements(db.dialect()),
            List.of("INSERT INTO albums (id, title, live, deleted_at, deletion_id) SELECT a, CONCAT('Album ', a), "
                + RelationTables.state(dead, Seed.DELETED_AT, "a") + " FROM (SELECT n AS a FROM ("
                + db.series(1, 1 + OTHER_ALBUMS) + ") s) s")),
        new Table("photos", PhotoSchema.createStatements(db.dialect()), PhotoSchema.foreignKeyStatements(db.dialect()),
            List.of(
                "INSERT INTO photos (id, album_id, caption) SELECT n, 1, CONCAT('Photo ', n) FROM ("
                    + db.series(1, children) + ") s",
                "INSERT INTO photos (id, album_id, caption, live, deleted_at, deletion_id) SELECT " + children
                    + " + n, a, CONCAT('Photo ', n), " + RelationTables.state(dead, Seed.DELETED_AT, "a")
                    + " FROM (SELECT n, " + otherAlbum + " AS a FROM (" + db.series(1, OTHER_PHOTOS) + ") s) s")));
  }

  /**
   * Before each call of a soft delete: the album and its photos live. A benchmark takes this state
   * alone and reaches the tables through it: JMH 1.37 makes a second {@code Albums} when a benchmark
   * takes it both directly and through this state's setup, and the two would share one schema.
   */
  @State(Scope.Thread)
  public static class Live {
    public Albums tables;

    @Setup(Level.Trial)
    public void attach(Albums tables) {
      this.tables = tables;
    }

    @Setup(Level.Invocation)
    public void revive() throws SQLException {
      tables.hand.restore(ALBUM);
    }
  }

  /** Before each call of a restore: the album and its photos dead, killed by one operation; as {@link Live}. */
  @State(Scope.Thread)
  public static class Dead {
    public Albums tables;

    @Setup(Level.Trial)
    public void attach(Albums tables) {
      this.tables = tables;
    }

    @Setup(Level.Invocation)
    public void kill() throws SQLException {
      tables.hand.softDelete(ALBUM);
    }
  }
}
