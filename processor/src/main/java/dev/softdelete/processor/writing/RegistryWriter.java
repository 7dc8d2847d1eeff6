package dev.softdelete.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.softdelete.processor.model.Registration;
import dev.softdelete.processor.model.RegistryModel;
import java.util.List;
import java.util.function.Function;
import javax.lang.model.element.Modifier;

/**
 * Writes a compilation's registry: every repository and entity as constructor references, for
 * {@code SoftDeleteRegistry.load()}.
 *
 * <pre>
 * public final class SoftDeleteRegistry_1a2b3c4d implements GeneratedRegistry {
 *     private static final List&lt;RepositoryBinding&lt;?&gt;&gt; REPOSITORIES = List.of(
 *             RepositoryBinding.of(UserRepository.class, User.class,
 *                     JdbiUserRepository::new, JdbiUserRepository::new));
 *     private static final List&lt;EntityBinding&lt;?&gt;&gt; ENTITIES = List.of(
 *             EntityBinding.of(User.class, UserSchema.DEFINITION, UserRowMapper::new));
 *     public List&lt;RepositoryBinding&lt;?&gt;&gt; repositories() { return REPOSITORIES; }
 *     public List&lt;EntityBinding&lt;?&gt;&gt; entities() { return ENTITIES; }
 * }
 * </pre>
 */
public final class RegistryWriter {
  static final String REGISTRY_PACKAGE = "dev.softdelete.registry";
  private static final ClassName GENERATED_REGISTRY = ClassName.get(REGISTRY_PACKAGE, "GeneratedRegistry");
  private static final ClassName REPOSITORY_BINDING = ClassName.get(REGISTRY_PACKAGE, "RepositoryBinding");
  private static final ClassName ENTITY_BINDING = ClassName.get(REGISTRY_PACKAGE, "EntityBinding");
  private static final ClassName LIST = ClassName.get(List.class);

  private final SourceWriter out;

  public RegistryWriter(SourceWriter out) {
    this.out = out;
  }

  /** Writes the file; false when it could not be written. */
  public boolean write(RegistryModel registry) {
    List<Registration> registrations = registry.registrations();
    TypeName repositories = listOf(REPOSITORY_BINDING);
    TypeName entities = listOf(ENTITY_BINDING);
    TypeSpec.Builder type =
        TypeSpec.classBuilder(registry.name())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addSuperinterface(GENERATED_REGISTRY)
            .addJavadoc(
                "Every repository and entity of this compilation, as constructor references: no reflection."
                    + "\n\n<p>{@link $T#load()} finds it through\n"
                    + "{@code META-INF/services/$L}.\n",
                ClassName.get(REGISTRY_PACKAGE, "SoftDeleteRegistry"),
                GENERATED_REGISTRY.canonicalName())
            .addField(
                FieldSpec.builder(repositories, "REPOSITORIES", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                    .initializer(listOf(registrations, RegistryWriter::repositoryBinding))
                    .build())
            .addField(
                FieldSpec.builder(entities, "ENTITIES", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                    .initializer(
                        listOf(
                            registrations.stream().filter(r -> r.tables().isPresent()).toList(),
                            RegistryWriter::entityBinding))
                    .build())
            .addMethod(
                MethodSpec.constructorBuilder()
                    .addModifiers(Modifier.PUBLIC)
                    .addJavadoc("For {@link $T}.\n", java.util.ServiceLoader.class)
                    .build())
            .addMethod(getter("repositories", repositories, "REPOSITORIES"))
            .addMethod(getter("entities", entities, "ENTITIES"));
    for (Registration registration : registrations.subList(1, registrations.size())) {
      type.addOriginatingElement(registration.element());
    }
    return out.write(registrations.get(0).element(), registry.name().packageName(), type);
  }

  private static TypeName listOf(ClassName binding) {
    return ParameterizedTypeName.get(LIST, ParameterizedTypeName.get(binding, WildcardTypeName.subtypeOf(Object.class)));
  }

  /** {@code List.of(\n a,\n b)}, one binding a line; {@code List.of()} for none. */
  private static CodeBlock listOf(List<Registration> registrations, Function<Registration, CodeBlock> binding) {
    if (registrations.isEmpty()) {
      return CodeBlock.of("$T.of()", LIST);
    }
    return CodeBlock.builder()
        .add("$T.of(\n$>$>", LIST)
        .add(registrations.stream().map(binding).collect(CodeBlock.joining(",\n")))
        .add(")$<$<")
        .build();
  }

  private static CodeBlock repositoryBinding(Registration registration) {
    return CodeBlock.of(
        "$T.of($T.class, $T.class,\n$>$>$T::new, $T::new)$<$<",
        REPOSITORY_BINDING,
        registration.repository(),
        registration.entity(),
        registration.implementation(),
        registration.implementation());
  }

  private static CodeBlock entityBinding(Registration registration) {
    Registration.EntityClasses classes = registration.tables().orElseThrow();
    return CodeBlock.of(
        "$T.of($T.class, $T.DEFINITION, $T::new)",
        ENTITY_BINDING,
        registration.entity(),
        classes.schema(),
        classes.rowMapper());
  }

  private static MethodSpec getter(String name, TypeName type, String field) {
    return MethodSpec.methodBuilder(name)
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(type)
        .addStatement("return $L", field)
        .build();
  }
}
