package dev.softdelete.schema;

import dev.softdelete.TableDefinition;
import dev.softdelete.schema.SchemaVerifier.Strictness;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * One way in which a live table breaks the contract that soft deletion relies on, or lacks an index
 * that the repository's queries need to stay fast, found by {@link SchemaVerifier}. Its {@linkplain
 * #message() message} says what is wrong, what it breaks or slows down, and how to fix it, for
 * example:
 *
 * <pre>
 * users.live is NOT NULL: deleted rows need live = NULL, so every soft delete fails. Fix: ALTER TABLE users ALTER COLUMN live DROP NOT NULL
 * </pre>
 *
 * <p>Its {@linkplain #severity() severity} follows from its kind: an {@link Severity#ERROR} breaks
 * soft deletion, a {@link Severity#WARNING} only makes some queries slow.
 *
 * @param table the table the problem is in, as the entity names it
 * @param kind what kind of drift it is
 * @param subject what the problem is about: a column, a key's name, an index's name, or the table
 * @param message what is wrong, why it breaks soft deletion, and how to fix it
 */
public record SchemaProblem(String table, Kind kind, String subject, String message) {
  /** How much a problem matters; see {@link SchemaVerifier#verifyOrThrow(Handle, Strictness, TableDefinition...)}. */
  public enum Severity {
    /**
     * The table breaks the soft-delete contract: statements fail, or rows are lost, duplicated or
     * seen in the wrong state. {@link SchemaVerifier#verifyOrThrow(Handle, TableDefinition...)}
     * throws.
     */
    ERROR,
    /**
     * The repository works correctly, but a query it runs lacks the index that the generated DDL
     * gives it, and reads and sorts rows that the index would skip. Fatal only when asked for, with
     * {@link Strictness#ERRORS_AND_WARNINGS}.
     */
    WARNING
  }

  /** What kind of drift a problem is; each kind has one {@link Severity}. */
  public enum Kind {
    /** The table does not exist (in the schema the connection uses). */
    MISSING_TABLE(Severity.ERROR),
    /**
     * A column of the entity, the live column, the deleted-at column or, for an entity in a relation,
     * the deletion column does not exist.
     */
    MISSING_COLUMN(Severity.ERROR),
    /** The live column is NOT NULL, so no row can be soft-deleted (dead rows need live = NULL). */
    LIVE_COLUMN_NOT_NULL(Severity.ERROR),
    /**
     * The live column's default is not TRUE: the repository inserts rows without naming the live
     * column, so new rows would not be live.
     */
    LIVE_COLUMN_NO_DEFAULT(Severity.ERROR),
    /** No enforced CHECK keeps FALSE (or 0) out of the live column. */
    MISSING_LIVE_CHECK(Severity.ERROR),
    /** No enforced CHECK makes the live column NULL exactly when deleted-at is set. */
    MISSING_DELETED_AT_CHECK(Severity.ERROR),
    /** A CHECK refuses rows the repository writes: live rows (live TRUE, deleted-at NULL) or dead rows. */
    CHECK_REJECTS_VALID_ROWS(Severity.ERROR),
    /** Rows hold FALSE (or any value but TRUE and NULL) in the live column. */
    FALSE_IN_LIVE_COLUMN(Severity.ERROR),
    /** Rows whose live column is NULL without deleted-at, or TRUE with deleted-at set. */
    LIVE_AND_DELETED_AT_DISAGREE(Severity.ERROR),
    /**
     * No unique index or constraint enforces the key among live rows (for the primary key: among all
     * rows), so two live rows can share it.
     */
    KEY_NOT_UNIQUE(Severity.ERROR),
    /**
     * A unique index over the key leaves out the live column: over the key columns alone, a dead row
     * blocks a new live one (nobody can sign up as a deleted Betty's address); over (key,
     * deleted-at), live rows all have deleted-at NULL and two live Bettys get in.
     */
    KEY_INDEX_WITHOUT_LIVE(Severity.ERROR),
    /**
     * A unique index over the key treats NULLs as equal (PostgreSQL's or H2's NULLS NOT DISTINCT,
     * H2's NULLS ALL DISTINCT, a plain unique index on SQL Server or Oracle): dead rows, whose live
     * column is NULL, collide with each other, or rows with a NULL key column collide.
     */
    NULLS_NOT_DISTINCT(Severity.ERROR),
    /**
     * No FOREIGN KEY from a {@code @References} column to its parent's id (the generated {@code
     * fk_<table>_<column>}): nothing stops a row from naming a parent that does not exist, or a
     * hand-written DELETE from leaving its children orphans, which the cascades never reach.
     */
    FOREIGN_KEY_MISSING(Severity.ERROR),
    /**
     * A FOREIGN KEY from a {@code @References} column references another table or column than the
     * parent's id: rows need a match there too, and the reference itself is not checked.
     */
    FOREIGN_KEY_DIFFERS(Severity.ERROR),
    /**
     * The FOREIGN KEY of a {@code @References} column exists but the database does not check it:
     * disabled (SQL Server's NOCHECK, Oracle's DISABLE), NOT ENFORCED (PostgreSQL 18), or off on the
     * verifier's connection (SQLite's PRAGMA foreign_keys, MySQL's foreign_key_checks).
     */
    FOREIGN_KEY_NOT_ENFORCED(Severity.ERROR),
    /**
     * No usable index serves the pages of live rows and of dead rows in id order, as the generated
     * {@code ix_<table>_live} over (live, id) does: {@code alive()}, {@code aliveAfter} and {@code
     * dead()} read and sort every live (or dead) row before returning the first. A warning.
     */
    LIVE_INDEX_MISSING(Severity.WARNING),
    /**
     * No usable index is led by the deleted-at column, as the generated {@code
     * ix_<table>_deleted_at} is: every batch of {@code purgeDeletedBefore} reads every dead row to
     * find those deleted before its cutoff. A warning.
     */
    DELETED_AT_INDEX_MISSING(Severity.WARNING),
    /**
     * No usable index serves the queries of live rows that an index declared with {@code @Index} is
     * for: none is led by its columns and leaves dead rows out by its WHERE clause, nor led by the
     * live column and the columns (in either order). Queries by those columns read their dead rows
     * too, or the whole table. A warning.
     */
    DECLARED_INDEX_MISSING(Severity.WARNING),
    /**
     * The index that bears the name of an index declared with {@code @Index} has other columns, or
     * a WHERE clause that does not keep the live rows, and no other index serves its queries: the
     * declaration changed after the index was created, or a migration created another index under
     * that name. A warning.
     */
    DECLARED_INDEX_DIFFERS(Severity.WARNING),
    /**
     * No usable index over every row is led by a {@code @References} column, as the generated {@code
     * ix_<table>_<column>} is: the database reads the whole table to check the foreign key whenever a
     * parent row is deleted or its id changes, and each cascade finds a parent's children by reading
     * it too. A warning.
     */
    REFERENCE_INDEX_MISSING(Severity.WARNING),
    /**
     * No usable index is led by the deletion column of an entity in a relation, as the generated
     * {@code ix_<table>_deletion_id} is: each restore by operation, and each step of a cascade, reads
     * every dead row to find the rows of its operation. A warning.
     */
    DELETION_INDEX_MISSING(Severity.WARNING);

    private final Severity severity;

    Kind(Severity severity) {
      this.severity = severity;
    }

    /** Whether problems of this kind break soft deletion or only slow queries down. */
    public Severity severity() {
      return severity;
    }
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

  /** The severity of its kind. */
  public Severity severity() {
    return kind.severity();
  }

  /**
   * What the problem is about: the missing column for {@link Kind#MISSING_COLUMN}; the live column
   * for the live column's own problems, {@link Kind#MISSING_LIVE_CHECK} and {@link
   * Kind#FALSE_IN_LIVE_COLUMN}; the deleted-at column for {@link Kind#MISSING_DELETED_AT_CHECK} and
   * {@link Kind#LIVE_AND_DELETED_AT_DISAGREE}; the CHECK's name for {@link
   * Kind#CHECK_REJECTS_VALID_ROWS}; the key's name (as {@link TableDefinition.KeyDefinition#name()})
   * for key problems; the table for {@link Kind#MISSING_TABLE}; the name of the index the fix creates
   * for {@link Kind#LIVE_INDEX_MISSING}, {@link Kind#DELETED_AT_INDEX_MISSING}, {@link
   * Kind#DECLARED_INDEX_MISSING}, {@link Kind#DECLARED_INDEX_DIFFERS}, {@link
   * Kind#REFERENCE_INDEX_MISSING} and {@link Kind#DELETION_INDEX_MISSING}; the name of the generated
   * foreign key ({@link TableDefinition.ReferenceDefinition#constraintName()}) for the foreign key
   * problems.
   */
  @Override
  public String subject() {
    return subject;
  }

  /** What is wrong, what it breaks or slows down, and a fix, on one line. */
  @Override
  public String message() {
    return message;
  }

  /**
   * The fix the {@linkplain #message() message} ends with, after {@code "Fix: "}: for most problems the
   * database's own SQL statements, separated by {@code "; "}, which are the generated DDL's forms (the
   * migration to write for a schema that already exists, see the README's "Migrations"); for some,
   * advice in words where no statement can do it (SQLite cannot alter a column; a column's type that
   * the definition does not know). Read it before running it.
   */
  public Optional<String> fix() {
    int at = message.lastIndexOf(FIX);
    return at < 0 ? Optional.empty() : Optional.of(message.substring(at + FIX.length()));
  }

  private static final String FIX = "Fix: ";

  /** {@code KIND: message} for an error, {@code KIND (warning): message} for a warning. */
  @Override
  public String toString() {
    return kind + (severity() == Severity.WARNING ? " (warning): " : ": ") + message;
  }
}
