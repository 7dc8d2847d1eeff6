package dev.softdelete.benchmarks.compare;

import dev.softdelete.benchmarks.User;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** Jdbi SqlObject ({@link UsersDao}, ConstructorMapper), attached to the trial's handle once. */
public final class JdbiSqlObject implements Contender {
  private final UsersDao dao;

  public JdbiSqlObject(UsersDao dao) {
    this.dao = dao;
  }

  @Override
  public Optional<User> findById(long id) {
    return dao.findById(id);
  }

  @Override
  public Optional<User> findByEmail(String email) {
    return dao.findByEmail(email);
  }

  @Override
  public List<User> page(long afterId, int limit) {
    return dao.page(afterId, limit);
  }

  @Override
  public long countAlive() {
    return dao.countAlive();
  }

  @Override
  public boolean softDeleteThenRestore(long id) {
    return dao.softDelete(id, OffsetDateTime.now(ZoneOffset.UTC)) == 1 && dao.restore(id) == 1;
  }

  @Override
  public long insert(User user) {
    return dao.insert(user);
  }

  @Override
  public int insertAll(List<User> users) {
    return dao.insertAll(users).size();
  }

  @Override
  public int softDeleteAll(List<Long> ids) {
    return dao.softDeleteAll(ids, OffsetDateTime.now(ZoneOffset.UTC));
  }

  @Override
  public int purgeDeletedBefore(Instant cutoff) {
    return dao.purge(cutoff.atOffset(ZoneOffset.UTC));
  }
}
