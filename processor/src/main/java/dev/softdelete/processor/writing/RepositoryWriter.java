package dev.softdelete.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.softdelete.Dialect;
import dev.softdelete.SoftDeleteRepository;
import dev.softdelete.processor.model.Component;
import dev.softdelete.processor.model.Entity;
import dev.softdelete.processor.model.UniqueKeyModel;
import dev.softdelete.processor.sql.Dml;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Entity>Repository}: {@link SoftDeleteRepository} of the entity and its id type, plus a
 * finder of live rows for each unique key.
 */
public final class RepositoryWriter {
  private final SourceWriter out;
  private final Set<Dialect> dialects;

  /** @param dialects the dialects SQL is written for; the Javadoc shows the first one's */
  public RepositoryWriter(SourceWriter out, Set<Dialect> dialects) {
    this.out = out;
    this.dialects = dialects;
  }

  /** Writes the file; false when it could not be written. */
  public boolean write(Entity entity) {
    TypeSpec.Builder repository =
        TypeSpec.interfaceBuilder(entity.repositoryInterface())
            .addModifiers(Modifier.PUBLIC)
            .addSuperinterface(
                ParameterizedTypeName.get(
                    ClassName.get(SoftDeleteRepository.class), entity.recordType(), idType(entity)))
            .addJavadoc(
                "The soft-delete repository of {@link $T}, over table {@code $L}.\n\n<p>Get it from"
                    + " Jdbi with {@code handle.attach($L.class)} or\n{@code jdbi.onDemand($L.class)}"
                    + " once {@link $T} is installed, or construct\n{@link $T} directly.\n",
                entity.recordType(),
                entity.table(),
                entity.repositoryInterface().simpleName(),
                entity.repositoryInterface().simpleName(),
                ClassName.get("dev.softdelete.jdbi", "SoftDeletePlugin"),
                entity.repositoryImplementation());
    Dml dml = new Dml(entity, dialects.iterator().next());
    entity.deletedBy().ifPresent(deletedBy -> addActorVerbs(repository, entity, deletedBy));
    for (UniqueKeyModel key : entity.uniqueKeys()) {
      MethodSpec.Builder finder =
          MethodSpec.methodBuilder(entity.finderName(key))
              .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
              .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), entity.recordType()))
              .addJavadoc(
                  "The live row whose $L $L the given $L. Dead rows that share the key are\nnever"
                      + " returned, and a null value matches no row.\n\n<pre>{@code\n$L\n}</pre>\n",
                  entity.components(key).stream()
                      .map(c -> "{@code " + c.name() + "}")
                      .collect(Collectors.joining(" and ")),
                  key.componentNames().size() == 1 ? "is" : "are",
                  key.componentNames().size() == 1 ? "one" : "ones",
                  SqlLiterals.javadoc(dml.findBy(key)));
      for (Component component : entity.components(key)) {
        finder.addParameter(component.type(), component.name());
      }
      repository.addMethod(finder.build());
    }
    return out.write(entity, repository);
  }

  /** {@code softDelete(id, deletedBy)} and {@code softDeleteAll(ids, deletedBy)}, for a {@code @DeletedBy} entity. */
  private static void addActorVerbs(TypeSpec.Builder repository, Entity entity, Component deletedBy) {
    repository.addMethod(
        MethodSpec.methodBuilder("softDelete")
            .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
            .returns(TypeName.BOOLEAN)
            .addParameter(idType(entity), "id")
            .addParameter(deletedBy.type(), deletedBy.name())
            .addJavadoc(
                "Like {@link #softDelete(Object)}, recording who deleted the row in {@code $L} (null records no"
                    + " one).\n",
                deletedBy.name())
            .build());
    repository.addMethod(
        MethodSpec.methodBuilder("softDeleteAll")
            .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
            .returns(TypeName.INT)
            .addParameter(ParameterizedTypeName.get(ClassName.get(java.util.Collection.class), idType(entity)), "ids")
            .addParameter(deletedBy.type(), deletedBy.name())
            .addJavadoc(
                "Like {@link #softDeleteAll(java.util.Collection)}, recording who deleted the rows in {@code $L}.\n",
                deletedBy.name())
            .build());
  }

  /** The id type as a type argument: boxed when the component is primitive. */
  static TypeName idType(Entity entity) {
    return entity.id().type().box();
  }
}
