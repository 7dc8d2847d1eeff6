package dev.softdelete;

/** What soft-deleting a parent row does to the live rows that reference it; see {@link References}. */
public enum OnSoftDelete {
  /**
   * The parent's live children are soft-deleted with it, in the same operation and at every depth, so
   * that restoring the parent brings back exactly those rows.
   */
  CASCADE,
  /**
   * A parent with live children is not soft-deleted: the call throws {@link LiveChildrenException}
   * naming the child entity and how many live rows it has, and nothing changes.
   */
  RESTRICT
}
