package dev.softdelete.examples.quickstart;

import dev.softdelete.Dialect;
import dev.softdelete.RestoreResult;
import dev.softdelete.jdbi.SoftDeletePlugin;
import dev.softdelete.UniqueViolationException;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.h2.jdbcx.JdbcDataSource;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The Betty story on an embedded H2 database: Betty signs up, leaves, comes back, leaves again and
 * comes back once more; nobody can hold her address while she is live; the first Betty cannot be
 * restored over the live one; and no row is ever FALSE.
 */
public final class Quickstart {
  private final PrintStream out;

  Quickstart(PrintStream out) {
    this.out = out;
  }

  public static void main(String[] args) {
    new Quickstart(System.out).run();
  }

  void run() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:quickstart;DB_CLOSE_DELAY=-1");
    // A fixed clock, so that the story prints the same deletion times on every run.
    Clock clock = Clock.fixed(Instant.parse("2026-01-01T09:00:00Z"), ZoneOffset.UTC);
    Jdbi jdbi = Jdbi.create(h2).installPlugin(new SoftDeletePlugin(clock));

    try (Handle handle = jdbi.open()) {
      say("Creating the table from UserSchema.createStatements(Dialect.H2):");
      for (String statement : UserSchema.createStatements(Dialect.H2)) {
        handle.execute(statement);
        out.println("    " + statement.replace("\n", "\n    ") + ";");
      }
    }

    UserRepository users = jdbi.onDemand(UserRepository.class);

    User first = users.insert(User.signUp("betty@example.com", "Betty"));
    say("1. Betty signs up:                          " + first);
    say("   softDelete(" + first.id() + ") -> " + users.softDelete(first.id()));

    User second = users.insert(User.signUp("betty@example.com", "Betty, back again"));
    say("2. A new Betty signs up with the same email: " + second);
    say("   softDelete(" + second.id() + ") -> " + users.softDelete(second.id()));

    User third = users.insert(User.signUp("betty@example.com", "Betty, third time"));
    say("3. A third Betty signs up:                  " + third);

    try {
      users.insert(User.signUp("betty@example.com", "Impostor"));
      say("4. A second live Betty was let in. This must never happen.");
    } catch (UniqueViolationException e) {
      say("4. A second live Betty is refused:          " + e.getMessage());
    }

    User before = users.findAnyById(first.id()).orElseThrow();
    RestoreResult restore = users.restore(first.id());
    say("5. Restoring the first Betty:               " + restore);
    say("   and she is unchanged:                    " + users.findAnyById(first.id()).orElseThrow().equals(before));

    say("6. findByEmail(\"betty@example.com\")         -> " + users.findByEmail("betty@example.com").orElseThrow());
    say("   countAlive() = " + users.countAlive() + ", countDead() = " + users.countDead());

    try (Handle handle = jdbi.open()) {
      long falseRows =
          handle.createQuery("SELECT COUNT(*) FROM users WHERE live = FALSE").mapTo(Long.class).one();
      say("7. Rows with live = FALSE:                  " + falseRows);
      say("   The table now:");
      handle.createQuery("SELECT id, email, live, deleted_at FROM users ORDER BY id")
          .mapToMap()
          .forEach(row -> out.println("    " + row));
    }

    int purged = users.purgeDeletedBefore(clock.instant().plus(Duration.ofDays(1)));
    say("8. purgeDeletedBefore(tomorrow) removes the dead Bettys for good: " + purged + " rows; "
        + users.countAlive() + " live Betty remains.");

    // Queries declared by name in Accounts, a @Repository interface.
    Accounts accounts = jdbi.onDemand(Accounts.class);
    accounts.insert(User.signUp("carl@acme.test", "Carl"));
    accounts.insert(User.signUp("ann@acme.test", "Ann"));
    say("9. findByEmailEndsWithOrderByName(\"@acme.test\") -> "
        + names(accounts.findByEmailEndsWithOrderByName("@acme.test")));
    say("   softDeleteByEmailEndsWith(\"@acme.test\")       -> "
        + accounts.softDeleteByEmailEndsWith("@acme.test") + " rows, in one statement");
    say("   and now findByEmailEndsWithOrderByName finds " + names(accounts.findByEmailEndsWithOrderByName("@acme.test"))
        + "; countAlive() = " + accounts.countAlive());
  }

  private static java.util.List<String> names(java.util.List<User> users) {
    return users.stream().map(User::name).toList();
  }

  private void say(String line) {
    out.println(line);
  }
}
