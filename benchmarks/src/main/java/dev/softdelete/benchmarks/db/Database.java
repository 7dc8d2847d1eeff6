package dev.softdelete.benchmarks.db;

import dev.softdelete.Dialect;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The databases the comparison runs on. Each benchmark trial opens ONE connection (in auto-commit
 * mode) and gives it to every layer under test: Jdbi without a pool would open a physical connection
 * per on-demand call (about 5 ms on PostgreSQL), which would measure the connection, not the library.
 *
 * <p>Each trial works in its own schema, so that trials sharing a PostgreSQL server do not see each
 * other's tables, and the generated SQL (which names {@code users} unqualified) finds the trial's.
 */
public enum Database {
  /** H2 in memory, the README's embedded default; one database per JVM (each JMH fork is one). */
  H2(Dialect.H2) {
    @Override
    Connection open() throws SQLException {
      return DriverManager.getConnection("jdbc:h2:mem:compare;DB_CLOSE_DELAY=-1");
    }

    @Override
    String useSchema(String schema) {
      return "SET SCHEMA " + schema;
    }

    @Override
    public String series(long from, long to) {
      return "SELECT X AS n FROM SYSTEM_RANGE(" + from + ", " + to + ")";
    }
  },

  /**
   * Embedded PostgreSQL (zonky binaries). The launcher ({@code compare.RunOnDatabase}) starts one server and
   * passes its URL to the JMH forks in the system property {@value #POSTGRES_URL}; without it, the JVM
   * starts its own server on first use (tests, ad hoc runs).
   */
  POSTGRESQL(Dialect.POSTGRESQL) {
    @Override
    Connection open() throws SQLException {
      String url = System.getProperty(POSTGRES_URL);
      return DriverManager.getConnection(url != null ? url : OwnServer.URL);
    }

    @Override
    String useSchema(String schema) {
      return "SET search_path TO " + schema;
    }

    @Override
    public String series(long from, long to) {
      return "SELECT n FROM generate_series(" + from + ", " + to + ") AS g(n)";
    }
  };

  /** The system property that carries a running PostgreSQL server's JDBC URL to the forks. */
  public static final String POSTGRES_URL = "softdelete.bench.postgres";

  private final Dialect dialect;

  Database(Dialect dialect) {
    this.dialect = dialect;
  }

  public Dialect dialect() {
    return dialect;
  }

  abstract Connection open() throws SQLException;

  abstract String useSchema(String schema);

  /** A query whose one column {@code n} runs from {@code from} to {@code to}, generated in the database. */
  public abstract String series(long from, long to);

  /** One connection, in auto-commit mode, whose current schema is {@code schema} (created if absent). */
  public Connection connect(String schema) throws SQLException {
    Connection connection = open();
    try (Statement statement = connection.createStatement()) {
      statement.execute("CREATE SCHEMA IF NOT EXISTS " + schema);
      statement.execute(useSchema(schema));
    }
    return connection;
  }

  /** Starts an embedded PostgreSQL server that lives until the JVM exits; its data goes to java.io.tmpdir. */
  public static EmbeddedPostgres startPostgres() {
    try {
      EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          postgres.close();
        } catch (IOException e) {
          // The JVM is going away; the data directory is under java.io.tmpdir.
        }
      }));
      return postgres;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start embedded PostgreSQL", e);
    }
  }

  /** This JVM's own server, started on first use when no URL was passed in. */
  private static final class OwnServer {
    static final String URL = startPostgres().getJdbcUrl("postgres", "postgres");
  }
}
