package dev.softdelete.examples.service;

import dagger.Module;
import dagger.Provides;
import dev.softdelete.TableDefinition;
import dev.softdelete.jdbi.SoftDeletePlugin;
import dev.softdelete.registry.SoftDeleteRegistry;
import dev.softdelete.schema.SchemaVerifier;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.api.output.MigrateResult;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** The database: migrated by Flyway, checked by the schema verifier, then handed out as one {@code Jdbi}. */
@Module
public interface DatabaseModule {

  @Provides
  @Singleton
  static MigrateResult migration(DataSource dataSource) {
    return Migrations.migrate(dataSource);
  }

  /**
   * The one {@code Jdbi} of the service. It takes the migration so that no repository can exist before the schema
   * does, and it refuses to start on a schema that breaks the soft-delete contract (a unique index without the live
   * column, say), rather than let a second live member in later.
   */
  @Provides
  @Singleton
  static Jdbi jdbi(DataSource dataSource, Clock clock, MigrateResult migrated) {
    Jdbi jdbi = Jdbi.create(dataSource).installPlugin(new SoftDeletePlugin(clock));
    // Every table the processor generated, as its registry lists them: a new entity is checked without an edit here.
    List<TableDefinition> tables = SoftDeleteRegistry.load().tables();
    try (Handle handle = jdbi.open()) {
      SchemaVerifier.verifyOrThrow(handle, tables.toArray(TableDefinition[]::new));
    }
    return jdbi;
  }
}
