package dev.softdelete;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * A database whose DDL the processor writes. Each generated {@code <Entity>Schema} has
 * {@code createStatements(Dialect)}, and the same statements are in the compiled output as
 * {@code META-INF/softdelete/<id>/<table>.sql}.
 */
public enum Dialect {
  /** H2 2.x, in its default (regular) mode. */
  H2("h2", "H2"),
  /** PostgreSQL 15 or later (the unique indexes say {@code NULLS DISTINCT}). */
  POSTGRESQL("postgresql", "PostgreSQL");

  private final String id;
  private final String productName;

  Dialect(String id, String productName) {
    this.id = id;
    this.productName = productName;
  }

  /** The lower-case name used in resource paths: {@code META-INF/softdelete/<id>/<table>.sql}. */
  public String id() {
    return id;
  }

  /** The product name that JDBC metadata reports for this database. */
  public String productName() {
    return productName;
  }

  /** The dialect of the database that the handle is connected to. */
  public static Dialect of(Handle handle) {
    return of(handle.getConnection());
  }

  /**
   * The dialect of the database that the connection is connected to, from its JDBC metadata.
   *
   * @throws IllegalArgumentException if the database is not one of these dialects
   */
  public static Dialect of(Connection connection) {
    String product;
    try {
      product = connection.getMetaData().getDatabaseProductName();
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the database product name from JDBC metadata", e);
    }
    return fromProductName(product)
        .orElseThrow(
            () -> new IllegalArgumentException(
                "softdelete has no dialect for database '" + product + "'; known: "
                    + java.util.Arrays.toString(values())));
  }

  /** The dialect whose JDBC product name is this one, ignoring case. */
  public static Optional<Dialect> fromProductName(String productName) {
    String wanted = productName.trim().toLowerCase(Locale.ROOT);
    for (Dialect dialect : values()) {
      if (wanted.equals(dialect.productName.toLowerCase(Locale.ROOT))) {
        return Optional.of(dialect);
      }
    }
    return Optional.empty();
  }
}
