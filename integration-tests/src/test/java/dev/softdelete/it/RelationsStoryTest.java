package dev.softdelete.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.softdelete.DeadParentException;
import dev.softdelete.Dialect;
import dev.softdelete.LiveChildrenException;
import dev.softdelete.RestoreResult;
import dev.softdelete.it.relations.Category;
import dev.softdelete.it.relations.CategoryRepository;
import dev.softdelete.it.relations.Customer;
import dev.softdelete.it.relations.CustomerRepository;
import dev.softdelete.it.relations.Invoice;
import dev.softdelete.it.relations.InvoiceRepository;
import dev.softdelete.it.relations.OrderLine;
import dev.softdelete.it.relations.OrderLineRepository;
import dev.softdelete.it.relations.Orders;
import dev.softdelete.it.relations.Product;
import dev.softdelete.it.relations.ProductRepository;
import dev.softdelete.it.relations.PurchaseOrder;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The relations story on every database: a customer with a category tree three levels deep, a product,
 * two orders with three lines and two invoices; 12 rows in 6 tables. Deleting the customer kills all
 * of them under one operation; restoring it brings back exactly those rows.
 */
class RelationsStoryTest extends DatabaseTest {
  private static final List<String> TABLES =
      List.of("customers", "categories", "shop_products", "orders", "order_lines", "invoices");

  private CustomerRepository customers;
  private CategoryRepository categories;
  private ProductRepository products;
  private Orders orders;
  private OrderLineRepository lines;
  private InvoiceRepository invoices;

  private Customer betty;
  private Category top;
  private Category middle;
  private Category leaf;
  private Product lamp;
  private PurchaseOrder first;
  private PurchaseOrder second;
  private OrderLine firstLine;
  private Invoice firstInvoice;

  @BeforeEach
  void seed() {
    customers = repository(CustomerRepository.class);
    categories = repository(CategoryRepository.class);
    products = repository(ProductRepository.class);
    orders = repository(Orders.class);
    lines = repository(OrderLineRepository.class);
    invoices = repository(InvoiceRepository.class);

    betty = customers.insert(new Customer(null, "betty@example.com", "Betty", null));
    top = categories.insert(new Category(null, betty.id(), null, "Home"));
    middle = categories.insert(new Category(null, betty.id(), top.id(), "Lighting"));
    leaf = categories.insert(new Category(null, betty.id(), middle.id(), "Lamps"));
    lamp = products.insert(new Product(null, leaf.id(), "LAMP-1", "Desk lamp"));
    first = orders.insert(new PurchaseOrder(null, betty.id(), "O-1", null));
    second = orders.insert(new PurchaseOrder(null, betty.id(), "O-2", null));
    firstLine = lines.insert(new OrderLine(null, first.id(), lamp.id(), 1));
    lines.insert(new OrderLine(null, first.id(), lamp.id(), 2));
    lines.insert(new OrderLine(null, second.id(), lamp.id(), 3));
    firstInvoice = invoices.insert(new Invoice(null, first.id(), "I-1", 1000));
    invoices.insert(new Invoice(null, second.id(), "I-2", 2000));
  }

  /** Every row of every table of the story, every column, in id order. */
  private Map<String, List<Map<String, Object>>> snapshot() {
    Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
    for (String table : TABLES) {
      tables.put(
          table,
          handle.createQuery("SELECT * FROM " + table + " ORDER BY id")
              .mapToMap()
              .list()
              .stream()
              .map(row -> (Map<String, Object>) new LinkedHashMap<>(row))
              .toList());
    }
    return tables;
  }

  private long dead(String table) {
    return count(table, "live IS NULL");
  }

  private long deadEverywhere() {
    return TABLES.stream().mapToLong(this::dead).sum();
  }

