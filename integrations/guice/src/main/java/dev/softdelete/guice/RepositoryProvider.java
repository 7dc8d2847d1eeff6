package dev.softdelete.guice;

import com.google.inject.Provider;
import dev.softdelete.registry.RepositoryBinding;
import org.jdbi.v3.core.Jdbi;

/**
 * Makes one repository from the injector's {@code Jdbi}. A class rather than a lambda: Guice's {@code toProvider}
 * takes both Guice's and jakarta's {@code Provider}, and a lambda would fit either.
 */
final class RepositoryProvider<R> implements Provider<R> {
  private final RepositoryBinding<R> repository;
  private final Provider<Jdbi> jdbi;

  RepositoryProvider(RepositoryBinding<R> repository, Provider<Jdbi> jdbi) {
    this.repository = repository;
    this.jdbi = jdbi;
  }

  @Override
  public R get() {
    return repository.create(jdbi.get());
  }

  @Override
  public String toString() {
    return "softdelete repository " + repository.type().getName() + ", from the generated registry";
  }
}
