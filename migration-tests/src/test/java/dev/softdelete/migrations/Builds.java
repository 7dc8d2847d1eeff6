package dev.softdelete.migrations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Builds run by the tests themselves: javac with the softdelete processor and the options a user puts
 * in their build, on sources in a folder, into a folder of classes and resources.
 */
final class Builds {
  /** The options of this module's own build (its pom's compilerArgs). */
  static final List<String> MODULE_OPTIONS =
      List.of(
          "-Asoftdelete.dialects=h2,postgresql,sqlite", "-Asoftdelete.flyway.version=1", "-Asoftdelete.liquibase=true");

  private Builds() {}

  /** Compiles every .java file under {@code sources} into {@code output}; fails the test on any error. */
  static Path compile(Path sources, Path output, List<String> options) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8);
        Stream<Path> walk = Files.walk(sources)) {
      Files.createDirectories(output.resolve("classes"));
      Files.createDirectories(output.resolve("generated"));
      List<Path> java = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
      List<String> args = new ArrayList<>(List.of(
          "-d", output.resolve("classes").toString(),
          "-s", output.resolve("generated").toString(),
          "-classpath", System.getProperty("java.class.path"),
          "-processorpath", System.getProperty("java.class.path"),
          "-processor", "dev.softdelete.processor.SoftDeleteProcessor"));
      args.addAll(options);
      boolean ok = javac.getTask(null, files, diagnostics, args, null, files.getJavaFileObjectsFromPaths(java)).call();
      assertThat(ok).as("javac %s: %s", args, diagnostics.getDiagnostics()).isTrue();
      return output.resolve("classes");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every file under {@code classes/db}, by its path below {@code classes}, with its bytes as text. */
  static Map<String, String> migrations(Path classes) {
    Map<String, String> found = new TreeMap<>();
    Path db = classes.resolve("db");
    if (!Files.isDirectory(db)) {
      return found;
    }
    try (Stream<Path> walk = Files.walk(db)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        found.put(classes.relativize(file).toString().replace('\\', '/'), Files.readString(file));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return found;
  }

  /** Writes source files, by path below {@code root}. */
  static Path sources(Path root, Map<String, String> files) {
    try {
      for (Map.Entry<String, String> file : files.entrySet()) {
        Path path = root.resolve(file.getKey());
        Files.createDirectories(path.getParent());
        Files.writeString(path, file.getValue());
      }
      return root;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
