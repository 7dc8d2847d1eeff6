package dev.softdelete.examples.service;

import dev.softdelete.Dialect;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.jdbi.v3.core.ConnectionException;

/**
 * Runs the Flyway migrations that the softdelete processor wrote into the jar for the database's dialect
 * ({@code -Asoftdelete.flyway.version=1} in the pom): {@code db/migration/postgresql/V1_1__organisations.sql} and on.
 */
final class Migrations {
  private Migrations() {}

  static MigrateResult migrate(DataSource dataSource) {
    return Flyway.configure()
        .dataSource(dataSource)
        .locations("classpath:db/migration/" + dialect(dataSource).id())
        .load()
        .migrate();
  }

  private static Dialect dialect(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      return Dialect.of(connection);
    } catch (SQLException e) {
      throw new ConnectionException(e);
    }
  }
}
