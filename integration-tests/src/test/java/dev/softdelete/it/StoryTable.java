package dev.softdelete.it;

import dev.softdelete.SoftDeleteRepository;
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
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.ToLongFunction;

/**
 * The six tables of the relations story as the model-based and stress tests see them, written down
 * from the entities' annotations by hand rather than read from the generated definitions, so that the
 * tests do not take the processor's word for what the references are.
 *
 * <p>A row of any table is a {@link RelationsModel.Row}: its references in the order below, its unique
 * key's own column (null for order lines, which have none), and one number for its other data.
 */
enum StoryTable {
  CUSTOMER("Customer", "customers", "email"),
  CATEGORY("Category", "categories", "customer_name"),
  PRODUCT("Product", "shop_products", "sku"),
  ORDER("PurchaseOrder", "orders", "code"),
  LINE("OrderLine", "order_lines", null),
  INVOICE("Invoice", "invoices", "code");

  /** A reference column of the table, to its parent table; CASCADE or else RESTRICT. */
  record Reference(StoryTable child, int index, String column, StoryTable parent, boolean cascades) {}

  private final String entity;
  private final String table;
  private final String keyName;

  StoryTable(String entity, String table, String keyName) {
    this.entity = entity;
    this.table = table;
    this.keyName = keyName;
  }

  /** The entity's simple name, as results and exceptions name it. */
  String entity() {
    return entity;
  }

  String table() {
    return table;
  }

  /** The unique key's name, as UniqueViolationException and CONFLICT name it; empty for order lines. */
  Optional<String> keyName() {
    return Optional.ofNullable(keyName);
  }

  /** The columns of the unique key, comma-separated; empty for order lines. */
  Optional<String> keyColumns() {
    return switch (this) {
      case CUSTOMER -> Optional.of("email");
      case CATEGORY -> Optional.of("customer_id, name");
      case PRODUCT -> Optional.of("sku");
      case ORDER, INVOICE -> Optional.of("code");
      case LINE -> Optional.empty();
    };
  }

  /** The table's references, in the order of the record's components. */
  List<Reference> references() {
    return switch (this) {
      case CUSTOMER -> List.of();
      case CATEGORY -> List.of(
          new Reference(this, 0, "customer_id", CUSTOMER, true), new Reference(this, 1, "parent_id", CATEGORY, true));
      case PRODUCT -> List.of(new Reference(this, 0, "category_id", CATEGORY, true));
      case ORDER -> List.of(new Reference(this, 0, "customer_id", CUSTOMER, true));
      case LINE -> List.of(
          new Reference(this, 0, "order_id", ORDER, true), new Reference(this, 1, "product_id", PRODUCT, false));
      case INVOICE -> List.of(new Reference(this, 0, "order_id", ORDER, true));
    };
  }

  /** Every reference of the story, child tables in declaration order. */
  static List<Reference> allReferences() {
    return List.of(values()).stream().flatMap(t -> t.references().stream()).toList();
  }

  /** The references into this table. */
  List<Reference> referencedBy() {
    return allReferences().stream().filter(r -> r.parent() == this).toList();
  }

  /** The entity class, its repository and how a model row becomes a record. */
  Binding<?> binding() {
    return switch (this) {
      case CUSTOMER -> new Binding<>(CustomerRepository.class,
          (id, row) -> new Customer(id, row.key(), "Name " + row.payload(), null), Customer::id);
      case CATEGORY -> new Binding<>(CategoryRepository.class,
          (id, row) -> new Category(id, row.ref(0), row.ref(1), row.key()), Category::id);
      case PRODUCT -> new Binding<>(ProductRepository.class,
          (id, row) -> new Product(id, row.ref(0), row.key(), "Product " + row.payload()), Product::id);
      case ORDER -> new Binding<>(Orders.class,
          (id, row) -> new PurchaseOrder(id, row.ref(0), row.key(), null), PurchaseOrder::id);
      case LINE -> new Binding<>(OrderLineRepository.class,
          (id, row) -> new OrderLine(id, row.ref(0), row.ref(1), row.payload()), OrderLine::id);
      case INVOICE -> new Binding<>(InvoiceRepository.class,
          (id, row) -> new Invoice(id, row.ref(0), row.key(), row.payload()), Invoice::id);
    };
  }

  /**
   * An entity type's repository interface, how a model row becomes the record (a null id lets the
   * database generate it), and the record's id.
   */
  record Binding<T>(
      Class<? extends SoftDeleteRepository<T, Long>> repository,
      BiFunction<Long, RelationsModel.Row, T> record,
      ToLongFunction<T> id) {}
}
