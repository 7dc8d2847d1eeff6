/**
 * Checks a live database against the generated repositories: {@link
 * dev.softdelete.schema.SchemaVerifier} reads each table from the database's catalog and reports, in a
 * {@link dev.softdelete.schema.SchemaReport} of {@link dev.softdelete.schema.SchemaProblem}s, every way
 * the schema breaks the live-column contract, with the statement that fixes it. Those four types and
 * {@link dev.softdelete.schema.SchemaMismatchException} are the public API; the rest of the package is
 * package-private.
 */
package dev.softdelete.schema;
