package test;

import dev.softdelete.SoftDeleteGenerated;
import dev.softdelete.SoftDeleteRepository;
import dev.softdelete.jdbi.SoftDeletePlugin;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * The soft-delete repository of {@link User}, over table {@code users}.
 *
 * <p>Get it from Jdbi with {@code handle.attach(UserRepository.class)} or
 * {@code jdbi.onDemand(UserRepository.class)} once {@link SoftDeletePlugin} is installed, or construct
 * {@link JdbiUserRepository} directly.
 */
@Generated("dev.softdelete.processor.SoftDeleteProcessor")
@SoftDeleteGenerated
public interface UserRepository extends SoftDeleteRepository<User, Long> {
    /**
     * The live row whose {@code email} is the given one. Dead rows that share the key are
     * never returned, and a null value matches no row.
     *
     * <pre>{@code
     * SELECT id, email, name, deleted_at FROM users WHERE email = ? AND live = TRUE
     * }</pre>
     */
    Optional<User> findByEmail(String email);
}
