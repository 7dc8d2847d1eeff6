package dev.softdelete.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.softdelete.Dialect;
import dev.softdelete.processor.model.Entity;
import dev.softdelete.processor.model.Relations;
import dev.softdelete.processor.model.RepositoryModel;
import dev.softdelete.processor.model.query.RepositoryMethod;
import dev.softdelete.processor.model.query.Verb;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.util.Types;

/**
 * Writes {@code JdbiArticles}, the implementation of a {@code @Repository} interface {@code
 * Articles}:
 *
 * <ul>
 *   <li>the shell of the entity's repository (fields, constructors from a Jdbi or a handle), plus a
 *       field {@code verbs}, the entity's generated repository, made from the same Jdbi or handle;
 *   <li>each verb of {@code SoftDeleteRepository}, handed on to {@code verbs};
 *   <li>each derived method ({@link DerivedVerbs}) and {@code @Query} method ({@link QueryVerbs});
 *   <li>the readers of their rows ({@link RowReaders}) and the nested {@code Sql} class of their
 *       statements.
 * </ul>
 */
public final class QueryRepositoryWriter {
  private final SourceWriter out;
  private final boolean injectAvailable;
  private final Set<Dialect> dialects;
  private final Types types;

  public QueryRepositoryWriter(SourceWriter out, boolean injectAvailable, Set<Dialect> dialects, Types types) {
    this.out = out;
    this.injectAvailable = injectAvailable;
    this.dialects = dialects;
    this.types = types;
  }

  /** Writes the file; false when it could not be written. */
  public boolean write(RepositoryModel repository, Relations relations) {
    Entity entity = relations.entity();
    ClassName implementation = repository.implementation();
    TypeSpec.Builder type =
        TypeSpec.classBuilder(implementation)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addSuperinterface(ClassName.get(repository.element()))
            .addOriginatingElement(entity.element())
            .addJavadoc(
                "The Jdbi implementation of {@link $T}.\n\n<p>The verbs of {@code SoftDeleteRepository} are"
                    + " those of {@link $T}; the\nother methods run their statements on a Jdbi"
                    + " handle: the handle it was made with, or\nelse the calling thread's open handle and its"
                    + " transaction, or a new handle for the call; as plain\nJDBC or through Jdbi's statement"
                    + " pipeline (see {@code SoftDeleteConfig.setStatementPath}). The SQL\nshown is $L's; {@code Sql} has every"
                    + " dialect's.\n",
                ClassName.get(repository.element()),
                entity.repositoryImplementation(),
                dialects.iterator().next().displayName());
    Implementation impl = new Implementation(relations, dialects, type, implementation);
    RepositoryShell shell = new RepositoryShell(impl);
    RowReaders rows = new RowReaders(impl);
    Set<String> fields = new HashSet<>();
    DerivedVerbs derived = new DerivedVerbs(impl, shell, rows, fields);
    QueryVerbs queries = new QueryVerbs(impl, shell, rows, fields);
    boolean stamps =
        repository.methods().stream()
            .anyMatch(
                m -> m instanceof RepositoryMethod.Derived d
                    && d.parsed().map(n -> n.verb() == Verb.SOFT_DELETE).orElse(false));

    boolean cascades =
        relations.related()
            && repository.methods().stream()
                .anyMatch(
                    m -> m instanceof RepositoryMethod.Derived d
                        && d.parsed().map(n -> !n.verb().isRead()).orElse(false));
    if (cascades) {
      new CascadeVerbs(impl, shell).field();
    }
    shell.fieldsAndConstructors(injectAvailable, java.util.Optional.of(entity.repositoryImplementation()), stamps);
    for (RepositoryMethod method : repository.methods()) {
      if (method instanceof RepositoryMethod.Inherited inherited) {
        handOn(repository, inherited, type);
      } else if (method instanceof RepositoryMethod.Derived d) {
        derived.write(d);
      } else if (method instanceof RepositoryMethod.Sql sql) {
        queries.write(sql);
      }
    }
    shell.helpers(ClassName.get(repository.element()), stamps);
    rows.write();
    java.util.List<SqlHolder.Statement> statements = new java.util.ArrayList<>(derived.statements());
    statements.addAll(queries.statements());
    type.addType(new SqlHolder(impl, statements).write());
    return out.write(repository.element(), implementation.packageName(), type);
  }

  // @Override public Optional<Article> findById(Long id) { return verbs.findById(id); }
  private void handOn(RepositoryModel repository, RepositoryMethod.Inherited method, TypeSpec.Builder type) {
    MethodSpec.Builder spec =
        MethodSpec.overriding(method.element(), (DeclaredType) repository.element().asType(), types);
    String arguments =
        method.element().getParameters().stream()
            .map(p -> p.getSimpleName().toString())
            .collect(Collectors.joining(", "));
    type.addMethod(spec.addStatement("return verbs.$L($L)", method.name(), arguments).build());
  }
}
