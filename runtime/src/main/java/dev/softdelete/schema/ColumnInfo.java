package dev.softdelete.schema;

/**
 * A column as the catalog describes it.
 *
 * @param name its name as the catalog spells it
 * @param nullable whether it admits NULL
 * @param defaultSql the SQL of its default, or null
 */
record ColumnInfo(String name, boolean nullable, String defaultSql) {}
