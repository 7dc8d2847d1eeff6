package dev.softdelete.jdbi;

import dev.softdelete.registry.EntityBinding;
import java.lang.reflect.Type;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.core.extension.ExtensionFactory;
import org.jdbi.v3.core.extension.HandleSupplier;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.RowMapperFactory;
import org.jdbi.v3.core.spi.JdbiPlugin;

/**
 * Installs the generated repositories into a Jdbi:
 *
 * <ul>
 *   <li>{@code handle.attach(UserRepository.class)}, {@code jdbi.withExtension(UserRepository.class,
 *       ...)} and {@code jdbi.onDemand(UserRepository.class)} return the generated implementation, no
 *       proxy involved, so they work when proxies are refused ({@code
 *       Extensions.setAllowProxy(false)});
 *   <li>{@code mapTo(User.class)} maps rows with the generated row mapper;
 *   <li>deleted-at is stamped from the plugin's clock.
 * </ul>
 *
 * <p>The generated types come from the generated registry ({@link
 * dev.softdelete.registry.SoftDeleteRegistry}), as constructor references: no class is looked up by
 * name and nothing is called reflectively. A type the registry does not list is left to Jdbi.
 *
 * <p>On-demand objects come from a single factory slot in Jdbi's configuration that jdbi3-sqlobject
 * fills too, without keeping what was there. This plugin keeps the factory it finds there and hands it
 * every type that is not a generated repository. So that the order of {@code installPlugin} calls does
 * not matter, it installs jdbi3-sqlobject's {@code SqlObjectPlugin} first when that is on the
 * classpath; Jdbi installs that plugin once per Jdbi, so a later {@code installPlugin(new
 * SqlObjectPlugin())} changes nothing.
 */
public final class SoftDeletePlugin implements JdbiPlugin {
  private final Clock clock;

  /** Stamps deleted-at from {@link Clock#systemUTC()}. */
  public SoftDeletePlugin() {
    this(Clock.systemUTC());
  }

  /** Stamps deleted-at from the given clock. */
  public SoftDeletePlugin(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public void customizeJdbi(Jdbi jdbi) {
    SqlObjects.installIfPresent(jdbi);
    jdbi.getConfig(SoftDeleteConfig.class).setClock(clock);
    jdbi.registerExtension(new RepositoryFactory());
    jdbi.registerRowMapper(new EntityRowMapperFactory());

    OnDemandRepositories.install(jdbi);
  }

  /**
   * Installs jdbi3-sqlobject's plugin when it is on the classpath. A plain call rather than a lookup by
   * name: this class refers to {@code SqlObjectPlugin} only in {@link #install}, which the JVM links on
   * its first call, so without jdbi3-sqlobject that call throws {@link NoClassDefFoundError} and nothing
   * else happens. Unlike {@code Class.forName} it needs no reflection metadata in a native image, where
   * a class missing at build time fails the same way at run time.
   */
  private static final class SqlObjects {
    private static final String PACKAGE = "org/jdbi/v3/sqlobject/";

    static void installIfPresent(Jdbi jdbi) {
      try {
        install(jdbi);
      } catch (NoClassDefFoundError e) {
        // Only the absence of jdbi3-sqlobject is expected; anything else is a broken classpath.
        if (e.getMessage() == null || !e.getMessage().replace('.', '/').startsWith(PACKAGE)) {
          throw e;
        }
      }
    }

    private static void install(Jdbi jdbi) {
      jdbi.installPlugin(new org.jdbi.v3.sqlobject.SqlObjectPlugin());
    }
  }

  /** Attaches generated repositories to handles, without proxies. */
  private static final class RepositoryFactory implements ExtensionFactory {
    @Override
    public boolean accepts(Class<?> extensionType) {
      return Bindings.repository(extensionType).isPresent();
    }

    @Override
    public <E> E attach(Class<E> extensionType, HandleSupplier handleSupplier) {
      return extensionType.cast(
          Bindings.repository(extensionType).orElseThrow().attach(handleSupplier.getHandle()));
    }

    @Override
    public Set<FactoryFlag> getFactoryFlags() {
      return EnumSet.of(FactoryFlag.DONT_USE_PROXY);
    }
  }

  /** Maps entity records with their generated row mappers. */
  private static final class EntityRowMapperFactory implements RowMapperFactory {
    @Override
    public Optional<RowMapper<?>> build(Type type, ConfigRegistry config) {
      return type instanceof Class<?> entity
          ? Bindings.entity(entity).map(EntityBinding::rowMapper)
          : Optional.empty();
    }
  }
}
