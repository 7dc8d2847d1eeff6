package dev.softdelete.benchmarks.db;

import java.sql.Connection;
import org.jdbi.v3.core.ConnectionFactory;

/**
 * One connection handed to every Jdbi handle; closing a handle leaves it open. It stands for a
 * connection pool whose borrow and return cost nothing.
 */
public final class SharedConnection implements ConnectionFactory {
  private final Connection connection;

  public SharedConnection(Connection connection) {
    this.connection = connection;
  }

  @Override
  public Connection openConnection() {
    return connection;
  }

  @Override
  public void closeConnection(Connection toClose) {
    // Returned to the "pool": stays open for the next handle.
  }
}
