package dev.softdelete.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.softdelete.processor.Compilations.compile;
import static dev.softdelete.processor.Compilations.entity;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Records that are valid but tempt the generated code into mistakes. */
class GeneratedCodeTest {

  /**
   * Finder parameters are named after components, so a component may take the name of a field or a
   * local of the generated code.
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"connection", "statements", "s", "statement", "e", "h", "handle", "jdbi", "rs", "entity"})
  void componentsNamedLikeTheGeneratedCodesOwnVariablesCompile(String name) {
    JavaFileObject thing =
        entity(
            "Thing",
            """
            @SoftDeleteEntity(
                table = "things",
                uniqueKeys = @UniqueKey(name = "pair", components = {"%1$s", "other"}))
            public record Thing(
                @Id Long id,
                @Unique String %1$s,
                String other) {}
            """.formatted(name));

    Compilation compilation = compile(thing);

    assertThat(compilation).succeededWithoutWarnings();
  }

  /**
   * javac reports an annotation value that does not compile, or a member left out that has no
   * default; the processor must neither crash nor add errors about what javac leaves in its place.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "@SoftDeleteEntity(table = NO_SUCH_CONSTANT)|NO_SUCH_CONSTANT",
        "@SoftDeleteEntity(table = \"things\", uniqueKeys = NO_SUCH_CONSTANT)|annotation value must be an annotation",
        "@SoftDeleteEntity(table = \"things\", uniqueKeys = {@UniqueKey(name = \"k\", components = \"name\"), NO_SUCH_CONSTANT})|annotation value must be an annotation",
        "@SoftDeleteEntity(table = \"things\", uniqueKeys = @UniqueKey(name = NO_SUCH_CONSTANT, components = \"name\"))|NO_SUCH_CONSTANT",
        "@SoftDeleteEntity(table = \"things\", uniqueKeys = @UniqueKey(name = \"k\", components = NO_SUCH_CONSTANT))|NO_SUCH_CONSTANT",
        "@SoftDeleteEntity(table = \"things\", uniqueKeys = @UniqueKey(name = \"k\"))|missing a default value for the element 'components'",
        "@SoftDeleteEntity(table = \"things\", uniqueKeys = @UniqueKey(components = \"name\"))|missing a default value for the element 'name'",
        "@SoftDeleteEntity(table = \"things\", indexes = @Index(name = NO_SUCH_CONSTANT, components = \"name\"))|NO_SUCH_CONSTANT",
        "@SoftDeleteEntity(table = \"things\", indexes = @Index(name = \"k\", components = NO_SUCH_CONSTANT))|NO_SUCH_CONSTANT"
      })
  void annotationValuesThatDoNotCompileAreLeftToJavac(String annotation, String javacError) {
    JavaFileObject thing =
        entity(
            "Thing",
            annotation
                + """

                public record Thing(
                    @Id Long id,
                    @Column(NAME_COLUMN) String name) {
                  static final String NAME_COLUMN = "label";
                }
                """);

    Compilation compilation = compile(thing);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(javacError).inFile(thing).onLine(8);
  }
}
