package dev.softdelete.benchmarks.compare;

import dev.softdelete.benchmarks.User;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.transaction.Transaction;

/** The SqlObject a Jdbi user writes by hand for soft deletion: the same statements as {@link HandJdbc}. */
@RegisterConstructorMapper(User.class)
public interface UsersDao {
  @SqlQuery("SELECT id, email, name, deleted_at FROM users WHERE id = :id AND live = TRUE")
  Optional<User> findById(@Bind("id") long id);

  @SqlQuery("SELECT id, email, name, deleted_at FROM users WHERE email = :email AND live = TRUE")
  Optional<User> findByEmail(@Bind("email") String email);

  @SqlQuery("SELECT id, email, name, deleted_at FROM users WHERE live = TRUE AND id > :after"
      + " ORDER BY live, id FETCH FIRST :limit ROWS ONLY")
  List<User> page(@Bind("after") long afterId, @Bind("limit") int limit);

  @SqlQuery("SELECT COUNT(*) FROM users WHERE live = TRUE")
  long countAlive();

  @SqlUpdate("UPDATE users SET live = NULL, deleted_at = :now WHERE id = :id AND live = TRUE")
  int softDelete(@Bind("id") long id, @Bind("now") OffsetDateTime now);

  @SqlUpdate("UPDATE users SET live = TRUE, deleted_at = NULL WHERE id = :id AND live IS NULL")
  int restore(@Bind("id") long id);

  @SqlUpdate("INSERT INTO users (email, name) VALUES (:email, :name)")
  @GetGeneratedKeys("id")
  long insert(@BindMethods User user);

  @SqlBatch("INSERT INTO users (email, name) VALUES (:email, :name)")
  @GetGeneratedKeys("id")
  @Transaction
  List<Long> insertAll(@BindMethods List<User> users);

  @SqlUpdate("UPDATE users SET live = NULL, deleted_at = :now WHERE live = TRUE AND id IN (<ids>)")
  int softDeleteAll(@BindList("ids") List<Long> ids, @Bind("now") OffsetDateTime now);

  @SqlUpdate("DELETE FROM users WHERE live IS NULL AND deleted_at < :cutoff")
  int purge(@Bind("cutoff") OffsetDateTime cutoff);
}
