package dev.softdelete.examples.service;

import dev.softdelete.DeletedAt;
import dev.softdelete.DeletedBy;
import dev.softdelete.Id;
import dev.softdelete.SoftDeleteEntity;
import dev.softdelete.Unique;
import java.time.Instant;

/**
 * An organisation. Its slug (the name in its URLs) is unique among live organisations only, so a closed
 * organisation's slug can be taken again; closing it closes its members and invitations with it (see {@link Member}
 * and {@link Invitation}), and reopening it brings back exactly those.
 */
@SoftDeleteEntity(table = "organisations")
public record Organisation(
    @Id Long id, @Unique String slug, String name, @DeletedAt Instant closedAt, @DeletedBy String closedBy) {

  static Organisation open(String slug, String name) {
    return new Organisation(null, slug, name, null, null);
  }
}
