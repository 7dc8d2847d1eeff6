package dev.softdelete.processor;

import com.palantir.javapoet.ClassName;
import dev.softdelete.processor.model.Registration;
import dev.softdelete.processor.model.RegistryModel;
import dev.softdelete.processor.model.RegistryNames;
import dev.softdelete.processor.validation.RegistryValidator;
import dev.softdelete.processor.validation.ValidationReport;
import dev.softdelete.processor.writing.DaggerModuleWriter;
import dev.softdelete.processor.writing.RegistryWriter;
import dev.softdelete.processor.writing.ServicesFileWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * When the registry is written. Registrations (written entities and {@code @Repository}
 * implementations) collect across rounds; the registry of those collected is written at the end of the
 * first round that added none and left nothing waiting, so that javac compiles it in a normal round
 * rather than the last. If a later round adds more (another processor generated entities), they get a
 * registry of their own. When processing is over, the services file lists every registry written.
 */
final class RegistryRounds {
  private final Diagnostics diagnostics;
  private final RegistryValidator validator = new RegistryValidator();
  private final RegistryWriter registryWriter;
  private final Optional<DaggerModuleWriter> daggerWriter;
  private final ServicesFileWriter servicesWriter;
  private final Optional<String> registryName;
  private final Optional<String> daggerModuleName;

  private final List<Registration> pending = new ArrayList<>();
  private final List<RegistryModel> written = new ArrayList<>();
  private boolean addedThisRound;

  /**
   * @param daggerWriter present when a Dagger module is written beside each registry
   * @param registryName the option that names the registry, if set
   * @param daggerModuleName the option that names the Dagger module, if set
   */
  RegistryRounds(
      Diagnostics diagnostics,
      RegistryWriter registryWriter,
      Optional<DaggerModuleWriter> daggerWriter,
      ServicesFileWriter servicesWriter,
      Optional<String> registryName,
      Optional<String> daggerModuleName) {
    this.diagnostics = diagnostics;
    this.registryWriter = registryWriter;
    this.daggerWriter = daggerWriter;
    this.servicesWriter = servicesWriter;
    this.registryName = registryName;
    this.daggerModuleName = daggerModuleName;
  }

  /** A repository written in this round. */
  void add(Registration registration) {
    pending.add(registration);
    addedThisRound = true;
  }

  /**
   * At the end of each round.
   *
   * @param waiting whether records or repositories wait for a later round
   * @param lastRound whether processing is over
   */
  void roundEnded(boolean waiting, boolean lastRound) {
    boolean settled = !addedThisRound && !waiting;
    addedThisRound = false;
    if (!pending.isEmpty() && (settled || lastRound)) {
      writePending();
    }
    if (lastRound && !written.isEmpty()) {
      servicesWriter.write(written);
    }
  }

  private void writePending() {
    List<Registration> registrations = new ArrayList<>(pending);
    pending.clear();
    registrations.sort(Comparator.comparing(Registration::qualifiedName));
    boolean first = written.isEmpty();
    ClassName name = RegistryNames.registry(registrations, registryName, first);
    Optional<ClassName> module =
        daggerWriter.map(w -> RegistryNames.daggerModule(name, registrations, daggerModuleName, first));
    RegistryModel registry = new RegistryModel(name, registrations, module);
    ValidationReport report = validator.validate(registry);
    if (!report.isClean()) {
      report.reportTo(diagnostics);
      return;
    }
    if (registryWriter.write(registry)) {
      written.add(registry);
      daggerWriter.ifPresent(w -> w.write(registry));
    }
  }
}
