package dev.softdelete.examples.service;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.flywaydb.core.api.output.MigrateResult;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The service's story on an H2 database in memory: Acme opens, invites, people accept, leave and rejoin, Acme closes
 * and reopens. Each step prints what it did and what came of it.
 */
public final class Main {
  private final PrintStream out;

  Main(PrintStream out) {
    this.out = out;
  }

  public static void main(String[] args) {
    new Main(System.out).run();
  }

  void run() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:service;DB_CLOSE_DELAY=-1");
    // A fixed clock, so that the story prints the same times on every run.
    Clock clock = Clock.fixed(Instant.parse("2026-01-01T09:00:00Z"), ZoneOffset.UTC);
    ServiceComponent service = DaggerServiceComponent.factory().create(h2, clock);
    MigrateResult migration = service.migration();
    MembershipService memberships = service.memberships();
    say("Flyway applied " + migration.migrationsExecuted + " generated migrations, schema version "
        + migration.targetSchemaVersion + "; SchemaVerifier found no problem.");

    Organisation acme = memberships.open("acme", "Acme", "ann@acme.test", "Ann");
    memberships.open("globex", "Globex", "gil@globex.test", "Gil");
    say("1. Ann opens Acme, Gil opens Globex:      " + roster(memberships.roster()));

    Invitation bobsInvitation = memberships.invite(acme.id(), "bob@acme.test", "ann@acme.test");
    Invitation catsInvitation = memberships.invite(acme.id(), "cat@acme.test", "ann@acme.test");
    say("2. Ann invites Bob and Cat; pending:       " + emails(memberships.pendingInvitations(acme.id())));
    refused("   Ann invites Bob a second time", () -> memberships.invite(acme.id(), "bob@acme.test", "ann@acme.test"));

    Member bob = memberships.accept(bobsInvitation.token(), "Bob").orElseThrow();
    say("3. Bob accepts:                            " + bob);
    say("   pending:                                " + emails(memberships.pendingInvitations(acme.id())));
    say("   Bob's link, once more:                  " + accepted(memberships.accept(bobsInvitation.token(), "Bob")));

    Invitation again = memberships.invite(acme.id(), "bob@acme.test", "ann@acme.test");
    say("4. Ann invites Bob again (his first invitation is closed, so the key is free); pending: "
        + emails(memberships.pendingInvitations(acme.id())));
    refused("   Bob accepts it", () -> memberships.accept(again.token(), "Bob"));
    say("   both or neither, so it is still pending: " + emails(memberships.pendingInvitations(acme.id())));
    say("   Ann withdraws it:                       " + memberships.withdraw(again.id(), "ann@acme.test"));

    Member cat = memberships.accept(catsInvitation.token(), "Cat").orElseThrow();
    say("5. Cat accepts; roster (a @Query join):    " + roster(memberships.roster()));
    say("   members at acme.test (derived query):   " + emails(memberships.membersAt("acme.test"), Member::email));

    say("6. Bob leaves:                             " + memberships.leave(acme.id(), "bob@acme.test"));
    Invitation robertsInvitation = memberships.invite(acme.id(), "bob@acme.test", "ann@acme.test");
    memberships.accept(robertsInvitation.token(), "Robert");
    say("   his address goes to Robert, who joins:  " + roster(memberships.roster()));
    say("   Bob rejoins:                            " + memberships.rejoin(bob.id()));
    say("   Robert leaves:                          " + memberships.leave(acme.id(), "bob@acme.test"));
    say("   Bob rejoins:                            " + memberships.rejoin(bob.id()));
    say("   former members of Acme (derived query): " + names(memberships.formerMembers(acme.id())));

    say("7. Cat leaves:                             " + memberships.leave(acme.id(), "cat@acme.test"));
    memberships.invite(acme.id(), "dan@acme.test", "bob@acme.test");
    say("   Bob invites Dan; pending:               " + emails(memberships.pendingInvitations(acme.id())));

    say("8. Ann closes Acme:                        " + memberships.close(acme.id(), "ann@acme.test"));
    say("   roster:                                 " + roster(memberships.roster()));
    say("   pending at Acme:                        " + emails(memberships.pendingInvitations(acme.id())));
    refused("   Ann invites Eve to closed Acme", () -> memberships.invite(acme.id(), "eve@acme.test", "ann@acme.test"));
    say("   Cat rejoins closed Acme:                " + memberships.rejoin(cat.id()));

    say("9. Ann reopens Acme:                       " + memberships.reopen(acme.id()));
    say("   roster:                                 " + roster(memberships.roster()));
    say("   pending at Acme:                        " + emails(memberships.pendingInvitations(acme.id())));
    say("   former members (Cat had left before):   " + names(memberships.formerMembers(acme.id())));
  }

  private void refused(String step, Runnable call) {
    try {
      call.run();
      say(step + ": accepted. This must never happen.");
    } catch (RuntimeException e) {
      say(step + ": refused, " + e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  private static List<String> emails(List<Invitation> invitations) {
    return emails(invitations, Invitation::email);
  }

  private static <T> List<String> emails(List<T> rows, Function<T, String> email) {
    return rows.stream().map(email).toList();
  }

  private static String accepted(Optional<Member> member) {
    return member.map(Member::name).orElse("nothing, the invitation is no longer pending");
  }

  private static List<String> names(List<Member> members) {
    return emails(members, Member::name);
  }

  private static List<String> roster(List<RosterLine> lines) {
    return lines.stream().map(line -> line.organisation() + ": " + line.name()).toList();
  }

  private void say(String line) {
    out.println(line);
  }
}
