package dev.softdelete.jdbi;

import dev.softdelete.registry.EntityBinding;
import dev.softdelete.registry.RepositoryBinding;
import dev.softdelete.registry.SoftDeleteRegistry;
import java.lang.ref.WeakReference;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;

/**
 * The generated registry's binding of a type, if it has one: a type without one is not ours.
 *
 * <p>The answer is kept per type in a {@link ClassValue}, which lets it unload with its class loader.
 * A type's bindings are in the registries its own class loader sees (the registry is compiled with
 * it); they are loaded through {@link java.util.ServiceLoader} once per class loader while the
 * plugin is busy finding types, and kept only weakly after, so that nothing here holds a class loader.
 */
final class Bindings {
  private Bindings() {}

  private static final ClassValue<Optional<RepositoryBinding<?>>> REPOSITORIES =
      new ClassValue<>() {
        @Override
        protected Optional<RepositoryBinding<?>> computeValue(Class<?> type) {
          if (!type.isInterface() || type.getClassLoader() == null) {
            return Optional.empty();
          }
          return registry(type.getClassLoader()).repository(type).map(binding -> binding);
        }
      };

  private static final ClassValue<Optional<EntityBinding<?>>> ENTITIES =
      new ClassValue<>() {
        @Override
        protected Optional<EntityBinding<?>> computeValue(Class<?> type) {
          if (!type.isRecord() || type.getClassLoader() == null) {
            return Optional.empty();
          }
          return registry(type.getClassLoader()).entity(type).map(binding -> binding);
        }
      };

  /**
   * The registry last loaded for each class loader. Weak both ways: the registry refers to classes of
   * its loader, so a strong value would keep the loader (and this entry) for ever.
   */
  private static final Map<ClassLoader, WeakReference<SoftDeleteRegistry>> LOADED = new WeakHashMap<>();

  /** The generated repository bound to this interface, if there is one. */
  static Optional<RepositoryBinding<?>> repository(Class<?> type) {
    return REPOSITORIES.get(type);
  }

  /** The generated entity binding of this record, if there is one. */
  static Optional<EntityBinding<?>> entity(Class<?> type) {
    return ENTITIES.get(type);
  }

  private static SoftDeleteRegistry registry(ClassLoader loader) {
    synchronized (LOADED) {
      WeakReference<SoftDeleteRegistry> kept = LOADED.get(loader);
      SoftDeleteRegistry registry = kept == null ? null : kept.get();
      if (registry == null) {
        registry = SoftDeleteRegistry.load(loader);
        LOADED.put(loader, new WeakReference<>(registry));
      }
      return registry;
    }
  }
}
