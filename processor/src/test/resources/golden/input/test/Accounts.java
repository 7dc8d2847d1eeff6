package test;

import dev.softdelete.Limit;
import dev.softdelete.Query;
import dev.softdelete.Repository;
import dev.softdelete.SoftDeleteRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** A representative @Repository: derived reads, scopes, a page, a projection, bulk verbs and SQL. */
@Repository
public interface Accounts extends SoftDeleteRepository<User, Long> {
  /** A projection: two columns of users. */
  record Contact(String email, String name) {}

  List<User> findByNameOrderByEmailDesc(String name, Limit limit);

  List<User> findByEmailIgnoreCase(String email);

  Optional<User> findByEmail(String email);

  List<User> findDeadByNameStartsWith(String prefix);

  long countAnyByName(String name);

  boolean existsByEmailOrName(String email, String name);

  Stream<Contact> findByDeletedAtNull();

  List<User> findByIdIn(Collection<Long> ids);

  int softDeleteByName(String name);

  int restoreByEmail(String email);

  int hardDeleteDeadByDeletedAtBefore(Instant cutoff);

  @Query(
      "SELECT {columns u} FROM users u JOIN memberships m ON m.user_id = u.id"
          + " WHERE {alive u} AND {alive m} AND m.org_id = :org ORDER BY u.email")
  List<User> liveMembersOf(long org);

  @Query("UPDATE users SET name = :name WHERE email IN (:emails) AND {alive}")
  int rename(Collection<String> emails, String name);
}
