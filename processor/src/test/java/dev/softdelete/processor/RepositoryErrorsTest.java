package dev.softdelete.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.softdelete.processor.Compilations.compile;
import static dev.softdelete.processor.Compilations.entity;
import static dev.softdelete.processor.RepositorySources.article;
import static dev.softdelete.processor.RepositorySources.articles;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Errors about a {@code @Repository} interface as a whole, and about methods named like a verb of
 * {@code SoftDeleteRepository}. Errors about the interface stand on it; errors about a method stand
 * on the method, never on the interface. A file with several misuses reports every one of them.
 */
class RepositoryErrorsTest {

  @Test
  void notAnInterface() {
    JavaFileObject widgets =
        entity(
            "Widgets",
            """
            @Repository
            public abstract class Widgets implements SoftDeleteRepository<Article, Long> {}
            """);

    Compilation compilation = compile(article(), widgets);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "@Repository applies to interfaces, but Widgets is a class. Declare it as `public"
                + " interface Widgets extends SoftDeleteRepository<Entity, Id>`.")
        .inFile(widgets)
        .onLineContaining("@Repository");
  }

  @Test
  void typeParameters() {
    JavaFileObject boxes =
        entity(
            "Boxes",
            """
            @Repository
            public interface Boxes<T> extends SoftDeleteRepository<Article, Long> {
              List<Article> findByTitle(String title);
            }
            """);

    Compilation compilation = compile(article(), boxes);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "@Repository interfaces cannot have type parameters, but Boxes declares <T>. Name the"
                + " entity and its id type instead: `extends SoftDeleteRepository<Article, Long>`.")
        .inFile(boxes)
        .onLineContaining("public interface Boxes<T>");
  }

  @Test
  void privateInterface() {
    JavaFileObject outer =
        entity(
            "Outer",
            """
            public class Outer {
              @Repository
              private interface Hidden extends SoftDeleteRepository<Article, Long> {}
            }
            """);

    Compilation compilation = compile(article(), outer);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "Hidden is private, so the class generated beside it cannot implement it. Make it a"
                + " top-level or static nested interface that is at least package-private.")
        .inFile(outer)
        .onLineContaining("private interface Hidden");
  }

  @Test
  void nestedInAPrivateType() {
    JavaFileObject outer =
        entity(
            "Outer",
            """
            public class Outer {
              private static class Inner {
                @Repository
                interface Deep extends SoftDeleteRepository<Article, Long> {}
              }
            }
            """);

    Compilation compilation = compile(article(), outer);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "Deep is nested in private type Inner, so the class generated beside it cannot"
                + " implement it. Make it a top-level or static nested interface that is at least"
                + " package-private.")
        .inFile(outer)
        .onLineContaining("interface Deep");
  }

  @Test
  void noSoftDeleteRepository() {
    JavaFileObject loose =
        entity(
            "Loose",
            """
            @Repository
            public interface Loose {
              List<Article> findByTitle(String title);
            }
            """);

    Compilation compilation = compile(article(), loose);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "Loose does not extend SoftDeleteRepository<Entity, Id>, so it names no entity. Extend"
                + " `SoftDeleteRepository<Article, Long>` with your @SoftDeleteEntity record and"
                + " its id type.")
        .inFile(loose)
        .onLineContaining("public interface Loose");
  }

  @Test
  void entityWithoutSoftDeleteEntity() {
    JavaFileObject plain = entity("Plain", "public record Plain(Long id, String name) {}\n");
    JavaFileObject plains =
        entity(
            "Plains",
            """
            @Repository
            public interface Plains extends SoftDeleteRepository<Plain, Long> {}
            """);

    Compilation compilation = compile(plain, plains);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "Plains extends SoftDeleteRepository<Plain, ...>, but Plain is not a @SoftDeleteEntity"
                + " record. Name a record annotated with @SoftDeleteEntity.")
        .inFile(plains)
        .onLineContaining("public interface Plains");
  }

  @Test
  void overloadOfAVerb() {
    JavaFileObject author =
        entity(
            "Author",
            """
            @SoftDeleteEntity(table = "authors")
            public record Author(@Id Long id, @Unique String email, String name) {}
            """);
    JavaFileObject authors =
        entity(
            "Authors",
            """
            @Repository
            public interface Authors extends SoftDeleteRepository<Author, Long> {
              boolean restore(String email);
            }
            """);

    Compilation compilation = compile(author, authors);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "Method `restore` is named like the SoftDeleteRepository verb `restore` but does not"
                + " override it, so it would be a confusing overload. Rename it, for example to the"
                + " derived name `restoreByEmail`.")
        .inFile(authors)
        .onLineContaining("boolean restore(String email);");
  }

  @Test
  void overloadsOfVerbsSuggestTheDerivedVerbThatDoesTheirWork() {
    JavaFileObject articles =
        articles(
            """
            List<Article> alive(String status);
            List<Article> dead(int views);
            long countDead(String title);
            int purgeDeletedBefore(LocalDate cutoff);
            """);

    Compilation compilation = compile(article(), articles);

    assertThat(compilation).hadErrorCount(4);
    assertThat(compilation)
        .hadErrorContaining(clash("alive", ", for example to the derived name `findByStatus`"))
        .inFile(articles)
        .onLineContaining("alive(String status)");
    assertThat(compilation)
        .hadErrorContaining(clash("dead", ", for example to the derived name `findDeadByViews`"))
        .inFile(articles)
        .onLineContaining("dead(int views)");
    assertThat(compilation)
        .hadErrorContaining(
            clash("countDead", ", for example to the derived name `countDeadByTitle`"))
        .inFile(articles)
        .onLineContaining("countDead(String title)");
    assertThat(compilation)
        .hadErrorContaining(
            clash(
                "purgeDeletedBefore",
                ", for example to the derived name `hardDeleteDeadBy<Component>`"))
        .inFile(articles)
        .onLineContaining("purgeDeletedBefore(LocalDate cutoff)");
  }

  @Test
  void overloadsWithNoDerivedNameSayOnlyRenameIt() {
    JavaFileObject articles =
        articles(
            """
            List<Article> findById(long id);
            List<Article> alive(Long id);
            Article insert(Article article, boolean quietly);
            """);

    Compilation compilation = compile(article(), articles);

    assertThat(compilation).hadErrorCount(3);
    // A derived findById would be the verb findById again; insert writes whole rows, which no
    // derived method does.
    assertThat(compilation)
        .hadErrorContaining(clash("findById", ""))
        .inFile(articles)
        .onLineContaining("findById(long id)");
    assertThat(compilation)
        .hadErrorContaining(clash("alive", ""))
        .inFile(articles)
        .onLineContaining("alive(Long id)");
    assertThat(compilation)
        .hadErrorContaining(clash("insert", ""))
        .inFile(articles)
        .onLineContaining("insert(Article article, boolean quietly)");
  }

  @Test
  void exactRedeclarationsOfVerbsAreNoOverloads() {
    JavaFileObject articles =
        articles(
            """
            RestoreResult restore(Long id);
            boolean softDelete(Long id);
            Optional<Article> findById(Long id);
            List<Article> aliveAfter(Long afterId, int limit);
            """);

    Compilation compilation = compile(article(), articles);

    assertThat(compilation).succeeded();
    assertThat(compilation).generatedSourceFile("test.JdbiArticles");
  }

  @Test
  void componentsWhoseNamesContainKeywordsRead() {
    JavaFileObject articles =
        articles(
            """
            List<Article> findByOrderId(Long orderId);
            List<Article> findByNotes(String notes);
            List<Article> findByNotesNotNull();
            List<Article> findByOrderIdNotOrNotesNot(Long orderId, String notes);
            List<Article> findByTitleOrOrderIdOrderByOrderIdDesc(String title, Long orderId);
            List<Article> findByOrderByOrderId();
            """);

    Compilation compilation = compile(article(), articles);

    assertThat(compilation).succeeded();
    assertThat(compilation).generatedSourceFile("test.JdbiArticles");
  }

  @Test
  void everyMisuseOfAFileIsReported() {
    JavaFileObject articles =
        articles(
            """
            List<Article> findByAutorId(long authorId);
            List<Article> findBySlug(String slug);
            Optional<Article> findDeadBySlug(String slug);
            long countByTitleAndStatus(String title);
            boolean restore(String email);
            int softDeleteDeadByTitle(String title);
            List<Article> findByViewsLike(String pattern);
            String existsByTitle(String title);
            """);

    Compilation compilation = compile(article(), articles);

    assertThat(compilation).hadErrorCount(7);
    assertThat(compilation)
        .hadErrorContaining("Method `findByAutorId` names `autorId`")
        .inFile(articles)
        .onLineContaining("findByAutorId");
    assertThat(compilation)
        .hadErrorContaining("Method `findDeadBySlug` returns Optional")
        .inFile(articles)
        .onLineContaining("findDeadBySlug");
    assertThat(compilation)
        .hadErrorContaining("Method `countByTitleAndStatus` takes 1 parameter(s)")
        .inFile(articles)
        .onLineContaining("countByTitleAndStatus");
    assertThat(compilation)
        .hadErrorContaining("Method `restore` is named like the SoftDeleteRepository verb")
        .inFile(articles)
        .onLineContaining("restore(String email)");
    assertThat(compilation)
        .hadErrorContaining("Method `softDeleteDeadByTitle` puts `Dead` after `softDelete`")
        .inFile(articles)
        .onLineContaining("softDeleteDeadByTitle");
    assertThat(compilation)
        .hadErrorContaining("Method `findByViewsLike` applies Like to `views`")
        .inFile(articles)
        .onLineContaining("findByViewsLike");
    assertThat(compilation)
        .hadErrorContaining("Method `existsByTitle` returns String")
        .inFile(articles)
        .onLineContaining("existsByTitle");
  }

  private static String clash(String verb, String suggestion) {
    return "Method `"
        + verb
        + "` is named like the SoftDeleteRepository verb `"
        + verb
        + "` but does not override it, so it would be a confusing overload. Rename it"
        + suggestion
        + ".";
  }
}
