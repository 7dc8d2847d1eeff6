package dev.softdelete.spring;

import dev.softdelete.fixture.Member;
import dev.softdelete.fixture.Members;
import dev.softdelete.fixture.Team;
import dev.softdelete.fixture.TeamRepository;
import org.springframework.transaction.annotation.Transactional;

/**
 * A Spring service: it writes through the two injected repositories under Spring's {@code @Transactional}, with no
 * Jdbi transaction of its own (the fixture's {@code Onboarding} opens one with {@code jdbi.inTransaction}).
 */
public class Founding {
  private final TeamRepository teams;
  private final Members members;

  public Founding(TeamRepository teams, Members members) {
    this.teams = teams;
    this.members = members;
  }

  /** The team and its first member, both or neither. */
  @Transactional
  public Team found(String team, String email, String name) {
    Team founded = teams.insert(new Team(null, team));
    members.insert(new Member(null, founded.id(), email, name));
    return founded;
  }
}
