package dev.softdelete.processor;

import static dev.softdelete.processor.Compilations.entity;

import javax.tools.JavaFileObject;

/**
 * The sources of the {@code @Repository} error tests: one entity with a component of each kind the
 * operators care about, and a repository of it holding the members a test declares.
 */
final class RepositorySources {
  private RepositorySources() {}

  /**
   * {@code test.Article}: a number ({@code views}), a primitive that is never NULL ({@code
   * authorId}), a boolean ({@code pinned}), a unique key ({@code slug}), and components whose names
   * contain the grammar's words ({@code orderId}, {@code notes}).
   */
  static JavaFileObject article() {
    return entity(
        "Article",
        """
        @SoftDeleteEntity(table = "articles")
        public record Article(
            @Id Long id,
            long authorId,
            String title,
            String status,
            Instant publishedAt,
            int views,
            boolean pinned,
            @Unique String slug,
            Long orderId,
            String notes,
            @DeletedAt Instant deletedAt) {}
        """);
  }

  /** {@code test.Author}: the second soft-delete table, which {@code @Query} joins read. */
  static JavaFileObject author() {
    return entity(
        "Author",
        """
        @SoftDeleteEntity(table = "authors")
        public record Author(
            @Id Long id, String email, String name, @DeletedAt Instant deletedAt) {}
        """);
  }

  /**
   * {@code test.Articles}: {@code @Repository public interface Articles extends
   * SoftDeleteRepository<Article, Long>} with the given members, one per line as written.
   */
  static JavaFileObject articles(String members) {
    return entity(
        "Articles",
        "@Repository\n"
            + "public interface Articles extends SoftDeleteRepository<Article, Long> {\n"
            + members.stripTrailing().indent(2)
            + "}\n");
  }
}
