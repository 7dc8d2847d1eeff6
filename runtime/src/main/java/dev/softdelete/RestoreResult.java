package dev.softdelete;

import java.util.Objects;
import java.util.Optional;

/**
 * What {@link SoftDeleteRepository#restore} did.
 *
 * @param status the outcome
 * @param conflictingKey for {@link Status#CONFLICT}, the unique key that a live row already holds, when
 *     the database said which; empty for every other status
 */
public record RestoreResult(Status status, Optional<String> conflictingKey) {

  /** The outcome of a restore. */
  public enum Status {
    /** The row was dead and is live again. */
    RESTORED,
    /** The row was already live; nothing changed. */
    ALREADY_ALIVE,
    /** No row has that id. */
    NOT_FOUND,
    /** A live row already holds one of the row's unique keys; the row stays dead. */
    CONFLICT
  }

  private static final RestoreResult RESTORED = new RestoreResult(Status.RESTORED, Optional.empty());
  private static final RestoreResult ALREADY_ALIVE = new RestoreResult(Status.ALREADY_ALIVE, Optional.empty());
  private static final RestoreResult NOT_FOUND = new RestoreResult(Status.NOT_FOUND, Optional.empty());

  /** Only a conflict names a key. */
  public RestoreResult {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(conflictingKey, "conflictingKey");
    if (conflictingKey.isPresent() && status != Status.CONFLICT) {
      throw new IllegalArgumentException("only a CONFLICT names a key, not " + status);
    }
  }

  public static RestoreResult restored() {
    return RESTORED;
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

  /** {@code RESTORED}, or {@code CONFLICT(email)}. */
  @Override
  public String toString() {
    return conflictingKey.map(key -> status + "(" + key + ")").orElse(status.name());
  }
}
