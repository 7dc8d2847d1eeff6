/**
 * Guice integration: {@link dev.softdelete.guice.SoftDeleteRepositoriesModule} binds every generated repository,
 * made from the injector's Jdbi.
 */
package dev.softdelete.guice;
