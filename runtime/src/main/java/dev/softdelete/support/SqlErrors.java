package dev.softdelete.support;

import dev.softdelete.TableDefinition;
import dev.softdelete.TableDefinition.KeyDefinition;
import dev.softdelete.UniqueViolationException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/** Turns the driver's SQLExceptions into the exceptions that repositories promise. */
public final class SqlErrors {
  /** SQLState of a unique or primary-key violation (SQL standard; H2 and PostgreSQL use it). */
  static final String UNIQUE_VIOLATION = "23505";

  /**
   * Vendor codes of a unique or primary-key violation under the generic integrity-violation SQLState
   * 23000: MySQL and MariaDB 1062, SQL Server 2601 (unique index) and 2627 (constraint), Oracle 1
   * (ORA-00001).
   */
  private static final Set<Integer> UNIQUE_VIOLATION_CODES = Set.of(1062, 2601, 2627, 1);

  /** SQLite's result code SQLITE_CONSTRAINT; its drivers report no SQLState. */
  private static final int SQLITE_CONSTRAINT = 19;

  /** SQLite names the columns, not the index: "UNIQUE constraint failed: users.email, users.live". */
  private static final Pattern SQLITE_UNIQUE = Pattern.compile("UNIQUE constraint failed: ([^)\\]\\n]+)");

  private SqlErrors() {}

  /**
   * A {@link UniqueViolationException} naming the key when the database refused a duplicate key, else
   * Jdbi's {@link UnableToExecuteStatementException}; the SQLException is the cause of either.
   */
  public static RuntimeException translate(SQLException e, TableDefinition table, String sql) {
    if (isUniqueViolation(e)) {
      return new UniqueViolationException(table.table(), violatedKey(e, table).orElse(null), e);
    }
    return new UnableToExecuteStatementException(
        "softdelete: " + e.getMessage() + " [statement: " + sql + "]", e, null);
  }

  /** Whether the exception, or one chained to it, says a unique index or primary key refused a row. */
  public static boolean isUniqueViolation(SQLException e) {
    for (Throwable t : chain(e)) {
      if (t instanceof SQLException && isUniqueViolationItself((SQLException) t)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isUniqueViolationItself(SQLException e) {
    String state = e.getSQLState();
    if (UNIQUE_VIOLATION.equals(state)) {
      return true;
    }
    if ("23000".equals(state) && UNIQUE_VIOLATION_CODES.contains(e.getErrorCode())) {
      return true;
    }
    return e.getErrorCode() == SQLITE_CONSTRAINT
        && e.getMessage() != null
        && SQLITE_UNIQUE.matcher(e.getMessage()).find();
  }

  /**
   * The key whose index or constraint name appears in the exception's messages. Most databases name
   * the index they refused a row for (PostgreSQL: {@code unique constraint "ux_users_email"}; H2:
   * {@code "PUBLIC.UX_USERS_EMAIL ON PUBLIC.USERS(...)"}; MariaDB: {@code for key 'ux_users_email'};
   * Oracle: {@code (APP.UX_USERS_EMAIL)}), and the generated DDL names every index after its key.
   * SQLite names the columns instead, which identify the key as well.
   */
  public static Optional<String> violatedKey(SQLException e, TableDefinition table) {
    for (Throwable t : chain(e)) {
      String message = t.getMessage();
      if (message == null) {
        continue;
      }
      String lower = message.toLowerCase(Locale.ROOT);
      for (KeyDefinition key : table.allKeys()) {
        if (containsIdentifier(lower, key.constraintName().toLowerCase(Locale.ROOT))) {
          return Optional.of(key.name());
        }
      }
      Matcher columns = SQLITE_UNIQUE.matcher(message);
      if (columns.find()) {
        Optional<String> key = keyWithColumns(table, columns.group(1));
        if (key.isPresent()) {
          return key;
        }
      }
    }
    return Optional.empty();
  }

  /** The key over these columns ("users.email, users.live"), the live column aside. */
  private static Optional<String> keyWithColumns(TableDefinition table, String qualifiedColumns) {
    List<String> columns = new ArrayList<>();
    for (String qualified : qualifiedColumns.split(",")) {
      String column = qualified.trim();
      column = column.substring(column.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
      if (!column.equals(table.liveColumn().toLowerCase(Locale.ROOT))) {
        columns.add(column);
      }
    }
    for (KeyDefinition key : table.allKeys()) {
      List<String> keyColumns = new ArrayList<>();
      key.columns().forEach(c -> keyColumns.add(c.toLowerCase(Locale.ROOT)));
      if (keyColumns.equals(columns)) {
        return Optional.of(key.name());
      }
    }
    return Optional.empty();
  }

  /** Whether {@code text} contains {@code identifier} not as part of a longer identifier. */
  static boolean containsIdentifier(String text, String identifier) {
    for (int at = text.indexOf(identifier); at >= 0; at = text.indexOf(identifier, at + 1)) {
      int end = at + identifier.length();
      boolean startsWord = at == 0 || !isIdentifierPart(text.charAt(at - 1));
      boolean endsWord = end == text.length() || !isIdentifierPart(text.charAt(end));
      if (startsWord && endsWord) {
        return true;
      }
    }
    return false;
  }

  private static boolean isIdentifierPart(char c) {
    return c == '_' || c == '$' || Character.isLetterOrDigit(c);
  }

  /** The exception, its causes and, for batch failures, the chained next exceptions. */
  private static Set<Throwable> chain(SQLException e) {
    Set<Throwable> seen = new HashSet<>();
    collect(e, seen);
    return seen;
  }

  private static void collect(Throwable t, Set<Throwable> seen) {
    while (t != null && seen.add(t)) {
      if (t instanceof SQLException) {
        collect(((SQLException) t).getNextException(), seen);
      }
      t = t.getCause();
    }
  }
}
