package test;

import dev.softdelete.SoftDeleteGenerated;
import dev.softdelete.SoftDeleteRepository;
import dev.softdelete.jdbi.SoftDeletePlugin;
import javax.annotation.processing.Generated;

/**
 * The soft-delete repository of {@link PurchaseOrder}, over table {@code purchase_orders}.
 *
 * <p>Get it from Jdbi with {@code handle.attach(PurchaseOrderRepository.class)} or
 * {@code jdbi.onDemand(PurchaseOrderRepository.class)} once {@link SoftDeletePlugin} is installed, or construct
 * {@link JdbiPurchaseOrderRepository} directly.
 */
@Generated("dev.softdelete.processor.SoftDeleteProcessor")
@SoftDeleteGenerated
public interface PurchaseOrderRepository extends SoftDeleteRepository<PurchaseOrder, Long> {
}
