/**
 * The verbs of entities in a relation that reach beyond their own table: cascading soft deletes,
 * exact restores by operation, and hard deletes and purges that remove dead children first. Used by
 * generated code only; unsupported and subject to change.
 */
package dev.softdelete.internal.cascade;