  @Test
  void deletingTheCustomerKillsTheTreeAndRestoringItBringsBackEveryTableAsItWas() {
    Map<String, List<Map<String, Object>>> before = snapshot();
    assertThat(before.values().stream().mapToInt(List::size).sum()).isEqualTo(12);

    clock.advance(Duration.ofHours(1));
    assertThat(customers.softDelete(betty.id())).isTrue();

    assertThat(deadEverywhere()).isEqualTo(12);
    assertThat(count("orders", "deletion_id IS NOT NULL")).isEqualTo(2);
    assertThat(
            handle.createQuery(
                    "SELECT COUNT(DISTINCT deletion_id) FROM (SELECT deletion_id FROM customers UNION ALL"
                        + " SELECT deletion_id FROM categories UNION ALL SELECT deletion_id FROM order_lines)"
                        + " AS ops")
                .mapTo(Long.class)
                .one())
        .as("one operation for the whole tree")
        .isEqualTo(1);
    assertThat(orders.findByCustomerId(betty.id())).isEmpty();

    RestoreResult restored = customers.restore(betty.id());

    assertThat(restored.status()).isEqualTo(RestoreResult.Status.RESTORED);
    assertThat(restored.restoredRows())
        .containsEntry("Customer", 1)
        .containsEntry("Category", 3)
        .containsEntry("Product", 1)
        .containsEntry("PurchaseOrder", 2)
        .containsEntry("OrderLine", 3)
        .containsEntry("Invoice", 2);
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void aChildDeletedBeforeItsParentStaysDeadAfterTheParentsRestore() {
    assertThat(invoices.softDelete(firstInvoice.id())).isTrue();
    clock.advance(Duration.ofHours(1));
    customers.softDelete(betty.id());

    assertThat(customers.restore(betty.id()).restored("Invoice")).isEqualTo(1);

    assertThat(invoices.findById(firstInvoice.id())).isEmpty();
    assertThat(count("invoices", "id = " + firstInvoice.id() + " AND live IS NULL")).isEqualTo(1);
    assertThat(invoices.restore(firstInvoice.id()).status()).isEqualTo(RestoreResult.Status.RESTORED);
  }

  @Test
  void aKeyTakenWhileTheTreeWasDeadGivesConflictNamingEntityAndKeyAndChangesNothing() {
    Customer other = customers.insert(new Customer(null, "carl@example.com", "Carl", null));
    customers.softDelete(betty.id());
    PurchaseOrder carls = orders.insert(new PurchaseOrder(null, other.id(), "O-3", null));
    invoices.insert(new Invoice(null, carls.id(), "I-2", 5));
    Map<String, List<Map<String, Object>>> dead = snapshot();

    RestoreResult result = customers.restore(betty.id());

    assertThat(result.status()).isEqualTo(RestoreResult.Status.CONFLICT);
    assertThat(result.entity()).contains("Invoice");
    assertThat(result.conflictingKey()).contains("code");
    assertThat(result).hasToString("CONFLICT(Invoice.code)");
    assertThat(snapshot()).isEqualTo(dead);
  }

  @Test
  void restoringAChildWhoseParentIsDeadGivesParentDead() {
    customers.softDelete(betty.id());

    RestoreResult result = orders.restore(first.id());

    assertThat(result.status()).isEqualTo(RestoreResult.Status.PARENT_DEAD);
    assertThat(result.entity()).contains("Customer");
    assertThat(count("orders", "id = " + first.id() + " AND live IS NULL")).isEqualTo(1);
    assertThat(deadEverywhere()).isEqualTo(12);
  }

  @Test
  void aSubtreeRestoresWithoutTheRestOfTheTree() {
    // The lamp's lines go first: a product with live lines cannot be deleted (RESTRICT).
    orders.softDeleteByCustomerId(betty.id());
    categories.softDelete(middle.id());
    assertThat(categories.findById(leaf.id())).isEmpty();
    assertThat(products.findById(lamp.id())).isEmpty();
    assertThat(categories.findById(top.id())).isPresent();

    assertThat(categories.restore(middle.id()).restoredRows()).isEqualTo(Map.of("Category", 2, "Product", 1));
    assertThat(deadEverywhere()).isEqualTo(2 + 3 + 2);
  }

  @Test
  void bulkAndDerivedDeletesCascadeAndRestoreExactlyLikeSingleOnes() {
    Customer carl = customers.insert(new Customer(null, "carl@example.com", "Carl", null));
    PurchaseOrder carls = orders.insert(new PurchaseOrder(null, carl.id(), "O-3", null));
    invoices.insert(new Invoice(null, carls.id(), "I-3", 5));

    assertThat(customers.softDeleteAll(List.of(betty.id(), carl.id()))).isEqualTo(2);
    assertThat(deadEverywhere()).isEqualTo(15);

    // One operation killed both trees; restoring one customer brings back only its own.
    assertThat(customers.restore(carl.id()).restoredRows())
        .isEqualTo(Map.of("Customer", 1, "PurchaseOrder", 1, "Invoice", 1));
    assertThat(deadEverywhere()).isEqualTo(12);
    assertThat(customers.restore(betty.id()).status()).isEqualTo(RestoreResult.Status.RESTORED);
    assertThat(deadEverywhere()).isZero();

    assertThat(orders.softDeleteByCustomerId(betty.id())).isEqualTo(2);
    assertThat(dead("order_lines")).isEqualTo(3);
    assertThat(dead("invoices")).isEqualTo(2);
    assertThat(orders.restoreByCustomerId(betty.id())).isEqualTo(2);
    assertThat(deadEverywhere()).isZero();
  }

  @Test
  void restrictRefusesAndChangesNothing() {
    Map<String, List<Map<String, Object>>> before = snapshot();

    assertThatThrownBy(() -> products.softDelete(lamp.id()))
        .isInstanceOfSatisfying(
            LiveChildrenException.class,
            e -> {
              assertThat(e.childEntity()).isEqualTo("OrderLine");
              assertThat(e.rows()).isEqualTo(3);
            })
        .hasMessageContaining("3 live OrderLine rows");
    assertThatThrownBy(() -> categories.softDelete(top.id())).isInstanceOf(LiveChildrenException.class);

    assertThat(snapshot()).isEqualTo(before);
    // Once the lines are gone with their orders, the product may go.
    orders.softDeleteByCustomerId(betty.id());
    assertThat(products.softDelete(lamp.id())).isTrue();
  }

  @Test
  void aFailureOnTheLastTableLeavesEveryTableAsItWas() {
    handle.execute("UPDATE invoices SET cents = -1 WHERE id = ?", firstInvoice.id());
    if (database.dialect() == Dialect.SQLITE) {
      handle.execute(
          "CREATE TRIGGER no_negative_dead_invoice BEFORE UPDATE ON invoices"
              + " WHEN NEW.live IS NULL AND NEW.cents < 0 BEGIN SELECT RAISE(ABORT, 'negative invoice'); END");
    } else {
      handle.execute(
          "ALTER TABLE invoices ADD CONSTRAINT ck_invoices_dead_cents CHECK (live IS NOT NULL OR cents >= 0)");
    }
    Map<String, List<Map<String, Object>>> before = snapshot();

    assertThatThrownBy(() -> customers.softDelete(betty.id())).isInstanceOf(RuntimeException.class);

    assertThat(snapshot()).isEqualTo(before);
    assertThat(customers.findById(betty.id())).isPresent();
  }

  @Test
  void aChildCannotBeWrittenUnderADeadParent() {
    orders.softDelete(second.id());

    assertThatThrownBy(() -> invoices.insert(new Invoice(null, second.id(), "I-9", 1)))
        .isInstanceOfSatisfying(DeadParentException.class, e -> assertThat(e.parentEntity()).isEqualTo("PurchaseOrder"));
    assertThatThrownBy(() -> lines.insertAll(List.of(new OrderLine(null, second.id(), lamp.id(), 1))))
        .isInstanceOf(DeadParentException.class);
    assertThatThrownBy(() -> invoices.update(new Invoice(firstInvoice.id(), second.id(), "I-1", 1000)))
        .isInstanceOf(DeadParentException.class);
    assertThat(count("invoices", "order_id = " + second.id() + " AND live = TRUE")).isZero();
  }

  @Test
  void hardDeleteRefusesLiveChildrenAndTakesDeadOnesWithIt() {
    assertThatThrownBy(() -> customers.hardDelete(betty.id()))
        .isInstanceOf(LiveChildrenException.class)
        .hasMessageContaining("hardDelete of Customer refused");
    assertThat(deadEverywhere()).isZero();

    customers.softDelete(betty.id());
    assertThat(customers.hardDelete(betty.id())).isTrue();

    for (String table : TABLES) {
      assertThat(count(table, "1 = 1")).as(table).isZero();
    }
  }

  @Test
  void purgeTakesDeadChildrenWithTheirParentsAndLeavesNoOrphan() {
    // The second order dies on its own first; the customer, with the rest, a day later.
    orders.softDelete(second.id());
    clock.advance(Duration.ofDays(1));
    customers.softDelete(betty.id());
    Customer carl = customers.insert(new Customer(null, "carl@example.com", "Carl", null));
    PurchaseOrder carls = orders.insert(new PurchaseOrder(null, carl.id(), "O-3", null));

    // Only the second order and its children are old enough.
    assertThat(orders.purgeDeletedBefore(T0.plus(Duration.ofHours(1)))).isEqualTo(1);
    assertThat(count("orders", "1 = 1")).isEqualTo(2);
    assertThat(count("order_lines", "order_id = " + second.id())).isZero();
    assertThat(count("invoices", "order_id = " + second.id())).isZero();

    // Everything dead now: the customer goes with its whole tree; Carl stays.
    assertThat(customers.purgeDeletedBefore(T0.plus(Duration.ofDays(2)))).isEqualTo(1);
    assertThat(customers.findById(carl.id())).isPresent();
    assertThat(orders.findById(carls.id())).isPresent();
    for (String table : List.of("categories", "shop_products", "order_lines", "invoices")) {
      assertThat(count(table, "1 = 1")).as(table).isZero();
    }
    assertThat(count("orders", "1 = 1")).isEqualTo(1);
  }
}
