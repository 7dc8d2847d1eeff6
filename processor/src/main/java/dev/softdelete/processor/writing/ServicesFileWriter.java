package dev.softdelete.processor.writing;

import dev.softdelete.processor.model.Registration;
import dev.softdelete.processor.model.RegistryModel;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * Writes {@code META-INF/services/dev.softdelete.registry.GeneratedRegistry}, which lists the
 * compilation's registries for {@link java.util.ServiceLoader}, once, when processing is over.
 *
 * <pre>
 * com.example.SoftDeleteRegistry_1a2b3c4d
 * </pre>
 */
public final class ServicesFileWriter {
  /** Where ServiceLoader looks for the providers of {@code GeneratedRegistry}. */
  public static final String PATH = "META-INF/services/" + RegistryWriter.REGISTRY_PACKAGE + ".GeneratedRegistry";

  private final SourceWriter out;

  public ServicesFileWriter(SourceWriter out) {
    this.out = out;
  }

  /** Writes the file listing these registries, in the order written; false when it could not be written. */
  public boolean write(List<RegistryModel> registries) {
    StringBuilder text = new StringBuilder();
    List<TypeElement> origins = new ArrayList<>();
    for (RegistryModel registry : registries) {
      text.append(registry.name().reflectionName()).append('\n');
      for (Registration registration : registry.registrations()) {
        origins.add(registration.element());
      }
    }
    return out.writeResource(origins, PATH, text.toString());
  }
}
