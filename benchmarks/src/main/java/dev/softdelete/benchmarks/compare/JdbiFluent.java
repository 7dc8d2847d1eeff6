package dev.softdelete.benchmarks.compare;

import dev.softdelete.benchmarks.User;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.PreparedBatch;

/** Jdbi's fluent API on the trial's handle, with the RowMapper a user writes by hand; the same SQL as {@link HandJdbc}. */
public final class JdbiFluent implements Contender {
  private static final RowMapper<User> MAPPER = (rs, ctx) -> HandJdbc.map(rs);

  private final Handle handle;

  public JdbiFluent(Handle handle) {
    this.handle = handle;
  }

  @Override
  public Optional<User> findById(long id) {
    return handle.createQuery(HandJdbc.FIND_BY_ID).bind(0, id).map(MAPPER).findOne();
  }

  @Override
  public Optional<User> findByEmail(String email) {
    return handle.createQuery(HandJdbc.FIND_BY_EMAIL).bind(0, email).map(MAPPER).findOne();
  }

  @Override
  public List<User> page(long afterId, int limit) {
    return handle.createQuery(HandJdbc.ALIVE_AFTER).bind(0, afterId).bind(1, limit).map(MAPPER).list();
  }

  @Override
  public long countAlive() {
    return handle.createQuery(HandJdbc.COUNT_ALIVE).mapTo(long.class).one();
  }

  @Override
  public boolean softDeleteThenRestore(long id) {
    return handle.createUpdate(HandJdbc.SOFT_DELETE).bind(0, OffsetDateTime.now(ZoneOffset.UTC)).bind(1, id)
            .execute() == 1
        && handle.createUpdate(HandJdbc.RESTORE).bind(0, id).execute() == 1;
  }

  @Override
  public long insert(User user) {
    return handle.createUpdate(HandJdbc.INSERT).bind(0, user.email()).bind(1, user.name())
        .executeAndReturnGeneratedKeys("id").mapTo(long.class).one();
  }

  @Override
  public int insertAll(List<User> users) {
    return handle.inTransaction(h -> {
      PreparedBatch batch = h.prepareBatch(HandJdbc.INSERT);
      for (User user : users) {
        batch.bind(0, user.email()).bind(1, user.name()).add();
      }
      return batch.executePreparedBatch("id").mapTo(long.class).list().size();
    });
  }

  @Override
  public int softDeleteAll(List<Long> ids) {
    return handle.createUpdate("UPDATE users SET live = NULL, deleted_at = :now WHERE live = TRUE AND id IN (<ids>)")
        .bind("now", OffsetDateTime.now(ZoneOffset.UTC)).bindList("ids", ids).execute();
  }

  @Override
  public int purgeDeletedBefore(Instant cutoff) {
    return handle.createUpdate(HandJdbc.PURGE).bind(0, cutoff.atOffset(ZoneOffset.UTC)).execute();
  }
}
