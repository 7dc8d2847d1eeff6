package dev.softdelete.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.softdelete.processor.Compilations.entity;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import dagger.internal.codegen.ComponentProcessor;
import java.io.File;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The Dagger module beside the registry: written when {@code dagger.Module} is on the classpath unless
 * turned off, named by an option, and accepted by Dagger's own processor in the same compilation as
 * the component that lists it (its text is a golden file).
 */
class DaggerModuleTest {
  private static final JavaFileObject USER =
      entity(
          "User",
          """
          @SoftDeleteEntity(table = "users")
          public record User(@Id Long id, String name) {}
          """);

  private static final JavaFileObject ACCOUNTS =
      entity(
          "Accounts",
          """
          @Repository
          public interface Accounts extends UserRepository {
            List<User> findByName(String name);
          }
          """);

  /** A user's component: it names the module and the repositories before either exists. */
  private static final JavaFileObject APP =
      entity(
          "App",
          """
          @dagger.Component(modules = SoftDeleteModule.class)
          public interface App {
            UserRepository users();

            Accounts accounts();

            @dagger.Component.Factory
            interface Factory {
              App create(@dagger.BindsInstance org.jdbi.v3.core.Jdbi jdbi);
            }
          }
          """);

  @Test
  void daggersProcessorBuildsAComponentFromTheModule() {
    Compilation compilation =
        Compiler.javac()
            .withProcessors(new SoftDeleteProcessor(), new ComponentProcessor())
            .compile(USER, ACCOUNTS, APP);

    assertThat(compilation).succeeded();
    assertThat(compilation).generatedSourceFile("test.DaggerApp");
    assertThat(compilation)
        .generatedSourceFile("test.SoftDeleteModule")
        .contentsAsUtf8String()
        .contains("static Accounts accounts(Jdbi jdbi)");
  }

  @Test
  void theOptionNamesTheModule() {
    Compilation compilation =
        Compilations.javac().withOptions("-Asoftdelete.dagger.module=com.example.di.Repositories").compile(USER);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("com.example.di.Repositories")
        .contentsAsUtf8String()
        .contains("public final class Repositories {");
  }

  @Test
  void noModuleWhenTurnedOff() {
    Compilation compilation = Compilations.javac().withOptions("-Asoftdelete.dagger=false").compile(USER);

    assertThat(compilation).succeededWithoutWarnings();
    org.assertj.core.api.Assertions.assertThat(compilation.generatedSourceFile("test.SoftDeleteModule")).isEmpty();
  }

  @Test
  void noModuleWithoutDaggerOnTheClasspath() {
    Compilation compilation = Compilations.javac().withClasspath(classpathWithoutDagger()).compile(USER);

    assertThat(compilation).succeededWithoutWarnings();
    org.assertj.core.api.Assertions.assertThat(compilation.generatedSourceFile("test.SoftDeleteModule")).isEmpty();
    assertThat(compilation).generatedSourceFile(RegistryFiles.registry("test.User"));
  }

  /** The test's classpath without Dagger's jars (its annotations, and its processor that bundles them). */
  private static List<File> classpathWithoutDagger() {
    return Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(entry -> !entry.contains(File.separator + "dagger"))
        .map(File::new)
        .collect(Collectors.toList());
  }
}
