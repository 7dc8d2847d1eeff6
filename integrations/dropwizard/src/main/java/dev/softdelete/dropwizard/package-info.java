/**
 * softdelete in a Dropwizard 5 application: {@link dev.softdelete.dropwizard.SoftDeleteBinder} puts the {@code Jdbi}
 * that dropwizard-jdbi3's {@code JdbiFactory} builds and every generated repository into Jersey's injector; {@link
 * dev.softdelete.dropwizard.UniqueViolationExceptionMapper} answers 409 for a taken unique key; {@link
 * dev.softdelete.dropwizard.SoftDeleteStatementNames} names the metrics timers of the generated statements.
 */
package dev.softdelete.dropwizard;
