package dev.softdelete.processor.reading;

import com.palantir.javapoet.ClassName;
import dev.softdelete.processor.model.Entity;
import dev.softdelete.processor.model.Registration;
import dev.softdelete.processor.model.Registration.EntityClasses;
import dev.softdelete.processor.model.RepositoryModel;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/** What the registry lists for a written entity or {@code @Repository} interface. */
public final class RegistrationReader {
  private RegistrationReader() {}

  /** An entity's generated repository, with its entity binding. */
  public static Registration of(Entity entity) {
    return new Registration(
        entity.element(),
        entity.repositoryInterface(),
        entity.repositoryImplementation(),
        entity.recordType(),
        Optional.of(new EntityClasses(entity.schema(), entity.rowMapper())),
        hidden(entity.element()));
  }

  /** A {@code @Repository} interface; its entity is listed by the entity's own registration. */
  public static Registration of(RepositoryModel repository, Entity entity) {
    Optional<TypeElement> hidden = hidden(repository.element()).or(() -> hidden(entity.element()));
    return new Registration(
        repository.element(),
        ClassName.get(repository.element()),
        repository.implementation(),
        entity.recordType(),
        Optional.empty(),
        hidden);
  }

  /** The type itself when it, or a type it is nested in, is not public: other packages cannot name it. */
  private static Optional<TypeElement> hidden(TypeElement type) {
    for (Element e = type; e instanceof TypeElement; e = e.getEnclosingElement()) {
      if (!e.getModifiers().contains(Modifier.PUBLIC)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }
}
