package test;

import dev.softdelete.SoftDeleteGenerated;
import dev.softdelete.SoftDeleteRepository;
import dev.softdelete.jdbi.SoftDeletePlugin;
import javax.annotation.processing.Generated;

/**
 * The soft-delete repository of {@link Category}, over table {@code categories}.
 *
 * <p>Get it from Jdbi with {@code handle.attach(CategoryRepository.class)} or
 * {@code jdbi.onDemand(CategoryRepository.class)} once {@link SoftDeletePlugin} is installed, or construct
 * {@link JdbiCategoryRepository} directly.
 */
@Generated("dev.softdelete.processor.SoftDeleteProcessor")
@SoftDeleteGenerated
public interface CategoryRepository extends SoftDeleteRepository<Category, String> {
}
