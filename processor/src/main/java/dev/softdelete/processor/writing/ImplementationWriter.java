package dev.softdelete.processor.writing;

import com.palantir.javapoet.TypeSpec;
import dev.softdelete.Dialect;
import dev.softdelete.processor.model.Entity;
import dev.softdelete.processor.model.Relations;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code Jdbi<Entity>Repository}, the implementation of the repository interface, by asking
 * one generator per verb family for its members, in the interface's order:
 *
 * <ul>
 *   <li>{@link RepositoryShell}: fields, constructors, how a verb borrows a connection;
 *   <li>{@link ReadVerbs}: finds, lists, counts, finders by unique key;
 *   <li>{@link WriteVerbs}: insert, update, softDelete, restore, hardDelete, purge;
 *   <li>{@link BulkVerbs}: insertAll, softDeleteAll, hardDeleteAll;
 *   <li>{@link Binding}: binding a row's columns and building the stored record;
 *   <li>{@link SqlHolder}: the nested {@code Sql} class with every dialect's statements.
 * </ul>
 *
 * <p>Each verb is a public method that borrows the connection and a private method that does the
 * work with plain JDBC: SQL rendered at compile time, parameters bound and columns read by position
 * with the getter of each type, the record built by its constructor. What does not depend on the
 * entity (retrying after a deadlock, chunking id lists, running all or nothing) is in {@code
 * dev.softdelete.internal}.
 */
public final class ImplementationWriter {
  private final SourceWriter out;
  private final boolean injectAvailable;
  private final Set<Dialect> dialects;

  /**
   * @param injectAvailable whether jakarta.inject is on the classpath, to mark the constructor
   * @param dialects the dialects to write SQL for
   */
  public ImplementationWriter(SourceWriter out, boolean injectAvailable, Set<Dialect> dialects) {
    this.out = out;
    this.injectAvailable = injectAvailable;
    this.dialects = dialects;
  }

  /** Writes the file; false when it could not be written. */
  public boolean write(Relations relations) {
    Entity entity = relations.entity();
    TypeSpec.Builder type =
        TypeSpec.classBuilder(entity.repositoryImplementation())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addSuperinterface(entity.repositoryInterface())
            .addJavadoc(
                "The Jdbi implementation of {@link $T}.\n\n<p>Each method runs its statements on a Jdbi"
                    + " handle: the handle it was made\nwith, or else the calling thread's open handle and its"
                    + " transaction, or a new handle for\nthe call; as plain JDBC on the handle's connection, or"
                    + " through Jdbi's statement pipeline\n(see {@code SoftDeleteConfig.setStatementPath})."
                    + " The SQL shown is $L's; {@code Sql} has every\ndialect's.\n",
                entity.repositoryInterface(),
                dialects.iterator().next().displayName());
    Implementation impl = new Implementation(relations, dialects, type);
    RepositoryShell shell = new RepositoryShell(impl);
    ReadVerbs reads = new ReadVerbs(impl, shell);
    WriteVerbs writes = new WriteVerbs(impl, shell);
    BulkVerbs bulk = new BulkVerbs(impl, shell);
    Binding binding = new Binding(impl);

    CascadeVerbs cascade = new CascadeVerbs(impl, shell);

    if (relations.related()) {
      cascade.field();
    }
    shell.fieldsAndConstructors(injectAvailable);
    writes.insert();
    bulk.insertAll();
    writes.update();
    reads.write();
    if (relations.related()) {
      cascade.softDelete();
      cascade.softDeleteAll();
      cascade.restore();
      cascade.hardDelete();
      cascade.hardDeleteAll();
      cascade.purge();
    } else {
      writes.softDelete();
      bulk.softDeleteAll();
      writes.restore();
      writes.hardDelete();
      bulk.hardDeleteAll();
      writes.purge();
    }
    reads.finders();
    shell.helpers(entity.repositoryInterface());
    if (cascade.checksParents()) {
      cascade.requireLiveParents();
    }
    binding.bindColumns();
    binding.stored();
    reads.rowReaders();
    type.addType(new SqlHolder(impl).write());
    return out.write(entity, type);
  }
}
