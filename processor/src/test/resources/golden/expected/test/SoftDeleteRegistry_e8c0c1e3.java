package test;

import dev.softdelete.SoftDeleteGenerated;
import dev.softdelete.registry.EntityBinding;
import dev.softdelete.registry.GeneratedRegistry;
import dev.softdelete.registry.RepositoryBinding;
import dev.softdelete.registry.SoftDeleteRegistry;
import java.util.List;
import java.util.ServiceLoader;
import javax.annotation.processing.Generated;

/**
 * Every repository and entity of this compilation, as constructor references: no reflection.
 *
 * <p>{@link SoftDeleteRegistry#load()} finds it through
 * {@code META-INF/services/dev.softdelete.registry.GeneratedRegistry}.
 */
@Generated("dev.softdelete.processor.SoftDeleteProcessor")
@SoftDeleteGenerated
public final class SoftDeleteRegistry_e8c0c1e3 implements GeneratedRegistry {
    private static final List<RepositoryBinding<?>> REPOSITORIES = List.of(
            RepositoryBinding.of(Accounts.class, User.class,
                    JdbiAccounts::new, JdbiAccounts::new),
            RepositoryBinding.of(CategoryRepository.class, Category.class,
                    JdbiCategoryRepository::new, JdbiCategoryRepository::new),
            RepositoryBinding.of(CustomerRepository.class, Customer.class,
                    JdbiCustomerRepository::new, JdbiCustomerRepository::new),
            RepositoryBinding.of(MembershipRepository.class, Membership.class,
                    JdbiMembershipRepository::new, JdbiMembershipRepository::new),
            RepositoryBinding.of(PurchaseOrderRepository.class, PurchaseOrder.class,
                    JdbiPurchaseOrderRepository::new, JdbiPurchaseOrderRepository::new),
            RepositoryBinding.of(UserRepository.class, User.class,
                    JdbiUserRepository::new, JdbiUserRepository::new));

    private static final List<EntityBinding<?>> ENTITIES = List.of(
            EntityBinding.of(Category.class, CategorySchema.DEFINITION, CategoryRowMapper::new),
            EntityBinding.of(Customer.class, CustomerSchema.DEFINITION, CustomerRowMapper::new),
            EntityBinding.of(Membership.class, MembershipSchema.DEFINITION, MembershipRowMapper::new),
            EntityBinding.of(PurchaseOrder.class, PurchaseOrderSchema.DEFINITION, PurchaseOrderRowMapper::new),
            EntityBinding.of(User.class, UserSchema.DEFINITION, UserRowMapper::new));

    /**
     * For {@link ServiceLoader}.
     */
    public SoftDeleteRegistry_e8c0c1e3() {
    }

    @Override
    public List<RepositoryBinding<?>> repositories() {
        return REPOSITORIES;
    }

    @Override
    public List<EntityBinding<?>> entities() {
        return ENTITIES;
    }
}
