package dev.softdelete.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.softdelete.processor.Compilations.entity;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.util.List;
import javax.annotation.processing.Processor;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Which entities are written when references have errors, and when one side of a reference waits for
 * a later round: an error stops only the entities it is about, adds no error to the others, and a
 * parent and its children are always written in the same round, so that the parent knows them.
 */
class ReferenceRoundsTest {

  private static final JavaFileObject CUSTOMER =
      entity(
          "Customer",
          """
          @SoftDeleteEntity(table = "customers")
          public record Customer(
              @Id Long id,
              String name) {}
          """);

  /** Code that uses the generated repositories, as a user's would. */
  private static JavaFileObject uses(String... repositories) {
    StringBuilder fields = new StringBuilder();
    for (String repository : repositories) {
      fields.append("  ").append(repository).append(' ').append(repository.toLowerCase()).append(";\n");
    }
    return entity("Uses", "class Uses {\n" + fields + "}\n");
  }

  @Test
  void childWithAnInvalidReferenceLeavesItsParentWritten() {
    JavaFileObject order =
        entity(
            "Order",
            """
            @SoftDeleteEntity(table = "orders")
            public record Order(
                @Id Long id,
                @References(Customer.class) String customerId) {}
            """);
    FilerRecorder processor = new FilerRecorder(new SoftDeleteProcessor());

    Compilation compilation =
        Compiler.javac().withProcessors(processor).compile(CUSTOMER, order, uses("CustomerRepository"));

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("`customerId` has type String").inFile(order);
    assertThat(processor.created())
        .containsExactlyInAnyOrder(
            RegistryFiles.registry("test.Customer"),
            "test.SoftDeleteModule",
            RegistryFiles.SERVICES,
            "test.CustomerRepository",
            "test.JdbiCustomerRepository",
            "test.CustomerRowMapper",
            "test.CustomerSchema",
            "META-INF/softdelete/h2/customers.sql",
            "META-INF/softdelete/postgresql/customers.sql",
            "META-INF/softdelete/mysql/customers.sql",
            "META-INF/softdelete/sqlite/customers.sql",
            "META-INF/softdelete/sqlserver/customers.sql",
            "META-INF/softdelete/oracle/customers.sql");
  }

  /**
   * The parent's own error says what to fix; the child's reference is judged once the parent is valid,
   * and meanwhile the child is written without it, so that code using it adds no errors.
   */
  @Test
  void parentWithErrorsOfItsOwnAddsNoErrorToItsChild() {
    JavaFileObject customer =
        entity(
            "Customer",
            """
            @SoftDeleteEntity(table = "customers")
            public record Customer(
                Long id,
                String name) {}
            """);
    JavaFileObject order =
        entity(
            "Order",
            """
            @SoftDeleteEntity(table = "orders")
            public record Order(
                @Id Long id,
                @References(Customer.class) String customerId) {}
            """);
    FilerRecorder processor = new FilerRecorder(new SoftDeleteProcessor());

    Compilation compilation =
        Compiler.javac().withProcessors(processor).compile(customer, order, uses("OrderRepository"));

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("Customer has no @Id component.").inFile(customer);
    assertThat(processor.created()).contains("test.OrderRepository", "test.OrderSchema");
    assertThat(processor.created()).noneMatch(file -> file.contains("Customer"));
  }

  /** The members of a cycle are not written; an entity that only references one of them is. */
  @Test
  void cycleStopsItsMembersOnly() {
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
    JavaFileObject review =
        entity(
            "Review",
            """
            @SoftDeleteEntity(table = "reviews")
            public record Review(
                @Id Long id,
                @References(Book.class) long bookId) {}
            """);
    FilerRecorder processor = new FilerRecorder(new SoftDeleteProcessor());

    Compilation compilation =
        Compiler.javac()
            .withProcessors(processor)
            .compile(CUSTOMER, author, book, review, uses("CustomerRepository", "ReviewRepository"));

    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation).hadErrorContaining("`firstBookId` is part of a cycle").inFile(author);
    assertThat(compilation).hadErrorContaining("`authorId` is part of a cycle").inFile(book);
    assertThat(processor.created())
        .contains("test.CustomerRepository", "test.ReviewRepository", "test.ReviewSchema")
        .noneMatch(file -> file.contains("Author") || file.contains("Book"));
  }

  /** The parent waits a round for a type another processor generates; its child waits with it. */
  @Test
  void childWaitsForItsParent() {
    JavaFileObject customer =
        entity(
            "Customer",
            """
            @SoftDeleteEntity(table = "customers")
            public record Customer(@Id Long id, Status status) {}
            """);
    JavaFileObject order =
        entity(
            "Order",
            """
            @SoftDeleteEntity(table = "orders")
            public record Order(@Id Long id, @References(Customer.class) long customerId) {}
            """);

    Compilation compilation = compileWithStatus(customer, order);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.JdbiCustomerRepository");
    assertThat(compilation).generatedSourceFile("test.JdbiOrderRepository");
  }

  /** The child waits a round for a generated type; its parent waits with it, to be written knowing it. */
  @Test
  void parentWaitsForItsChild() {
    JavaFileObject order =
        entity(
            "Order",
            """
            @SoftDeleteEntity(table = "orders")
            public record Order(@Id Long id, @References(Customer.class) long customerId, Status status) {}
            """);

    Compilation compilation = compileWithStatus(CUSTOMER, order);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.JdbiCustomerRepository");
    assertThat(compilation).generatedSourceFile("test.JdbiOrderRepository");
  }

  /** A parent that another processor generates is there, with its child, in the next round. */
  @Test
  void parentGeneratedByAnotherProcessor() {
    JavaFileObject order =
        entity(
            "Order",
            """
            @SoftDeleteEntity(table = "orders")
            public record Order(@Id Long id, @References(Customer.class) long customerId) {}
            """);
    Processor generator =
        new SourceGenerator(
            "test.Customer",
            """
            package test;

            @dev.softdelete.SoftDeleteEntity(table = "customers")
            public record Customer(@dev.softdelete.Id Long id, String name) {}
            """);

    Compilation compilation =
        Compiler.javac().withProcessors(new SoftDeleteProcessor(), generator).compile(order);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.JdbiCustomerRepository");
    assertThat(compilation).generatedSourceFile("test.JdbiOrderRepository");
  }

  private static Compilation compileWithStatus(JavaFileObject... sources) {
    Processor generator = new SourceGenerator("test.Status", "package test; public enum Status { ACTIVE }");
    return Compiler.javac().withProcessors(List.of(new SoftDeleteProcessor(), generator)).compile(sources);
  }
}
