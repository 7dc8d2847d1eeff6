package dev.softdelete.processor;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The files a compilation's registry is made of, named as the README documents them: {@code
 * SoftDeleteRegistry_} and the first 8 hex digits of the SHA-256 of the sorted qualified names of the
 * records and {@code @Repository} interfaces it lists, one a line. Computed here independently of the
 * processor, so that a change of the naming rule shows.
 */
final class RegistryFiles {
  static final String SERVICES = "META-INF/services/dev.softdelete.registry.GeneratedRegistry";

  private RegistryFiles() {}

  /** The registry of these types, in their common package {@code test}. */
  static String registry(String... qualifiedNames) {
    String names = Arrays.stream(qualifiedNames).sorted().collect(Collectors.joining("\n"));
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(names.getBytes(StandardCharsets.UTF_8));
      return "test.SoftDeleteRegistry_" + HexFormat.of().formatHex(digest, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** What the Filer creates for a registry of these types in package {@code test}, Dagger on the classpath. */
  static List<String> created(String... qualifiedNames) {
    return List.of(registry(qualifiedNames), "test.SoftDeleteModule", SERVICES);
  }
}
