package dev.softdelete.internal;

import dev.softdelete.TableDefinition;
import dev.softdelete.TableDefinition.KeyDefinition;
import dev.softdelete.UniqueViolationException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
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

  /** SQLite's result codes; its drivers report no SQLState. */
  private static final int SQLITE_CONSTRAINT = 19;

  private static final int SQLITE_BUSY = 5;
  private static final int SQLITE_LOCKED = 6;

  /** MySQL and MariaDB call every primary key PRIMARY: "Duplicate entry '7' for key 'PRIMARY'". */
  private static final Pattern MYSQL_PRIMARY_KEY =
      Pattern.compile("for key '(?:[\\w$]+\\.)?PRIMARY'", Pattern.CASE_INSENSITIVE);

  /** SQLite names the columns, not the index: "UNIQUE constraint failed: users.email, users.live". */
  private static final Pattern SQLITE_UNIQUE = Pattern.compile("UNIQUE constraint failed: ([^)\\]\\n]+)");

  private SqlErrors() {}

  /**
   * A {@link UniqueViolationException} naming the key when the database refused a duplicate key, else
   * (a deadlock among them) Jdbi's {@link UnableToExecuteStatementException}; the SQLException is the
   * cause of either.
   */
  public static RuntimeException translate(SQLException e, TableDefinition table, String sql) {
    // A deadlock that rolled the transaction back comes first: whatever else the statement hit, the
    // caller's earlier statements are gone, and that is what they must learn.
    if (!isTransient(e) && isUniqueViolation(e)) {
      return new UniqueViolationException(table.table(), violatedKey(e, table).orElse(null), e);
    }
    return new UnableToExecuteStatementException(
        "softdelete: " + e.getMessage() + " [statement: " + sql + "]", e, null);
  }

  /** How many times a statement runs at most when the database keeps aborting it for a deadlock. */
  static final int ATTEMPTS = 6;

  /**
   * Whether a statement that failed with this exception should run again: the database aborted it to
   * break a deadlock or a serialization conflict (SQLState 40001, PostgreSQL's 40P01; SQLite's BUSY
   * and LOCKED), no transaction surrounds it (inside one, the database has rolled the whole
   * transaction back, and only its owner can run it again), and it has not run {@value #ATTEMPTS}
   * times yet; waits a little first. MySQL and MariaDB abort one of two concurrent writers of a
   * unique key this way.
   */
  public static boolean shouldRetry(SQLException e, Connection connection, int attempt) {
    if (!isTransient(e)) {
      return false;
    }
    try {
      if (!connection.getAutoCommit()) {
        return false;
      }
    } catch (SQLException cannotTell) {
      e.addSuppressed(cannotTell);
      return false;
    }
    return pauseBeforeAttempt(attempt + 1);
  }

  /**
   * Waits a random while before attempt number {@code attempt} (the pause grows with each attempt,
   * so that the writers that deadlocked stop meeting each other); false, without waiting, when that
   * attempt would be one too many or the thread is interrupted.
   */
  static boolean pauseBeforeAttempt(int attempt) {
    if (attempt > ATTEMPTS) {
      return false;
    }
    try {
      Thread.sleep(ThreadLocalRandom.current().nextInt(1, 1 << Math.min(attempt + 1, 8)));
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Whether the database aborted the statement, or its transaction, to break a deadlock. */
  public static boolean isTransient(SQLException e) {
    // An SQLException iterates over itself, its causes, then each chained next exception (one per
    // failed row of a batch) and its causes: in the order the driver reports them, without recursion.
    for (Throwable t : e) {
      if (t instanceof SQLException) {
        SQLException sql = (SQLException) t;
        String state = sql.getSQLState();
        if ("40001".equals(state) || "40P01".equals(state)) {
          return true;
        }
        if (state == null && (sql.getErrorCode() == SQLITE_BUSY || sql.getErrorCode() == SQLITE_LOCKED)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether the exception, or one chained to it, says a unique index or primary key refused a row. */
  public static boolean isUniqueViolation(SQLException e) {
    for (Throwable t : e) {
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
    for (Throwable t : e) {
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
      if (MYSQL_PRIMARY_KEY.matcher(message).find()) {
        return Optional.of(table.primaryKey().name());
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
}
