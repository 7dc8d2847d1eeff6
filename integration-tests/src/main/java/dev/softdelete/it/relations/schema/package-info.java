/**
 * Entities in relations whose generated DDL and schema verification the tests run on each database: a
 * parent and its children, a self-reference, a cycle across two entities, and a table whose name makes
 * every constraint name shortened.
 */
package dev.softdelete.it.relations.schema;
