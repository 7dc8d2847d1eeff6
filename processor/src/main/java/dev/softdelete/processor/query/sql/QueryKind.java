package dev.softdelete.processor.query.sql;

/** What a {@code @Query} statement does, which decides what its method may return. */
public enum QueryKind {
  /** Reads rows: the method returns them, mapped. */
  SELECT,
  /** Changes rows: the method returns the row count. */
  UPDATE,
  /** Deletes rows permanently (a hard delete): the method returns the row count. */
  DELETE,
  /**
   * Inserts rows: the method returns the row count. Allowed into a soft-delete table only with a
   * column list that leaves out the live and deleted-at columns, so that the rows start live.
   */
  INSERT
}
