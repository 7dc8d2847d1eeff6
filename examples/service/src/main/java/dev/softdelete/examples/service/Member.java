package dev.softdelete.examples.service;

import static dev.softdelete.OnSoftDelete.CASCADE;

import dev.softdelete.DeletedAt;
import dev.softdelete.DeletedBy;
import dev.softdelete.Id;
import dev.softdelete.References;
import dev.softdelete.SoftDeleteEntity;
import dev.softdelete.UniqueKey;
import java.time.Instant;

/**
 * A member of an organisation. An email belongs to one live member per organisation: whoever left keeps their dead
 * row (for rejoining, and for the record), and the address is free for someone else meanwhile.
 */
@SoftDeleteEntity(
    table = "members",
    uniqueKeys = @UniqueKey(name = "organisation_email", components = {"organisationId", "email"}))
public record Member(
    @Id Long id,
    @References(value = Organisation.class, onSoftDelete = CASCADE) long organisationId,
    String email,
    String name,
    @DeletedAt Instant leftAt,
    @DeletedBy String removedBy) {

  static Member join(long organisationId, String email, String name) {
    return new Member(null, organisationId, email, name, null, null);
  }
}
