package dev.softdelete.processor.query.sql;

import java.util.Optional;

/**
 * A column that a SELECT returns, in order.
 *
 * @param expression what it selects, as written (for messages): {@code a.title}, {@code COUNT(*)},
 *     {@code *}
 * @param label the column label, where the SQL says it: the alias ({@code COUNT(*) AS n} is {@code
 *     n}), a plain column's name ({@code a.title} is {@code title}), each column of a {@code
 *     {columns a}}; empty for other expressions without an alias and for {@code *}, which stands
 *     for columns unknown at compile time. Databases report labels in their own case (H2 in upper
 *     case), so compare them ignoring case.
 */
public record ResultColumn(String expression, Optional<String> label) {}
