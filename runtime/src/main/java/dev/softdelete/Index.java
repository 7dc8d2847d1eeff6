package dev.softdelete;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An index that serves queries of live rows, on one component or, in {@link
 * SoftDeleteEntity#indexes()}, on several:
 *
 * <pre>{@code
 * @SoftDeleteEntity(table = "articles",
 *     indexes = @Index(name = "author_published", components = {"authorId", "publishedAt"}))
 * public record Article(@Id Long id, @Index long authorId, String title, Instant publishedAt) {}
 * }</pre>
 *
 * <p>The DDL of each dialect creates it in the form that serves live-row queries best there: a partial
 * index {@code WHERE live = TRUE} where the dialect has partial indexes (PostgreSQL, SQLite, SQL
 * Server), {@code (live, columns...)} elsewhere (H2, MySQL/MariaDB, Oracle), whose live entries lie
 * together in the columns' order as in a partial index. The schema verifier reports a missing one.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
public @interface Index {
  /**
   * The index's name part, a plain SQL identifier: the index is {@code ix_<table>_<name>}. By default
   * the component's column name; required in {@link SoftDeleteEntity#indexes()}.
   */
  String name() default "";

  /**
   * The record components indexed, in index order: only in {@link SoftDeleteEntity#indexes()}; on a
   * component it is that component.
   */
  String[] components() default {};
}
