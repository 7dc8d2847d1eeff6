package dev.softdelete.registry;

import java.util.Objects;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * A repository interface and the two constructors of its generated implementation. Immutable; two
 * bindings are equal when they bind the same interface.
 *
 * @param <R> the repository interface
 */
public final class RepositoryBinding<R> {
  private final Class<R> type;
  private final Class<?> entity;
  private final Function<Jdbi, ? extends R> onDemand;
  private final Function<Handle, ? extends R> attached;

  private RepositoryBinding(
      Class<R> type,
      Class<?> entity,
      Function<Jdbi, ? extends R> onDemand,
      Function<Handle, ? extends R> attached) {
    this.type = Objects.requireNonNull(type, "type");
    this.entity = Objects.requireNonNull(entity, "entity");
    this.onDemand = Objects.requireNonNull(onDemand, "onDemand");
    this.attached = Objects.requireNonNull(attached, "attached");
  }

  /**
   * As generated code writes it: {@code RepositoryBinding.of(UserRepository.class, User.class,
   * JdbiUserRepository::new, JdbiUserRepository::new)}.
   */
  public static <R> RepositoryBinding<R> of(
      Class<R> type,
      Class<?> entity,
      Function<Jdbi, ? extends R> onDemand,
      Function<Handle, ? extends R> attached) {
    return new RepositoryBinding<>(type, entity, onDemand, attached);
  }

  /** The repository interface. */
  public Class<R> type() {
    return type;
  }

  /** The entity record the repository stores. */
  public Class<?> entity() {
    return entity;
  }

  /**
   * A repository that runs each call on the calling thread's open handle (and so in its transaction)
   * when there is one, else on a handle of its own for that call. Safe to keep and share, as a
   * singleton in a container.
   */
  public R create(Jdbi jdbi) {
    return Objects.requireNonNull(onDemand.apply(Objects.requireNonNull(jdbi, "jdbi")), "created repository");
  }

  /** A repository that runs every call on this handle; it lives as long as the handle. */
  public R attach(Handle handle) {
    return Objects.requireNonNull(attached.apply(Objects.requireNonNull(handle, "handle")), "attached repository");
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RepositoryBinding<?> that && type.equals(that.type);
  }

  @Override
  public int hashCode() {
    return type.hashCode();
  }

  @Override
  public String toString() {
    return "RepositoryBinding[" + type.getName() + " of " + entity.getName() + "]";
  }
}
