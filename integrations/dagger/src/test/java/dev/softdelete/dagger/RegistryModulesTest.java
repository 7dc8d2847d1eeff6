package dev.softdelete.dagger;

import static org.assertj.core.api.Assertions.assertThat;

import dagger.Module;
import dagger.Provides;
import dev.softdelete.dagger.together.ProjectRepository;
import dev.softdelete.dagger.together.Projects;
import dev.softdelete.fixture.FixtureDatabase;
import dev.softdelete.fixture.MemberRepository;
import dev.softdelete.fixture.Members;
import dev.softdelete.fixture.TeamRepository;
import dev.softdelete.registry.RepositoryBinding;
import dev.softdelete.registry.SoftDeleteRegistry;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/**
 * The generated Dagger modules and the generated registries list the same repositories: on this classpath, the
 * fixture's (compiled in its own module) and this module's test compilation's, one module and one registry each.
 */
class RegistryModulesTest {
  private static final List<Class<?>> MODULES =
      List.of(dev.softdelete.fixture.SoftDeleteModule.class, dev.softdelete.dagger.together.SoftDeleteModule.class);

  @Test
  void everyRepositoryOfTheRegistryIsProvidedByAGeneratedModuleAsItsGeneratedClass() throws Exception {
    Jdbi jdbi = Jdbi.create(FixtureDatabase.H2.dataSource());

    Map<Class<?>, Class<?>> provided = new HashMap<>();
    for (Class<?> module : MODULES) {
      assertThat(module).hasAnnotation(Module.class);
      for (Method method : module.getDeclaredMethods()) {
        if (method.isAnnotationPresent(Provides.class)) {
          assertThat(Modifier.isStatic(method.getModifiers())).as(method.toString()).isTrue();
          assertThat(method.getParameterTypes()).as(method.toString()).containsExactly(Jdbi.class);
          method.setAccessible(true);
          assertThat(provided.put(method.getReturnType(), method.invoke(null, jdbi).getClass()))
              .as("provided twice: " + method.getReturnType())
              .isNull();
        }
      }
    }

    Map<Class<?>, Class<?>> registered = new HashMap<>();
    for (RepositoryBinding<?> binding : SoftDeleteRegistry.load().repositories()) {
      registered.put(binding.type(), binding.create(jdbi).getClass());
    }
    assertThat(registered)
        .containsOnlyKeys(
            TeamRepository.class, MemberRepository.class, Members.class, ProjectRepository.class, Projects.class);
    assertThat(provided).isEqualTo(registered);
  }
}
