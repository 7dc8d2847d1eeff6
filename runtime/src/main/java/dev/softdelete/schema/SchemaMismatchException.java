package dev.softdelete.schema;

import org.jdbi.v3.core.JdbiException;

/**
 * The live schema breaks the soft-delete contract: thrown by {@link SchemaVerifier#verifyOrThrow},
 * whose message lists every problem found, one per line.
 */
public class SchemaMismatchException extends JdbiException {
  private static final long serialVersionUID = 1L;

  /** Not serialized: a deserialized exception keeps its message, which lists the problems. */
  private final transient SchemaReport report;

  public SchemaMismatchException(SchemaReport report) {
    super(report.toString());
    this.report = report;
  }

  /** The report whose problems the message lists; null after Java deserialization. */
  public SchemaReport report() {
    return report;
  }
}
