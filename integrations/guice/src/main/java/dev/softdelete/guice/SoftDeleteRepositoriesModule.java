package dev.softdelete.guice;

import com.google.inject.AbstractModule;
import com.google.inject.Key;
import com.google.inject.Provider;
import com.google.inject.Scopes;
import dev.softdelete.registry.RepositoryBinding;
import dev.softdelete.registry.SoftDeleteRegistry;
import java.util.Objects;
import org.jdbi.v3.core.Jdbi;

/**
 * Binds every repository that the softdelete processor generated, as a singleton made from the injector's
 * {@link Jdbi}; the user binds the {@code Jdbi}:
 *
 * <pre>{@code
 * Injector injector = Guice.createInjector(
 *     new AbstractModule() {
 *       @Provides @Singleton
 *       Jdbi jdbi(DataSource dataSource) {
 *         return Jdbi.create(dataSource).installPlugin(new SoftDeletePlugin());
 *       }
 *     },
 *     new SoftDeleteRepositoriesModule());
 * }</pre>
 *
 * <p>The repositories are those of {@link SoftDeleteRegistry#load()}: every generated {@code XRepository} and every
 * {@code @Repository} interface on the class path, listed by the processor at compile time; nothing is scanned. Each
 * is bound to its interface, without a binding annotation. A repository runs each call on the calling thread's open
 * handle of that {@code Jdbi}, so inside {@code jdbi.inTransaction(...)} the repositories share its transaction.
 *
 * <p>The {@code Jdbi} comes from the injector rather than from this module's constructor, so that the one instance
 * the user configures (pool, plugins, {@code SqlLogger}) is the one the services that open transactions get too; an
 * injector without one fails to build, with Guice's "No injectable constructor for type Jdbi" requested at
 * {@code SoftDeleteRepositoriesModule.configure}.
 */
public final class SoftDeleteRepositoriesModule extends AbstractModule {
  private final Key<Jdbi> jdbi;

  /** The repositories made from the injector's unqualified {@code Jdbi}. */
  public SoftDeleteRepositoriesModule() {
    this(Key.get(Jdbi.class));
  }

  /**
   * The repositories made from the {@code Jdbi} bound to this key, say {@code Key.get(Jdbi.class,
   * Names.named("orders"))}.
   */
  public SoftDeleteRepositoriesModule(Key<Jdbi> jdbi) {
    this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
  }

  @Override
  protected void configure() {
    Provider<Jdbi> provider = getProvider(jdbi);
    for (RepositoryBinding<?> repository : SoftDeleteRegistry.load().repositories()) {
      bindRepository(repository, provider);
    }
  }

  private <R> void bindRepository(RepositoryBinding<R> repository, Provider<Jdbi> provider) {
    bind(repository.type()).toProvider(new RepositoryProvider<>(repository, provider)).in(Scopes.SINGLETON);
  }
}
