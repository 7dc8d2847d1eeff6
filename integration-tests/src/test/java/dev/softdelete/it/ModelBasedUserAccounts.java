package dev.softdelete.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.softdelete.it.ModelBasedTest.Outcome;
import dev.softdelete.it.ModelBasedTest.OwnSteps;
import dev.softdelete.it.ModelBasedTest.Row;
import dev.softdelete.it.ModelBasedTest.RunView;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The derived verbs of {@link UserAccounts} as steps of the Users run of {@link ModelBasedTest},
 * and its derived reads checked against the model after every step.
 *
 * <p>Each step draws a name or an email from the run's pools of four (never null: a null argument
 * throws, which one step of its own checks), works out from the model which rows the verb must
 * change and whether a restore must be refused, calls it, and applies the result to the model; the
 * run then compares the whole table with the model. The pools are tiny, so a restore often meets a
 * live row holding an email. Two dead rows sharing an email that no live row holds, which a restore
 * must refuse among its own rows, are rarer: a step in which a user signs up again with a dead
 * row's email, and draws that favour the rows such states come from, make every run reach them.
 */
final class ModelBasedUserAccounts implements OwnSteps {
  private static final String KEY = "email";
  private static final String LIVE_HOLDER = "a live row holds the email";
  private static final String OWN_ROWS = "two restored rows share the email";

  private final UserAccounts accounts;

  ModelBasedUserAccounts(UserAccounts accounts) {
    this.accounts = accounts;
  }

  @Override
  public Set<String> outcomes() {
    return Set.of(
        "softDeleteByName",
        "softDeleteByName past dead rows of the name",
        "softDeleteByName(null) refused",
        "restoreByName",
        "restoreByName refused: " + LIVE_HOLDER,
        "restoreByName refused: " + OWN_ROWS,
        "restoreByEmail",
        "restoreByEmail refused: " + LIVE_HOLDER,
        "restoreByEmail refused: " + OWN_ROWS,
        "hardDeleteDeadByName",
        "hardDeleteDeadByName past live rows of the name",
        "hardDeleteByEmail",
        "hardDeleteByEmail of live and dead rows");
  }

  @Override
  public void step(RunView run) {
    // A name whose dead rows conflict among themselves only is the rarest state here (see
    // restoreArgument), and other steps soon end it: while the table is in it, restore by that
    // name one step in four. A refused restore changes nothing, so the state outlasts it.
    List<String> rare = conflictingAmongOwn(run, Row::payload, ModelBasedUsers.NAMES);
    if (!rare.isEmpty() && run.random().nextInt(4) == 0) {
      restoreByName(run, rare.get(run.random().nextInt(rare.size())));
      return;
    }
    int r = run.random().nextInt(100);
    if (r < 26) {
      softDeleteByName(run);
    } else if (r < 38) {
      signUpAgain(run);
    } else if (r < 40) {
      softDeleteByNullName(run);
    } else if (r < 62) {
      restoreByName(run, restoreArgument(run, Row::payload, ModelBasedUsers.NAMES));
    } else if (r < 84) {
      restoreByEmail(run);
    } else if (r < 92) {
      hardDeleteDeadByName(run);
    } else {
      hardDeleteByEmail(run);
    }
  }

  private void softDeleteByName(RunView run) {
    // Half the time a live row that has a dead row's email: once it dies, two dead rows share it.
    Predicate<Row> dies =
        run.random().nextBoolean() ? row -> row.live() && hasEmailOfADeadRow(run, row) : Row::live;
    String name = name(run, dies);
    Set<Long> dying = ids(run, row -> row.live() && name.equals(row.payload()));
    Set<Long> deadAlready = ids(run, row -> !row.live() && name.equals(row.payload()));
    Instant stamp = run.stamp();
    run.running(
        String.format(
            "softDeleteByName(%s) at %s, live: %s, dead already: %s",
            name, stamp, dying, deadAlready));

    assertThat(run.expectValue(run.call(() -> accounts.softDeleteByName(name))))
        .as(run.context() + " softDeleteByName's count")
        .isEqualTo(dying.size());
    run.reached(dying.isEmpty() ? "softDeleteByName of nothing live" : "softDeleteByName");
    if (!deadAlready.isEmpty()) {
      // The run's check of deleted_at to the microsecond shows these kept their stamps.
      run.reached("softDeleteByName past dead rows of the name");
    }
    dying.forEach(id -> run.model().put(id, run.model().get(id).dead(stamp)));
  }

