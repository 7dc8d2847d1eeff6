package dev.softdelete.benchmarks.compare;

import dev.softdelete.RestoreResult;
import dev.softdelete.benchmarks.User;
import dev.softdelete.benchmarks.UserRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The generated repository, either attached to the trial's handle ({@code handle.attach}) or on demand
 * ({@code new JdbiUserRepository(jdbi)} called outside any Jdbi callback, so that each call opens and
 * closes a Jdbi handle on the shared connection, as an on-demand call outside a transaction does).
 */
public final class Generated implements Contender {
  private final UserRepository repository;

  public Generated(UserRepository repository) {
    this.repository = repository;
  }

  @Override
  public Optional<User> findById(long id) {
    return repository.findById(id);
  }

  @Override
  public Optional<User> findByEmail(String email) {
    return repository.findByEmail(email);
  }

  @Override
  public List<User> page(long afterId, int limit) {
    return repository.aliveAfter(afterId, limit);
  }

  @Override
  public long countAlive() {
    return repository.countAlive();
  }

  @Override
  public boolean softDeleteThenRestore(long id) {
    return repository.softDelete(id) && repository.restore(id).status() == RestoreResult.Status.RESTORED;
  }

  @Override
  public long insert(User user) {
    return repository.insert(user).id();
  }

  @Override
  public int insertAll(List<User> users) {
    return repository.insertAll(users).size();
  }

  @Override
  public int softDeleteAll(List<Long> ids) {
    return repository.softDeleteAll(ids);
  }

  @Override
  public int purgeDeletedBefore(Instant cutoff) {
    return repository.purgeDeletedBefore(cutoff);
  }
}
