package dev.softdelete;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an interface extending {@link SoftDeleteRepository} whose own methods the processor implements
 * at compile time: derived methods, whose name says the verb, the scope and the criteria, and
 * {@link Query} methods with SQL.
 *
 * <pre>{@code
 * @Repository
 * public interface Articles extends SoftDeleteRepository<Article, Long> {
 *   List<Article> findByAuthorIdOrderByPublishedAtDesc(long authorId, Limit limit);
 *   long countByAuthorId(long authorId);
 *   int softDeleteByAuthorId(long authorId);
 * }
 * }</pre>
 *
 * <p>The implementation is {@code JdbiArticles} in the same package (the prefix rule of the generated
 * repositories: {@code Outer.Articles} gives {@code JdbiOuter_Articles}). It implements every verb of
 * {@link SoftDeleteRepository} as the generated entity repository does, has the same constructors
 * (from a {@code Jdbi} or a {@code Handle}), and works with {@code attach}, {@code onDemand} and
 * {@code withExtension} once the {@code SoftDeletePlugin} is installed. Default methods are left as
 * written. Reads without a scope word see live rows only; the README's "Queries" section has the
 * grammar.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Repository {}
