package dev.softdelete.examples.quickstart;

import dev.softdelete.Repository;
import dev.softdelete.SoftDeleteRepository;
import java.util.List;

/** Queries of the demo, implemented at compile time from their names; none sees a deleted row. */
@Repository
public interface Accounts extends SoftDeleteRepository<User, Long> {
  List<User> findByEmailEndsWithOrderByName(String domain);

  int softDeleteByEmailEndsWith(String domain);
}
