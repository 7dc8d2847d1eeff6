package dev.softdelete.jdbi;

import dev.softdelete.SoftDeleteEntity;
import dev.softdelete.SoftDeleteRepository;
import dev.softdelete.internal.GeneratedNames;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * Finds the classes the processor generated for a repository interface or an entity record.
 *
 * <p>The lookup runs once per type (a {@link ClassValue} caches it and lets the classes unload with
 * their class loader): it loads the generated class by its predictable name and resolves its public
 * constructors as method handles. Creating a repository or mapper afterwards is one direct constructor
 * call; no proxies and no reflective calls on the data path.
 */
final class GeneratedTypes {
  private GeneratedTypes() {}

  /** The generated implementation of a repository interface, as constructors. */
  static final class RepositoryConstructors {
    private final MethodHandle fromHandle;
    private final MethodHandle fromJdbi;

    private RepositoryConstructors(MethodHandle fromHandle, MethodHandle fromJdbi) {
      this.fromHandle = fromHandle;
      this.fromJdbi = fromJdbi;
    }

    Object create(Handle handle) {
      try {
        return fromHandle.invoke(handle);
      } catch (RuntimeException | Error e) {
        throw e;
      } catch (Throwable e) {
        throw new IllegalStateException(e);
      }
    }

    Object create(Jdbi jdbi) {
      try {
        return fromJdbi.invoke(jdbi);
      } catch (RuntimeException | Error e) {
        throw e;
      } catch (Throwable e) {
        throw new IllegalStateException(e);
      }
    }
  }

  private static final ClassValue<Optional<RepositoryConstructors>> REPOSITORIES =
      new ClassValue<>() {
        @Override
        protected Optional<RepositoryConstructors> computeValue(Class<?> type) {
          if (!type.isInterface() || !SoftDeleteRepository.class.isAssignableFrom(type)) {
            return Optional.empty();
          }
          return load(type, implementationName(type))
              .filter(type::isAssignableFrom)
              .map(
                  impl -> new RepositoryConstructors(
                      constructor(impl, Handle.class), constructor(impl, Jdbi.class)));
        }
      };

  private static final ClassValue<Optional<MethodHandle>> ROW_MAPPERS =
      new ClassValue<>() {
        @Override
        protected Optional<MethodHandle> computeValue(Class<?> type) {
          if (!type.isRecord() || !type.isAnnotationPresent(SoftDeleteEntity.class)) {
            return Optional.empty();
          }
          return load(type, GeneratedNames.rowMapper(generatedPrefix(type)))
              .filter(RowMapper.class::isAssignableFrom)
              .map(mapper -> constructor(mapper));
        }
      };

  /** The generated implementation of a generated repository interface, if this is one. */
  static Optional<RepositoryConstructors> repository(Class<?> type) {
    return REPOSITORIES.get(type);
  }

  /** A new generated row mapper for an entity record, if this is one. */
  static Optional<RowMapper<?>> rowMapper(Class<?> type) {
    return ROW_MAPPERS.get(type)
        .map(
            constructor -> {
              try {
                return (RowMapper<?>) constructor.invoke();
              } catch (RuntimeException | Error e) {
                throw e;
              } catch (Throwable e) {
                throw new IllegalStateException(e);
              }
            });
  }

  /**
   * {@code com.example.UserRepository} is implemented by {@code com.example.JdbiUserRepository}, and a
   * nested {@code @Repository} interface {@code com.example.Blog.Articles} by {@code
   * com.example.JdbiBlog_Articles}.
   */
  static String implementationName(Class<?> repository) {
    return qualified(repository, GeneratedNames.implementation(nestedPrefix(repository)));
  }

  /**
   * Generated types are named after the record, prefixed with the names of its enclosing types:
   * {@code com.example.Outer.User} gives {@code com.example.Outer_User}.
   */
  static String generatedPrefix(Class<?> entity) {
    return qualified(entity, nestedPrefix(entity));
  }

  private static String nestedPrefix(Class<?> type) {
    String pkg = type.getPackageName();
    String nested = pkg.isEmpty() ? type.getName() : type.getName().substring(pkg.length() + 1);
    return GeneratedNames.prefixOfBinaryName(nested);
  }

  private static String qualified(Class<?> nextTo, String simpleName) {
    String pkg = nextTo.getPackageName();
    return pkg.isEmpty() ? simpleName : pkg + "." + simpleName;
  }

  private static Optional<Class<?>> load(Class<?> nextTo, String name) {
    try {
      return Optional.of(Class.forName(name, true, nextTo.getClassLoader()));
    } catch (ClassNotFoundException e) {
      return Optional.empty();
    }
  }

  private static MethodHandle constructor(Class<?> type, Class<?>... parameters) {
    try {
      return MethodHandles.publicLookup()
          .findConstructor(type, MethodType.methodType(void.class, parameters));
    } catch (NoSuchMethodException | IllegalAccessException e) {
      throw new IllegalStateException(
          type.getName() + " was generated by another softdelete version; recompile it", e);
    }
  }
}
