/**
 * The SQL of {@code @Query} methods: checked so that it cannot return a deleted row by accident, and
 * rendered for every dialect. {@link dev.softdelete.processor.query.sql.QuerySqlAnalyser#analyse} is
 * the one entry point; it takes records and returns records, and knows nothing of javac, so the
 * processor decides where each problem is reported.
 *
 * <p>The rules, and the decisions behind them:
 *
 * <ul>
 *   <li>Every reference to a soft-delete table (in FROM, JOIN, subqueries, WITH queries, UNION
 *       branches, and as the target of UPDATE and DELETE) carries exactly one of {@code {alive a}},
 *       {@code {dead a}} or {@code {any a}}, as a condition joined with AND to the WHERE of the same
 *       SELECT, or to the ON of a join that restricts the table: an inner join's ON restricts the
 *       tables joined so far, a LEFT JOIN's ON only its own table, a RIGHT JOIN's ON the tables on its
 *       left, a FULL JOIN's ON none. Anything weaker (under OR or NOT, in HAVING, in another SELECT)
 *       would let deleted rows through, and is refused.
 *   <li>{@code a} is the table's alias, or its name without one; unqualified placeholders need a
 *       statement with exactly one soft-delete table reference. Rendered scopes are always qualified.
 *   <li>UPDATE and INSERT never write the live or deleted-at column. INSERT into a soft-delete table is
 *       allowed with a column list without them (the rows start live by the columns' defaults); without
 *       a column list it is refused, since it would write them by position.
 *   <li>{@code :name} binds by exact (Java) name; every parameter is used; a collection is only an item
 *       of an IN list. A JDBC {@code ?} is refused, and so are JDBC escapes such as {@code {fn ...}},
 *       which read as unknown placeholders.
 *   <li>One statement: a second one after a semicolon is refused rather than run unchecked.
 * </ul>
 *
 * <p>JSqlParser reads the SQL at compile time only; it is a dependency of the processor, never of the
 * runtime.
 */
package dev.softdelete.processor.query.sql;
