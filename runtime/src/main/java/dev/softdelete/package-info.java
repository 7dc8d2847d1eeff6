/**
 * What users of softdelete write and catch: the annotations that turn a record into a soft-delete
 * entity ({@link dev.softdelete.SoftDeleteEntity}, {@link dev.softdelete.Id}, {@link
 * dev.softdelete.Unique}, {@link dev.softdelete.UniqueKey}, {@link dev.softdelete.DeletedAt}, {@link
 * dev.softdelete.Column}), the contract every generated repository implements ({@link
 * dev.softdelete.SoftDeleteRepository}, {@link dev.softdelete.RestoreResult}, {@link
 * dev.softdelete.UniqueViolationException}), the databases the SQL is written for ({@link
 * dev.softdelete.Dialect}) and the names a generated repository relies on ({@link
 * dev.softdelete.TableDefinition}).
 *
 * <p>The other packages: {@code dev.softdelete.jdbi} installs the generated repositories into a Jdbi;
 * {@code dev.softdelete.schema} checks a live database against them; {@code dev.softdelete.internal}
 * is called by generated code only.
 */
package dev.softdelete;
