package dev.softdelete;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The runtime's packages by audience, pinned so that they stay that way:
 *
 * <ul>
 *   <li>{@code dev.softdelete}: what users write and catch; depends on no other package of ours;
 *   <li>{@code dev.softdelete.jdbi}: the plugin; never reaches into the schema verifier;
 *   <li>{@code dev.softdelete.schema}: the verifier; uses the Jdbi side only through its public
 *       configuration;
 *   <li>{@code dev.softdelete.internal}: for generated code; depends only on the public package;
 *   <li>{@code dev.softdelete.registry}: the generated registry's API; depends only on the public
 *       package, so that containers can use it without the plugin.
 * </ul>
 *
 * And the runtime as a whole depends on the JDK, Jdbi and itself, never on the processor.
 */
class ArchitectureTest {
  private static JavaClasses runtime;

  @BeforeAll
  static void importRuntime() {
    runtime =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.softdelete");
  }

  @Test
  void thePublicPackageDependsOnNoOtherPackageOfOurs() {
    noClasses()
        .that().resideInAPackage("dev.softdelete")
        .should().dependOnClassesThat()
        .resideInAnyPackage("dev.softdelete.jdbi..", "dev.softdelete.schema..", "dev.softdelete.internal..")
        .check(runtime);
  }

  @Test
  void theJdbiSideNeverReachesIntoTheSchemaVerifier() {
    noClasses()
        .that().resideInAPackage("dev.softdelete.jdbi..")
        .should().dependOnClassesThat().resideInAPackage("dev.softdelete.schema..")
        .check(runtime);
  }

  @Test
  void theSchemaVerifierUsesOnlyThePublicConfigurationOfTheJdbiSide() {
    noClasses()
        .that().resideInAPackage("dev.softdelete.schema..")
        .should().dependOnClassesThat(
            DescribedPredicate.describe(
                "non-public classes of dev.softdelete.jdbi or types other than SoftDeleteConfig",
                c -> c.getPackageName().equals("dev.softdelete.jdbi")
                    && !c.getName().equals("dev.softdelete.jdbi.SoftDeleteConfig")))
        .check(runtime);
  }

  @Test
  void internalHelpersDependOnlyOnThePublicPackage() {
    noClasses()
        .that().resideInAPackage("dev.softdelete.internal..")
        .should().dependOnClassesThat()
        .resideInAnyPackage("dev.softdelete.jdbi..", "dev.softdelete.schema..")
        .check(runtime);
  }

  @Test
  void theRegistryDependsOnlyOnThePublicPackage() {
    noClasses()
        .that().resideInAPackage("dev.softdelete.registry..")
        .should().dependOnClassesThat()
        .resideInAnyPackage("dev.softdelete.jdbi..", "dev.softdelete.schema..", "dev.softdelete.internal..")
        .check(runtime);
  }

  @Test
  void theRuntimeDependsOnTheJdkJdbiAndItselfOnly() {
    classes()
        .that().resideInAPackage("dev.softdelete..")
        .should().onlyDependOnClassesThat()
        .resideInAnyPackage("dev.softdelete..", "java..", "javax.sql..", "jdk.jfr..", "org.jdbi.v3..")
        .check(runtime);
  }

  /**
   * Every statement of a repository goes through {@code Statements}, which chooses between plain
   * JDBC and Jdbi's pipeline; a helper that prepared its own would hide from Jdbi's loggers, timeout
   * and tracing. The schema verifier reads catalogs on a connection it is given, not a handle.
   */
  @Test
  void onlyStatementsPreparesStatements() {
    noClasses()
        .that().doNotHaveFullyQualifiedName("dev.softdelete.internal.Statements")
        .and().resideOutsideOfPackage("dev.softdelete.schema..")
        .should().callMethodWhere(
            DescribedPredicate.describe(
                "Connection.prepareStatement",
                call -> call.getTarget().getName().equals("prepareStatement")
                    && call.getTarget().getOwner().isAssignableTo(java.sql.Connection.class)))
        .check(runtime);
  }

  @Test
  void everyRuntimePackageSaysWhatItIsFor() {
    for (String pkg : List.of(
        "dev.softdelete", "dev.softdelete.jdbi", "dev.softdelete.registry", "dev.softdelete.schema",
        "dev.softdelete.internal")) {
      String packageInfo = pkg.replace('.', '/') + "/package-info.class";
      assertThat(ArchitectureTest.class.getClassLoader().getResource(packageInfo)).as(packageInfo).isNotNull();
    }
  }
}
