package dev.softdelete;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A compound key, unique among live rows, declared in {@link SoftDeleteEntity#uniqueKeys()}:
 *
 * <pre>{@code
 * @SoftDeleteEntity(table = "memberships",
 *     uniqueKeys = @UniqueKey(name = "org_user", components = {"orgId", "userId"}))
 * public record Membership(@Id Long id, long orgId, long userId, String role) {}
 * }</pre>
 *
 * <p>The repository gets a finder named after the components, here {@code findByOrgIdAndUserId}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({})
public @interface UniqueKey {
  /** The key's name, reported by restore conflicts and unique violations; a plain SQL identifier. */
  String name();

  /** The record components that make up the key, in index order. */
  String[] components();
}
