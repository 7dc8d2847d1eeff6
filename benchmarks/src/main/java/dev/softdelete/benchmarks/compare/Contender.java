package dev.softdelete.benchmarks.compare;

import dev.softdelete.benchmarks.User;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The operations compared, as each implementation does them on its table. Every implementation returns
 * {@link User} records, so that tests can check that all of them return the same rows.
 */
public interface Contender {
  Optional<User> findById(long id);

  /** The live row with this unique key. */
  Optional<User> findByEmail(String email);

  /** Up to {@code limit} live rows with ids above {@code afterId}, by id (keyset pagination). */
  List<User> page(long afterId, int limit);

  long countAlive();

  /** Soft-deletes a live row, then makes it live again; true iff both took effect. */
  boolean softDeleteThenRestore(long id);

  /** Inserts a live row with a database-generated id; returns the id. */
  long insert(User user);

  /** Inserts live rows in one batch; returns how many. */
  int insertAll(List<User> users);

  /** Soft-deletes the live rows with these ids in one go; returns how many became dead. */
  int softDeleteAll(List<Long> ids);

  /** Permanently deletes dead rows deleted before the cutoff; returns how many. */
  int purgeDeletedBefore(Instant cutoff);
}
