package dev.softdelete.support;

import dev.softdelete.TableDefinition;
import dev.softdelete.TableDefinition.KeyDefinition;
import dev.softdelete.UniqueViolationException;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/** Turns the driver's SQLExceptions into the exceptions that repositories promise. */
public final class SqlErrors {
  /** SQLState of a unique or primary-key violation (SQL standard; H2 and PostgreSQL use it). */
  static final String UNIQUE_VIOLATION = "23505";

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
      if (t instanceof SQLException && UNIQUE_VIOLATION.equals(((SQLException) t).getSQLState())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The key whose index or constraint name appears in the exception's messages. Databases name the
   * index they refused a row for (PostgreSQL: {@code unique constraint "ux_users_email"}; H2: {@code
   * "PUBLIC.UX_USERS_EMAIL ON PUBLIC.USERS(...)"}); the generated DDL names every index after its key.
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
