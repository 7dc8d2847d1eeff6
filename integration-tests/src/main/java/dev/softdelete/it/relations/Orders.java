package dev.softdelete.it.relations;

import dev.softdelete.Repository;
import dev.softdelete.SoftDeleteRepository;
import java.util.List;

/** Derived methods along the reference to the customer: its live orders, and bulk verbs that cascade. */
@Repository
public interface Orders extends SoftDeleteRepository<PurchaseOrder, Long> {
  List<PurchaseOrder> findByCustomerId(long customerId);

  List<PurchaseOrder> findDeadByCustomerId(long customerId);

  int softDeleteByCustomerId(long customerId);

  int restoreByCustomerId(long customerId);

  int hardDeleteDeadByCustomerId(long customerId);
}
