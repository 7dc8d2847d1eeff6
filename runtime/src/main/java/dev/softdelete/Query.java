package dev.softdelete;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * SQL for a method of a {@link Repository} interface, checked and rendered for each dialect at compile
 * time.
 *
 * <pre>{@code
 * @Query("SELECT {columns a} FROM articles a JOIN authors u ON u.id = a.author_id"
 *     + " WHERE {alive a} AND {alive u} AND u.email = :email ORDER BY a.published_at DESC")
 * List<Article> liveArticlesOfLiveAuthor(String email);
 * }</pre>
 *
 * <p>{@code :name} binds the method parameter of that name (or the one annotated {@link Bind} with
 * it); a collection parameter expands for {@code IN (:ids)}. Every reference to a soft-delete entity's
 * table must carry exactly one scope placeholder for its alias, or the compiler refuses the query:
 *
 * <ul>
 *   <li>{@code {alive a}}: the live rows of alias {@code a};
 *   <li>{@code {dead a}}: its dead rows;
 *   <li>{@code {any a}}: a declared decision to read both;
 *   <li>{@code {columns a}}: the entity's select list, qualified by the alias.
 * </ul>
 *
 * <p>Without an alias, {@code {alive}}, {@code {dead}}, {@code {any}} and {@code {columns}} refer to the
 * query's single table. A query returns the entity (mapped by the generated row mapper), a record whose
 * components are named like the columns it selects, or a scalar; an {@code UPDATE} or {@code DELETE}
 * returns its row count as {@code int} or {@code long}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Query {
  /** The SQL, with {@code :name} parameters and scope placeholders. */
  String value();
}
