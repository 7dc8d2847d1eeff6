package dev.softdelete.processor.validation;

import dev.softdelete.processor.Message;
import dev.softdelete.processor.model.Registration;
import dev.softdelete.processor.model.RegistryModel;
import javax.lang.model.element.TypeElement;

/**
 * Judges a registry before it is written: it names every entity and repository interface it lists,
 * so each must be public or in the registry's own package.
 */
public final class RegistryValidator {
  public ValidationReport validate(RegistryModel registry) {
    ValidationReport.Builder report = new ValidationReport.Builder();
    String pkg = registry.name().packageName();
    for (Registration registration : registry.registrations()) {
      if (registration.hidden().isPresent() && !registration.packageName().equals(pkg)) {
        TypeElement hidden = registration.hidden().get();
        report.error(
            registration.element(),
            Message.REGISTRY_CANNOT_NAME,
            hidden.getQualifiedName(),
            registry.qualifiedName(),
            pkg.isEmpty() ? "(the unnamed package)" : pkg,
            hidden.getSimpleName());
      }
    }
    return report.build();
  }
}
