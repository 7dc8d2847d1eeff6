package dev.softdelete.spring.boot;

import dev.softdelete.fixture.Member;
import dev.softdelete.fixture.Members;
import dev.softdelete.fixture.Team;
import dev.softdelete.fixture.TeamRepository;
import org.springframework.transaction.annotation.Transactional;

/** An application's service: two injected repositories written under Spring's {@code @Transactional}. */
public class Enrolment {
  private final TeamRepository teams;
  private final Members members;

  public Enrolment(TeamRepository teams, Members members) {
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
