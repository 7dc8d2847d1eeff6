package dev.softdelete.it;

import dev.softdelete.Repository;
import dev.softdelete.SoftDeleteRepository;
import java.util.List;
import java.util.Optional;

/**
 * Derived verbs over a unique key: restores that would give a key to a second live row. The
 * model-based test calls the bulk verbs and reads in random sequences.
 */
@Repository
public interface UserAccounts extends SoftDeleteRepository<User, Long> {
  Optional<User> findByEmail(String email);

  List<User> findDeadByEmail(String email);

  int softDeleteByName(String name);

  int restoreByName(String name);

  int restoreByEmail(String email);

  int hardDeleteDeadByName(String name);

  int hardDeleteByEmail(String email);

  List<User> findByNameOrderByEmail(String name);

  long countDeadByName(String name);
}
