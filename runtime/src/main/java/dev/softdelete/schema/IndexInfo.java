package dev.softdelete.schema;

import java.util.List;
import java.util.Objects;

/**
 * A unique index, primary key or unique constraint as the catalog describes it.
 *
 * @param name its name, or {@code PRIMARY KEY} where the database names none (SQLite)
 * @param parts the SQL of each key part, in order: a column name or an expression; empty where unknown
 * @param predicate the SQL of its WHERE clause (partial or filtered index), or null
 * @param nulls how it compares NULLs in its key parts
 * @param constraint the name of the constraint it belongs to (primary key, unique constraint), or null
 * @param primaryKey whether it is the primary key
 * @param unusable why the database does not use it (invalid, disabled, unusable), or null
 */
record IndexInfo(
    String name,
    List<String> parts,
    String predicate,
    Nulls nulls,
    String constraint,
    boolean primaryKey,
    String unusable) {

  /** How a unique index compares NULLs in its key parts. */
  enum Nulls {
    /** A NULL in any part makes an entry distinct from every other (the SQL standard's default). */
    DISTINCT,
    /** NULLs are equal to each other (PostgreSQL's NULLS NOT DISTINCT, SQL Server). */
    NOT_DISTINCT,
    /**
     * Entries whose parts are all NULL are left out; otherwise NULLs are equal (Oracle, H2's NULLS ALL
     * DISTINCT).
     */
    ALL_DISTINCT
  }

  IndexInfo {
    parts = parts.stream().map(p -> Objects.requireNonNullElse(p, "")).toList();
  }

  /** Whether its first key parts are these columns, in this order, compared ignoring case. */
  boolean leads(String... columns) {
    return leads(List.of(columns));
  }

  /** Whether its first key parts are these columns, in this order, compared ignoring case. */
  boolean leads(List<String> columns) {
    if (parts.size() < columns.size()) {
      return false;
    }
    for (int i = 0; i < columns.size(); i++) {
      if (!parts.get(i).trim().equalsIgnoreCase(columns.get(i))) {
        return false;
      }
    }
    return true;
  }

  /** {@code ux_users_email (email, live) NULLS NOT DISTINCT}, for messages. */
  String describe() {
    StringBuilder text = new StringBuilder(name).append(" (");
    for (int i = 0; i < parts.size(); i++) {
      text.append(i == 0 ? "" : ", ").append(parts.get(i).isEmpty() ? "<expression>" : parts.get(i).trim());
    }
    text.append(')');
    if (predicate != null) {
      text.append(" WHERE ").append(predicate.trim());
    }
    switch (nulls) {
      case NOT_DISTINCT -> text.append(" NULLS NOT DISTINCT");
      case ALL_DISTINCT -> text.append(" NULLS ALL DISTINCT");
      case DISTINCT -> {}
    }
    if (unusable != null) {
      text.append(" [").append(unusable).append(']');
    }
    return text.toString();
  }
}
