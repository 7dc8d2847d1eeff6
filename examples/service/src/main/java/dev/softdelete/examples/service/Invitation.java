package dev.softdelete.examples.service;

import static dev.softdelete.OnSoftDelete.CASCADE;

import dev.softdelete.DeletedAt;
import dev.softdelete.DeletedBy;
import dev.softdelete.Id;
import dev.softdelete.References;
import dev.softdelete.SoftDeleteEntity;
import dev.softdelete.Unique;
import dev.softdelete.UniqueKey;
import java.time.Instant;

/**
 * An invitation to join an organisation, pending while it is live. Accepting or withdrawing it soft-deletes it, and
 * who did so is recorded. One pending invitation per email and organisation; the token in the link is unique among
 * pending invitations.
 */
@SoftDeleteEntity(
    table = "invitations",
    uniqueKeys = @UniqueKey(name = "organisation_email", components = {"organisationId", "email"}))
public record Invitation(
    @Id Long id,
    @References(value = Organisation.class, onSoftDelete = CASCADE) long organisationId,
    String email,
    @Unique String token,
    String invitedBy,
    @DeletedAt Instant closedAt,
    @DeletedBy String closedBy) {

  static Invitation to(long organisationId, String email, String token, String invitedBy) {
    return new Invitation(null, organisationId, email, token, invitedBy, null, null);
  }
}
