package dev.softdelete;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A database that the generated SQL and DDL are written for. Each keeps the live-column invariant its
 * own way, because databases disagree about NULLs in unique indexes:
 *
 * <ul>
 *   <li>{@link #H2}, {@link #POSTGRESQL}, {@link #MYSQL} and {@link #SQLITE}: a unique index over (key
 *       columns..., live), whose NULLs are distinct (said explicitly where the syntax exists);
 *   <li>{@link #SQLSERVER}: a filtered unique index over the key columns, {@code WHERE live = 1};
 *   <li>{@link #ORACLE}: a function-based unique index over {@code CASE WHEN live = 1 THEN column END}.
 * </ul>
 *
 * <p>Each generated {@code <Entity>Schema} has {@code createStatements(Dialect)}, and the same
 * statements are in the compiled output as {@code META-INF/softdelete/<id>/<table>.sql}.
 *
 * <p>This type depends on nothing but the JDK, because the processor uses it at compile time.
 */
public enum Dialect {
  /** H2 2.x, in its default (regular) mode. */
  H2("h2", "H2", "H2"),
  /** PostgreSQL 15 or later (the unique indexes say {@code NULLS DISTINCT}). */
  POSTGRESQL("postgresql", "PostgreSQL", "PostgreSQL"),
  /** MySQL 8.0.16 or later (CHECK constraints are enforced from there) and MariaDB 10.5 or later. */
  MYSQL("mysql", "MySQL/MariaDB", "MySQL", "MariaDB"),
  /** SQLite 3.35 or later. */
  SQLITE("sqlite", "SQLite", "SQLite"),
  /** SQL Server 2016 or later. Not tested on a live server. */
  SQLSERVER("sqlserver", "SQL Server", "Microsoft SQL Server"),
  /** Oracle 19c or later. Not tested on a live server. */
  ORACLE("oracle", "Oracle", "Oracle");

  private final String id;
  private final String displayName;
  private final List<String> productNames;

  Dialect(String id, String displayName, String... productNames) {
    this.id = id;
    this.displayName = displayName;
    this.productNames = List.of(productNames);
  }

  /** The lower-case name used in resource paths: {@code META-INF/softdelete/<id>/<table>.sql}. */
  public String id() {
    return id;
  }

  /** The name people use for the database, for messages: "MySQL/MariaDB", "SQL Server". */
  public String displayName() {
    return displayName;
  }

  /** The product names that JDBC metadata reports for this database. */
  public List<String> productNames() {
    return productNames;
  }

  /** The dialect whose id is this one: {@code "postgresql"}, {@code "sqlserver"}..., ignoring case. */
  public static Optional<Dialect> fromId(String id) {
    String wanted = id.trim().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(d -> d.id.equals(wanted)).findFirst();
  }

  /**
   * The dialect of the database that the connection is connected to, from its JDBC metadata. For a
   * Jdbi handle: {@code Dialect.of(handle.getConnection())}.
   *
   * @throws IllegalArgumentException if the database is not one of these dialects
   * @throws IllegalStateException if the connection's metadata cannot be read
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
                    + Arrays.toString(values())
                    + ". Set one with SoftDeleteConfig.setDialect if the database speaks one of them."));
  }

  /** The dialect whose JDBC product name is this one, ignoring case. */
  public static Optional<Dialect> fromProductName(String productName) {
    String wanted = productName.trim().toLowerCase(Locale.ROOT);
    for (Dialect dialect : values()) {
      for (String name : dialect.productNames) {
        if (wanted.equals(name.toLowerCase(Locale.ROOT))) {
          return Optional.of(dialect);
        }
      }
    }
    return Optional.empty();
  }
}
