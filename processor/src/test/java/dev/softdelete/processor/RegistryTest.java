package dev.softdelete.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.softdelete.processor.Compilations.entity;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * The registry a compilation gets: its name and package, the rounds it is written in, the option that
 * names it, and the types it cannot name. The golden files show its text; the integration tests load it.
 */
class RegistryTest {
  private static final JavaFileObject USER =
      entity(
          "User",
          """
          @SoftDeleteEntity(table = "users")
          public record User(@Id Long id, String name) {}
          """);

  private static final JavaFileObject TAG =
      entity(
          "Tag",
          """
          @SoftDeleteEntity(table = "tags")
          public record Tag(@Id Long id, String label) {}
          """);

  private static JavaFileObject source(String qualifiedName, String text) {
    return JavaFileObjects.forSourceString(qualifiedName, text);
  }

  private static String services(Compilation compilation) {
    return text(compilation.generatedFile(StandardLocation.CLASS_OUTPUT, RegistryFiles.SERVICES).orElseThrow());
  }

  private static String text(JavaFileObject file) {
    try {
      return file.getCharContent(true).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void theRegistryIsNamedAfterAHashOfWhatItListsAndListedInTheServicesFile() {
    Compilation compilation = Compilations.compile(USER, TAG);

    assertThat(compilation).succeededWithoutWarnings();
    String registry = RegistryFiles.registry("test.Tag", "test.User");
    assertThat(compilation).generatedSourceFile(registry);
    assertThat(services(compilation)).isEqualTo(registry + "\n");
  }

  @Test
  void theNameIsTheSameInEveryBuildAndDiffersForOtherTypes() {
    Compilation again = Compilations.compile(TAG, USER);
    Compilation userOnly = Compilations.compile(USER);

    assertThat(services(again)).isEqualTo(RegistryFiles.registry("test.Tag", "test.User") + "\n");
    assertThat(services(userOnly)).isEqualTo(RegistryFiles.registry("test.User") + "\n");
  }

  @Test
  void aCompilationWithoutEntitiesWritesNoRegistry() {
    Compilation compilation = Compilations.compile(source("test.Plain", "package test; class Plain {}"));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation.generatedSourceFiles()).isEmpty();
    assertThat(compilation.generatedFile(StandardLocation.CLASS_OUTPUT, RegistryFiles.SERVICES)).isEmpty();
  }

  @Test
  void theRegistryIsInTheLongestPackageTheTypesShare() {
    JavaFileObject invoice =
        source(
            "com.shop.billing.Invoice",
            """
            package com.shop.billing;
            @dev.softdelete.SoftDeleteEntity(table = "invoices")
            public record Invoice(@dev.softdelete.Id Long id, String name) {}
            """);
    JavaFileObject item =
        source(
            "com.shop.stock.Item",
            """
            package com.shop.stock;
            @dev.softdelete.SoftDeleteEntity(table = "items")
            public record Item(@dev.softdelete.Id Long id, String name) {}
            """);

    Compilation compilation = Compilations.compile(invoice, item);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(services(compilation)).startsWith("com.shop.SoftDeleteRegistry_");
    assertThat(compilation).generatedSourceFile("com.shop.SoftDeleteModule");
  }

  @Test
  void withoutACommonPackageTheRegistryIsInTheFirstTypesPackage() {
    JavaFileObject invoice =
        source(
            "org.billing.Invoice",
            """
            package org.billing;
            @dev.softdelete.SoftDeleteEntity(table = "invoices")
            public record Invoice(@dev.softdelete.Id Long id, String name) {}
            """);
    JavaFileObject item =
        source(
            "com.stock.Item",
            """
            package com.stock;
            @dev.softdelete.SoftDeleteEntity(table = "items")
            public record Item(@dev.softdelete.Id Long id, String name) {}
            """);

    Compilation compilation = Compilations.compile(invoice, item);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(services(compilation)).startsWith("com.stock.SoftDeleteRegistry_");
  }

  @Test
  void nonPublicTypesOfOnePackageBringTheRegistryThere() {
    JavaFileObject invoice =
        source(
            "com.shop.billing.Invoice",
            """
            package com.shop.billing;
            @dev.softdelete.SoftDeleteEntity(table = "invoices")
            record Invoice(@dev.softdelete.Id Long id, String name) {}
            """);
    JavaFileObject item =
        source(
            "com.shop.stock.Item",
            """
            package com.shop.stock;
            @dev.softdelete.SoftDeleteEntity(table = "items")
            public record Item(@dev.softdelete.Id Long id, String name) {}
            """);

    Compilation compilation = Compilations.compile(invoice, item);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(services(compilation)).startsWith("com.shop.billing.SoftDeleteRegistry_");
  }

  @Test
  void nonPublicTypesInTwoPackagesAreReportedWhereTheRegistryCannotNameThem() {
    JavaFileObject invoice =
        source(
            "com.shop.billing.Invoice",
            """
            package com.shop.billing;
            @dev.softdelete.SoftDeleteEntity(table = "invoices")
            record Invoice(@dev.softdelete.Id Long id, String name) {}
            """);
    JavaFileObject item =
        source(
            "com.shop.stock.Item",
            """
            package com.shop.stock;
            @dev.softdelete.SoftDeleteEntity(table = "items")
            record Item(@dev.softdelete.Id Long id, String name) {}
            """);

    Compilation compilation = Compilations.compile(invoice, item);

    assertThat(compilation).hadErrorCount(2);
    String registry = "com.shop.SoftDeleteRegistry_";
    assertThat(compilation)
        .hadErrorContaining("com.shop.billing.Invoice is not public, so the registry " + registry)
        .inFile(invoice)
        .onLineContaining("record Invoice");
    assertThat(compilation)
        .hadErrorContaining(
            "which lists every repository of the compilation for SoftDeleteRegistry.load(), cannot name it"
                + " from package com.shop. Make Item public (and the types it is nested in), or keep the"
                + " compilation's non-public entities and @Repository interfaces in one package.")
        .inFile(item)
        .onLineContaining("record Item");
  }

  @Test
  void aRecordNestedInANonPublicClassIsNotPublicEither() {
    JavaFileObject invoice =
        source(
            "com.shop.billing.Billing",
            """
            package com.shop.billing;
            class Billing {
              @dev.softdelete.SoftDeleteEntity(table = "invoices")
              public record Invoice(@dev.softdelete.Id Long id, String name) {}
            }
            """);

    Compilation compilation =
        Compilations.javac().withOptions("-Asoftdelete.registry=com.shop.AppRegistry").compile(invoice);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("com.shop.billing.Billing.Invoice is not public, so the registry com.shop.AppRegistry")
        .inFile(invoice)
        .onLineContaining("public record Invoice");
  }

  @Test
  void theOptionNamesTheRegistry() {
    Compilation compilation =
        Compilations.javac().withOptions("-Asoftdelete.registry=com.example.AppRegistry").compile(USER);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("com.example.AppRegistry");
    assertThat(compilation).generatedSourceFile("com.example.SoftDeleteModule");
    assertThat(services(compilation)).isEqualTo("com.example.AppRegistry\n");
  }

  @Test
  void anOptionThatIsNotAClassNameIsReportedAndNothingIsWritten() {
    FilerRecorder processor = new FilerRecorder(new SoftDeleteProcessor());
    Compilation compilation =
        Compiler.javac().withProcessors(processor).withOptions("-Asoftdelete.registry=my-registry").compile(USER);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "The processor option softdelete.registry is \"my-registry\", which is not a qualified Java class"
                + " name. Name a class such as com.example.AppRegistry, or leave the option out for the"
                + " default name.");
    assertThat(processor.created()).isEmpty();
  }

