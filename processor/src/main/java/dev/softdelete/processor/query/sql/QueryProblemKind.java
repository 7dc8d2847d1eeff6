package dev.softdelete.processor.query.sql;

/**
 * Every problem the {@code @Query} checker reports, with its message template. Each message says
 * what is wrong and how to fix it; the names are stable, for tests and for users searching for
 * them.
 */
public enum QueryProblemKind {
  /** JSqlParser cannot read the SQL. */
  PARSE_ERROR("The SQL does not parse at line %d, column %d, near %s: %s. Check the SQL there."),
  /** More than one statement; the second would run unchecked. */
  MULTIPLE_STATEMENTS(
      "The SQL holds more than one statement; the second starts at line %d, column %d. Put one"
          + " statement in each @Query."),
  /** A statement other than SELECT, UPDATE, DELETE or INSERT. */
  UNSUPPORTED_STATEMENT(
      "@Query runs SELECT, UPDATE, DELETE or INSERT, but this is %s. Run other statements through"
          + " Jdbi directly."),
  /** A {@code {...}} whose word is not a placeholder, or that does not close. */
  UNKNOWN_PLACEHOLDER(
      "Unknown placeholder `%s`. The placeholders are {alive a}, {dead a}, {any a} and {columns a},"
          + " where a is a table's alias (or its name), or {alive}, {dead}, {any} and {columns} in"
          + " a query of one soft-delete table."),
  /** A placeholder names an alias that no table of the query has. */
  UNKNOWN_ALIAS("`%s` names `%s`, which the query does not have. %s"),
  /** A placeholder names a table or subquery that is not a soft-delete entity's table. */
  NOT_SOFT_DELETE_TABLE(
      "`%s` names %s, which is not the table of a @SoftDeleteEntity record, so it has no live"
          + " column. Remove the placeholder; %s"),
  /** An unqualified placeholder in a query that reads no soft-delete table, or several. */
  NO_SINGLE_TABLE(
      "`%s` has no alias, which is only allowed in a query that reads one soft-delete table; this"
          + " one reads %s. %s"),
  /** Two soft-delete tables of one SELECT answer to the same name. */
  AMBIGUOUS_ALIAS(
      "Two tables of one SELECT are called `%s`, so a placeholder cannot tell them apart. Give each"
          + " its own alias: `FROM %s a1 JOIN %s a2 ON ...`."),
  /** A WITH query with the name of a soft-delete table. */
  WITH_SHADOWS_TABLE(
      "The WITH query `%s` has the name of the soft-delete table %s, so it is unclear which of the"
          + " two a FROM reads. Rename the WITH query."),
  /** A soft-delete table read without a scope placeholder. */
  MISSING_SCOPE(
      "Table %s has no scope: add {alive %s}, {dead %s} or {any %s} to %s, so that reading deleted"
          + " rows is a decision written in the query."),
  /** A soft-delete table with two scope placeholders. */
  DUPLICATE_SCOPE(
      "Table %s has %d scopes (%s), but needs exactly one. Keep the one that says which rows to"
          + " read."),
  /** A scope placeholder under OR or NOT, or outside WHERE and JOIN ON. */
  SCOPE_NOT_ANDED(
      "`%s` is not a condition joined with AND to a WHERE or JOIN ON (it is under OR, NOT or"
          + " another expression, or outside those clauses), so it would not keep the other rows of"
          + " %s out. Write it as its own condition: `WHERE %s AND (...)`."),
  /** A scope placeholder in a different SELECT from the one that reads its table. */
  SCOPE_IN_OTHER_SELECT(
      "`%s` is in a different SELECT from the one that reads %s, and a scope counts only in the"
          + " WHERE or JOIN ON of the SELECT whose FROM names its table. Move it there."),
  /** A scope placeholder in the ON of an outer join that keeps every row of its table. */
  SCOPE_IN_OUTER_JOIN(
      "`%s` is in the ON of a %s, which keeps every row of %s whatever the ON says. Move it to the"
          + " WHERE."),
  /**
   * {@code {columns a}} where alias {@code a} belongs to a SELECT that cannot be seen from there.
   */
  COLUMNS_NOT_VISIBLE(
      "`%s` is outside the SELECT that reads %s, where its columns cannot be named. Use it in that"
          + " SELECT."),
  /** A {@code :name} that no parameter of the method has. */
  UNKNOWN_PARAMETER(
      "`:%s` matches no parameter of the method (%s). Rename it, or name a parameter for it with"
          + " @Bind(\"%s\")."),
  /** A method parameter that the SQL never uses. */
  UNUSED_PARAMETER("Parameter `%s` is not used in the SQL. Use it as `:%s`, or remove it."),
  /** A JDBC {@code ?}, which would shift the named parameters' positions. */
  POSITIONAL_PARAMETER(
      "The SQL has a `?` at line %d, column %d, but @Query binds parameters by name. Write `:name`"
          + " for a method parameter called name."),
  /** A collection parameter that is not an item of an IN list. */
  COLLECTION_OUTSIDE_IN(
      "Collection parameter `:%s` can only be an item of an IN list, as in `x IN (:%s)`, where it"
          + " expands to one parameter per element."),
  /** An UPDATE or INSERT that writes the live or deleted-at column. */
  WRITES_VERB_COLUMN(
      "The %s writes %s, the %s column, which only the repository's verbs write, so that it always"
          + " agrees with the other one. Remove it and use softDelete, restore, softDelete…By or"
          + " restore…By instead."),
  /** An INSERT into a soft-delete table without a column list. */
  INSERT_WITHOUT_COLUMNS(
      "The INSERT into %s has no column list, so it would write the %s and %s columns by position."
          + " List the columns it writes, leaving those two out: `INSERT INTO %s (...) VALUES"
          + " (...)`."),
  /** A soft-delete table read where the checker cannot tell which scope applies. */
  UNCHECKED_TABLE(
      "Table %s is read in a part of the statement that the checker cannot scope. Read it in a FROM"
          + " or JOIN of a SELECT, UPDATE or DELETE, with a scope placeholder.");

  private final String template;

  QueryProblemKind(String template) {
    this.template = template;
  }

  /** The message template, with {@code %s} and {@code %d} for the arguments. */
  public String template() {
    return template;
  }
}
