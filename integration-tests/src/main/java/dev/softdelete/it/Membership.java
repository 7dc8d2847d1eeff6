package dev.softdelete.it;

import dev.softdelete.Id;
import dev.softdelete.SoftDeleteEntity;
import dev.softdelete.UniqueKey;

/** A primitive generated id (0 means "generate"), a compound key and an enum; no @DeletedAt. */
@SoftDeleteEntity(
    table = "memberships",
    uniqueKeys = @UniqueKey(name = "org_user", components = {"orgId", "userId"}))
public record Membership(@Id long id, long orgId, long userId, Role role) {

  public enum Role {
    OWNER,
    MEMBER
  }
}
