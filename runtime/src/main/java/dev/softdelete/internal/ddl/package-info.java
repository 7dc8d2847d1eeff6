/**
 * The DDL of a soft-delete table, written once for every dialect: column types, the live column, the
 * CHECK texts, the unique-index forms and the names of constraints and indexes. The processor renders
 * the generated DDL with it at compile time, and the schema verifier builds its fixes from it, so that
 * the fix it proposes is the statement the generated DDL contains.
 *
 * <p>Public only because the processor is another module; not a supported API, and free to change in
 * any release. It depends on nothing but the JDK and {@link dev.softdelete.Dialect}.
 */
package dev.softdelete.internal.ddl;