  /**
   * A user signs up again with the email of a dead row, as Betty does, mostly under the same name:
   * an insert through {@link UserAccounts}, which hands it to the generated repository. Once the
   * new row dies too, two dead rows share the email (and the name), which is what a restore
   * conflicts over among its own rows; a table of four emails rarely gets there by chance. With no
   * such email free, a name's live rows die instead.
   */
  private void signUpAgain(RunView run) {
    List<Row> free =
        run.model().values().stream()
            .filter(row -> !row.live() && row.key() != null)
            .filter(row -> run.liveHolder(row.key()).isEmpty())
            .collect(Collectors.toList());
    if (free.isEmpty()) {
      softDeleteByName(run);
      return;
    }
    Row old = free.get(run.random().nextInt(free.size()));
    String name =
        run.random().nextInt(4) > 0
            ? (String) old.payload()
            : ModelBasedUsers.NAMES.get(run.random().nextInt(ModelBasedUsers.NAMES.size()));
    User user = User.of((String) old.key(), name);
    run.running("insert(" + user + ") through UserAccounts, taking the email of dead " + old);

    User stored = run.expectValue(run.call(() -> accounts.insert(user)));
    Row row = new Row(old.key(), name, null);
    assertThat(stored)
        .as(run.context() + " returned entity")
        .isEqualTo(ModelBasedUsers.user(stored.id(), row));
    run.reached("insert taking a dead row's email");
    run.inserted(stored.id(), row);
  }

  /** A null name is refused before any SQL runs: the run then finds the table unchanged. */
  private void softDeleteByNullName(RunView run) {
    run.running("softDeleteByName(null) expecting a NullPointerException");

    Outcome<Integer> outcome = run.call(() -> accounts.softDeleteByName(null));
    assertThat(outcome.thrown())
        .as(run.context() + " softDeleteByName(null) throws, naming the parameter")
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("name");
    run.reached("softDeleteByName(null) refused");
  }

  private void restoreByName(RunView run, String name) {
    restore(
        run,
        "restoreByName",
        name,
        row -> name.equals(row.payload()),
        () -> accounts.restoreByName(name));
  }

  private void restoreByEmail(RunView run) {
    String email = restoreArgument(run, Row::key, ModelBasedUsers.EMAILS);
    restore(
        run,
        "restoreByEmail",
        email,
        row -> email.equals(row.key()),
        () -> accounts.restoreByEmail(email));
  }

  /**
   * A restore by a criterion is all or nothing: every matching dead row comes back, unless one of
   * them would be a second live row for its email, against a live row or another of the rows it
   * restores; then it throws naming the email and nothing changes.
   */
  private void restore(
      RunView run, String verb, String argument, Predicate<Row> matches, Supplier<Integer> call) {
    Set<Long> restoring = ids(run, row -> !row.live() && matches.test(row));
    String conflict = conflict(run, restoring);
    String expecting = conflict == null ? "" : " expecting a violation of " + KEY + ": " + conflict;
    run.running(verb + "(" + argument + "), dead rows: " + restoring + expecting);

    Outcome<Integer> outcome = run.call(call);
    if (conflict != null) {
      run.expectViolation(outcome, Set.of(KEY));
      run.reached(verb + " refused: " + conflict);
      return;
    }
    assertThat(run.expectValue(outcome))
        .as(run.context() + " " + verb + "'s count")
        .isEqualTo(restoring.size());
    run.reached(restoring.isEmpty() ? verb + " of nothing dead" : verb);
    restoring.forEach(id -> run.model().put(id, run.model().get(id).restored()));
  }

