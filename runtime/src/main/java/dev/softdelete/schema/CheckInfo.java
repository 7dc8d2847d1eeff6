package dev.softdelete.schema;

/**
 * A CHECK constraint as the catalog describes it.
 *
 * @param name its name, or {@code unnamed} where the database names none (SQLite)
 * @param clause its condition's SQL, as the database gives it back
 * @param enforced whether the database enforces it
 */
record CheckInfo(String name, String clause, boolean enforced) {}
