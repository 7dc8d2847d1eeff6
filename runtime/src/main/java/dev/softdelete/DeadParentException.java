package dev.softdelete;

import org.jdbi.v3.core.JdbiException;

/**
 * A live row would have referenced a parent row that is dead or missing: an insert or update of a
 * child whose {@link References} component names such a parent. Nothing changed.
 */
public class DeadParentException extends JdbiException {
  private static final long serialVersionUID = 1L;

  private final String child;
  private final String parent;

  public DeadParentException(String child, String column, String parent) {
    super("A live " + child + " row cannot reference a dead or missing " + parent + " row (" + column
        + "); restore the " + parent + " first, or reference a live one");
    this.child = child;
    this.parent = parent;
  }

  /** The entity whose row was refused. */
  public String childEntity() {
    return child;
  }

  /** The entity of the dead or missing parent. */
  public String parentEntity() {
    return parent;
  }
}