  /** Why restoring these rows must be refused, or null; a null email never conflicts. */
  private static String conflict(RunView run, Set<Long> restoring) {
    List<Object> emails =
        restoring.stream()
            .map(id -> run.model().get(id).key())
            .filter(Objects::nonNull)
            .collect(Collectors.toList());
    if (emails.stream().anyMatch(email -> run.liveHolder(email).isPresent())) {
      return LIVE_HOLDER;
    }
    if (new HashSet<>(emails).size() < emails.size()) {
      return OWN_ROWS;
    }
    return null;
  }

  private void hardDeleteDeadByName(RunView run) {
    // Half the time a name that live rows have too: the verb must leave them.
    Predicate<Row> deleted =
        run.random().nextBoolean()
            ? row -> !row.live() && hasNameOfALiveRow(run, row)
            : row -> !row.live();
    String name = name(run, deleted);
    Set<Long> deleting = ids(run, row -> !row.live() && name.equals(row.payload()));
    Set<Long> kept = ids(run, row -> row.live() && name.equals(row.payload()));
    run.running(
        "hardDeleteDeadByName(" + name + "), dead rows: " + deleting + ", live rows kept: " + kept);

    assertThat(run.expectValue(run.call(() -> accounts.hardDeleteDeadByName(name))))
        .as(run.context() + " hardDeleteDeadByName's count")
        .isEqualTo(deleting.size());
    run.reached(
        deleting.isEmpty() ? "hardDeleteDeadByName of nothing dead" : "hardDeleteDeadByName");
    if (!deleting.isEmpty() && !kept.isEmpty()) {
      run.reached("hardDeleteDeadByName past live rows of the name");
    }
    deleting.forEach(run.model()::remove);
  }

  private void hardDeleteByEmail(RunView run) {
    String email = email(run, row -> !row.live());
    Set<Long> deleting = ids(run, row -> email.equals(row.key()));
    boolean live = deleting.stream().anyMatch(id -> run.model().get(id).live());
    boolean dead = deleting.stream().anyMatch(id -> !run.model().get(id).live());
    run.running("hardDeleteByEmail(" + email + "), rows in any state: " + deleting);

    assertThat(run.expectValue(run.call(() -> accounts.hardDeleteByEmail(email))))
        .as(run.context() + " hardDeleteByEmail's count")
        .isEqualTo(deleting.size());
    run.reached(deleting.isEmpty() ? "hardDeleteByEmail of nothing" : "hardDeleteByEmail");
    if (live && dead) {
      run.reached("hardDeleteByEmail of live and dead rows");
    }
    deleting.forEach(run.model()::remove);
  }

  @Override
  public void verify(RunView run, String where) {
    Comparator<Map.Entry<Long, Row>> byEmail = byEmailThenId(run.database());
    for (String name : ModelBasedUsers.NAMES) {
      List<User> live =
          run.model().entrySet().stream()
              .filter(e -> e.getValue().live() && name.equals(e.getValue().payload()))
              .sorted(byEmail)
              .map(e -> ModelBasedUsers.user(e.getKey(), e.getValue()))
              .collect(Collectors.toList());
      long dead =
          run.model().values().stream()
              .filter(row -> !row.live() && name.equals(row.payload()))
              .count();

      assertThat(accounts.findByNameOrderByEmail(name))
          .as(where + "findByNameOrderByEmail(" + name + ")")
          .isEqualTo(live);
      assertThat(accounts.countDeadByName(name))
          .as(where + "countDeadByName(" + name + ")")
          .isEqualTo(dead);
    }
  }

