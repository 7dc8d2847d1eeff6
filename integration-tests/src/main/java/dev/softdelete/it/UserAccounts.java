package dev.softdelete.it;

import dev.softdelete.Repository;
import dev.softdelete.SoftDeleteRepository;
import java.util.List;
import java.util.Optional;

/** Derived verbs over a unique key: restores that would give a key to a second live row. */
@Repository
public interface UserAccounts extends SoftDeleteRepository<User, Long> {
  Optional<User> findByEmail(String email);

  List<User> findDeadByEmail(String email);

  int softDeleteByName(String name);

  int restoreByName(String name);

  int restoreByEmail(String email);
}
