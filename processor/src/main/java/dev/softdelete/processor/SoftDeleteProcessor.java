package dev.softdelete.processor;

import com.google.auto.service.AutoService;
import dev.softdelete.Dialect;
import dev.softdelete.Repository;
import dev.softdelete.SoftDeleteEntity;
import dev.softdelete.processor.model.Component;
import dev.softdelete.processor.model.Entity;
import dev.softdelete.processor.model.Relations;
import dev.softdelete.processor.model.RepositoryModel;
import dev.softdelete.processor.reading.EntityReader;
import dev.softdelete.processor.reading.RegistrationReader;
import dev.softdelete.processor.reading.RepositoryReader;
import dev.softdelete.processor.validation.EntityValidator;
import dev.softdelete.processor.validation.QueryMethodValidator;
import dev.softdelete.processor.validation.ReferenceValidator;
import dev.softdelete.processor.validation.RepositoryValidator;
import dev.softdelete.processor.validation.ValidationReport;
import dev.softdelete.processor.writing.DaggerModuleWriter;
import dev.softdelete.processor.writing.ImplementationWriter;
import dev.softdelete.processor.writing.QueryRepositoryWriter;
import dev.softdelete.processor.writing.RegistryWriter;
import dev.softdelete.processor.writing.RepositoryWriter;
import dev.softdelete.processor.writing.RowMapperWriter;
import dev.softdelete.processor.writing.SchemaWriter;
import dev.softdelete.processor.writing.ServicesFileWriter;
import dev.softdelete.processor.writing.SourceWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Turns each {@code @SoftDeleteEntity} record into a repository interface, its Jdbi implementation, a
 * row mapper, a schema class and DDL resources; and each {@code @Repository} interface into its Jdbi
 * implementation, with its derived and {@code @Query} methods written at compile time.
 *
 * <p>One pipeline per type, records first, then the repositories of the round, whose {@code @Query}
 * SQL is checked against the tables of the records known so far: read it into an immutable model
 * ({@link Entity}, {@code RepositoryModel}), validate the model reporting every error, and write only
 * a valid model; the writers read nothing but the model. A record whose
 * component types do not exist yet (another processor may generate them in a later round) waits for
 * the next round, and is reported at the last. No exception leaves {@link #process}: an unexpected one
 * becomes an error on the record being processed. Every repository written is also listed in the
 * compilation's registry ({@link RegistryRounds}).
 *
 * <p>When the options ask for them ({@link MigrationOptions}), the tables of every record written are
 * also written as Flyway migrations or a Liquibase changelog, once, after the last round.
 */
@AutoService(Processor.class)
public final class SoftDeleteProcessor extends AbstractProcessor {
  private Diagnostics diagnostics;
  private EntityReader reader;
  private EntityValidator validator;
  private ReferenceValidator referenceValidator;
  private RepositoryWriter repositoryWriter;
  private ImplementationWriter implementationWriter;
  private RowMapperWriter rowMapperWriter;
  private SchemaWriter schemaWriter;
  private RepositoryReader repositoryReader;
  private RepositoryValidator repositoryValidator;
  private QueryRepositoryWriter queryRepositoryWriter;
  private RegistryRounds registry;
  private MigrationOptions migrationOptions;
  private Migrations migrations;

  /**
   * The processor option that limits the dialects SQL and DDL are written for, and whose reserved
   * words names must avoid: dialect ids separated by commas. All of them by default.
   */
  static final String DIALECTS_OPTION = "softdelete.dialects";

  /** False when the options are wrong (reported in init): nothing is processed. */
  private boolean configured;

  /** Records waiting for types that do not exist yet, by qualified name. */
  private final Set<String> deferred = new LinkedHashSet<>();

  /**
   * The valid entities of the compilation so far, by table: the tables {@code @Query} SQL may name.
   * Entities of earlier compilations (libraries) are known only as a repository's own entity.
   */
  private final Map<String, Entity> knownEntities = new java.util.LinkedHashMap<>();

  /** The relations of the valid entities of the compilation so far, by record name. */
  private final Map<String, Relations> knownRelations = new java.util.LinkedHashMap<>();

  /**
   * The records of the compilation so far that have errors of their own (reported, or left to javac):
   * references to them are not judged, so that their errors are not repeated on their children.
   */
  private final Set<String> withErrors = new HashSet<>();

  /** {@code @Repository} interfaces waiting for a supertype that does not exist yet. */
  private final Set<String> deferredRepositories = new LinkedHashSet<>();

  @Override
  public synchronized void init(ProcessingEnvironment processingEnv) {
    super.init(processingEnv);
    diagnostics = new Diagnostics(processingEnv.getMessager());
    Map<String, String> options = processingEnv.getOptions();
    // javac passes -Asoftdelete.dialects= (an empty value) as a null value: that names no dialect.
    Optional<Set<Dialect>> dialects =
        dialects(
            options.containsKey(DIALECTS_OPTION)
                ? Objects.requireNonNullElse(options.get(DIALECTS_OPTION), "")
                : null);
    // Read even when the dialects are wrong, so that every wrong option is reported at once.
    Optional<RegistryOptions> registryOptions = RegistryOptions.read(options, diagnostics);
    Optional<MigrationOptions> migrationsRead = MigrationOptions.read(options, diagnostics);
    migrationOptions = migrationsRead.orElse(MigrationOptions.none());
    configured = dialects.isPresent() && registryOptions.isPresent() && migrationsRead.isPresent();
    if (!configured) {
      return;
    }
    reader = new EntityReader();
    validator = new EntityValidator(dialects.get());
    referenceValidator = new ReferenceValidator(reader);
    SourceWriter out =
        new SourceWriter(processingEnv.getFiler(), processingEnv.getElementUtils(), diagnostics);
    repositoryWriter = new RepositoryWriter(out, dialects.get());
    implementationWriter =
        new ImplementationWriter(
            out,
            processingEnv.getElementUtils().getTypeElement("jakarta.inject.Inject") != null,
            dialects.get());
    rowMapperWriter = new RowMapperWriter(out);
    schemaWriter = new SchemaWriter(out, dialects.get());
    migrations = new Migrations(migrationOptions, out, dialects.get(), diagnostics);
    repositoryReader =
        new RepositoryReader(processingEnv.getElementUtils(), processingEnv.getTypeUtils(), reader);
    repositoryValidator = new RepositoryValidator(new QueryMethodValidator());
    queryRepositoryWriter =
        new QueryRepositoryWriter(
            out,
            processingEnv.getElementUtils().getTypeElement("jakarta.inject.Inject") != null,
            dialects.get(),
            processingEnv.getTypeUtils());
    boolean daggerPresent = processingEnv.getElementUtils().getTypeElement("dagger.Module") != null;
    registry =
        new RegistryRounds(
            diagnostics,
            new RegistryWriter(out),
            registryOptions.get().dagger() && daggerPresent
                ? Optional.of(new DaggerModuleWriter(out))
                : Optional.empty(),
            new ServicesFileWriter(out),
            registryOptions.get().registryName(),
            registryOptions.get().daggerModuleName());
  }

  /** The dialects the option names, in {@link Dialect} order; empty after reporting a wrong one. */
  private Optional<Set<Dialect>> dialects(String option) {
    if (option == null) {
      return Optional.of(EnumSet.allOf(Dialect.class));
    }
    Set<Dialect> dialects = EnumSet.noneOf(Dialect.class);
    for (String id : option.split(",")) {
      if (id.isBlank()) {
        continue;
      }
      Optional<Dialect> dialect = Dialect.fromId(id);
      if (dialect.isEmpty()) {
        diagnostics.error(Message.UNKNOWN_DIALECT, DIALECTS_OPTION, id.trim(), dialectIds());
        return Optional.empty();
      }
      dialects.add(dialect.get());
    }
    if (dialects.isEmpty()) {
      diagnostics.error(Message.NO_DIALECT, DIALECTS_OPTION, dialectIds());
      return Optional.empty();
    }
    return Optional.of(dialects);
  }

  private static String dialectIds() {
    return java.util.Arrays.stream(Dialect.values()).map(Dialect::id).collect(java.util.stream.Collectors.joining(", "));
  }

  @Override
  public Set<String> getSupportedOptions() {
    Set<String> options = new java.util.HashSet<>(MigrationOptions.NAMES);
    options.addAll(RegistryOptions.NAMES);
    options.add(DIALECTS_OPTION);
    return Set.copyOf(options);
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(SoftDeleteEntity.class.getCanonicalName(), Repository.class.getCanonicalName());
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (!configured) {
      return false;
    }
    List<TypeElement> types = new ArrayList<>();
    for (String name : deferred) {
      TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
      if (type != null) {
        types.add(type);
      }
    }
    deferred.clear();
    TypeElement annotation =
        processingEnv.getElementUtils().getTypeElement(SoftDeleteEntity.class.getCanonicalName());
    if (annotation != null) {
      for (Element element : round.getElementsAnnotatedWith(annotation)) {
        if (element instanceof TypeElement && !types.contains(element)) {
          types.add((TypeElement) element);
        }
      }
    }
    Map<String, Entity> valid = new java.util.LinkedHashMap<>();
    for (TypeElement type : types) {
      try {
        read(type, round.processingOver()).ifPresent(e -> valid.put(e.recordType().canonicalName(), e));
      } catch (RuntimeException | Error e) {
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        diagnostics.error(type, Message.PROCESSOR_FAILED, type.getQualifiedName(), trace);
      }
    }
    writeEntities(types, valid, round.processingOver());
    for (TypeElement type : annotated(round, Repository.class, deferredRepositories)) {
      try {
        processRepository(type, round.processingOver());
      } catch (RuntimeException | Error e) {
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        diagnostics.error(type, Message.PROCESSOR_FAILED, type.getQualifiedName(), trace);
      }
    }
    try {
      registry.roundEnded(
          !deferred.isEmpty() || !deferredRepositories.isEmpty(), round.processingOver());
    } catch (RuntimeException | Error e) {
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      diagnostics.error(Message.PROCESSOR_FAILED, "the registry", trace);
    }
    if (round.processingOver()) {
      migrations.write();
    }
    return false;
  }

  /** The types annotated in this round, after those deferred from earlier rounds (then forgotten). */
  private List<TypeElement> annotated(RoundEnvironment round, Class<?> annotationType, Set<String> waiting) {
    List<TypeElement> types = new ArrayList<>();
    for (String name : waiting) {
      TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
      if (type != null) {
        types.add(type);
      }
    }
    waiting.clear();
    TypeElement annotation = processingEnv.getElementUtils().getTypeElement(annotationType.getCanonicalName());
    if (annotation != null) {
      for (Element element : round.getElementsAnnotatedWith(annotation)) {
        if (element instanceof TypeElement && !types.contains(element)) {
          types.add((TypeElement) element);
        }
      }
    }
    return types;
  }

  /**
   * One {@code @Repository} interface: read, judged, written. It waits a round when it extends a type
   * that does not exist yet (the entity's generated repository), and is not judged when its entity is
   * invalid: the entity's own errors say what to fix.
   */
  private void processRepository(TypeElement type, boolean lastRound) {
    if (repositoryReader.hasUnresolvedSupertype(type) && !lastRound) {
      deferredRepositories.add(type.getQualifiedName().toString());
      return;
    }
    Optional<RepositoryModel> read = repositoryReader.read(type, knownEntities.values());
    if (read.isEmpty()) {
      return;
    }
    RepositoryModel repository = read.get();
    if (repository.entity().isPresent()) {
      Entity entity = repository.entity().get();
      boolean incomplete =
          entity.annotationErrors() || entity.components().stream().anyMatch(Component::unresolved);
      if (incomplete || !validator.validate(entity).isClean()) {
        return;
      }
    }
    ValidationReport report = repositoryValidator.validate(repository);
    if (!report.isClean()) {
      report.reportTo(diagnostics);
      return;
    }
    Entity entity = repository.entity().orElseThrow();
    if (queryRepositoryWriter.write(
        repository,
        knownRelations.getOrDefault(entity.recordType().canonicalName(), Relations.none(entity)))) {
      registry.add(RegistrationReader.of(repository, entity));
    }
  }

  /** Reads and judges one record: the valid entity, or nothing after reporting or deferring it. */
  private Optional<Entity> read(TypeElement type, boolean lastRound) {
    Optional<Entity> read = reader.read(type);
    if (read.isEmpty()) {
      return Optional.empty();
    }
    Entity entity = read.get();
    boolean incomplete =
        entity.annotationErrors() || entity.components().stream().anyMatch(Component::unresolved);
    if (incomplete && !lastRound) {
      // The missing types or constants may come from another processor in a later round.
      deferred.add(type.getQualifiedName().toString());
      return Optional.empty();
    }
    if (entity.annotationErrors()) {
      // javac has reported the annotation value that does not compile; anything said here would be
      // about the placeholder it left.
      return Optional.empty();
    }
    ValidationReport report = validator.validate(entity);
    if (!report.isClean()) {
      report.reportTo(diagnostics);
      return Optional.empty();
    }
    return Optional.of(entity);
  }

  /**
   * Judges the references among the round's valid entities and writes those whose references are
   * sound. An entity is written with its relations: the cascade of a parent is generated with it, so
   * its children must be compiled in the same round. An entity whose references have errors is not
   * written; the others are, each knowing the references among those written, so that an error in a
   * child does not stop its parent.
   */
  private void writeEntities(List<TypeElement> types, Map<String, Entity> valid, boolean lastRound) {
    if (!lastRound) {
      deferRelated(valid);
    }
    for (TypeElement type : types) {
      String name = type.getQualifiedName().toString();
      if (!valid.containsKey(name) && !deferred.contains(name)) {
        withErrors.add(name);
      }
    }
    Map<String, Entity> sound = new java.util.LinkedHashMap<>();
    for (Map.Entry<String, Entity> e : valid.entrySet()) {
      ValidationReport report = referenceValidator.validate(e.getValue(), valid, withErrors);
      if (report.isClean()) {
        sound.put(e.getKey(), e.getValue());
      } else {
        report.reportTo(diagnostics);
      }
    }
    Map<String, Entity> acyclic = new java.util.LinkedHashMap<>();
    for (Map.Entry<String, Entity> e : sound.entrySet()) {
      ValidationReport report = referenceValidator.validateCycles(e.getValue(), sound);
      if (report.isClean()) {
        acyclic.put(e.getKey(), e.getValue());
      } else {
        report.reportTo(diagnostics);
      }
    }
    for (Relations relations : Relations.of(acyclic).values()) {
      Entity entity = relations.entity();
      // Reported, but written still: the compilation fails on the error, and the entities related to
      // this one name its schema, which would otherwise add an error of their own.
      referenceValidator.validateActors(relations).reportTo(diagnostics);
      try {
        knownEntities.put(entity.table().toLowerCase(java.util.Locale.ROOT), entity);
        knownRelations.put(entity.recordType().canonicalName(), relations);
        // Stop at the first file that cannot be written: the files refer to each other, so once one is
        // missing the rest would only add errors about it.
        if (repositoryWriter.write(entity)
            && implementationWriter.write(relations)
            && rowMapperWriter.write(entity)
            && schemaWriter.write(relations)) {
          registry.add(RegistrationReader.of(entity));
          migrations.add(relations);
        }
      } catch (RuntimeException | Error e) {
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        diagnostics.error(entity.element(), Message.PROCESSOR_FAILED, entity.element().getQualifiedName(), trace);
      }
    }
  }

  /**
   * Defers with the records that wait for a later round the valid ones that reference them or that
   * they reference, directly or through others: a parent is written knowing its children, so the two
   * are written in the same round.
   */
  private void deferRelated(Map<String, Entity> valid) {
    List<Entity> waiting = new ArrayList<>();
    for (String name : deferred) {
      TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
      if (type != null) {
        reader.read(type).ifPresent(waiting::add);
      }
    }
    boolean more = !waiting.isEmpty();
    while (more) {
      more = false;
      for (Iterator<Entity> it = valid.values().iterator(); it.hasNext(); ) {
        Entity entity = it.next();
        if (waiting.stream().anyMatch(w -> references(w, entity) || references(entity, w))) {
          it.remove();
          waiting.add(entity);
          deferred.add(entity.recordType().canonicalName());
          more = true;
        }
      }
    }
  }

  private static boolean references(Entity child, Entity parent) {
    String name = parent.recordType().canonicalName();
    return child.references().stream()
        .anyMatch(c -> c.reference().orElseThrow().parentQualifiedName().equals(name));
  }
}
