package dev.softdelete.processor.query.sql;

import java.util.List;
import net.sf.jsqlparser.expression.Expression;

/**
 * A WHERE or a JOIN's ON, and the tables whose rows it restricts: a scope placeholder joined with
 * AND to it scopes one of those. A WHERE restricts every table of its SELECT; an inner join's ON
 * restricts the tables joined so far; a LEFT JOIN's ON only its own table, since the rows on the
 * left are kept whatever the ON says; a RIGHT JOIN's ON only the tables on its left; a FULL JOIN's
 * ON none.
 *
 * @param root the condition
 * @param restricts the tables it restricts
 * @param clause for messages: {@code LEFT JOIN}, or {@code WHERE}
 */
record Condition(Expression root, List<TableRef> restricts, String clause) {
  Condition {
    restricts = List.copyOf(restricts);
  }
}
