package dev.softdelete.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.softdelete.DeadParentException;
import dev.softdelete.LiveChildrenException;
import dev.softdelete.RestoreResult;
import dev.softdelete.it.relations.Category;
import dev.softdelete.it.relations.CategoryRepository;
import dev.softdelete.it.relations.Customer;
import dev.softdelete.it.relations.CustomerRepository;
import dev.softdelete.it.relations.OrderLine;
import dev.softdelete.it.relations.OrderLineRepository;
import dev.softdelete.it.relations.Orders;
import dev.softdelete.it.relations.Product;
import dev.softdelete.it.relations.ProductRepository;
import dev.softdelete.it.relations.PurchaseOrder;
import java.time.Clock;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Two transactions on the relations story, interleaved by hand, that {@link RelationsStressTest} found
 * breaking the invariant (a live row never references a dead parent). Each test holds one transaction
 * open at the point that matters, runs the other verb on a second connection (on a thread of its own,
 * since it may rightly wait for the first), and then lets both finish. Whatever each database's
 * locking makes wait, both orders of events must end with no live row under a dead parent, and where
 * the parent's death is committed before the restore could see it, the restore must say PARENT_DEAD.
 *
 * <p>On SQLite, where writers run one at a time, the second verb waits for the first transaction, so
 * each test there checks the serial outcome.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class RelationsRaceTest {
  /** How long the test lets the second verb run before it ends the first transaction. */
  private static final long HEAD_START_MILLIS = 1000;

  private static final long TIMEOUT_SECONDS = 40;

  @Parameter TestDatabase database;

  private Jdbi jdbi;
  private Handle first;
  private Handle second;
  private ExecutorService executor;
  private Customer customer;
  private PurchaseOrder order;

  @BeforeEach
  void setUp() {
    database.recreateTables();
    jdbi = database.jdbi(Clock.systemUTC());
    first = jdbi.open();
    second = jdbi.open();
    executor = Executors.newSingleThreadExecutor(runnable -> {
      Thread thread = new Thread(runnable, "second transaction");
      thread.setDaemon(true);
      return thread;
    });
    customer = first.attach(CustomerRepository.class).insert(new Customer(null, "ann@example.com", "Ann", null));
    order = first.attach(Orders.class).insert(new PurchaseOrder(null, customer.id(), "O-1", null));
  }

  @AfterEach
  void tearDown() throws InterruptedException {
    executor.shutdownNow();
    executor.awaitTermination(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    for (Handle handle : new Handle[] {first, second}) {
      if (handle.isInTransaction()) {
        handle.rollback();
      }
      handle.close();
    }
  }

  /**
   * The customer's cascade is under way (uncommitted) when a restore of one of its orders, deleted on
   * its own before, starts. The restore must wait for the customer's fate and then refuse: restoring
   * the order would leave it live under a dead customer.
   */
  @Test
  void aRestoreOfAChildWhileItsParentIsBeingSoftDeletedGivesParentDead() throws Exception {
    first.attach(Orders.class).softDelete(order.id());
    first.begin();
    assertThat(first.attach(CustomerRepository.class).softDelete(customer.id())).isTrue();

    Future<RestoreResult> restore = executor.submit(() -> second.attach(Orders.class).restore(order.id()));
    waitALittle(restore);
    first.commit();

    assertThat(result(restore)).as("the restore of the order whose customer died meanwhile")
        .hasToString("PARENT_DEAD(Customer)");
    assertThat(RelationInvariants.violations(first)).as("the invariants").isEmpty();
  }

  /**
   * A restore of an order is done but not committed when the customer's cascade starts. The cascade
   * must take the order with it once the restore commits (or refuse to run past it), never leave it
   * live under the dead customer.
   */
  @Test
  void aSoftDeleteOfAParentWhileAChildIsBeingRestoredTakesTheChildWithIt() throws Exception {
    first.attach(Orders.class).softDelete(order.id());
    second.begin();
    assertThat(second.attach(Orders.class).restore(order.id()).status()).isEqualTo(RestoreResult.Status.RESTORED);

    Future<Boolean> delete = executor.submit(() -> first.attach(CustomerRepository.class).softDelete(customer.id()));
    waitALittle(delete);
    second.commit();

    assertThat(result(delete)).as("the customer's soft delete").isTrue();
    assertThat(RelationInvariants.violations(first)).as("the invariants").isEmpty();
    assertThat(first.attach(Orders.class).findById(order.id())).as("the order, after its customer's cascade").isEmpty();
  }

  /**
   * A transaction reads the order (as an application loads a row before changing it), the customer is
   * soft-deleted and committed meanwhile, then the transaction restores the order. The restore must see
   * the customer dead, whatever snapshot the transaction's earlier read fixed.
   */
  @Test
  void aRestoreInATransactionThatReadBeforeTheParentDiedGivesParentDead() throws Exception {
    first.attach(Orders.class).softDelete(order.id());
    second.begin();
    assertThat(second.attach(Orders.class).findAnyById(order.id())).isPresent();

    Future<Boolean> delete = executor.submit(() -> first.attach(CustomerRepository.class).softDelete(customer.id()));
    boolean deleteCommittedFirst = waitALittle(delete);
    RestoreResult restored = second.attach(Orders.class).restore(order.id());
    second.commit();

    assertThat(result(delete)).as("the customer's soft delete").isTrue();
    if (deleteCommittedFirst) {
      assertThat(restored).as("the restore after the customer's death was committed")
          .hasToString("PARENT_DEAD(Customer)");
    }
    assertThat(RelationInvariants.violations(first)).as("the invariants").isEmpty();
  }

  /**
   * A transaction reads, a line is inserted under the product and committed meanwhile, then the
   * transaction soft-deletes the product. RESTRICT must see the new live line, whatever snapshot the
   * transaction's earlier read fixed, and refuse.
   */
  @Test
  void restrictInATransactionThatReadBeforeALineWasInsertedStillRefuses() throws Exception {
    Category shop = first.attach(CategoryRepository.class).insert(new Category(null, customer.id(), null, "Shop"));
    Product lamp = first.attach(ProductRepository.class).insert(new Product(null, shop.id(), "LAMP-1", "Lamp"));
    second.begin();
    assertThat(second.attach(ProductRepository.class).findAnyById(lamp.id())).isPresent();

    OrderLine line = new OrderLine(null, order.id(), lamp.id(), 1);
    Future<Object> insert = executor.submit(() -> call(() -> first.attach(OrderLineRepository.class).insert(line)));
    boolean lineCommittedFirst = waitALittle(insert);
    Object deleted = call(() -> second.attach(ProductRepository.class).softDelete(lamp.id()));
    second.commit();
    Object inserted = result(insert);

    if (lineCommittedFirst) {
      assertThat(deleted).as("the product's soft delete after the line was committed")
          .isInstanceOf(LiveChildrenException.class);
    }
    // One of the two wins: the line, and RESTRICT refuses; or the delete, and the line's parent is dead.
    if (inserted instanceof OrderLine) {
      assertThat(deleted).as("the product's soft delete, beside the committed line")
          .isInstanceOf(LiveChildrenException.class);
    } else {
      assertThat(inserted).as("the line's insert, beside the product's soft delete " + deleted)
          .isInstanceOf(DeadParentException.class);
    }
    assertThat(RelationInvariants.violations(first)).as("the invariants").isEmpty();
  }

  /**
   * Gives the second verb a head start; true when it has finished by then, false when it is still
   * running (waiting for a lock, as it may).
   */
  private boolean waitALittle(Future<?> future) throws InterruptedException, ExecutionException {
    try {
      future.get(HEAD_START_MILLIS, TimeUnit.MILLISECONDS);
      return true;
    } catch (TimeoutException stillRunning) {
      return false;
    }
  }

  private <T> T result(Future<T> future) throws InterruptedException, ExecutionException, TimeoutException {
    return future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
  }

  /** The call's result, or the exception it threw. */
  private static Object call(Supplier<?> call) {
    try {
      return call.get();
    } catch (RuntimeException e) {
      return e;
    }
  }
}
