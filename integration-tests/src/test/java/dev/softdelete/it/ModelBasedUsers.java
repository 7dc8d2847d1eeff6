package dev.softdelete.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.softdelete.SoftDeleteRepository;
import dev.softdelete.it.ModelBasedTest.Kind;
import dev.softdelete.it.ModelBasedTest.OwnSteps;
import dev.softdelete.it.ModelBasedTest.Row;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * The users table for {@link ModelBasedTest}: the generated {@link UserRepository} for the verbs of
 * every repository, keyed by the {@code @Unique} email with the name as payload, and the derived
 * verbs of {@link UserAccounts} as steps of its own.
 *
 * <p>Emails and names come from pools of four, so that keys collide often; one email in seven is
 * null, which takes no part in uniqueness, and one name in ten.
 */
final class ModelBasedUsers implements Kind<User> {
  static final List<String> EMAILS =
      List.of("betty@example.com", "ann@example.com", "bob@example.com", "cy@example.com");
  static final List<String> NAMES = List.of("Betty", "Ann", "Bob", "Cy");

  private final UserRepository repository;
  private final ModelBasedUserAccounts accounts;

  ModelBasedUsers(UserRepository repository, UserAccounts accounts) {
    this.repository = repository;
    this.accounts = new ModelBasedUserAccounts(accounts);
  }

  @Override
  public String table() {
    return UserSchema.TABLE;
  }

  @Override
  public String keyName() {
    return "email";
  }

  @Override
  public String keyColumns() {
    return "email";
  }

  @Override
  public String keyPresent() {
    return "email IS NOT NULL";
  }

  @Override
  public SoftDeleteRepository<User, Long> repository() {
    return repository;
  }

  @Override
  public List<Object> keyPool() {
    return List.copyOf(EMAILS);
  }

  @Override
  public Object randomKey(Random random) {
    return random.nextInt(7) == 0 ? null : EMAILS.get(random.nextInt(EMAILS.size()));
  }

  @Override
  public Object randomPayload(Random random) {
    return random.nextInt(10) == 0 ? null : NAMES.get(random.nextInt(NAMES.size()));
  }

  @Override
  public User entity(Long id, Object key, Object payload, Random random) {
    // @DeletedAt is read-only: insert and update must ignore whatever the entity carries.
    Instant junk =
        random.nextInt(5) == 0
            ? DatabaseTest.T0.minus(Duration.ofDays(3)).plusNanos(123_456_789)
            : null;
    return new User(id, (String) key, (String) payload, junk);
  }

  @Override
  public Object keyOf(User entity) {
    return entity.email();
  }

  @Override
  public long idOf(User entity) {
    return entity.id();
  }

  @Override
  public User expected(long id, Row row) {
    return user(id, row);
  }

  /** The user a row of the model stands for: the email is its key, the name its payload. */
  static User user(long id, Row row) {
    return new User(id, (String) row.key(), (String) row.payload(), row.deletedAt());
  }

  @Override
  public Optional<User> findByKey(Object key) {
    return repository.findByEmail((String) key);
  }

  @Override
  public void checkFinderEdgeCases(String context) {
    // Any number of live rows may have no email; none of them "has" the email null.
    assertThat(repository.findByEmail(null)).as(context + " findByEmail(null)").isEmpty();
  }

  @Override
  public Optional<OwnSteps> ownSteps() {
    return Optional.of(accounts);
  }
}
