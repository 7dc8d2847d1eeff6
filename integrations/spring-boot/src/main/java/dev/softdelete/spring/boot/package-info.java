/**
 * Spring Boot auto-configuration: a Jdbi in Spring's transactions on the application's {@code DataSource}, and every
 * generated repository as a bean.
 */
package dev.softdelete.spring.boot;
