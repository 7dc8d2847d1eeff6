package dev.softdelete;

import java.util.Objects;
import java.util.Optional;

/** What {@link SoftDeleteRepository#restore} did. */
public final class RestoreResult {

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

  private static final RestoreResult RESTORED = new RestoreResult(Status.RESTORED, null);
  private static final RestoreResult ALREADY_ALIVE = new RestoreResult(Status.ALREADY_ALIVE, null);
  private static final RestoreResult NOT_FOUND = new RestoreResult(Status.NOT_FOUND, null);

  private final Status status;
  private final String conflictingKey;

  private RestoreResult(Status status, String conflictingKey) {
    this.status = status;
    this.conflictingKey = conflictingKey;
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
    return new RestoreResult(Status.CONFLICT, key);
  }

  public Status status() {
    return status;
  }

  /** For {@link Status#CONFLICT}, the unique key that a live row already holds. */
  public Optional<String> conflictingKey() {
    return Optional.ofNullable(conflictingKey);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RestoreResult
        && ((RestoreResult) o).status == status
        && Objects.equals(((RestoreResult) o).conflictingKey, conflictingKey);
  }

  @Override
  public int hashCode() {
    return Objects.hash(status, conflictingKey);
  }

  @Override
  public String toString() {
    return conflictingKey == null ? status.name() : status + "(" + conflictingKey + ")";
  }
}
