/**
 * A shop whose schema Flyway and Liquibase create from the migrations the processor writes: a customer
 * with a unique email, its orders (a reference that cascades, an index for queries), and a team and
 * its players, who reference each other in a cycle.
 */
package dev.softdelete.migrations;
