package test;

import dagger.Module;
import dagger.Provides;
import dev.softdelete.SoftDeleteGenerated;
import javax.annotation.processing.Generated;
import org.jdbi.v3.core.Jdbi;

/**
 * Provides every repository of this compilation, given a {@link Jdbi}: add it to the modules of a
 * {@code @Component}. Each repository runs its calls on the calling thread's open handle
 * (and its transaction), or else on a handle of its own for the call.
 */
@Module
@Generated("dev.softdelete.processor.SoftDeleteProcessor")
@SoftDeleteGenerated
public final class SoftDeleteModule {
    private SoftDeleteModule() {
    }

    @Provides
    static Accounts accounts(Jdbi jdbi) {
        return new JdbiAccounts(jdbi);
    }

    @Provides
    static CategoryRepository categoryRepository(Jdbi jdbi) {
        return new JdbiCategoryRepository(jdbi);
    }

    @Provides
    static CustomerRepository customerRepository(Jdbi jdbi) {
        return new JdbiCustomerRepository(jdbi);
    }

    @Provides
    static MembershipRepository membershipRepository(Jdbi jdbi) {
        return new JdbiMembershipRepository(jdbi);
    }

    @Provides
    static PurchaseOrderRepository purchaseOrderRepository(Jdbi jdbi) {
        return new JdbiPurchaseOrderRepository(jdbi);
    }

    @Provides
    static UserRepository userRepository(Jdbi jdbi) {
        return new JdbiUserRepository(jdbi);
    }
}
