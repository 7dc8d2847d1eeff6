package dev.softdelete;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The soft-delete verbs of one entity type. Generated repositories extend this interface, adding a
 * finder for each unique key.
 *
 * <p>A row is <em>live</em> while its live column is TRUE and <em>dead</em> (soft-deleted) once it is
 * NULL; deleted-at is set exactly when the row is dead. Reads that say nothing else see live rows only.
 * Every method runs on the calling thread's open Jdbi handle, inside its transaction when there is one.
 *
 * @param <T> the entity record
 * @param <ID> the type of its {@code @Id} component
 */
public interface SoftDeleteRepository<T, ID> {

  /**
   * Inserts a live row and returns the stored entity: with the id the database generated when the
   * entity's generated id was null, and with its {@link DeletedAt} component, if any, set to null.
   *
   * @throws UniqueViolationException if a live row already holds one of the entity's unique keys, or
   *     the id is taken
   */
  T insert(T entity);

  /**
   * Inserts live rows in one JDBC batch and returns the stored entities in the same order.
   *
   * @throws UniqueViolationException if a live row already holds one of the unique keys
   */
  List<T> insertAll(Collection<T> entities);

  /**
   * Updates every column but the id of the live row with the entity's id. Dead rows are never updated.
   *
   * @return false when no live row has that id
   * @throws UniqueViolationException if another live row holds one of the new unique keys
   */
  boolean update(T entity);

  /** The live row with this id. */
  Optional<T> findById(ID id);

  /** The row with this id, live or dead. */
  Optional<T> findAnyById(ID id);

  /** All live rows, ordered by id. */
  List<T> alive();

  /**
   * One page of live rows ordered by id: those whose id is greater than {@code afterId}, or from the
   * first when it is null, at most {@code limit} of them. Pass the last id of a page to get the next.
   */
  List<T> aliveAfter(ID afterId, int limit);

  /** All dead rows, ordered by id. */
  List<T> dead();

  /** All rows, live and dead, ordered by id. */
  List<T> all();

  /** The number of live rows. */
  long countAlive();

  /** The number of dead rows. */
  long countDead();

  /**
   * Soft-deletes the live row with this id: its live column becomes NULL and deleted-at is stamped
   * from the configured clock.
   *
   * @return true iff a live row became dead; false for a dead or missing row, whose deleted-at never
   *     changes. Of concurrent calls for one row, exactly one returns true.
   */
  boolean softDelete(ID id);

  /**
   * Soft-deletes the live rows with these ids in set-based statements, all stamped with one instant.
   * An empty collection returns 0 without touching the database; repeated ids count once.
   *
   * @return how many rows became dead
   */
  int softDeleteAll(Collection<ID> ids);

  /**
   * Makes a dead row live again. When a live row already holds one of its unique keys, the row stays
   * dead and the result is {@link RestoreResult.Status#CONFLICT} naming that key; the caller's
   * transaction stays usable.
   */
  RestoreResult restore(ID id);

  /** Permanently deletes the row with this id, live or dead; true iff a row was deleted. */
  boolean hardDelete(ID id);

  /** Permanently deletes the rows with these ids, live or dead; returns how many were deleted. */
  int hardDeleteAll(Collection<ID> ids);

  /**
   * Permanently deletes dead rows whose deleted-at is before the cutoff, in bounded batches. Live rows
   * are never touched.
   *
   * @return how many rows were deleted
   */
  int purgeDeletedBefore(Instant cutoff);
}
