package dev.softdelete.examples.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Main tells the story the README promises. */
class MainTest {

  @Test
  void mainTellsTheStory() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      new Main(out).run();
    }
    String story = bytes.toString(StandardCharsets.UTF_8);

    assertThat(story)
        .contains("Flyway applied 4 generated migrations, schema version 1.4; SchemaVerifier found no problem.")
        .contains("1. Ann opens Acme, Gil opens Globex:      [Acme: Ann, Globex: Gil]")
        .contains("Ann invites Bob a second time: refused, UniqueViolationException: A live row of invitations"
            + " already holds unique key 'organisation_email'")
        .contains("3. Bob accepts:                            Member[id=3, organisationId=1, email=bob@acme.test")
        .contains("Bob's link, once more:                  nothing, the invitation is no longer pending")
        .contains("Bob accepts it: refused, UniqueViolationException: A live row of members already holds unique"
            + " key 'organisation_email'")
        .contains("both or neither, so it is still pending: [bob@acme.test, cat@acme.test]")
        .contains("5. Cat accepts; roster (a @Query join):    [Acme: Ann, Acme: Bob, Acme: Cat, Globex: Gil]")
        .contains("members at acme.test (derived query):   [ann@acme.test, bob@acme.test, cat@acme.test]")
        .contains("his address goes to Robert, who joins:  [Acme: Ann, Acme: Robert, Acme: Cat, Globex: Gil]")
        .contains("Bob rejoins:                            CONFLICT(Member.organisation_email)")
        .contains("Bob rejoins:                            RESTORED{Member=1}")
        .contains("8. Ann closes Acme:                        true" + System.lineSeparator()
            + "   roster:                                 [Globex: Gil]")
        .contains("Ann invites Eve to closed Acme: refused, DeadParentException")
        .contains("Cat rejoins closed Acme:                PARENT_DEAD(Organisation)")
        .contains("9. Ann reopens Acme:                       RESTORED{Organisation=1, Member=2, Invitation=1}")
        .contains("   roster:                                 [Acme: Ann, Acme: Bob, Globex: Gil]")
        .contains("   pending at Acme:                        [dan@acme.test]")
        .contains("former members (Cat had left before):   [Robert, Cat]")
        .doesNotContain("This must never happen");
  }
}
