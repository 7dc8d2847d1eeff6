/**
 * Issue 9's benchmarks of relations: the soft delete of one parent with its children and its exact
 * restore, against the hand-written JDBC statements that do the same ({@code CascadeBenchmarks}); and
 * the purge of dead parents with their dead children, in batches ({@code PurgeScaling}). Two entity
 * sets in separate graphs, so that each cascade runs only the statements of its own shape: an album
 * and its photos (two levels), a customer, their orders and the orders' lines (three levels).
 */
package dev.softdelete.benchmarks.relations;
