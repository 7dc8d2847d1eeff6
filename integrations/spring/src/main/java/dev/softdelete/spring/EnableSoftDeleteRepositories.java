package dev.softdelete.spring;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Import;

/**
 * Registers every repository that the softdelete processor generated as a singleton bean, made from the context's
 * {@link org.jdbi.v3.core.Jdbi} bean: the one line a {@code @Configuration} needs.
 *
 * <pre>{@code
 * @Configuration
 * @EnableSoftDeleteRepositories
 * class Persistence {
 *   @Bean
 *   Jdbi jdbi(DataSource dataSource) {
 *     return Jdbi.create(new SpringConnectionFactory(dataSource)).installPlugin(new SoftDeletePlugin());
 *   }
 * }
 * }</pre>
 *
 * <p>The repositories are those of {@link dev.softdelete.registry.SoftDeleteRegistry#load()}: every generated
 * {@code XRepository} and every {@code @Repository} interface on the class path, listed by the processor at compile
 * time; nothing is scanned. Each bean is named after its interface ({@code teamRepository}, {@code members}) and
 * typed by it. A {@code @Repository} interface that extends a generated one ({@code Members extends
 * MemberRepository}) is a fallback candidate, so that injecting {@code MemberRepository} still finds one bean. The
 * {@link dev.softdelete.registry.SoftDeleteRegistry} itself is the bean {@code softDeleteRegistry}.
 *
 * <p>The repositories run every call on the calling thread's open Jdbi handle, or else on a handle of the context's
 * {@code Jdbi}. To run them in Spring's transactions ({@code @Transactional}, {@code TransactionTemplate}), build
 * that {@code Jdbi} on {@link SpringConnectionFactory}, with the same {@code DataSource} as the transaction manager.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Import(RepositoryBeans.class)
public @interface EnableSoftDeleteRepositories {}
