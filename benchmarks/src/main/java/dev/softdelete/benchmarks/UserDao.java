package dev.softdelete.benchmarks;

import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Baseline (e): the SqlObject a Jdbi user writes by hand, mapping the record with ConstructorMapper. */
public interface UserDao {
  @SqlQuery("SELECT id, email, name, deleted_at FROM users WHERE id = :id AND live = TRUE")
  @RegisterConstructorMapper(User.class)
  Optional<User> findById(@Bind("id") long id);
}
