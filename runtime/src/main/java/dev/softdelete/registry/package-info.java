/**
 * The generated registry: what the processor generated, as constructor references, found through
 * {@link java.util.ServiceLoader} rather than by class name. {@link
 * dev.softdelete.registry.SoftDeleteRegistry#load()} lists every repository and entity a class loader
 * can see; dependency-injection containers bind the repositories from it, and the Jdbi plugin creates
 * repositories and row mappers with it. Nothing here uses reflection, so it works unchanged in a GraalVM
 * native image.
 */
package dev.softdelete.registry;
