package dev.softdelete.benchmarks.relations;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * The limit for the three-level shape, as {@link HandAlbums} is for two: the customer, their live
 * orders, the live lines of the orders this operation killed; and back, exactly the rows that carry the
 * customer's operation id: the lines first, found through the orders that still carry it.
 */
public final class HandCustomers {
  static final String KILL_CUSTOMER =
      "UPDATE customers SET live = NULL, deleted_at = ?, deletion_id = ? WHERE id = ? AND live = TRUE";
  static final String KILL_ORDERS = "UPDATE customer_orders SET live = NULL, deleted_at = ?, deletion_id = ?"
      + " WHERE customer_id = ? AND live = TRUE";
  static final String KILL_LINES = "UPDATE order_lines SET live = NULL, deleted_at = ?, deletion_id = ?"
      + " WHERE live = TRUE AND order_id IN (SELECT id FROM customer_orders WHERE customer_id = ?"
      + " AND deletion_id = ?)";
  static final String OPERATION = "SELECT deletion_id FROM customers WHERE id = ? AND live IS NULL";
  static final String RESTORE_CUSTOMER = "UPDATE customers SET live = TRUE, deleted_at = NULL, deletion_id = NULL"
      + " WHERE id = ? AND deletion_id = ?";
  static final String RESTORE_LINES = "UPDATE order_lines SET live = TRUE, deleted_at = NULL, deletion_id = NULL"
      + " WHERE deletion_id = ? AND order_id IN (SELECT id FROM customer_orders WHERE customer_id = ?"
      + " AND deletion_id = ?)";
  static final String RESTORE_ORDERS = "UPDATE customer_orders SET live = TRUE, deleted_at = NULL,"
      + " deletion_id = NULL WHERE customer_id = ? AND deletion_id = ?";

  private final Connection connection;

  public HandCustomers(Connection connection) {
    this.connection = connection;
  }

  /** Kills the customer, their orders and the orders' lines under one new operation; returns the rows. */
  public int softDelete(long customerId) throws SQLException {
    return HandTransaction.run(connection, () -> {
      OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
      UUID operation = UUID.randomUUID();
      int customer = kill(KILL_CUSTOMER, now, operation, customerId);
      if (customer == 0) {
        return 0;
      }
      int orders = kill(KILL_ORDERS, now, operation, customerId);
      try (PreparedStatement ps = connection.prepareStatement(KILL_LINES)) {
        ps.setObject(1, now);
        ps.setObject(2, operation);
        ps.setLong(3, customerId);
        ps.setObject(4, operation);
        return customer + orders + ps.executeUpdate();
      }
    });
  }

  /** Restores the dead customer and the orders and lines their operation killed; returns the rows. */
  public int restore(long customerId) throws SQLException {
    return HandTransaction.run(connection, () -> {
      UUID operation;
      try (PreparedStatement ps = connection.prepareStatement(OPERATION)) {
        ps.setLong(1, customerId);
        try (ResultSet rs = ps.executeQuery()) {
          if (!rs.next()) {
            return 0;
          }
          operation = rs.getObject(1, UUID.class);
        }
      }
      int lines;
      try (PreparedStatement ps = connection.prepareStatement(RESTORE_LINES)) {
        ps.setObject(1, operation);
        ps.setLong(2, customerId);
        ps.setObject(3, operation);
        lines = ps.executeUpdate();
      }
      return revive(RESTORE_CUSTOMER, customerId, operation) + revive(RESTORE_ORDERS, customerId, operation) + lines;
    });
  }

  private int kill(String sql, OffsetDateTime now, UUID operation, long customerId) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      ps.setObject(1, now);
      ps.setObject(2, operation);
      ps.setLong(3, customerId);
      return ps.executeUpdate();
    }
  }

  private int revive(String sql, long customerId, UUID operation) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      ps.setLong(1, customerId);
      ps.setObject(2, operation);
      return ps.executeUpdate();
    }
  }
}
