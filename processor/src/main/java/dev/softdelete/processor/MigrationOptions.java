package dev.softdelete.processor;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The processor options that turn on migrations: which tools to write for, where, and which tables.
 * Nothing is written for a tool whose option is absent. Read once in {@code init}; every wrong
 * option is reported, and then no migration option is taken.
 *
 * @param flywayVersion the version of the Flyway migrations ({@value #FLYWAY_VERSION}), with dots
 *     turned into underscores as Flyway file names write them; empty when Flyway is off
 * @param flywayLocation the folder the Flyway migrations of each dialect go under ({@value
 *     #FLYWAY_LOCATION})
 * @param liquibase whether the Liquibase changelog is written ({@value #LIQUIBASE})
 * @param liquibaseLocation the folder the changelog of each dialect goes under ({@value
 *     #LIQUIBASE_LOCATION})
 * @param tables the tables the migrations create, in lower case ({@value #TABLES}); empty for every
 *     table of the compilation
 */
public record MigrationOptions(
    Optional<String> flywayVersion,
    String flywayLocation,
    boolean liquibase,
    String liquibaseLocation,
    Optional<Set<String>> tables) {

  public static final String FLYWAY_VERSION = "softdelete.flyway.version";
  public static final String FLYWAY_LOCATION = "softdelete.flyway.location";
  public static final String LIQUIBASE = "softdelete.liquibase";
  public static final String LIQUIBASE_LOCATION = "softdelete.liquibase.location";
  public static final String TABLES = "softdelete.migrations.tables";

  /** Flyway's default location; the dialect's folder goes below it. */
  static final String DEFAULT_FLYWAY_LOCATION = "db/migration";

  static final String DEFAULT_LIQUIBASE_LOCATION = "db/changelog";

  /** Every option name, for {@code getSupportedOptions}. */
  static final Set<String> NAMES = Set.of(FLYWAY_VERSION, FLYWAY_LOCATION, LIQUIBASE, LIQUIBASE_LOCATION, TABLES);

  /** Flyway's version syntax: numbers separated by dots or underscores. */
  private static final Pattern VERSION = Pattern.compile("[0-9]+([._][0-9]+)*");

  public MigrationOptions {
    tables = tables.map(Set::copyOf);
  }

  /** No migrations: the default. */
  static MigrationOptions none() {
    return new MigrationOptions(
        Optional.empty(), DEFAULT_FLYWAY_LOCATION, false, DEFAULT_LIQUIBASE_LOCATION, Optional.empty());
  }

  /** Whether any migration is written. */
  public boolean any() {
    return flywayVersion.isPresent() || liquibase;
  }

  /**
   * The options as javac passes them (a key given without a value, {@code -Akey} or {@code -Akey=},
   * maps to null); empty after reporting every wrong one.
   */
  static Optional<MigrationOptions> read(Map<String, String> options, Diagnostics diagnostics) {
    boolean valid = true;
    Optional<String> version = Optional.empty();
    if (options.containsKey(FLYWAY_VERSION)) {
      String value = trimmed(options.get(FLYWAY_VERSION));
      if (VERSION.matcher(value).matches()) {
        version = Optional.of(value.replace('.', '_'));
      } else {
        diagnostics.error(Message.FLYWAY_VERSION_INVALID, value);
        valid = false;
      }
    }
    boolean liquibase = false;
    if (options.containsKey(LIQUIBASE)) {
      // -Asoftdelete.liquibase alone turns it on, as a flag would.
      String value = options.get(LIQUIBASE) == null ? "true" : trimmed(options.get(LIQUIBASE));
      if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
        liquibase = Boolean.parseBoolean(value);
      } else {
        diagnostics.error(Message.BOOLEAN_OPTION_INVALID, LIQUIBASE, value);
        valid = false;
      }
    }
    Optional<String> flywayLocation = location(options, FLYWAY_LOCATION, DEFAULT_FLYWAY_LOCATION, diagnostics);
    Optional<String> liquibaseLocation =
        location(options, LIQUIBASE_LOCATION, DEFAULT_LIQUIBASE_LOCATION, diagnostics);
    valid &= flywayLocation.isPresent() && liquibaseLocation.isPresent();
    valid &= needs(options, FLYWAY_LOCATION, FLYWAY_VERSION, options.containsKey(FLYWAY_VERSION), diagnostics);
    valid &= needs(options, LIQUIBASE_LOCATION, LIQUIBASE, options.containsKey(LIQUIBASE), diagnostics);
    valid &= needs(
        options,
        TABLES,
        FLYWAY_VERSION + " or " + LIQUIBASE,
        options.containsKey(FLYWAY_VERSION) || options.containsKey(LIQUIBASE),
        diagnostics);
    Optional<Set<String>> tables = Optional.empty();
    if (options.containsKey(TABLES)) {
      Set<String> named = new LinkedHashSet<>();
      for (String table : trimmed(options.get(TABLES)).split(",")) {
        if (!table.isBlank()) {
          named.add(table.trim().toLowerCase(Locale.ROOT));
        }
      }
      if (named.isEmpty()) {
        diagnostics.error(Message.MIGRATION_TABLES_EMPTY);
        valid = false;
      }
      tables = Optional.of(named);
    }
    if (!valid) {
      return Optional.empty();
    }
    return Optional.of(
        new MigrationOptions(version, flywayLocation.get(), liquibase, liquibaseLocation.get(), tables));
  }

  /** A location option: its folder without a trailing '/', or the default; empty after reporting it. */
  private static Optional<String> location(
      Map<String, String> options, String name, String defaultLocation, Diagnostics diagnostics) {
    if (!options.containsKey(name)) {
      return Optional.of(defaultLocation);
    }
    String value = trimmed(options.get(name));
    String folder = value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
    boolean valid =
        !folder.isEmpty()
            && !folder.contains("\\")
            && !folder.contains(":")
            && Pattern.compile("/").splitAsStream(folder)
                .noneMatch(
                    part -> part.isBlank() || part.equals(".") || part.equals("..") || !part.equals(part.trim()));
    if (!valid) {
      diagnostics.error(Message.MIGRATION_LOCATION_INVALID, name, value, defaultLocation);
      return Optional.empty();
    }
    return Optional.of(folder);
  }

  /** False after reporting that {@code name} is set without the option it refines. */
  private static boolean needs(
      Map<String, String> options, String name, String needed, boolean present, Diagnostics diagnostics) {
    if (options.containsKey(name) && !present) {
      diagnostics.error(Message.OPTION_WITHOUT_EFFECT, name, needed, needed, name);
      return false;
    }
    return true;
  }

  private static String trimmed(String value) {
    return value == null ? "" : value.trim();
  }
}
