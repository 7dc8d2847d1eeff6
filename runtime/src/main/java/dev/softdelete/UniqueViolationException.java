package dev.softdelete;

import java.sql.SQLException;
import java.util.Optional;
import org.jdbi.v3.core.JdbiException;

/**
 * An insert or update would have given a unique key, or the primary key, to a second live row. The
 * database refused it and nothing changed; the driver's exception is the cause.
 */
public class UniqueViolationException extends JdbiException {
  private static final long serialVersionUID = 1L;

  private final String table;
  private final String key;

  public UniqueViolationException(String table, String key, SQLException cause) {
    super(message(table, key), cause);
    this.table = table;
    this.key = key;
  }

  private static String message(String table, String key) {
    return key == null
        ? "A live row of " + table + " already holds one of this row's unique keys"
        : "A live row of " + table + " already holds unique key '" + key + "'";
  }

  /** The table that refused the row. */
  public String table() {
    return table;
  }

  /**
   * The key that a live row already holds: a {@code @Unique} component's name, a {@code @UniqueKey}'s
   * name, or the {@code @Id} component's name for a taken id. Empty when the database did not say.
   */
  public Optional<String> key() {
    return Optional.ofNullable(key);
  }
}
