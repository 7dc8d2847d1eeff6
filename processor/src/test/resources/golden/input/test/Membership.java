package test;

import dev.softdelete.Column;
import dev.softdelete.DeletedAt;
import dev.softdelete.Id;
import dev.softdelete.Index;
import dev.softdelete.SoftDeleteEntity;
import dev.softdelete.UniqueKey;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The other features: a caller-supplied UUID id, a compound unique key over a primitive and a boxed
 * component, an enum, a column override, a NonNull component, other column types, renamed live and
 * deleted-at columns, an index on a string component (which makes its column indexable where text is
 * not) and a compound index.
 */
@SoftDeleteEntity(
    table = "memberships",
    liveColumn = "active",
    deletedAtColumn = "removed_at",
    uniqueKeys = @UniqueKey(name = "org_user", components = {"orgId", "userId"}),
    indexes = @Index(name = "org_joined", components = {"orgId", "joinedOn"}))
public record Membership(
    @Id(generated = false) UUID id,
    long orgId,
    Long userId,
    Role role,
    @Column("is_admin") boolean admin,
    @Index @NonNull String invitedBy,
    int seats,
    BigDecimal monthlyFee,
    LocalDate joinedOn,
    byte[] badge,
    @DeletedAt OffsetDateTime removedAt) {

  /** Stored by name. */
  public enum Role {
    MEMBER,
    OWNER
  }
}
