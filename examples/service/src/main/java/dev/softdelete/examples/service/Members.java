package dev.softdelete.examples.service;

import dev.softdelete.Query;
import dev.softdelete.Repository;
import java.util.List;

/** The members' queries, implemented at compile time; none returns a row that left unless its name says Dead. */
@Repository
public interface Members extends MemberRepository {
  /** The live members whose email ends with the domain, by email. */
  List<Member> findByEmailEndsWithOrderByEmail(String domain);

  /** The memberships of an organisation that ended, by email. */
  List<Member> findDeadByOrganisationIdOrderByEmail(long organisationId);

  /** The live members of live organisations with the organisation's name, by organisation then email. */
  @Query(
      "SELECT o.name AS organisation, m.email, m.name FROM members m JOIN organisations o ON o.id = m.organisation_id"
          + " WHERE {alive m} AND {alive o} ORDER BY o.name, m.email")
  List<RosterLine> roster();
}
