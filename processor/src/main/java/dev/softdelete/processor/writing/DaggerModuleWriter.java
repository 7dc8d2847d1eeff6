package dev.softdelete.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.TypeSpec;
import dev.softdelete.processor.model.Registration;
import dev.softdelete.processor.model.RegistryModel;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes the Dagger module beside a registry: one static {@code @Provides} method per repository, so
 * that a {@code @Component} that lists the module injects every repository, given a {@code Jdbi}.
 * Static methods need no module instance and no {@code jakarta.inject} annotations.
 *
 * <pre>
 * &#64;Module
 * public final class SoftDeleteModule {
 *     &#64;Provides
 *     static UserRepository userRepository(Jdbi jdbi) {
 *         return new JdbiUserRepository(jdbi);
 *     }
 * }
 * </pre>
 */
public final class DaggerModuleWriter {
  private static final ClassName MODULE = ClassName.get("dagger", "Module");
  private static final ClassName PROVIDES = ClassName.get("dagger", "Provides");
  private static final ClassName JDBI = ClassName.get("org.jdbi.v3.core", "Jdbi");

  private final SourceWriter out;

  public DaggerModuleWriter(SourceWriter out) {
    this.out = out;
  }

  /** Writes the module of a registry that has one; false when it could not be written. */
  public boolean write(RegistryModel registry) {
    ClassName name = registry.daggerModule().orElseThrow();
    List<Registration> registrations = registry.registrations();
    TypeSpec.Builder module =
        TypeSpec.classBuilder(name)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addAnnotation(MODULE)
            .addJavadoc(
                "Provides every repository of this compilation, given a {@link $T}: add it to the modules of a"
                    + "\n{@code @Component}. Each repository runs its calls on the calling thread's open handle"
                    + "\n(and its transaction), or else on a handle of its own for the call.\n",
                JDBI)
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    NameAllocator names = new NameAllocator();
    for (Registration registration : registrations) {
      ClassName repository = registration.repository();
      module.addMethod(
          MethodSpec.methodBuilder(names.newName(methodName(repository), registration))
              .addAnnotation(PROVIDES)
              .addModifiers(Modifier.STATIC)
              .returns(repository)
              .addParameter(JDBI, "jdbi")
              .addStatement("return new $T(jdbi)", registration.implementation())
              .build());
      if (registration != registrations.get(0)) {
        module.addOriginatingElement(registration.element());
      }
    }
    return out.write(registrations.get(0).element(), name.packageName(), module);
  }

  /** {@code UserRepository} gives {@code userRepository}; a nested {@code Blog.Articles} gives {@code blogArticles}. */
  private static String methodName(ClassName repository) {
    String joined = String.join("", repository.simpleNames());
    return Character.toLowerCase(joined.charAt(0)) + joined.substring(1);
  }
}
