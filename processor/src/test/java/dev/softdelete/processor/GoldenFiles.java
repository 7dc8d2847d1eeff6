package dev.softdelete.processor;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import javax.tools.JavaFileObject;

/**
 * The golden files under {@code src/test/resources/golden}: inputs in {@code input/}, the processor's
 * expected outputs in {@code expected/}, at the path each has in the generated output ({@code
 * expected/test/UserRepository.java}, {@code expected/META-INF/softdelete/h2/users.sql}).
 *
 * <p>Regenerate the expected files after an intended change of the generated code with
 *
 * <pre>
 * mvn -pl processor -am test -Dtest=GoldenFileTest -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dsoftdelete.golden.update=true
 * </pre>
 *
 * <p>(or {@code mvn -pl processor test -Dtest=GoldenFileTest -Dsoftdelete.golden.update=true} once
 * the runtime is installed) and review the diff. With {@code softdelete.golden.update=true} the golden tests write the
 * processor's actual output into {@code softdelete.golden.dir} (the pom sets it to this module's
 * {@code src/test/resources/golden}) instead of comparing, like Dagger's {@code GoldenFileRule}.
 */
final class GoldenFiles {
  static final String UPDATE_PROPERTY = "softdelete.golden.update";
  static final String DIR_PROPERTY = "softdelete.golden.dir";

  private GoldenFiles() {}

  /** Whether this run rewrites the expected files rather than comparing with them. */
  static boolean updating() {
    return Boolean.getBoolean(UPDATE_PROPERTY);
  }

  /** An input source, {@code input/<path>}. */
  static JavaFileObject input(String path) {
    return JavaFileObjects.forResource("golden/input/" + path);
  }

  /** The expected file {@code expected/<path>}, as a source file. */
  static JavaFileObject expectedSource(String path) {
    return JavaFileObjects.forResource(resourceName(path));
  }

  /** The text of the expected file {@code expected/<path>}, with {@code \n} line ends. */
  static String expectedText(String path) {
    String name = resourceName(path);
    try (InputStream in = GoldenFiles.class.getClassLoader().getResourceAsStream(name)) {
      assertThat(in)
          .as("src/test/resources/%s is missing; create it with -D%s=true", name, UPDATE_PROPERTY)
          .isNotNull();
      return normalize(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes {@code expected/<path>} in the source tree. Only when {@link #updating()}. */
  static void update(String path, String content) {
    String dir = System.getProperty(DIR_PROPERTY);
    if (dir == null || dir.isBlank()) {
      throw new IllegalStateException(
          DIR_PROPERTY + " must name src/test/resources/golden to update the golden files");
    }
    Path file = Paths.get(dir, "expected").resolve(path);
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, normalize(content), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    System.err.println("Updated golden file " + file);
  }

  /** The text with {@code \n} line ends, so that a checkout with CRLF compares equal. */
  static String normalize(String text) {
    return text.replace("\r\n", "\n");
  }

  private static String resourceName(String path) {
    return "golden/expected/" + path;
  }
}
