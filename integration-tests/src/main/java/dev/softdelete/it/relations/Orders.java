package dev.softdelete.it.relations;

import dev.softdelete.DeletedBy;
import dev.softdelete.Repository;
import java.util.List;

/** Derived methods along the reference to the customer: its live orders, and bulk verbs that cascade.
 * It extends the generated repository, so it has the finder by code and the verbs that take an actor. */
@Repository
public interface Orders extends PurchaseOrderRepository {
  List<PurchaseOrder> findByCustomerId(long customerId);

  List<PurchaseOrder> findDeadByCustomerId(long customerId);

  int softDeleteByCustomerId(long customerId);

  int softDeleteByCode(String code, @DeletedBy String actor);

  int restoreByCustomerId(long customerId);

  int hardDeleteDeadByCustomerId(long customerId);
}
