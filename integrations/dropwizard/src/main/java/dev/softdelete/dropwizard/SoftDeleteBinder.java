package dev.softdelete.dropwizard;

import dev.softdelete.registry.RepositoryBinding;
import dev.softdelete.registry.SoftDeleteRegistry;
import java.util.Objects;
import org.glassfish.hk2.utilities.binding.AbstractBinder;
import org.jdbi.v3.core.Jdbi;

/**
 * Binds the {@link Jdbi} and every generated repository into Jersey's injector, so that resources take them as
 * {@code @Inject} constructor parameters. In {@code Application.run}:
 *
 * <pre>{@code
 * Jdbi jdbi = new JdbiFactory().build(environment, configuration.getDataSourceFactory(), "database");
 * environment.jersey().register(new SoftDeleteBinder(jdbi));
 * }</pre>
 *
 * <p>The repositories are those of the {@link SoftDeleteRegistry generated registry}: every {@code XRepository} and
 * every {@code @Repository} interface the processor wrote, each bound to its own interface, no line per repository and
 * no classpath scanning. Each is one singleton made on the Jdbi ({@link RepositoryBinding#create}): a call runs on the
 * calling thread's open handle, inside its transaction, when there is one ({@code jdbi.inTransaction}), and on a pooled
 * handle of its own otherwise.
 */
public final class SoftDeleteBinder extends AbstractBinder {
  private final Jdbi jdbi;
  private final SoftDeleteRegistry registry;

  /** Binds the repositories of every generated registry on the thread's context class loader. */
  public SoftDeleteBinder(Jdbi jdbi) {
    this(jdbi, SoftDeleteRegistry.load());
  }

  /** Binds the repositories of this registry. */
  public SoftDeleteBinder(Jdbi jdbi, SoftDeleteRegistry registry) {
    this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    this.registry = Objects.requireNonNull(registry, "registry");
  }

  @Override
  protected void configure() {
    bind(jdbi).to(Jdbi.class);
    for (RepositoryBinding<?> repository : registry.repositories()) {
      bindRepository(repository);
    }
  }

  // A method of its own so that the repository and its interface share one type variable.
  private <R> void bindRepository(RepositoryBinding<R> repository) {
    bind(repository.create(jdbi)).to(repository.type());
  }
}
