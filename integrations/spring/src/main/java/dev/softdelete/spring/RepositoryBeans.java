package dev.softdelete.spring;

import dev.softdelete.registry.RepositoryBinding;
import dev.softdelete.registry.SoftDeleteRegistry;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.springframework.beans.factory.BeanRegistrar;
import org.springframework.beans.factory.BeanRegistry;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Registers a bean per repository of the generated registry, and the registry itself as {@code softDeleteRegistry};
 * {@link EnableSoftDeleteRepositories} imports it.
 *
 * <p>A Spring 7 {@link BeanRegistrar} rather than a post-processor of bean definitions, because registrars take
 * part in Spring's ahead-of-time processing, where a bean definition that carries a supplier lambda cannot be
 * written out as code. Public because Spring's generated AOT code calls its constructor (package-private registrars
 * are not supported there before spring-framework#35803). Not tried in an AOT or native build here.
 */
public final class RepositoryBeans implements BeanRegistrar {
  @Override
  public void register(BeanRegistry beans, Environment environment) {
    SoftDeleteRegistry registry = SoftDeleteRegistry.load();
    // The registry is a bean too: what a SchemaVerifier checks (tables()), and how Spring Boot's auto-configuration
    // sees that @EnableSoftDeleteRepositories already ran.
    beans.registerBean(
        "softDeleteRegistry",
        SoftDeleteRegistry.class,
        bean -> bean.description("every repository and entity the softdelete processor generated")
            .supplier(context -> registry));
    List<RepositoryBinding<?>> repositories = registry.repositories();
    Set<String> names = new HashSet<>();
    for (RepositoryBinding<?> binding : repositories) {
      registerRepository(beans, binding, name(binding.type(), names), extendsAnother(binding, repositories));
    }
  }

  private static <R> void registerRepository(
      BeanRegistry beans, RepositoryBinding<R> binding, String name, boolean fallback) {
    beans.registerBean(
        name,
        binding.type(),
        bean -> {
          bean.description("softdelete repository " + binding.type().getName() + ", from the generated registry")
              .supplier(context -> binding.create(context.bean(Jdbi.class)));
          if (fallback) {
            bean.fallback();
          }
        });
  }

  /**
   * The interface's simple name as a bean name ({@code teamRepository}); its qualified name when another
   * repository of the registry already took that (two packages with a {@code UserRepository} each).
   */
  static String name(Class<?> type, Set<String> taken) {
    String simple = StringUtils.uncapitalizeAsProperty(type.getSimpleName());
    return taken.add(simple) ? simple : type.getName();
  }

  /** True for a {@code @Repository} interface that extends another repository of the registry. */
  static boolean extendsAnother(RepositoryBinding<?> binding, List<RepositoryBinding<?>> repositories) {
    for (RepositoryBinding<?> other : repositories) {
      if (other != binding && other.type().isAssignableFrom(binding.type())) {
        return true;
      }
    }
    return false;
  }
}
