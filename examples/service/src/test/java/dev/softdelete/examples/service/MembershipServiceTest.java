package dev.softdelete.examples.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.softdelete.DeadParentException;
import dev.softdelete.RestoreResult;
import dev.softdelete.UniqueViolationException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The use cases of the service, on H2 and PostgreSQL, through the Dagger component as {@link Main} builds it. */
class MembershipServiceTest {

  @ParameterizedTest
  @EnumSource(ServiceDatabase.class)
  void openingWritesTheOrganisationAndItsOwnerOrNeither(ServiceDatabase database) {
    Running app = Running.on(database);
    Organisation acme = app.service().open("acme", "Acme", "ann@acme.test", "Ann");

    assertThat(app.service().roster()).containsExactly(new RosterLine("Acme", "ann@acme.test", "Ann"));
    assertThatThrownBy(() -> app.service().open("acme", "Acme again", "zed@other.test", "Zed"))
        .isInstanceOfSatisfying(UniqueViolationException.class, e -> assertThat(e.key()).contains("slug"));
    assertThat(app.members().all()).extracting(Member::email).containsExactly("ann@acme.test");
    assertThat(app.organisations().all()).containsExactly(acme);
  }

  @ParameterizedTest
  @EnumSource(ServiceDatabase.class)
  void oneInvitationPendsPerEmailAndOnlyInALiveOrganisation(ServiceDatabase database) {
    Running app = Running.on(database);
    Organisation acme = app.service().open("acme", "Acme", "ann@acme.test", "Ann");
    Invitation bob = app.service().invite(acme.id(), "bob@acme.test", "ann@acme.test");
    app.service().invite(acme.id(), "amy@acme.test", "ann@acme.test");

    assertThat(app.service().pendingInvitations(acme.id()))
        .extracting(Invitation::email)
        .containsExactly("amy@acme.test", "bob@acme.test");
    assertThat(bob.token()).hasSize(24).isNotEqualTo(app.service().pendingInvitations(acme.id()).get(0).token());
    assertThatThrownBy(() -> app.service().invite(acme.id(), "bob@acme.test", "ann@acme.test"))
        .isInstanceOfSatisfying(
            UniqueViolationException.class, e -> assertThat(e.key()).contains("organisation_email"));

    assertThat(app.service().withdraw(bob.id(), "ann@acme.test")).isTrue();
    assertThat(app.service().invite(acme.id(), "bob@acme.test", "ann@acme.test").email()).isEqualTo("bob@acme.test");

    app.service().close(acme.id(), "ann@acme.test");
    assertThatThrownBy(() -> app.service().invite(acme.id(), "eve@acme.test", "ann@acme.test"))
        .isInstanceOf(DeadParentException.class);
  }

  @ParameterizedTest
  @EnumSource(ServiceDatabase.class)
  void acceptingClosesTheInvitationAndAddsTheMember(ServiceDatabase database) {
    Running app = Running.on(database);
    Organisation acme = app.service().open("acme", "Acme", "ann@acme.test", "Ann");
    Invitation invitation = app.service().invite(acme.id(), "bob@acme.test", "ann@acme.test");

    Member bob = app.service().accept(invitation.token(), "Bob").orElseThrow();

    assertThat(bob).isEqualTo(new Member(bob.id(), acme.id(), "bob@acme.test", "Bob", null, null));
    assertThat(app.members().findById(bob.id())).contains(bob);
    assertThat(app.invitations().findAnyById(invitation.id()).orElseThrow())
        .satisfies(closed -> assertThat(closed.closedAt()).isEqualTo(Running.CLOCK.instant()))
        .satisfies(closed -> assertThat(closed.closedBy()).isEqualTo("bob@acme.test"));
    assertThat(app.service().pendingInvitations(acme.id())).isEmpty();
    assertThat(app.service().accept(invitation.token(), "Bob")).isEmpty();
    assertThat(app.service().accept("no-such-token", "Bob")).isEmpty();
    assertThat(app.members().countAlive()).isEqualTo(2);
  }

  @ParameterizedTest
  @EnumSource(ServiceDatabase.class)
  void anAcceptThatCannotAddTheMemberLeavesTheInvitationPending(ServiceDatabase database) {
    Running app = Running.on(database);
    Organisation acme = app.service().open("acme", "Acme", "ann@acme.test", "Ann");
    Invitation toAnn = app.service().invite(acme.id(), "ann@acme.test", "gil@acme.test");

    // Ann is already a member: the member insert fails after the invitation was closed, in the same transaction.
    assertThatThrownBy(() -> app.service().accept(toAnn.token(), "Ann"))
        .isInstanceOfSatisfying(
            UniqueViolationException.class, e -> assertThat(e.key()).contains("organisation_email"));

    assertThat(app.invitations().findById(toAnn.id())).contains(toAnn);
    assertThat(app.invitations().countDead()).isZero();
    assertThat(app.members().all()).extracting(Member::email).containsExactly("ann@acme.test");
    // The service is still usable: the failed transaction was rolled back, not left open.
    assertThat(app.service().withdraw(toAnn.id(), "gil@acme.test")).isTrue();
  }

