package dev.softdelete.dagger;

import dagger.Module;
import dagger.Provides;
import dev.softdelete.jdbi.SoftDeletePlugin;
import jakarta.inject.Singleton;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;

/**
 * The one module a user writes: the Jdbi. It must be a singleton: a repository joins the transaction that the calling
 * thread holds open on its own Jdbi, so a service and its repositories have to share one.
 */
@Module
public final class JdbiModule {
  private JdbiModule() {}

  @Provides
  @Singleton
  static Jdbi jdbi(DataSource dataSource) {
    return Jdbi.create(dataSource).installPlugin(new SoftDeletePlugin());
  }
}