  @Test
  void aDaggerModuleNameThatIsNotAClassNameIsReported() {
    FilerRecorder processor = new FilerRecorder(new SoftDeleteProcessor());
    Compilation compilation =
        Compiler.javac().withProcessors(processor).withOptions("-Asoftdelete.dagger.module=App Module").compile(USER);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "The processor option softdelete.dagger.module is \"App Module\", which is not a qualified Java"
                + " class name. Name a class such as com.example.AppModule, or leave the option out for the"
                + " default name.");
    assertThat(processor.created()).isEmpty();
  }

  @Test
  void theDaggerSwitchIsTrueOrFalse() {
    FilerRecorder processor = new FilerRecorder(new SoftDeleteProcessor());
    Compilation compilation =
        Compiler.javac().withProcessors(processor).withOptions("-Asoftdelete.dagger=yes").compile(USER);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "The processor option softdelete.dagger is \"yes\"; use true or false, or leave the option out for a"
                + " module whenever Dagger is on the class path.");
    assertThat(processor.created()).isEmpty();
  }

  @Test
  void aKeywordIsNotAClassName() {
    Compilation compilation =
        Compilations.javac().withOptions("-Asoftdelete.registry=com.class.Registry").compile(USER);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("The processor option softdelete.registry is \"com.class.Registry\", which is not");
  }

  /** An entity that another processor generates in the first round is in the one registry. */
  @Test
  void anEntityGeneratedInTheFirstRoundIsInTheSameRegistry() {
    Compilation compilation =
        Compiler.javac()
            .withProcessors(new SoftDeleteProcessor(), generated("test.Late", 1))
            .compile(USER);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(services(compilation)).isEqualTo(RegistryFiles.registry("test.Late", "test.User") + "\n");
  }

  /**
   * An entity that another processor generates after the registry was written gets a registry of its
   * own, with a Dagger module of its own; the services file lists both.
   */
  @Test
  void anEntityGeneratedAfterTheRegistryGetsARegistryOfItsOwn() {
    Compilation compilation =
        Compiler.javac()
            .withProcessors(new SoftDeleteProcessor(), generated("test.Late", 3))
            .compile(USER);

    assertThat(compilation).succeededWithoutWarnings();
    String first = RegistryFiles.registry("test.User");
    String second = RegistryFiles.registry("test.Late");
    assertThat(services(compilation)).isEqualTo(first + "\n" + second + "\n");
    assertThat(text(compilation.generatedSourceFile(first).orElseThrow()))
        .contains("UserRepository.class")
        .doesNotContain("Late");
    assertThat(text(compilation.generatedSourceFile(second).orElseThrow()))
        .contains("LateRepository.class")
        .doesNotContain("User");
    assertThat(compilation).generatedSourceFile("test.SoftDeleteModule");
    assertThat(compilation).generatedSourceFile("test.SoftDeleteModule_" + second.substring(second.length() - 8));
  }

  /** A {@code @Repository} that waits a round for its entity's generated repository is in the registry. */
  @Test
  void aRepositoryInterfaceIsListedWithItsEntity() {
    JavaFileObject accounts =
        entity(
            "Accounts",
            """
            @Repository
            public interface Accounts extends UserRepository {
              List<User> findByName(String name);
            }
            """);

    Compilation compilation = Compilations.compile(USER, accounts);

    assertThat(compilation).succeededWithoutWarnings();
    String registry = RegistryFiles.registry("test.Accounts", "test.User");
    assertThat(services(compilation)).isEqualTo(registry + "\n");
    assertThat(text(compilation.generatedSourceFile(registry).orElseThrow()))
        .contains("RepositoryBinding.of(Accounts.class, User.class,")
        .contains("RepositoryBinding.of(UserRepository.class, User.class,");
  }

  private static SourceGenerator generated(String qualifiedName, int round) {
    String simpleName = qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
    return new SourceGenerator(
        qualifiedName,
        """
        package test;

        @dev.softdelete.SoftDeleteEntity(table = "%s")
        public record %s(@dev.softdelete.Id Long id, String name) {}
        """
            .formatted(simpleName.toLowerCase() + "s", simpleName),
        round);
  }

  @Test
  void withoutEntitiesOfItsOwnAGeneratedEntityStillGetsARegistry() {
    Compilation compilation =
        Compiler.javac()
            .withProcessors(new SoftDeleteProcessor(), generated("test.Late", 1))
            .compile(source("test.Plain", "package test; class Plain {}"));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(services(compilation)).isEqualTo(RegistryFiles.registry("test.Late") + "\n");
    assertThat(compilation).generatedSourceFile(RegistryFiles.registry("test.Late"));
  }
}
