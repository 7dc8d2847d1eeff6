package dev.softdelete;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The runtime finds generated classes through the generated registry's constructor references, so
 * it works in a GraalVM native image without reflection metadata for them: no class of the runtime
 * looks a class up by name or calls anything reflectively.
 */
class ReflectionFreeTest {
  /** Methods of {@code java.lang.Class} that find or call members by name, or load a class by name. */
  private static final Set<String> REFLECTIVE_CLASS_METHODS =
      Set.of(
          "forName", "getMethod", "getMethods", "getConstructor", "getConstructors", "getField", "getFields",
          "getRecordComponents", "newInstance", "getEnclosingMethod", "getEnclosingConstructor");

  private static final DescribedPredicate<JavaCall<?>> REFLECTIVE_CALL =
      DescribedPredicate.describe(
          "Class.forName, a getDeclared* or other member lookup, java.lang.reflect or java.lang.invoke",
          call -> {
            String owner = call.getTargetOwner().getName();
            String name = call.getName();
            return owner.startsWith("java.lang.reflect.")
                || owner.startsWith("java.lang.invoke.")
                || (owner.equals(Class.class.getName())
                    && (name.startsWith("getDeclared") || REFLECTIVE_CLASS_METHODS.contains(name)))
                || (owner.equals(ClassLoader.class.getName()) && name.equals("loadClass"));
          });

  private static final ArchRule NO_REFLECTION =
      noClasses()
          .that().resideInAPackage("dev.softdelete..")
          .should().callCodeUnitWhere(REFLECTIVE_CALL)
          .orShould().dependOnClassesThat()
          .belongToAnyOf(MethodHandle.class, MethodHandles.class, MethodHandles.Lookup.class, MethodType.class);

  @Test
  void noRuntimeClassUsesReflection() {
    JavaClasses runtime =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.softdelete");

    NO_REFLECTION.check(runtime);
  }

  /** The rule does catch what it is about: here, the lookups the plugin made before the registry. */
  @Test
  void theRuleCatchesALookupByName() {
    JavaClasses offender = new ClassFileImporter().importClasses(LooksUpByName.class);

    assertThatThrownBy(() -> NO_REFLECTION.check(offender))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Class.forName")
        .hasMessageContaining("MethodHandles$Lookup.findConstructor")
        .hasMessageContaining("Class.getDeclaredConstructor");
  }

  static final class LooksUpByName {
    Object find(String name) throws ReflectiveOperationException {
      Class<?> type = Class.forName(name);
      MethodHandles.publicLookup().findConstructor(type, MethodType.methodType(void.class));
      return type.getDeclaredConstructor().newInstance();
    }
  }
}
