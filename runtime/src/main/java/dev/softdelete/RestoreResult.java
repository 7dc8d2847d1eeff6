package dev.softdelete;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link SoftDeleteRepository#restore} did.
 *
 * @param status the outcome
 * @param conflictingKey for {@link Status#CONFLICT}, the unique key that a live row already holds, when
 *     the database said which; empty for every other status
 * @param entity for {@link Status#CONFLICT}, the entity whose key is taken (the restored row's own, or
 *     that of a row its cascade would have restored); for {@link Status#PARENT_DEAD}, the entity of
 *     the dead parent; empty otherwise
 * @param restoredRows for {@link Status#RESTORED}, how many rows of each entity came back, in the order
 *     they were restored: the row's own entity first, then those its cascade restored; empty otherwise
 */
public record RestoreResult(
    Status status, Optional<String> conflictingKey, Optional<String> entity, Map<String, Integer> restoredRows) {

  /** The outcome of a restore. */
  public enum Status {
    /** The row was dead and is live again, with the rows that the same operation deleted with it. */
    RESTORED,
    /** The row was already live; nothing changed. */
    ALREADY_ALIVE,
    /** No row has that id. */
    NOT_FOUND,
    /**
     * A live row already holds one of the unique keys of the row or of a row its cascade would restore;
     * nothing changed.
     */
    CONFLICT,
    /**
     * The row, or a row its cascade would restore, references a parent that is dead and would not come
     * back with it: restoring it would leave a live row under a dead parent. Nothing changed; restore
     * the parent first.
     */
    PARENT_DEAD
  }

  private static final RestoreResult RESTORED = of(Status.RESTORED);
  private static final RestoreResult ALREADY_ALIVE = of(Status.ALREADY_ALIVE);
  private static final RestoreResult NOT_FOUND = of(Status.NOT_FOUND);

  /** Only a conflict names a key; only a restore counts rows. */
  public RestoreResult {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(conflictingKey, "conflictingKey");
    Objects.requireNonNull(entity, "entity");
    restoredRows = Collections.unmodifiableMap(new LinkedHashMap<>(restoredRows));
    if (conflictingKey.isPresent() && status != Status.CONFLICT) {
      throw new IllegalArgumentException("only a CONFLICT names a key, not " + status);
    }
    if (entity.isPresent() && status != Status.CONFLICT && status != Status.PARENT_DEAD) {
      throw new IllegalArgumentException("only a CONFLICT or PARENT_DEAD names an entity, not " + status);
    }
    if (!restoredRows.isEmpty() && status != Status.RESTORED) {
      throw new IllegalArgumentException("only RESTORED counts rows, not " + status);
    }
  }

  /** A result without an entity or counts, as the repositories of entities without references return. */
  public RestoreResult(Status status, Optional<String> conflictingKey) {
    this(status, conflictingKey, Optional.empty(), Map.of());
  }

  private static RestoreResult of(Status status) {
    return new RestoreResult(status, Optional.empty(), Optional.empty(), Map.of());
  }

  /** One row restored, of an entity without references. */
  public static RestoreResult restored() {
    return RESTORED;
  }

  /** Rows restored, counted by entity in the order given. */
  public static RestoreResult restored(Map<String, Integer> rows) {
    return new RestoreResult(Status.RESTORED, Optional.empty(), Optional.empty(), rows);
  }

  public static RestoreResult alreadyAlive() {
    return ALREADY_ALIVE;
  }

  public static RestoreResult notFound() {
    return NOT_FOUND;
  }

  /**
   * A conflict on the named key: the component name for {@code @Unique}, the key's name for
   * {@code @UniqueKey}; null when the database did not say which key it was.
   */
  public static RestoreResult conflict(String key) {
    return new RestoreResult(Status.CONFLICT, Optional.ofNullable(key));
  }

  /** A conflict on the named key of a row of the named entity. */
  public static RestoreResult conflict(String entity, String key) {
    return new RestoreResult(Status.CONFLICT, Optional.ofNullable(key), Optional.of(entity), Map.of());
  }

  /** The row, or one its cascade would restore, has a dead parent of this entity. */
  public static RestoreResult parentDead(String parentEntity) {
    return new RestoreResult(Status.PARENT_DEAD, Optional.empty(), Optional.of(parentEntity), Map.of());
  }

  /** How many rows of the entity came back; 0 when none did or the result does not count. */
  public int restored(String entity) {
    return restoredRows.getOrDefault(entity, 0);
  }

  /**
   * {@code RESTORED}, {@code RESTORED{Customer=1, Order=2}}, {@code CONFLICT(email)}, {@code
   * CONFLICT(Order.number)} or {@code PARENT_DEAD(Customer)}.
   */
  @Override
  public String toString() {
    if (!restoredRows.isEmpty()) {
      return status + restoredRows.toString();
    }
    if (status == Status.CONFLICT && conflictingKey.isPresent()) {
      return status + "(" + entity.map(e -> e + ".").orElse("") + conflictingKey.get() + ")";
    }
    return entity.isPresent() ? status + "(" + entity.get() + ")" : status.name();
  }
}
