package dev.softdelete.schema;

import java.util.Objects;

/**
 * One way in which a live table breaks the contract that soft deletion relies on, found by {@link
 * SchemaVerifier}. Its {@linkplain #message() message} says what is wrong, why it breaks soft
 * deletion, and how to fix it, for example:
 *
 * <pre>
 * users.live is NOT NULL: deleted rows need live = NULL, so every soft delete fails. Fix: ALTER TABLE users ALTER COLUMN live DROP NOT NULL
 * </pre>
 *
 * @param table the table the problem is in, as the entity names it
 * @param kind what kind of drift it is
 * @param subject what the problem is about: a column, a key's name, an index's name, or the table
 * @param message what is wrong, why it breaks soft deletion, and how to fix it
 */
public record SchemaProblem(String table, Kind kind, String subject, String message) {
  /** What kind of drift a problem is. */
  public enum Kind {
    /** The table does not exist (in the schema the connection uses). */
    MISSING_TABLE,
    /** A column of the entity, the live column or the deleted-at column does not exist. */
    MISSING_COLUMN,
    /** The live column is NOT NULL, so no row can be soft-deleted (dead rows need live = NULL). */
    LIVE_COLUMN_NOT_NULL,
    /**
     * The live column's default is not TRUE: the repository inserts rows without naming the live
     * column, so new rows would not be live.
     */
    LIVE_COLUMN_NO_DEFAULT,
    /** No enforced CHECK keeps FALSE (or 0) out of the live column. */
    MISSING_LIVE_CHECK,
    /** No enforced CHECK makes the live column NULL exactly when deleted-at is set. */
    MISSING_DELETED_AT_CHECK,
    /** A CHECK refuses rows the repository writes: live rows (live TRUE, deleted-at NULL) or dead rows. */
    CHECK_REJECTS_VALID_ROWS,
    /** Rows hold FALSE (or any value but TRUE and NULL) in the live column. */
    FALSE_IN_LIVE_COLUMN,
    /** Rows whose live column is NULL without deleted-at, or TRUE with deleted-at set. */
    LIVE_AND_DELETED_AT_DISAGREE,
    /**
     * No unique index or constraint enforces the key among live rows (for the primary key: among all
     * rows), so two live rows can share it.
     */
    KEY_NOT_UNIQUE,
    /**
     * A unique index over the key leaves out the live column: over the key columns alone, a dead row
     * blocks a new live one (nobody can sign up as a deleted Betty's address); over (key,
     * deleted-at), live rows all have deleted-at NULL and two live Bettys get in.
     */
    KEY_INDEX_WITHOUT_LIVE,
    /**
     * A unique index over the key treats NULLs as equal (PostgreSQL's or H2's NULLS NOT DISTINCT,
     * H2's NULLS ALL DISTINCT, a plain unique index on SQL Server or Oracle): dead rows, whose live
     * column is NULL, collide with each other, or rows with a NULL key column collide.
     */
    NULLS_NOT_DISTINCT
  }

  /** Checks that no component is null. */
  public SchemaProblem {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(message, "message");
  }

  /** The table, as the entity's {@link TableDefinition} names it. */
  @Override
  public String table() {
    return table;
  }

  @Override
  public Kind kind() {
    return kind;
  }

  /**
   * What the problem is about: the missing column for {@link Kind#MISSING_COLUMN}; the live column
   * for the live column's own problems, {@link Kind#MISSING_LIVE_CHECK} and {@link
   * Kind#FALSE_IN_LIVE_COLUMN}; the deleted-at column for {@link Kind#MISSING_DELETED_AT_CHECK} and
   * {@link Kind#LIVE_AND_DELETED_AT_DISAGREE}; the CHECK's name for {@link
   * Kind#CHECK_REJECTS_VALID_ROWS}; the key's name (as {@link TableDefinition.KeyDefinition#name()})
   * for key problems; the table for {@link Kind#MISSING_TABLE}.
   */
  @Override
  public String subject() {
    return subject;
  }

  /** What is wrong, why it breaks soft deletion, and a fix, on one line. */
  @Override
  public String message() {
    return message;
  }

  /** {@code KIND: message}. */
  @Override
  public String toString() {
    return kind + ": " + message;
  }
}
