package dev.softdelete.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.softdelete.processor.GoldenFiles.expectedSource;
import static dev.softdelete.processor.GoldenFiles.expectedText;
import static dev.softdelete.processor.GoldenFiles.input;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.softdelete.Dialect;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The processor's output for the golden inputs ({@code User}, {@code Membership}, the
 * {@code @Repository} {@code Accounts}, and the entities in relations {@code Customer}, {@code
 * PurchaseOrder} and {@code Category}) against the expected files. See {@link GoldenFiles} for how to
 * regenerate them.
 */
class GoldenFileTest {
  /**
   * The registry of the golden inputs: its hash is that of their sorted qualified names, and stays the
   * same from build to build.
   */
  static final String REGISTRY = "test.SoftDeleteRegistry_e8c0c1e3";

  /** Every source the processor generates for the golden inputs that is compared with its golden file. */
  private static final List<String> SOURCES =
      Stream.concat(
              Stream.of("test.JdbiAccounts", REGISTRY, "test.SoftDeleteModule"),
              Stream.of("User", "Membership", "Customer", "PurchaseOrder", "Category")
                  .flatMap(
                      entity -> Stream.of(
                          "test." + entity + "Repository",
                          "test.Jdbi" + entity + "Repository",
                          "test." + entity + "RowMapper",
                          "test." + entity + "Schema")))
          .collect(Collectors.toList());

  /** Every resource the processor generates for the golden inputs: each table's DDL on every dialect. */
  private static final List<String> RESOURCES =
      Stream.of("users", "memberships", "customers", "purchase_orders", "categories")
          .flatMap(
              table -> Stream.of(Dialect.values())
                  .map(d -> "META-INF/softdelete/" + d.id() + "/" + table + ".sql"))
          .collect(Collectors.collectingAndThen(Collectors.toList(), ddl -> {
            ddl.add("META-INF/services/dev.softdelete.registry.GeneratedRegistry");
            return ddl;
          }));

  private static Compilation compilation;

  private static JavaFileObject[] inputs() {
    return new JavaFileObject[] {
      input("test/User.java"),
      input("test/Membership.java"),
      input("test/NonNull.java"),
      input("test/Accounts.java"),
      input("test/Customer.java"),
      input("test/PurchaseOrder.java"),
      input("test/Category.java")
    };
  }

  @BeforeAll
  static void compile() {
    compilation = Compilations.compile(inputs());
  }

  static List<String> sources() {
    return SOURCES;
  }

  static List<String> resources() {
    return RESOURCES;
  }

