package dev.softdelete.examples.service;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/** Runs the schema's Flyway migrations. */
final class Migrations {
  private Migrations() {}

  static MigrateResult migrate(DataSource dataSource) {
    return Flyway.configure()
        .dataSource(dataSource)
        .javaMigrations(new V1__Organisations_members_invitations())
        .load()
        .migrate();
  }
}
