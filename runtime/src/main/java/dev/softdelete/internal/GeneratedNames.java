package dev.softdelete.internal;

import java.util.List;

/**
 * How the processor names the types it generates for a record, in one place: the processor names the
 * types by these rules and the Jdbi plugin finds them by the same rules.
 *
 * <p>A record {@code com.example.Outer.User} gives the prefix {@code Outer_User}, and then {@code
 * Outer_UserRepository}, {@code JdbiOuter_UserRepository}, {@code Outer_UserRowMapper} and {@code
 * Outer_UserSchema}, all in {@code com.example}.
 */
public final class GeneratedNames {
  private GeneratedNames() {}

  /** The prefix of every generated name: the record's simple names, outermost first, joined by '_'. */
  public static String prefix(List<String> simpleNamesOutermostFirst) {
    return String.join("_", simpleNamesOutermostFirst);
  }

  /** The prefix for a record given by its binary name without the package: {@code Outer$User}. */
  public static String prefixOfBinaryName(String nestedBinaryName) {
    return prefix(List.of(nestedBinaryName.split("\\$")));
  }

  /** The generated repository interface of an entity: {@code UserRepository}. */
  public static String repository(String prefix) {
    return prefix + "Repository";
  }

  /** The generated implementation of a repository interface: {@code JdbiUserRepository}. */
  public static String implementation(String repositorySimpleName) {
    return "Jdbi" + repositorySimpleName;
  }

  /** The generated row mapper of an entity: {@code UserRowMapper}. */
  public static String rowMapper(String prefix) {
    return prefix + "RowMapper";
  }

  /** The generated schema holder of an entity: {@code UserSchema}. */
  public static String schema(String prefix) {
    return prefix + "Schema";
  }
}
