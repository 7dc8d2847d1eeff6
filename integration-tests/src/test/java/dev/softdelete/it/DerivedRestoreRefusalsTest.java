package dev.softdelete.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.softdelete.UniqueViolationException;
import dev.softdelete.it.relations.Customer;
import dev.softdelete.it.relations.CustomerRepository;
import dev.softdelete.it.relations.Orders;
import dev.softdelete.it.relations.PurchaseOrder;
import org.junit.jupiter.api.Test;

/**
 * A derived bulk restore of an entity in a relation ({@code restore…By}) refuses a conflict with the
 * same exception as an insert or update would: {@link UniqueViolationException} naming the table,
 * as its {@code table()} promises, and the key.
 */
class DerivedRestoreRefusalsTest extends DatabaseTest {
  @Test
  void aConflictNamesTheTableAndTheKey() {
    Customer ann = repository(CustomerRepository.class).insert(new Customer(null, "ann@example.com", "Ann", null));
    Orders orders = repository(Orders.class);
    PurchaseOrder first = orders.insert(new PurchaseOrder(null, ann.id(), "O-1", null));
    orders.softDelete(first.id());
    orders.insert(new PurchaseOrder(null, ann.id(), "O-1", null));

    assertThatThrownBy(() -> orders.restoreByCustomerId(ann.id()))
        .isInstanceOfSatisfying(UniqueViolationException.class, e -> {
          assertThat(e.key()).contains("code");
          assertThat(e.table()).isEqualTo("orders");
        });
    assertThat(orders.findDeadByCustomerId(ann.id())).containsExactly(first);
  }
}
