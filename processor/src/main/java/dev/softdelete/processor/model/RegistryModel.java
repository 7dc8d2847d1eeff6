package dev.softdelete.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;
import java.util.Optional;

/**
 * One generated registry: its class, what it lists (in qualified name order), and the Dagger module
 * written beside it when Dagger is on the classpath.
 *
 * @param name the registry class: {@code com.example.SoftDeleteRegistry_1a2b3c4d}
 * @param registrations the repositories and entities it lists, by qualified name of their element
 * @param daggerModule the {@code @dagger.Module} to write beside it, if any
 */
public record RegistryModel(ClassName name, List<Registration> registrations, Optional<ClassName> daggerModule) {
  public RegistryModel {
    registrations = List.copyOf(registrations);
  }

  public String qualifiedName() {
    return name.canonicalName();
  }
}
