package dev.softdelete.migrations;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import liquibase.resource.CompositeResourceAccessor;
import liquibase.resource.DirectoryResourceAccessor;
import liquibase.resource.ResourceAccessor;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/** Flyway and Liquibase as a service runs them at startup, configured as the README shows. */
final class Tools {
  private Tools() {}

  static Flyway flyway(DataSource dataSource, String... locations) {
    return Flyway.configure().dataSource(dataSource).locations(locations).load();
  }

  static MigrateResult migrate(DataSource dataSource, String... locations) {
    return flyway(dataSource, locations).migrate();
  }

  /** Runs the changelog from the classpath, as {@code liquibase update} does. */
  static void liquibaseUpdate(DataSource dataSource, String changelog) {
    update(dataSource, changelog);
  }

  /** Runs the changelog, found in the folders, as {@code liquibase update --search-path=...} does. */
  static void liquibaseUpdate(DataSource dataSource, String changelog, Path... searchPath) {
    List<ResourceAccessor> folders = new ArrayList<>();
    try {
      for (Path folder : searchPath) {
        folders.add(new DirectoryResourceAccessor(folder));
      }
      Scope.child(
          Scope.Attr.resourceAccessor, new CompositeResourceAccessor(folders), () -> update(dataSource, changelog));
    } catch (Exception e) {
      throw new IllegalStateException("Liquibase could not apply " + changelog, e);
    }
  }

  private static void update(DataSource dataSource, String changelog) {
    try (Connection connection = dataSource.getConnection()) {
      liquibase.database.Database database =
          DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
      new CommandScope(UpdateCommandStep.COMMAND_NAME)
          .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
          .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, changelog)
          .execute();
    } catch (SQLException | LiquibaseException e) {
      throw new IllegalStateException("Liquibase could not apply " + changelog, e);
    }
  }
}
