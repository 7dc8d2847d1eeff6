package dev.softdelete.examples.service;

import dev.softdelete.Repository;
import java.util.List;

/** The invitations' queries, implemented at compile time from their names. */
@Repository
public interface Invitations extends InvitationRepository {
  /** The pending invitations of an organisation, by email. */
  List<Invitation> findByOrganisationIdOrderByEmail(long organisationId);
}
