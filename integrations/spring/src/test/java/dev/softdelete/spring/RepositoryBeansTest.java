package dev.softdelete.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.softdelete.fixture.JdbiMemberRepository;
import dev.softdelete.fixture.JdbiMembers;
import dev.softdelete.fixture.JdbiTeamRepository;
import dev.softdelete.fixture.Member;
import dev.softdelete.fixture.MemberRepository;
import dev.softdelete.fixture.Members;
import dev.softdelete.fixture.Team;
import dev.softdelete.fixture.TeamRepository;
import dev.softdelete.registry.RepositoryBinding;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The bean names and fallback rule, on cases the fixture's registry does not have. */
class RepositoryBeansTest {
  /** Two interfaces with one simple name, as two packages would have. */
  interface Billing {
    interface UserRepository {}
  }

  interface Shipping {
    interface UserRepository {}
  }

  @Test
  void aSimpleNameTakenByAnotherRepositoryGivesWayToTheQualifiedName() {
    Set<String> taken = new HashSet<>();

    assertThat(RepositoryBeans.name(Billing.UserRepository.class, taken)).isEqualTo("userRepository");
    assertThat(RepositoryBeans.name(Shipping.UserRepository.class, taken))
        .isEqualTo(Shipping.UserRepository.class.getName());
  }

  @Test
  void namesFollowJavaBeansCapitalization() {
    assertThat(RepositoryBeans.name(TeamRepository.class, new HashSet<>())).isEqualTo("teamRepository");
    assertThat(RepositoryBeans.name(URLRepository.class, new HashSet<>())).isEqualTo("URLRepository");
  }

  interface URLRepository {}

  @Test
  void onlyARepositoryThatExtendsAnotherOfTheRegistryIsAFallback() {
    RepositoryBinding<TeamRepository> teams =
        RepositoryBinding.of(TeamRepository.class, Team.class, JdbiTeamRepository::new, JdbiTeamRepository::new);
    RepositoryBinding<MemberRepository> memberRepository =
        RepositoryBinding.of(
            MemberRepository.class, Member.class, JdbiMemberRepository::new, JdbiMemberRepository::new);
    RepositoryBinding<Members> members =
        RepositoryBinding.of(Members.class, Member.class, JdbiMembers::new, JdbiMembers::new);
    List<RepositoryBinding<?>> all = List.of(teams, memberRepository, members);

    assertThat(RepositoryBeans.extendsAnother(members, all)).isTrue();
    assertThat(RepositoryBeans.extendsAnother(memberRepository, all)).isFalse();
    assertThat(RepositoryBeans.extendsAnother(teams, all)).isFalse();
    assertThat(RepositoryBeans.extendsAnother(members, List.of(teams, members))).isFalse();
  }
}
