package dev.softdelete.benchmarks.compare;

import dev.softdelete.benchmarks.User;
import dev.softdelete.benchmarks.db.Database;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.Transaction;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;

/**
 * Hibernate 7 with {@code @SoftDelete} ({@link HibernateUser}), on a plain SessionFactory whose only
 * connection is the trial's. One Session for the trial, cleared after every operation, so that no read
 * is served from its first-level cache (cheaper than a Session per request, which is what an application
 * usually opens: this favours Hibernate). Writes run in a transaction each, as Hibernate requires.
 *
 * <p>What it cannot do: restore has no API (a native UPDATE here), and purge is not offered: the ACTIVE
 * strategy records no deletion time, and deleted rows are invisible to HQL.
 */
public final class HibernateContender implements Contender, AutoCloseable {
  private final SessionFactory sessionFactory;
  private final Session session;

  public HibernateContender(Database db, Connection connection) {
    StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
        .applySettings(Map.of(
            AvailableSettings.DIALECT, db == Database.H2
                ? "org.hibernate.dialect.H2Dialect" : "org.hibernate.dialect.PostgreSQLDialect",
            AvailableSettings.CONNECTION_PROVIDER, new OneConnection(connection),
            AvailableSettings.ALLOW_METADATA_ON_BOOT, false))
        .build();
    sessionFactory = new MetadataSources(registry).addAnnotatedClass(HibernateUser.class)
        .buildMetadata().buildSessionFactory();
    session = sessionFactory.openSession();
  }

  @Override
  public Optional<User> findById(long id) {
    return read(s -> Optional.ofNullable(s.find(HibernateUser.class, id)).map(HibernateUser::toUser));
  }

  @Override
  public Optional<User> findByEmail(String email) {
    return read(s -> Optional.ofNullable(
            s.createSelectionQuery("from HibernateUser where email = :email", HibernateUser.class)
                .setParameter("email", email).getSingleResultOrNull())
        .map(HibernateUser::toUser));
  }

  @Override
  public List<User> page(long afterId, int limit) {
    return read(s -> s.createSelectionQuery("from HibernateUser where id > :after order by id", HibernateUser.class)
        .setParameter("after", afterId).setMaxResults(limit).getResultList()
        .stream().map(HibernateUser::toUser).toList());
  }

  @Override
  public long countAlive() {
    return read(s -> s.createSelectionQuery("select count(*) from HibernateUser", Long.class).getSingleResult());
  }

  /** HQL delete is a soft delete under @SoftDelete; restoring needs native SQL. */
  @Override
  public boolean softDeleteThenRestore(long id) {
    int deleted = write(s -> s.createMutationQuery("delete from HibernateUser where id = :id")
        .setParameter("id", id).executeUpdate());
    int restored = write(s -> s.createNativeMutationQuery(
            "UPDATE hibernate_users SET active = TRUE WHERE id = :id AND active = FALSE")
        .setParameter("id", id).executeUpdate());
    return deleted == 1 && restored == 1;
  }

  @Override
  public long insert(User user) {
    return write(s -> {
      HibernateUser entity = new HibernateUser(user.email(), user.name());
      s.persist(entity);
      return entity.getId();
    });
  }

  @Override
  public int insertAll(List<User> users) {
    return write(s -> {
      for (User user : users) {
        s.persist(new HibernateUser(user.email(), user.name()));
      }
      return users.size();
    });
  }

  @Override
  public int softDeleteAll(List<Long> ids) {
    return write(s -> s.createMutationQuery("delete from HibernateUser where id in :ids")
        .setParameter("ids", ids).executeUpdate());
  }

  @Override
  public int purgeDeletedBefore(Instant cutoff) {
    throw new UnsupportedOperationException(
        "@SoftDelete(ACTIVE) records no deletion time, and HQL never sees deleted rows: purge needs native SQL");
  }

  private <R> R read(Function<Session, R> query) {
    try {
      return query.apply(session);
    } finally {
      session.clear();
    }
  }

  private <R> R write(Function<Session, R> work) {
    Transaction tx = session.beginTransaction();
    try {
      R result = work.apply(session);
      tx.commit();
      return result;
    } catch (RuntimeException e) {
      tx.rollback();
      throw e;
    } finally {
      session.clear();
    }
  }

  @Override
  public void close() {
    session.close();
    sessionFactory.close();
  }

  /** Hands Hibernate the trial's connection, and never closes it. */
  private static final class OneConnection implements ConnectionProvider {
    private static final long serialVersionUID = 1L;
    private final transient Connection connection;

    OneConnection(Connection connection) {
      this.connection = connection;
    }

    @Override
    public Connection getConnection() {
      return connection;
    }

    @Override
    public void closeConnection(Connection toClose) {
      // The trial closes it.
    }

    @Override
    public boolean supportsAggressiveRelease() {
      return false;
    }

    @Override
    public boolean isUnwrappableAs(Class<?> type) {
      return false;
    }

    @Override
    public <T> T unwrap(Class<T> type) {
      throw new UnsupportedOperationException();
    }
  }
}
