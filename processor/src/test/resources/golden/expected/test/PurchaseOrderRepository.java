package test;

import dev.softdelete.SoftDeleteGenerated;
import dev.softdelete.SoftDeleteRepository;
import dev.softdelete.jdbi.SoftDeletePlugin;
import java.util.Collection;
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
    /**
     * Like {@link #softDelete(Object)}, recording who deleted the row in {@code deletedBy} (null records no one).
     */
    boolean softDelete(Long id, String deletedBy);

    /**
     * Like {@link #softDeleteAll(java.util.Collection)}, recording who deleted the rows in {@code deletedBy}.
     */
    int softDeleteAll(Collection<Long> ids, String deletedBy);
}
