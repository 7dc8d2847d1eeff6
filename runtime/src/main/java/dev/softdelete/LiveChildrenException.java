package dev.softdelete;

import org.jdbi.v3.core.JdbiException;

/**
 * A parent row could not be soft-deleted ({@link OnSoftDelete#RESTRICT}) or hard-deleted because live
 * rows of a child entity reference it. Nothing changed; the caller's transaction stays usable.
 */
public class LiveChildrenException extends JdbiException {
  private static final long serialVersionUID = 1L;

  private final String parent;
  private final String child;
  private final long rows;

  public LiveChildrenException(String verb, String parent, String child, String column, long rows) {
    super(verb + " of " + parent + " refused: " + rows + " live " + child + " row" + (rows == 1 ? "" : "s")
        + " reference" + (rows == 1 ? "s" : "") + " it through " + column
        + "; delete or move " + (rows == 1 ? "that row" : "those rows") + " first"
        + (verb.equals("softDelete") ? ", or declare the reference onSoftDelete = CASCADE" : ""));
    this.parent = parent;
    this.child = child;
    this.rows = rows;
  }

  /** The entity whose row was to be deleted. */
  public String parentEntity() {
    return parent;
  }

  /** The entity whose live rows reference it. */
  public String childEntity() {
    return child;
  }

  /** How many live rows of the child entity reference the rows being deleted. */
  public long rows() {
    return rows;
  }
}