  @Test
  void goldenInputsCompileWithoutErrorsOrWarnings() {
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void generatesExactlyTheGoldenSources() {
    Set<String> generated =
        compilation.generatedSourceFiles().stream()
            .map(file -> outputPath(file, StandardLocation.SOURCE_OUTPUT))
            .map(path -> path.substring(0, path.length() - ".java".length()).replace('/', '.'))
            .collect(Collectors.toSet());
    assertThat(generated)
        .containsExactlyInAnyOrderElementsOf(SOURCES);
  }

  @Test
  void generatesExactlyTheGoldenResources() {
    Set<String> generated =
        compilation.generatedFiles().stream()
            .filter(file -> file.getKind() == JavaFileObject.Kind.OTHER)
            .map(file -> outputPath(file, StandardLocation.CLASS_OUTPUT))
            .collect(Collectors.toSet());
    assertThat(generated).containsExactlyInAnyOrderElementsOf(RESOURCES);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sources")
  void generatedSourceMatchesGoldenFile(String qualifiedName) {
    String path = qualifiedName.replace('.', '/') + ".java";
    String actual =
        contents(
            compilation
                .generatedSourceFile(qualifiedName)
                .orElseThrow(() -> new AssertionError(qualifiedName + " was not generated")));
    if (GoldenFiles.updating()) {
      GoldenFiles.update(path, actual);
      return;
    }
    assertThat(compilation)
        .generatedSourceFile(qualifiedName)
        .hasSourceEquivalentTo(expectedSource(path));
    // Source equivalence ignores comments and layout; the text comparison covers the Javadoc too.
    assertThat(actual).as("text of %s", qualifiedName).isEqualTo(expectedText(path));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("resources")
  void generatedResourceMatchesGoldenFile(String path) {
    String actual =
        contents(
            compilation
                .generatedFile(StandardLocation.CLASS_OUTPUT, path)
                .orElseThrow(() -> new AssertionError(path + " was not generated")));
    if (GoldenFiles.updating()) {
      GoldenFiles.update(path, actual);
      return;
    }
    assertThat(actual).as("text of %s", path).isEqualTo(expectedText(path));
  }

  /** Generated code reads like hand-written code: no line, Javadoc included, over 120 columns. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("sources")
  void generatedLinesFitIn120Columns(String qualifiedName) {
    String actual = contents(compilation.generatedSourceFile(qualifiedName).orElseThrow());

    assertThat(actual.lines().filter(line -> line.length() > 120)).as("lines of %s", qualifiedName).isEmpty();
  }

  /**
   * Generated code prepares every statement through {@code Statements}, so that Jdbi's loggers,
   * timeout and tracing see it when the configuration asks for them.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("sources")
  void generatedCodeNeverPreparesItsOwnStatements(String qualifiedName) {
    String actual = contents(compilation.generatedSourceFile(qualifiedName).orElseThrow());

    assertThat(actual).as("source of %s", qualifiedName).doesNotContain(".prepareStatement(");
  }

  /**
   * No public or protected declaration of a generated class names a type of {@code
   * dev.softdelete.internal}, which is not a supported API; generated classes of one entity share
   * its package and reach each other's helpers package-privately.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("sources")
  void publicSignaturesNameNoInternalType(String qualifiedName) {
    String actual = contents(compilation.generatedSourceFile(qualifiedName).orElseThrow());
    String internalImport = "import dev.softdelete.internal.";
    List<String> internalTypes =
        actual.lines()
            .filter(line -> line.startsWith(internalImport))
            .map(line -> line.substring(internalImport.length(), line.length() - 1))
            .collect(Collectors.toList());

    assertThat(
            actual.lines()
                .map(String::strip)
                .filter(line -> line.startsWith("public ") || line.startsWith("protected ")))
        .as("public declarations of %s", qualifiedName)
        .noneMatch(line -> internalTypes.stream().anyMatch(type -> line.matches(".*\\b" + type + "\\b.*")));
  }

  /**
   * Compiles the golden inputs with every lint category. Two categories are left out because their
   * warnings are not about the generated code: {@code processing} (javac notes that no processor
   * claimed the softdelete annotations, {@code @Generated} and {@code @Inject}) and {@code classfile}
   * (Jdbi's class files refer to errorprone annotations that are not on the classpath).
   */
  @Test
  void generatedSourcesCompileWithoutLintWarnings() {
    Compilation lint = Compilations.javac().withOptions("-Xlint:all").compile(inputs());

    assertThat(lint).succeeded();
    assertThat(lint.warnings())
        .as("-Xlint:all is on: javac notes the unclaimed annotations")
        .anyMatch(warning -> lintCategory(warning).equals("processing"));
    List<String> warnings =
        lint.warnings().stream()
            .filter(warning -> !lintCategory(warning).equals("processing"))
            .filter(warning -> !lintCategory(warning).equals("classfile"))
            .map(warning -> warning.getCode() + ": " + warning)
            .collect(Collectors.toList());
    assertThat(warnings).isEmpty();
  }

  @Test
  void jdbiConstructorIsInjectWhenJakartaInjectIsOnTheClasspath() {
    assertThat(compilation)
        .generatedSourceFile("test.JdbiUserRepository")
        .contentsAsUtf8String()
        .containsMatch("@Inject\\s+public JdbiUserRepository\\(Jdbi jdbi\\)");
    assertThat(compilation)
        .generatedSourceFile("test.JdbiUserRepository")
        .contentsAsUtf8String()
        .contains("import jakarta.inject.Inject;");
  }

  @Test
  void jdbiConstructorIsNotInjectWithoutJakartaInject() {
    List<File> classpath = classpathWithout(jakarta.inject.Inject.class);
    Compilation withoutInject =
        Compilations.javac().withClasspath(classpath).compile(inputs());

    assertThat(withoutInject).succeededWithoutWarnings();
    assertThat(withoutInject)
        .generatedSourceFile("test.JdbiUserRepository")
        .contentsAsUtf8String()
        .contains("public JdbiUserRepository(Jdbi jdbi)");
    assertThat(withoutInject)
        .generatedSourceFile("test.JdbiUserRepository")
        .contentsAsUtf8String()
        .doesNotContain("Inject");
  }

  /** The test's classpath without the entry that holds {@code type}. */
  private static List<File> classpathWithout(Class<?> type) {
    File excluded;
    try {
      excluded = Paths.get(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toFile();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    List<File> all =
        Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
            .map(File::new)
            .collect(Collectors.toList());
    List<File> rest =
        all.stream().filter(file -> !sameFile(file, excluded)).collect(Collectors.toList());
    assertThat(rest).as("classpath without %s", excluded).hasSize(all.size() - 1);
    return rest;
  }

  private static boolean sameFile(File a, File b) {
    return a.getAbsoluteFile().toPath().normalize().equals(b.getAbsoluteFile().toPath().normalize());
  }

  /**
   * The lint category of the warnings to leave out, by javac's diagnostic code (the category itself is
   * not in the Diagnostic API): javac 21 and later file missing annotation classes under {@code
   * classfile}; javac 17 reports them under no category.
   */
  private static final Map<String, String> LINT_CATEGORIES =
      Map.of(
          "compiler.warn.proc.annotations.without.processors", "processing",
          "compiler.warn.annotation.method.not.found", "classfile",
          "compiler.warn.annotation.method.not.found.reason", "classfile",
          "compiler.warn.unknown.enum.constant", "classfile",
          "compiler.warn.unknown.enum.constant.reason", "classfile");

  /** The lint category of a warning that is listed in {@link #LINT_CATEGORIES}; empty for others. */
  private static String lintCategory(Diagnostic<? extends JavaFileObject> warning) {
    return LINT_CATEGORIES.getOrDefault(warning.getCode(), "");
  }

  /** The path of a generated file below its output location: {@code test/UserRepository.java}. */
  private static String outputPath(JavaFileObject file, StandardLocation location) {
    Path path = Paths.get(file.toUri().getPath());
    Path root = Paths.get("/" + location.getName());
    assertThat(path).as("location of %s", file.toUri()).startsWithRaw(root);
    return root.relativize(path).toString().replace(File.separatorChar, '/');
  }

  private static String contents(JavaFileObject file) {
    try {
      return GoldenFiles.normalize(file.getCharContent(true).toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
