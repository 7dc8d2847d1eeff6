package dev.softdelete.registry;

import dev.softdelete.TableDefinition;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Every repository and entity the processor generated that a class loader can see: the union of the
 * {@link GeneratedRegistry} services on it. Immutable.
 *
 * <p>Order: registries as {@link ServiceLoader} gives them, and in each its bindings as generated
 * (qualified name order). A type listed by two registries (the same class reached twice) is kept once,
 * as the first one listed it.
 *
 * <p>Each {@code load} reads the services afresh; callers that need it often keep the result.
 */
public final class SoftDeleteRegistry {
  private final Map<Class<?>, RepositoryBinding<?>> repositories;
  private final Map<Class<?>, EntityBinding<?>> entities;

  private SoftDeleteRegistry(Iterable<GeneratedRegistry> generated) {
    Map<Class<?>, RepositoryBinding<?>> repositories = new LinkedHashMap<>();
    Map<Class<?>, EntityBinding<?>> entities = new LinkedHashMap<>();
    for (GeneratedRegistry registry : generated) {
      for (RepositoryBinding<?> binding : registry.repositories()) {
        repositories.putIfAbsent(binding.type(), binding);
      }
      for (EntityBinding<?> binding : registry.entities()) {
        entities.putIfAbsent(binding.type(), binding);
      }
    }
    this.repositories = Collections.unmodifiableMap(repositories);
    this.entities = Collections.unmodifiableMap(entities);
  }

  /** The registries on the thread's context class loader, or else on this class's loader. */
  public static SoftDeleteRegistry load() {
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    return load(context != null ? context : SoftDeleteRegistry.class.getClassLoader());
  }

  /** The registries that {@code ServiceLoader.load(GeneratedRegistry.class, loader)} finds. */
  public static SoftDeleteRegistry load(ClassLoader loader) {
    return new SoftDeleteRegistry(ServiceLoader.load(GeneratedRegistry.class, loader));
  }

  /** Every repository binding, without duplicates. */
  public List<RepositoryBinding<?>> repositories() {
    return List.copyOf(repositories.values());
  }

  /** The binding of this repository interface, if a registry lists it. */
  @SuppressWarnings("unchecked") // the map holds each binding under its own type
  public <R> Optional<RepositoryBinding<R>> repository(Class<R> type) {
    return Optional.ofNullable((RepositoryBinding<R>) repositories.get(Objects.requireNonNull(type, "type")));
  }

  /** Every entity binding, without duplicates. */
  public List<EntityBinding<?>> entities() {
    return List.copyOf(entities.values());
  }

  /** The binding of this entity record, if a registry lists it. */
  @SuppressWarnings("unchecked") // the map holds each binding under its own type
  public <E> Optional<EntityBinding<E>> entity(Class<E> type) {
    return Optional.ofNullable((EntityBinding<E>) entities.get(Objects.requireNonNull(type, "type")));
  }

  /** The table of every entity, in the order of {@link #entities()}. */
  public List<TableDefinition> tables() {
    List<TableDefinition> tables = new ArrayList<>(entities.size());
    for (EntityBinding<?> binding : entities.values()) {
      tables.add(binding.table());
    }
    return List.copyOf(tables);
  }

  @Override
  public String toString() {
    return "SoftDeleteRegistry[" + repositories.size() + " repositories, " + entities.size() + " entities]";
  }
}
