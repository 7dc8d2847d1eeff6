package dev.softdelete.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.softdelete.processor.Compilations.compile;
import static dev.softdelete.processor.Compilations.entity;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Errors about {@code @References}. The records declare one component per line, so that each test
 * checks the error is on the annotation's line; each error is reported once.
 */
class ReferenceErrorsTest {

  private static final JavaFileObject CUSTOMER =
      entity(
          "Customer",
          """
          @SoftDeleteEntity(table = "customers")
          public record Customer(
              @Id Long id,
              String name) {}
          """);

  /** A type-use NonNull, which the processor recognises by its simple name. */
  private static final JavaFileObject NON_NULL =
      JavaFileObjects.forSourceString(
          "test.NonNull",
          """
          package test;

          import java.lang.annotation.ElementType;
          import java.lang.annotation.Target;

          @Target(ElementType.TYPE_USE)
          public @interface NonNull {}
          """);

  private static JavaFileObject order(String component) {
    return entity(
        "Order",
        """
        @SoftDeleteEntity(table = "orders")
        public record Order(
            @Id Long id,
            %s,
            String note) {}
        """
            .formatted(component));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Address.class | Address
          String.class  | String
          int.class     | int
          """)
  void referencedTypeIsNotAnEntity(String literal, String shown) {
    JavaFileObject address =
        entity("Address", "public record Address(Long id, String street) {}");
    JavaFileObject order = order("@References(%s) long customerId".formatted(literal));

    Compilation compilation = compile(address, order);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "`customerId` references "
                + shown
                + ", which is not a @SoftDeleteEntity record. Reference the entity whose id the"
                + " component holds, or remove @References.")
        .inFile(order)
        .onLineContaining("@References(" + literal + ")");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          String customerId     | String
          int customerId        | int
          Integer customerId    | Integer
          java.util.UUID customerId | UUID
          """)
  void typeDiffersFromTheParentsId(String component, String shown) {
    JavaFileObject order = order("@References(Customer.class) " + component);

    Compilation compilation = compile(CUSTOMER, order);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "`customerId` has type "
                + shown
                + ", but it references Customer, whose @Id `id` is Long. Declare the component as Long.")
        .inFile(order)
        .onLineContaining("@References(Customer.class)");
  }

  /** A primitive and its box are the same type for a reference; so is a type and itself. */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Long           | long
          Long           | Long
          long           | Long
          Integer        | int
          int            | Integer
          String         | String
          java.util.UUID | java.util.UUID
          """)
  void typeMatchingTheParentsIdCompiles(String parentId, String component) {
    JavaFileObject customer =
        entity(
            "Customer",
            """
            @SoftDeleteEntity(table = "customers")
            public record Customer(
                @Id(generated = false) %s id,
                String name) {}
            """
                .formatted(parentId));
    JavaFileObject order = order("@References(Customer.class) %s customerId".formatted(component));

    assertThat(compile(customer, order)).succeededWithoutWarnings();
  }

  @Test
  void referenceOnTheId() {
    JavaFileObject order =
        entity(
            "Order",
            """
            @SoftDeleteEntity(table = "orders")
            public record Order(
                @References(Customer.class) @Id Long id,
                String note) {}
            """);

    Compilation compilation = compile(CUSTOMER, order);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "`id` is the @Id; an id cannot reference another row. Add a separate component that holds"
                + " the parent's id and annotate it with @References.")
        .inFile(order)
        .onLineContaining("@References(Customer.class) @Id Long id");
  }

  @Test
  void referenceOnTheDeletedAtComponent() {
    JavaFileObject order = order("@References(Customer.class) @DeletedAt Instant deletedAt");

    Compilation compilation = compile(CUSTOMER, order);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "`deletedAt` is the @DeletedAt component and cannot reference another row. Move"
                + " @References to the component that holds the parent's id.")
        .inFile(order)
        .onLineContaining("@References(Customer.class) @DeletedAt");
  }

  /**
   * A parent from a library was written without knowing this child, so its cascade cannot reach it:
   * compile the parent on its own, then the child against its class files.
   */
  @Test
  void parentCompiledApart(@TempDir Path library) {
    Compilation parent = compile(CUSTOMER);
    assertThat(parent).succeededWithoutWarnings();
    writeClasses(parent, library);
    JavaFileObject order = order("@References(Customer.class) long customerId");

    Compilation compilation = Compilations.javac().withClasspath(classpathWith(library)).compile(order);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "`customerId` references Customer, which is not compiled with Order. A parent's cascade is"
                + " generated with the parent, so it must know every child: compile both records in the"
                + " same module.")
        .inFile(order)
        .onLineContaining("@References(Customer.class)");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"long parentId", "@NonNull Long parentId"})
  void selfReferenceThatIsNeverNull(String component) {
    JavaFileObject category =
        entity(
            "Category",
            """
            @SoftDeleteEntity(table = "categories")
            public record Category(
                @Id Long id,
                @References(Category.class) %s,
                String name) {}
            """
                .formatted(component));

    Compilation compilation = compile(NON_NULL, category);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "`parentId` is part of a cycle of references in which every component is non-null"
                + " (Category.parentId -> Category): no first row could ever be inserted, and no row"
                + " could be deleted before the others. Make one reference of the cycle nullable (a"
                + " boxed type without @NonNull), so that a row can have no parent.")
        .inFile(category)
        .onLineContaining("@References(Category.class)");
  }

  /**
   * Each reference of a cycle is reported on its own annotation, naming itself first: the fix may go
   * on any of them, and the user chooses which.
   */
  @Test
  void cycleOfTwoEntitiesThatAreNeverNull() {
    JavaFileObject author =
        entity(
            "Author",
            """
            @SoftDeleteEntity(table = "authors")
            public record Author(
                @Id Long id,
                @References(Book.class) long firstBookId) {}
            """);
    JavaFileObject book =
        entity(
            "Book",
            """
            @SoftDeleteEntity(table = "books")
            public record Book(
                @Id Long id,
                @References(Author.class) long authorId) {}
            """);

    Compilation compilation = compile(author, book);

    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation)
        .hadErrorContaining(
            "`firstBookId` is part of a cycle of references in which every component is non-null"
                + " (Author.firstBookId -> Book.authorId -> Author)")
        .inFile(author)
        .onLineContaining("@References(Book.class)");
    assertThat(compilation)
        .hadErrorContaining(
            "`authorId` is part of a cycle of references in which every component is non-null"
                + " (Book.authorId -> Author.firstBookId -> Book)")
        .inFile(book)
        .onLineContaining("@References(Author.class)");
  }

  /** A cycle of three, beside an entity that references it but is not part of it. */
  @Test
  void cycleOfThreeIsReportedOnItsMembersOnly() {
    JavaFileObject a = link("A", "B");
    JavaFileObject b = link("B", "C");
    JavaFileObject c = link("C", "A");
    JavaFileObject d = link("D", "A");

    Compilation compilation = compile(a, b, c, d);

    assertThat(compilation).hadErrorCount(3);
    assertThat(compilation)
        .hadErrorContaining("`bId` is part of a cycle of references in which every component is non-null"
            + " (A.bId -> B.cId -> C.aId -> A)")
        .inFile(a)
        .onLineContaining("@References(B.class)");
    assertThat(compilation)
        .hadErrorContaining("(B.cId -> C.aId -> A.bId -> B)")
        .inFile(b)
        .onLineContaining("@References(C.class)");
    assertThat(compilation)
        .hadErrorContaining("(C.aId -> A.bId -> B.cId -> C)")
        .inFile(c)
        .onLineContaining("@References(A.class)");
  }

  /** Entity {@code name} with a non-null reference to {@code parent} in component {@code <parent>Id}. */
  private static JavaFileObject link(String name, String parent) {
    return entity(
        name,
        """
        @SoftDeleteEntity(table = "t_%1$s")
        public record %1$s(
            @Id Long id,
            @References(%2$s.class) long %3$sId) {}
        """
            .formatted(name, parent, parent.toLowerCase(java.util.Locale.ROOT)));
  }

  @Test
  void nullableSelfReferenceCompiles() {
    JavaFileObject category =
        entity(
            "Category",
            """
            @SoftDeleteEntity(table = "categories")
            public record Category(
                @Id Long id,
                @References(value = Category.class, onSoftDelete = OnSoftDelete.CASCADE) Long parentId,
                String name) {}
            """);

    assertThat(compile(category)).succeededWithoutWarnings();
  }

  @Test
  void cycleWithOneNullableReferenceCompiles() {
    JavaFileObject author =
        entity(
            "Author",
            """
            @SoftDeleteEntity(table = "authors")
            public record Author(
                @Id Long id,
                @References(Book.class) Long firstBookId) {}
            """);
    JavaFileObject book =
        entity(
            "Book",
            """
            @SoftDeleteEntity(table = "books")
            public record Book(
                @Id Long id,
                @References(value = Author.class, onSoftDelete = OnSoftDelete.CASCADE) long authorId) {}
            """);

    assertThat(compile(author, book)).succeededWithoutWarnings();
  }

  @Test
  void deletionColumnTakenInTheChild() {
    JavaFileObject order =
        entity(
            "Order",
            """
            @SoftDeleteEntity(table = "orders")
            public record Order(
                @Id Long id,
                @References(Customer.class) long customerId,
                String deletionId) {}
            """);

    Compilation compilation = compile(CUSTOMER, order);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "Component `deletionId` uses column `deletion_id`, which Order needs for the id of the"
                + " operation that deleted a row (it references, or is referenced by, another entity)."
                + " Name the column differently with @Column.")
        .inFile(order)
        .onLineContaining("String deletionId");
  }

  /** The parent needs the column too; an explicit {@code @Column} gets the error on its value. */
  @Test
  void deletionColumnTakenInTheParent() {
    JavaFileObject customer =
        entity(
            "Customer",
            """
            @SoftDeleteEntity(table = "customers")
            public record Customer(
                @Id Long id,
                @Column(
                    "DELETION_ID") String lastOperation) {}
            """);
    JavaFileObject order = order("@References(Customer.class) long customerId");

    Compilation compilation = compile(customer, order);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "Component `lastOperation` uses column `DELETION_ID`, which Customer needs for the id of"
                + " the operation that deleted a row")
        .inFile(customer)
        .onLineContaining("\"DELETION_ID\"");
  }

  @Test
  void deletionColumnIsFreeInAnEntityWithoutRelations() {
    JavaFileObject note =
        entity(
            "Note",
            """
            @SoftDeleteEntity(table = "notes")
            public record Note(
                @Id Long id,
                String deletionId) {}
            """);

    assertThat(compile(CUSTOMER, note)).succeededWithoutWarnings();
  }

  /** javac reports a class literal that does not compile, and the processor adds nothing. */
  @Test
  void parentThatDoesNotExist() {
    JavaFileObject order = order("@References(Missing.class) long customerId");

    Compilation compilation = compile(CUSTOMER, order);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("cannot find symbol").inFile(order).onLineContaining("Missing.class");
  }

  /** javac reports a constant that does not exist, and the processor adds nothing. */
  @Test
  void onSoftDeleteThatDoesNotExist() {
    JavaFileObject order =
        order("@References(value = Customer.class, onSoftDelete = OnSoftDelete.DETACH) long customerId");

    Compilation compilation = compile(CUSTOMER, order);

    assertThat(compilation).hadErrorCount(1);
    // JDK 17 says "cannot find symbol", JDK 25 "an enum annotation value must be an enum constant".
    String message = compilation.errors().get(0).getMessage(java.util.Locale.ROOT);
    String expected = message.contains("cannot find symbol") ? "cannot find symbol" : "must be an enum constant";
    assertThat(compilation).hadErrorContaining(expected).inFile(order).onLineContaining("DETACH");
  }

  /** The class files the compilation wrote, under {@code directory} as a class path entry. */
  private static void writeClasses(Compilation compilation, Path directory) {
    Path root = Path.of("/" + StandardLocation.CLASS_OUTPUT.getName());
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() != JavaFileObject.Kind.CLASS) {
        continue;
      }
      Path target = directory.resolve(root.relativize(Path.of(file.toUri().getPath())).toString());
      try (InputStream in = file.openInputStream()) {
        Files.createDirectories(target.getParent());
        Files.copy(in, target);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    assertThat(directory.resolve("test/Customer.class")).exists();
  }

  /** The test's class path and {@code directory}. */
  private static List<File> classpathWith(Path directory) {
    List<File> classpath = new ArrayList<>();
    Stream.of(System.getProperty("java.class.path").split(File.pathSeparator)).map(File::new).forEach(classpath::add);
    classpath.add(directory.toFile());
    return classpath;
  }
}
