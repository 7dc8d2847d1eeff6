package dev.softdelete.examples.service;

import dev.softdelete.DeadParentException;
import dev.softdelete.RestoreResult;
import dev.softdelete.UniqueViolationException;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * The use cases of the service: organisations open and close, people are invited, accept, leave and rejoin. Plain
 * Java: the repositories and the {@code Jdbi} come through the constructor, from Dagger here, from any container
 * elsewhere. The repositories are made with that {@code Jdbi}, so inside {@code jdbi.inTransaction} every call runs on
 * the transaction's handle, and writes through several repositories commit together or not at all.
 */
public final class MembershipService {
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Jdbi jdbi;
  private final OrganisationRepository organisations;
  private final Members members;
  private final Invitations invitations;

  @Inject
  public MembershipService(Jdbi jdbi, OrganisationRepository organisations, Members members, Invitations invitations) {
    this.jdbi = jdbi;
    this.organisations = organisations;
    this.members = members;
    this.invitations = invitations;
  }

  /**
   * Opens an organisation with its owner as the first member, both or neither.
   *
   * @throws UniqueViolationException when a live organisation has the slug; no member is written either
   */
  public Organisation open(String slug, String name, String ownerEmail, String ownerName) {
    return jdbi.inTransaction(
        handle -> {
          Organisation opened = organisations.insert(Organisation.open(slug, name));
          members.insert(Member.join(opened.id(), ownerEmail, ownerName));
          return opened;
        });
  }

  /**
   * Invites an email to a live organisation, with a new random token for the link.
   *
   * @throws UniqueViolationException (key {@code organisation_email}) when an invitation to that email is pending
   * @throws DeadParentException when the organisation is closed or does not exist
   */
  public Invitation invite(long organisationId, String email, String invitedBy) {
    return invitations.insert(Invitation.to(organisationId, email, newToken(), invitedBy));
  }

  /**
   * Accepts the pending invitation of the token: the invitation is closed (soft-deleted, by the invitee) and the
   * member inserted in one transaction, so either both happen or neither does.
   *
   * @return the new member; empty when no invitation with that token is pending (accepted, withdrawn, or unknown)
   * @throws UniqueViolationException (key {@code organisation_email}) when the email is already a live member; the
   *     invitation stays pending
   */
  public Optional<Member> accept(String token, String name) {
    return jdbi.inTransaction(
        handle -> {
          Optional<Invitation> pending = invitations.findByToken(token);
          // Of two concurrent accepts of one invitation, softDelete returns true for exactly one.
          if (pending.isEmpty() || !invitations.softDelete(pending.get().id(), pending.get().email())) {
            return Optional.empty();
          }
          Invitation invitation = pending.get();
          return Optional.of(members.insert(Member.join(invitation.organisationId(), invitation.email(), name)));
        });
  }

  /** Withdraws a pending invitation; false when it is not pending. */
  public boolean withdraw(long invitationId, String withdrawnBy) {
    return invitations.softDelete(invitationId, withdrawnBy);
  }

  /** The live member of that email leaves the organisation: their row is soft-deleted, by themselves. */
  public boolean leave(long organisationId, String email) {
    return members.findByOrganisationIdAndEmail(organisationId, email)
        .map(member -> members.softDelete(member.id(), email))
        .orElse(false);
  }

  /**
   * Brings back a membership that ended, as it was.
   *
   * @return {@code RESTORED}; {@code CONFLICT} naming the key when someone else has been given the email meanwhile
   *     (the membership stays ended); {@code PARENT_DEAD} when the organisation is closed; {@code ALREADY_ALIVE};
   *     {@code NOT_FOUND}
   */
  public RestoreResult rejoin(long memberId) {
    return members.restore(memberId);
  }

  /** The memberships of an organisation that ended, by email: who left, was removed, or closed with it. */
  public List<Member> formerMembers(long organisationId) {
    return members.findDeadByOrganisationIdOrderByEmail(organisationId);
  }

  /** Closes an organisation: it, its live members and its pending invitations are soft-deleted in one operation. */
  public boolean close(long organisationId, String closedBy) {
    return organisations.softDelete(organisationId, closedBy);
  }

  /**
   * Reopens a closed organisation with exactly what its closing took: members who had left before stay away, and
   * invitations withdrawn or accepted before stay closed.
   */
  public RestoreResult reopen(long organisationId) {
    return organisations.restore(organisationId);
  }

  /** The live members of every live organisation, with the organisation's name: a join written in SQL. */
  public List<RosterLine> roster() {
    return members.roster();
  }

  /** The pending invitations of an organisation, by email. */
  public List<Invitation> pendingInvitations(long organisationId) {
    return invitations.findByOrganisationIdOrderByEmail(organisationId);
  }

  /** The live members, of any organisation, whose email is at the domain. */
  public List<Member> membersAt(String domain) {
    return members.findByEmailEndsWithOrderByEmail("@" + domain);
  }

  private static String newToken() {
    byte[] bytes = new byte[18];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
