/**
 * Spring integration: {@link dev.softdelete.spring.EnableSoftDeleteRepositories} registers every generated
 * repository as a bean, and {@link dev.softdelete.spring.SpringConnectionFactory} makes a Jdbi that runs in Spring's
 * transactions.
 */
package dev.softdelete.spring;
