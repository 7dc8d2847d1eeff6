package test;

import dev.softdelete.SoftDeleteGenerated;
import dev.softdelete.SoftDeleteRepository;
import dev.softdelete.jdbi.SoftDeletePlugin;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * The soft-delete repository of {@link Customer}, over table {@code customers}.
 *
 * <p>Get it from Jdbi with {@code handle.attach(CustomerRepository.class)} or
 * {@code jdbi.onDemand(CustomerRepository.class)} once {@link SoftDeletePlugin} is installed, or construct
 * {@link JdbiCustomerRepository} directly.
 */
@Generated("dev.softdelete.processor.SoftDeleteProcessor")
@SoftDeleteGenerated
public interface CustomerRepository extends SoftDeleteRepository<Customer, Long> {
    /**
     * The live row whose {@code email} is the given one. Dead rows that share the key are
     * never returned, and a null value matches no row.
     *
     * <pre>{@code
     * SELECT id, email, name, deleted_at FROM customers WHERE email = ? AND live = TRUE
     * }</pre>
     */
    Optional<Customer> findByEmail(String email);
}