  /**
   * The order of {@code findByNameOrderByEmail}: {@code ORDER BY email, id}, which leaves rows
   * without an email where the database puts NULLs by default. PostgreSQL sorts NULL as larger than
   * any value, so last when ascending (https://www.postgresql.org/docs/current/queries-order.html);
   * H2 (DEFAULT_NULL_ORDERING is LOW, https://h2database.com/html/commands.html), MariaDB
   * (https://mariadb.com/kb/en/null-values/) and SQLite
   * (https://www.sqlite.org/lang_select.html#the_order_by_clause) sort it as smaller, so first. The
   * pool's emails are lower-case ASCII, ordered alike by every collation.
   */
  private static Comparator<Map.Entry<Long, Row>> byEmailThenId(TestDatabase database) {
    Comparator<String> emails =
        database == TestDatabase.POSTGRESQL
            ? Comparator.nullsLast(Comparator.naturalOrder())
            : Comparator.nullsFirst(Comparator.naturalOrder());
    return Comparator.comparing((Map.Entry<Long, Row> e) -> (String) e.getValue().key(), emails)
        .thenComparing(Map.Entry::getKey);
  }

  /** The ids of the rows that match, in order. */
  private static Set<Long> ids(RunView run, Predicate<Row> matches) {
    return run.model().entrySet().stream()
        .filter(e -> matches.test(e.getValue()))
        .map(Map.Entry::getKey)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /**
   * A name or email to restore by: three times in four, when there is one, a value whose dead rows
   * conflict among themselves only, two of them sharing an email no live row holds; else mostly
   * that of a dead row. Such rows are rare in a table this small (the second needs the email of the
   * first while no live row holds it, and for a name the same name too, and no other dead row of
   * the name may meet a live holder), and they are the case of all or nothing that a live holder
   * does not show.
   */
  private static String restoreArgument(
      RunView run, Function<Row, Object> value, List<String> pool) {
    List<String> amongOwn = conflictingAmongOwn(run, value, pool);
    if (!amongOwn.isEmpty() && run.random().nextInt(4) > 0) {
      return amongOwn.get(run.random().nextInt(amongOwn.size()));
    }
    return pick(run, row -> !row.live(), value, pool);
  }

  /** The names or emails whose dead rows conflict among themselves only. */
  private static List<String> conflictingAmongOwn(
      RunView run, Function<Row, Object> value, List<String> pool) {
    return pool.stream()
        .filter(v -> OWN_ROWS.equals(conflict(run, ids(run, row -> deadWith(row, value, v)))))
        .collect(Collectors.toList());
  }

  /** Whether the row is dead and has this name or email. */
  private static boolean deadWith(Row row, Function<Row, Object> value, String v) {
    return !row.live() && v.equals(value.apply(row));
  }

  private static boolean hasEmailOfADeadRow(RunView run, Row row) {
    return row.key() != null
        && run.model().values().stream()
            .anyMatch(other -> !other.live() && row.key().equals(other.key()));
  }

  private static boolean hasNameOfALiveRow(RunView run, Row row) {
    return run.model().values().stream()
        .anyMatch(other -> other.live() && Objects.equals(other.payload(), row.payload()));
  }

  /** A name: mostly that of a row the verb acts on, else any of the pool. */
  private static String name(RunView run, Predicate<Row> actsOn) {
    return pick(run, actsOn, Row::payload, ModelBasedUsers.NAMES);
  }

  /**
   * An email: mostly that of a row the verb acts on, else any of the pool. Drawn by row, an email
   * that several dead rows share comes up more often, which is where restores conflict.
   */
  private static String email(RunView run, Predicate<Row> actsOn) {
    return pick(run, actsOn, Row::key, ModelBasedUsers.EMAILS);
  }

  private static String pick(
      RunView run, Predicate<Row> actsOn, Function<Row, Object> value, List<String> pool) {
    List<String> values =
        run.model().values().stream()
            .filter(actsOn)
            .map(value)
            .filter(Objects::nonNull)
            .map(String.class::cast)
            .collect(Collectors.toList());
    List<String> from = !values.isEmpty() && run.random().nextInt(4) > 0 ? values : pool;
    return from.get(run.random().nextInt(from.size()));
  }
}
