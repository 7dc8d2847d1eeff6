package dev.softdelete.spring.boot;

import dev.softdelete.registry.SoftDeleteRegistry;
import dev.softdelete.spring.EnableSoftDeleteRepositories;
import org.jdbi.v3.core.Jdbi;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;

/**
 * Every generated repository as a bean, made from the application's {@code Jdbi} (its own, or the one of {@link
 * SoftDeleteJdbiAutoConfiguration}), as {@link EnableSoftDeleteRepositories} does; skipped when the application
 * already uses that annotation (its {@code softDeleteRegistry} bean is there).
 */
@AutoConfiguration(after = SoftDeleteJdbiAutoConfiguration.class)
@ConditionalOnSingleCandidate(Jdbi.class)
@ConditionalOnMissingBean(SoftDeleteRegistry.class)
@EnableSoftDeleteRepositories
public final class SoftDeleteRepositoriesAutoConfiguration {}
