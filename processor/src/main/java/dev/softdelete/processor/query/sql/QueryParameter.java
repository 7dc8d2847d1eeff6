package dev.softdelete.processor.query.sql;

/**
 * A parameter of a {@code @Query} method, as the SQL names it.
 *
 * @param name the name after the colon: the {@code @Bind} value, or the parameter's own name
 * @param collection whether it is a {@code Collection}, which expands to one JDBC parameter per
 *     element; it may only be an item of an IN list, {@code x IN (:ids)}
 */
public record QueryParameter(String name, boolean collection) {}