  @ParameterizedTest
  @EnumSource(ServiceDatabase.class)
  void leavingKeepsTheRowAndRejoiningBringsItBackUnlessTheEmailWasReused(ServiceDatabase database) {
    Running app = Running.on(database);
    Organisation acme = app.service().open("acme", "Acme", "ann@acme.test", "Ann");
    Member bob = join(app, acme, "bob@acme.test", "Bob");

    assertThat(app.service().leave(acme.id(), "bob@acme.test")).isTrue();
    assertThat(app.service().leave(acme.id(), "bob@acme.test")).isFalse();
    Member left = app.members().findAnyById(bob.id()).orElseThrow();
    assertThat(left.leftAt()).isEqualTo(Running.CLOCK.instant());
    assertThat(left.removedBy()).isEqualTo("bob@acme.test");
    assertThat(app.service().formerMembers(acme.id())).containsExactly(left);
    assertThat(app.service().roster()).extracting(RosterLine::email).containsExactly("ann@acme.test");

    Member robert = join(app, acme, "bob@acme.test", "Robert");
    RestoreResult conflict = app.service().rejoin(bob.id());
    assertThat(conflict.status()).isEqualTo(RestoreResult.Status.CONFLICT);
    assertThat(conflict.conflictingKey()).contains("organisation_email");
    assertThat(conflict.entity()).contains("Member");
    assertThat(app.members().findAnyById(bob.id())).contains(left);

    app.service().leave(acme.id(), "bob@acme.test");
    assertThat(app.service().rejoin(bob.id())).isEqualTo(RestoreResult.restored(Map.of("Member", 1)));
    assertThat(app.members().findById(bob.id())).contains(bob);
    assertThat(app.service().rejoin(bob.id()).status()).isEqualTo(RestoreResult.Status.ALREADY_ALIVE);
    assertThat(app.service().formerMembers(acme.id())).extracting(Member::id).containsExactly(robert.id());
  }

  @ParameterizedTest
  @EnumSource(ServiceDatabase.class)
  void closingTakesMembersAndInvitationsAndReopeningBringsBackExactlyThose(ServiceDatabase database) {
    Running app = Running.on(database);
    Organisation acme = app.service().open("acme", "Acme", "ann@acme.test", "Ann");
    Organisation globex = app.service().open("globex", "Globex", "gil@globex.test", "Gil");
    Member bob = join(app, acme, "bob@acme.test", "Bob");
    Member cat = join(app, acme, "cat@acme.test", "Cat");
    Invitation withdrawn = app.service().invite(acme.id(), "eve@acme.test", "ann@acme.test");
    app.service().withdraw(withdrawn.id(), "ann@acme.test");
    Invitation pending = app.service().invite(acme.id(), "dan@acme.test", "bob@acme.test");
    app.service().leave(acme.id(), "cat@acme.test");

    assertThat(app.service().close(acme.id(), "ann@acme.test")).isTrue();

    assertThat(app.service().roster()).containsExactly(new RosterLine("Globex", "gil@globex.test", "Gil"));
    assertThat(app.service().pendingInvitations(acme.id())).isEmpty();
    assertThat(app.members().findAnyById(bob.id()).orElseThrow().removedBy()).isEqualTo("ann@acme.test");
    assertThat(app.service().rejoin(cat.id())).isEqualTo(RestoreResult.parentDead("Organisation"));
    assertThat(app.service().close(acme.id(), "ann@acme.test")).isFalse();

    RestoreResult reopened = app.service().reopen(acme.id());

    assertThat(reopened.restoredRows())
        .containsExactlyInAnyOrderEntriesOf(Map.of("Organisation", 1, "Member", 2, "Invitation", 1));
    assertThat(app.service().roster())
        .extracting(RosterLine::organisation, RosterLine::email)
        .containsExactly(
            tuple("Acme", "ann@acme.test"),
            tuple("Acme", "bob@acme.test"),
            tuple("Globex", "gil@globex.test"));
    assertThat(app.service().pendingInvitations(acme.id())).containsExactly(pending);
    assertThat(app.service().formerMembers(acme.id())).extracting(Member::id).containsExactly(cat.id());
    assertThat(app.members().findById(bob.id())).contains(bob);
    assertThat(app.organisations().findById(globex.id())).contains(globex);
  }

  @ParameterizedTest
  @EnumSource(ServiceDatabase.class)
  void membersAtADomainAreTheLiveOnesOfEveryOrganisation(ServiceDatabase database) {
    Running app = Running.on(database);
    Organisation acme = app.service().open("acme", "Acme", "ann@acme.test", "Ann");
    Organisation globex = app.service().open("globex", "Globex", "gil@globex.test", "Gil");
    join(app, globex, "bob@acme.test", "Bob");
    join(app, acme, "sue@subacme.test", "Sue");
    join(app, acme, "cat@acme.test", "Cat");
    app.service().leave(acme.id(), "cat@acme.test");

    List<Member> atAcme = app.service().membersAt("acme.test");

    assertThat(atAcme)
        .extracting(Member::email, Member::organisationId)
        .containsExactly(
            tuple("ann@acme.test", acme.id()),
            tuple("bob@acme.test", globex.id()));
  }

  private static Member join(Running app, Organisation organisation, String email, String name) {
    Invitation invitation = app.service().invite(organisation.id(), email, "ann@acme.test");
    return app.service().accept(invitation.token(), name).orElseThrow();
  }
}
