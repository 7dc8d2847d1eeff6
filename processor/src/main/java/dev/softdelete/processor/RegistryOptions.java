package dev.softdelete.processor;

import dev.softdelete.processor.model.RegistryNames;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The processor options of the registry and the Dagger module: their class names, and whether the
 * module is written when Dagger is on the classpath. Read once in {@code init}; every wrong option is
 * reported, and then none is taken.
 *
 * @param registryName the registry's qualified name ({@value #REGISTRY}); empty for {@code
 *     SoftDeleteRegistry_<hash>}
 * @param daggerModuleName the Dagger module's qualified name ({@value #DAGGER_MODULE}); empty for
 *     {@code SoftDeleteModule}
 * @param dagger whether the Dagger module is written when Dagger is on the classpath ({@value #DAGGER})
 */
record RegistryOptions(Optional<String> registryName, Optional<String> daggerModuleName, boolean dagger) {
  static final String REGISTRY = "softdelete.registry";
  static final String DAGGER = "softdelete.dagger";
  static final String DAGGER_MODULE = "softdelete.dagger.module";

  /** Every option name, for {@code getSupportedOptions}. */
  static final Set<String> NAMES = Set.of(REGISTRY, DAGGER, DAGGER_MODULE);

  /** The options as javac passes them; empty after reporting every wrong one. */
  static Optional<RegistryOptions> read(Map<String, String> options, Diagnostics diagnostics) {
    Optional<Optional<String>> registryName = className(options, REGISTRY, "AppRegistry", diagnostics);
    Optional<Optional<String>> daggerModuleName = className(options, DAGGER_MODULE, "AppModule", diagnostics);
    Optional<Boolean> dagger = daggerSwitch(options, diagnostics);
    if (registryName.isEmpty() || daggerModuleName.isEmpty() || dagger.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new RegistryOptions(registryName.get(), daggerModuleName.get(), dagger.get()));
  }

  /**
   * The class an option names: present and empty when the option is not set, empty after reporting a
   * value that is not a qualified class name.
   */
  private static Optional<Optional<String>> className(
      Map<String, String> options, String option, String example, Diagnostics diagnostics) {
    if (!options.containsKey(option)) {
      return Optional.of(Optional.empty());
    }
    String value = Objects.requireNonNullElse(options.get(option), "");
    if (!RegistryNames.isQualifiedClassName(value)) {
      diagnostics.error(Message.INVALID_CLASS_NAME_OPTION, option, value, example);
      return Optional.empty();
    }
    return Optional.of(Optional.of(value));
  }

  private static Optional<Boolean> daggerSwitch(Map<String, String> options, Diagnostics diagnostics) {
    // javac passes -Asoftdelete.dagger (without a value) as a null value: that turns it on.
    String value = Objects.requireNonNullElse(options.get(DAGGER), "true");
    if (value.equals("true") || value.equals("false")) {
      return Optional.of(value.equals("true"));
    }
    diagnostics.error(Message.INVALID_SWITCH_OPTION, DAGGER, value, "a module whenever Dagger is on the class path");
    return Optional.empty();
  }
}
