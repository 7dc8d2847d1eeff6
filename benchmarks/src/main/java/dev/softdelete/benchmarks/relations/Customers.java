package dev.softdelete.benchmarks.relations;

import dev.softdelete.benchmarks.db.Database;
import dev.softdelete.benchmarks.db.Seed;
import dev.softdelete.benchmarks.db.SharedConnection;
import dev.softdelete.benchmarks.relations.RelationTables.Table;
import dev.softdelete.jdbi.SoftDeletePlugin;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The three-level shape, per trial, made like {@link Albums}: customer {@value #CUSTOMER} with
 * {@value #ORDERS} orders of {@value #LINES_PER_ORDER} lines each ({@value #ROWS} rows in all), among
 * {@value #OTHER_CUSTOMERS} other customers with {@value #ORDERS_PER_OTHER} orders of
 * {@value #LINES_PER_ORDER} lines each, every tenth customer dead with their orders and lines.
 */
@State(Scope.Thread)
public class Customers {
  public static final long CUSTOMER = 1;
  public static final int ORDERS = 100;
  public static final int LINES_PER_ORDER = 10;
  public static final int ROWS = 1 + ORDERS + ORDERS * LINES_PER_ORDER;
  public static final int OTHER_CUSTOMERS = 1_000;
  public static final int ORDERS_PER_OTHER = 10;

  private static final int OTHER_ORDERS = OTHER_CUSTOMERS * ORDERS_PER_OTHER;
  private static final int OTHER_LINES = OTHER_ORDERS * LINES_PER_ORDER;

  @Param({"H2", "POSTGRESQL"})
  public Database db;

  public Connection connection;
  public Handle handle;
  public CustomerRepository generated;
  public HandCustomers hand;

  @Setup(Level.Trial)
  public void setUp() throws SQLException {
    connection = db.connect("relations");
    RelationTables.recreate(connection, db, tables(db));
    Jdbi jdbi = Jdbi.create(new SharedConnection(connection));
    jdbi.installPlugin(new SoftDeletePlugin());
    handle = jdbi.open();
    generated = handle.attach(CustomerRepository.class);
    if (generated.getClass() != JdbiCustomerRepository.class) {
      throw new IllegalStateException("attach returned " + generated.getClass());
    }
    hand = new HandCustomers(connection);
  }

  @Setup(Level.Iteration)
  public void settle() throws SQLException {
    hand.restore(CUSTOMER);
    if (db == Database.POSTGRESQL) {
      for (Table t : tables(db)) {
        Seed.analyze(connection, db, t.name());
      }
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() throws SQLException {
    check();
    handle.close();
    RelationTables.drop(connection, tables(db));
    connection.close();
  }

  /** Throws unless the customer's rows are all live or all dead under one operation, the others as filled. */
  public void check() throws SQLException {
    String mine = "SELECT live, deletion_id FROM customers WHERE id = 1 UNION ALL SELECT live, deletion_id FROM"
        + " customer_orders WHERE customer_id = 1 UNION ALL SELECT l.live, l.deletion_id FROM order_lines l JOIN"
        + " customer_orders o ON o.id = l.order_id WHERE o.customer_id = 1";
    long live = Seed.queryLong(connection, "SELECT COUNT(*) FROM (" + mine + ") t WHERE live = TRUE");
    long operations = Seed.queryLong(connection, "SELECT COUNT(DISTINCT deletion_id) FROM (" + mine + ") t");
    long otherLive = Seed.queryLong(connection, "SELECT COUNT(*) FROM order_lines WHERE order_id > " + ORDERS
        + " AND live = TRUE");
    boolean consistent = live == ROWS ? operations == 0 : live == 0 && operations == 1;
    if (!consistent || otherLive != OTHER_LINES * 9 / 10) {
      throw new IllegalStateException("customer 1's live rows " + live + " of " + ROWS + ", operations "
          + operations + ", live lines of other customers " + otherLive);
    }
  }

  /**
   * The tables: customer {@code c} is dead iff {@code c % 10 == 0}, deleted by operation {@code c};
   * orders 1 to {@value #ORDERS} belong to customer 1, the others to the other customers in turn;
   * lines {@code 10k - 9} to {@code 10k} belong to order {@code k}. Orders and lines are dead with
   * their customer.
   */
  static List<Table> tables(Database db) {
    String dead = "MOD(c, 10) = 0";
    String otherCustomer = "2 + MOD(o - " + ORDERS + ", " + OTHER_CUSTOMERS + ")";
    String customerOfOrder = "CASE WHEN o <= " + ORDERS + " THEN 1 ELSE " + otherCustomer + " END";
    return List.of(
        new Table("customers", CustomerSchema.createStatements(db.dialect()),
            CustomerSchema.foreignKeyStatements(db.dialect()),
            List.of("INSERT INTO customers (id, name, live, deleted_at, deletion_id) SELECT c, CONCAT('Customer ',"
                + " c), " + RelationTables.state(dead, Seed.DELETED_AT, "c") + " FROM (SELECT n AS c FROM ("
                + db.series(1, 1 + OTHER_CUSTOMERS) + ") s) s")),
        new Table("customer_orders", CustomerOrderSchema.createStatements(db.dialect()),
            CustomerOrderSchema.foreignKeyStatements(db.dialect()),
            List.of("INSERT INTO customer_orders (id, customer_id, code, live, deleted_at, deletion_id) SELECT o, c,"
                + " CONCAT('O-', o), " + RelationTables.state(dead, Seed.DELETED_AT, "c") + " FROM (SELECT o, "
                + customerOfOrder + " AS c FROM (SELECT n AS o FROM (" + db.series(1, ORDERS + OTHER_ORDERS)
                + ") s) s) s")),
        new Table("order_lines", OrderLineSchema.createStatements(db.dialect()),
            OrderLineSchema.foreignKeyStatements(db.dialect()),
            List.of("INSERT INTO order_lines (id, order_id, quantity, live, deleted_at, deletion_id) SELECT l, o,"
                + " 1 + MOD(l, 5), " + RelationTables.state(dead, Seed.DELETED_AT, "c") + " FROM (SELECT l, o, "
                + customerOfOrder + " AS c FROM (SELECT n AS l, (n + " + (LINES_PER_ORDER - 1) + ") / "
                + LINES_PER_ORDER + " AS o FROM (" + db.series(1, (ORDERS + OTHER_ORDERS) * LINES_PER_ORDER)
                + ") s) s) s")));
  }

  /**
   * Before each call of a soft delete: the customer, their orders and lines live. A benchmark takes
   * this state alone and reaches the tables through it, as with {@link Albums.Live}.
   */
  @State(Scope.Thread)
  public static class Live {
    public Customers tables;

    @Setup(Level.Trial)
    public void attach(Customers tables) {
      this.tables = tables;
    }

    @Setup(Level.Invocation)
    public void revive() throws SQLException {
      tables.hand.restore(CUSTOMER);
    }
  }

  /** Before each call of a restore: the customer, their orders and lines dead, killed by one operation. */
  @State(Scope.Thread)
  public static class Dead {
    public Customers tables;

    @Setup(Level.Trial)
    public void attach(Customers tables) {
      this.tables = tables;
    }

    @Setup(Level.Invocation)
    public void kill() throws SQLException {
      tables.hand.softDelete(CUSTOMER);
    }
  }
}
