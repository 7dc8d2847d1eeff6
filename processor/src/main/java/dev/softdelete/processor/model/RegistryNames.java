package dev.softdelete.processor.model;

import com.palantir.javapoet.ClassName;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.lang.model.SourceVersion;

/**
 * How generated registries and Dagger modules are named. The default name carries a hash of what the
 * registry lists, so that two compilations on one class path (a module's main and test sources) never
 * write the same class, and a build writes the same name every time.
 */
public final class RegistryNames {
  /** The registry's simple name before its hash. */
  public static final String REGISTRY_PREFIX = "SoftDeleteRegistry_";

  /** The Dagger module's simple name. */
  public static final String DAGGER_MODULE = "SoftDeleteModule";

  private RegistryNames() {}

  /** Whether a processor option names a class: dot-separated identifiers, none a keyword. */
  public static boolean isQualifiedClassName(String name) {
    return name != null && !name.isEmpty() && SourceVersion.isName(name);
  }

  /**
   * The registry of these registrations: the option's name, else {@code SoftDeleteRegistry_<hash>} in
   * their package. A registry after the first of a compilation (for registrations of later rounds)
   * gets the hash after the option's name, so that the two differ.
   */
  public static ClassName registry(List<Registration> registrations, Optional<String> option, boolean first) {
    String hash = hash(registrations);
    if (option.isPresent()) {
      ClassName named = ClassName.bestGuess(option.get());
      return first ? named : named.peerClass(named.simpleName() + "_" + hash);
    }
    return ClassName.get(packageOf(registrations), REGISTRY_PREFIX + hash);
  }

  /** The Dagger module beside a registry: the option's name or {@code SoftDeleteModule}, hashed like it. */
  public static ClassName daggerModule(
      ClassName registry, List<Registration> registrations, Optional<String> option, boolean first) {
    ClassName named = option.map(ClassName::bestGuess).orElse(registry.peerClass(DAGGER_MODULE));
    return first ? named : named.peerClass(named.simpleName() + "_" + hash(registrations));
  }

  /**
   * The package of the registry: the one package of the types that other packages cannot name, when
   * there are such types; else the longest package all the types share; else the first type's.
   */
  static String packageOf(List<Registration> registrations) {
    Set<String> hiddenPackages =
        registrations.stream()
            .filter(r -> r.hidden().isPresent())
            .map(Registration::packageName)
            .collect(Collectors.toCollection(TreeSet::new));
    if (hiddenPackages.size() == 1) {
      return hiddenPackages.iterator().next();
    }
    List<String> packages =
        registrations.stream()
            .sorted(java.util.Comparator.comparing(Registration::qualifiedName))
            .map(Registration::packageName)
            .toList();
    String common = packages.get(0);
    for (String pkg : packages) {
      while (!common.isEmpty() && !(pkg.equals(common) || pkg.startsWith(common + "."))) {
        int dot = common.lastIndexOf('.');
        common = dot < 0 ? "" : common.substring(0, dot);
      }
    }
    return common.isEmpty() ? packages.get(0) : common;
  }

  /** The first 8 hex digits of the SHA-256 of the sorted qualified names, one a line. */
  static String hash(List<Registration> registrations) {
    String names =
        registrations.stream()
            .map(Registration::qualifiedName)
            .sorted()
            .distinct()
            .collect(Collectors.joining("\n"));
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(names.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      // Every Java platform has SHA-256 (MessageDigest's Javadoc lists it as required).
      throw new IllegalStateException(e);
    }
  }
}
