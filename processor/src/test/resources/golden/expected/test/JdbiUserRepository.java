package test;

import dev.softdelete.Dialect;
import dev.softdelete.RestoreResult;
import dev.softdelete.SoftDeleteGenerated;
import dev.softdelete.internal.Codecs;
import dev.softdelete.internal.IdLists;
import dev.softdelete.internal.Jdbc;
import dev.softdelete.internal.Restores;
import dev.softdelete.internal.SqlErrors;
import dev.softdelete.internal.Transactions;
import dev.softdelete.jdbi.SoftDeleteConfig;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.processing.Generated;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The Jdbi implementation of {@link UserRepository}.
 *
 * <p>Each method runs plain JDBC on the connection of a Jdbi handle: the handle it was made
 * with, or else the calling thread's open handle and its transaction, or a new handle for
 * the call. The SQL shown is H2's; {@code Sql} has every dialect's.
 */
@Generated("dev.softdelete.processor.SoftDeleteProcessor")
@SoftDeleteGenerated
public final class JdbiUserRepository implements UserRepository {
    /**
     * Lends a handle per call; null when the repository is bound to {@link #handle}.
     */
    private final Jdbi jdbi;

    /**
     * The handle every call uses; null when the repository lends one from {@link #jdbi}.
     */
    private final Handle handle;

    /**
     * Knows the dialect, set or found on the first connection.
     */
    private final SoftDeleteConfig config;

    /**
     * Stamps deleted-at.
     */
    private final Clock clock;

    /**
     * The statements of the database's dialect; found with the first connection when the repository
     * lends handles. It is one of the {@code Sql} constants, so a thread that reads null merely
     * looks it up again; volatile, so that a thread that reads it sees the constant's fields.
     */
    private volatile Sql sql;

    /**
     * A repository whose calls run on the calling thread's open handle, inside its transaction, or
     * else on a new handle per call.
     */
    @Inject
    public JdbiUserRepository(Jdbi jdbi) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
        this.handle = null;
        this.config = jdbi.getConfig(SoftDeleteConfig.class);
        this.clock = config.clock();
    }

    /**
     * A repository whose calls all run on this handle.
     */
    public JdbiUserRepository(Handle handle) {
        this.jdbi = null;
        this.handle = Objects.requireNonNull(handle, "handle");
        this.config = handle.getConfig(SoftDeleteConfig.class);
        this.clock = config.clock();
        this.sql = Sql.of(config.dialect(handle.getConnection()));
    }

    /**
     * {@inheritDoc}
     *
     * <pre>{@code
     * INSERT INTO users (email, name) VALUES (?, ?)
     * -- or, when the entity carries its id:
     * INSERT INTO users (id, email, name) VALUES (?, ?, ?)
     * }</pre>
     */
    @Override
    public User insert(User entity) {
        Objects.requireNonNull(entity, "entity");
        return handle != null ? insert(handle.getConnection(), entity) : jdbi.withHandle(h -> insert(h.getConnection(), entity));
    }

    private User insert(Connection connection, User entity) {
        Sql sql = sql(connection);
        boolean generateId = entity.id() == null;
        String statementSql = generateId ? sql.insert : sql.insertWithId;
        for (int attempt = 1; ; attempt++) {
            try (PreparedStatement statement = generateId ? connection.prepareStatement(statementSql, sql.generatedKey) : connection.prepareStatement(statementSql)) {
                bindInsert(sql, statement, entity, !generateId);
                statement.executeUpdate();
                if (!generateId) {
                    return stored(entity, entity.id());
                }
                try (ResultSet keys = statement.getGeneratedKeys()) {
                    keys.next();
                    return stored(entity, keys.getLong(1));
                }
            } catch (SQLException e) {
                if (!SqlErrors.shouldRetry(e, connection, attempt)) {
                    throw translate(e, statementSql);
                }
            }
        }
    }

    /**
     * {@inheritDoc}
     *
     * <p>Rows without an id and rows with one go in a batch each, all or nothing:
     * under a savepoint in the caller's transaction, or else in a transaction of its own.
     *
     * <pre>{@code
     * INSERT INTO users (email, name) VALUES (?, ?)
     * INSERT INTO users (id, email, name) VALUES (?, ?, ?)
     * }</pre>
     */
    @Override
    public List<User> insertAll(Collection<User> entities) {
        List<User> rows = List.copyOf(entities);
        if (rows.isEmpty()) {
            return rows;
        }
        return handle != null ? Transactions.atomically(handle, c -> insertAll(c, rows)) : jdbi.withHandle(h -> Transactions.atomically(h, c -> insertAll(c, rows)));
    }

    private List<User> insertAll(Connection connection, List<User> rows) {
        Sql sql = sql(connection);
        User[] stored = new User[rows.size()];
        String statementSql = sql.insert;
        try {
            if (rows.stream().anyMatch(row -> row.id() == null)) {
                try (PreparedStatement statement = connection.prepareStatement(sql.insert, sql.generatedKey)) {
                    if (sql.batchGeneratedKeys) {
                        for (User row : rows) {
                            if (row.id() == null) {
                                bindInsert(sql, statement, row, false);
                                statement.addBatch();
                            }
                        }
                        statement.executeBatch();
                        try (ResultSet keys = statement.getGeneratedKeys()) {
                            for (int i = 0; i < stored.length; i++) {
                                if (rows.get(i).id() == null) {
                                    keys.next();
                                    stored[i] = stored(rows.get(i), keys.getLong(1));
                                }
                            }
                        }
                    } else {
                        // The driver returns no keys for a batch: one insert per row.
                        for (int i = 0; i < stored.length; i++) {
                            if (rows.get(i).id() == null) {
                                bindInsert(sql, statement, rows.get(i), false);
                                statement.executeUpdate();
                                try (ResultSet keys = statement.getGeneratedKeys()) {
                                    keys.next();
                                    stored[i] = stored(rows.get(i), keys.getLong(1));
                                }
                            }
                        }
                    }
                }
            }
            statementSql = sql.insertWithId;
            if (rows.stream().anyMatch(row -> row.id() != null)) {
                try (PreparedStatement statement = connection.prepareStatement(sql.insertWithId)) {
                    for (int i = 0; i < stored.length; i++) {
                        if (rows.get(i).id() != null) {
                            bindInsert(sql, statement, rows.get(i), true);
                            statement.addBatch();
                            stored[i] = stored(rows.get(i), rows.get(i).id());
                        }
                    }
                    statement.executeBatch();
                }
            }
        } catch (SQLException e) {
            throw translate(e, statementSql);
        }
        return List.of(stored);
    }

    /**
     * {@inheritDoc}
     *
     * <pre>{@code
     * UPDATE users SET email = ?, name = ? WHERE id = ? AND live = TRUE
     * }</pre>
     */
    @Override
    public boolean update(User entity) {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(entity.id(), "update needs the id of the row to update");
        return handle != null ? update(handle.getConnection(), entity) : jdbi.withHandle(h -> update(h.getConnection(), entity));
    }

    private boolean update(Connection connection, User entity) {
        Sql sql = sql(connection);
        for (int attempt = 1; ; attempt++) {
            try (PreparedStatement statement = connection.prepareStatement(sql.update)) {
                statement.setString(1, entity.email());
                statement.setString(2, entity.name());
                statement.setLong(3, entity.id());
                return statement.executeUpdate() > 0;
            } catch (SQLException e) {
                if (!SqlErrors.shouldRetry(e, connection, attempt)) {
                    throw translate(e, sql.update);
                }
            }
        }
    }

    /**
     * {@inheritDoc}
     *
     * <pre>{@code
     * SELECT id, email, name, deleted_at FROM users WHERE id = ? AND live = TRUE
     * }</pre>
     */
    @Override
    public Optional<User> findById(Long id) {
        Objects.requireNonNull(id, "id");
        return handle != null ? findById(handle.getConnection(), id) : jdbi.withHandle(h -> findById(h.getConnection(), id));
    }

    private Optional<User> findById(Connection connection, Long id) {
        Sql sql = sql(connection);
        try (PreparedStatement statement = connection.prepareStatement(sql.findById)) {
            statement.setLong(1, id);
            return one(sql, statement);
        } catch (SQLException e) {
            throw translate(e, sql.findById);
        }
    }

    /**
     * {@inheritDoc}
     *
     * <pre>{@code
     * SELECT id, email, name, deleted_at FROM users WHERE id = ?
     * }</pre>
     */
    @Override
    public Optional<User> findAnyById(Long id) {
        Objects.requireNonNull(id, "id");
        return handle != null ? findAnyById(handle.getConnection(), id) : jdbi.withHandle(h -> findAnyById(h.getConnection(), id));
    }

    private Optional<User> findAnyById(Connection connection, Long id) {
        Sql sql = sql(connection);
        try (PreparedStatement statement = connection.prepareStatement(sql.findAnyById)) {
            statement.setLong(1, id);
            return one(sql, statement);
        } catch (SQLException e) {
            throw translate(e, sql.findAnyById);
        }
    }

    /**
     * {@inheritDoc}
     *
     * <pre>{@code
     * SELECT id, email, name, deleted_at FROM users WHERE live = TRUE ORDER BY live, id
     * }</pre>
     */
    @Override
    public List<User> alive() {
        return handle != null ? alive(handle.getConnection()) : jdbi.withHandle(h -> alive(h.getConnection()));
    }

    private List<User> alive(Connection connection) {
        Sql sql = sql(connection);
        try (PreparedStatement statement = connection.prepareStatement(sql.alive)) {
            return list(sql, statement);
        } catch (SQLException e) {
            throw translate(e, sql.alive);
        }
    }

    /**
     * {@inheritDoc}
     *
     * <pre>{@code
     * SELECT id, email, name, deleted_at FROM users WHERE live = TRUE AND id > ? ORDER BY live, id FETCH FIRST ? ROWS ONLY
     * }</pre>
     */
    @Override
    public List<User> aliveAfter(Long afterId, int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + limit);
        }
        if (limit == 0) {
            // Nothing to ask for; SQL Server refuses FETCH NEXT 0 ROWS.
            return new ArrayList<>();
        }
        return handle != null ? aliveAfter(handle.getConnection(), afterId, limit) : jdbi.withHandle(h -> aliveAfter(h.getConnection(), afterId, limit));
    }

    private List<User> aliveAfter(Connection connection, Long afterId, int limit) {
        Sql sql = sql(connection);
        String statementSql = afterId == null ? sql.aliveFirst : sql.aliveAfter;
        try (PreparedStatement statement = connection.prepareStatement(statementSql)) {
            if (afterId == null) {
                statement.setInt(1, limit);
            } else {
                statement.setLong(1, afterId);
                statement.setInt(2, limit);
            }
            return list(sql, statement);
        } catch (SQLException e) {
            throw translate(e, statementSql);
        }
    }

    /**
     * {@inheritDoc}
     *
     * <pre>{@code
     * SELECT id, email, name, deleted_at FROM users WHERE live IS NULL ORDER BY live, id
     * }</pre>
     */
    @Override
    public List<User> dead() {
        return handle != null ? dead(handle.getConnection()) : jdbi.withHandle(h -> dead(h.getConnection()));
    }

    private List<User> dead(Connection connection) {
        Sql sql = sql(connection);
        try (PreparedStatement statement = connection.prepareStatement(sql.dead)) {
            return list(sql, statement);
        } catch (SQLException e) {
            throw translate(e, sql.dead);
        }
    }

    /**
     * {@inheritDoc}
     *
     * <pre>{@code
     * SELECT id, email, name, deleted_at FROM users ORDER BY id
     * }</pre>
     */
    @Override
    public List<User> all() {
        return handle != null ? all(handle.getConnection()) : jdbi.withHandle(h -> all(h.getConnection()));
    }

    private List<User> all(Connection connection) {
        Sql sql = sql(connection);
        try (PreparedStatement statement = connection.prepareStatement(sql.all)) {
            return list(sql, statement);
        } catch (SQLException e) {
            throw translate(e, sql.all);
        }
    }

    /**
     * {@inheritDoc}
     *
     * <pre>{@code
     * SELECT COUNT(*) FROM users WHERE live = TRUE
     * }</pre>
     */
    @Override
    public long countAlive() {
        return handle != null ? countAlive(handle.getConnection()) : jdbi.withHandle(h -> countAlive(h.getConnection()));
    }

    private long countAlive(Connection connection) {
        Sql sql = sql(connection);
        try (PreparedStatement statement = connection.prepareStatement(sql.countAlive); ResultSet rs = statement.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw translate(e, sql.countAlive);
        }
    }

    /**
     * {@inheritDoc}
     *
     * <pre>{@code
     * SELECT COUNT(*) FROM users WHERE live IS NULL
     * }</pre>
     */
    @Override
    public long countDead() {
        return handle != null ? countDead(handle.getConnection()) : jdbi.withHandle(h -> countDead(h.getConnection()));
    }

    private long countDead(Connection connection) {
        Sql sql = sql(connection);
        try (PreparedStatement statement = connection.prepareStatement(sql.countDead); ResultSet rs = statement.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw translate(e, sql.countDead);
        }
    }

    /**
     * {@inheritDoc}
     *
     * <pre>{@code
     * UPDATE users SET live = NULL, deleted_at = ? WHERE id = ? AND live = TRUE
     * }</pre>
     */
    @Override
    public boolean softDelete(Long id) {
        Objects.requireNonNull(id, "id");
        return handle != null ? softDelete(handle.getConnection(), id) : jdbi.withHandle(h -> softDelete(h.getConnection(), id));
    }

    private boolean softDelete(Connection connection, Long id) {
        Sql sql = sql(connection);
        for (int attempt = 1; ; attempt++) {
            try (PreparedStatement statement = connection.prepareStatement(sql.softDelete)) {
                sql.codecs.setInstant(statement, 1, now());
                statement.setLong(2, id);
                return statement.executeUpdate() > 0;
            } catch (SQLException e) {
                if (!SqlErrors.shouldRetry(e, connection, attempt)) {
                    throw translate(e, sql.softDelete);
                }
            }
        }
    }

    /**
     * {@inheritDoc}
     *
     * <pre>{@code
     * UPDATE users SET live = NULL, deleted_at = ? WHERE live = TRUE AND id IN (?, ?, ...)
     * }</pre>
     */
    @Override
    public int softDeleteAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        return handle != null ? Transactions.atomically(handle, c -> softDeleteAll(c, ids)) : jdbi.withHandle(h -> Transactions.atomically(h, c -> softDeleteAll(c, ids)));
    }

    private int softDeleteAll(Connection connection, Collection<Long> ids) {
        Sql sql = sql(connection);
        return inChunks(connection, sql, sql.softDeleteAll, ids, now());
    }

    /**
     * {@inheritDoc}
     *
     * <pre>{@code
     * UPDATE users SET live = TRUE, deleted_at = NULL WHERE id = ? AND live IS NULL
     * }</pre>
     */
    @Override
    public RestoreResult restore(Long id) {
        Objects.requireNonNull(id, "id");
        return handle != null ? restore(handle.getConnection(), id) : jdbi.withHandle(h -> restore(h.getConnection(), id));
    }

    private RestoreResult restore(Connection connection, Long id) {
        Sql sql = sql(connection);
        for (int attempt = 1; ; attempt++) {
            try {
                return Restores.restore(connection, UserSchema.DEFINITION, sql.restore, sql.liveOf, sql.conflicts, statement -> statement.setLong(1, id));
            } catch (SQLException e) {
                if (!SqlErrors.shouldRetry(e, connection, attempt)) {
                    throw translate(e, sql.restore);
                }
            }
        }
    }

    /**
     * {@inheritDoc}
     *
     * <pre>{@code
     * DELETE FROM users WHERE id = ?
     * }</pre>
     */
    @Override
    public boolean hardDelete(Long id) {
        Objects.requireNonNull(id, "id");
        return handle != null ? hardDelete(handle.getConnection(), id) : jdbi.withHandle(h -> hardDelete(h.getConnection(), id));
    }

    private boolean hardDelete(Connection connection, Long id) {
        Sql sql = sql(connection);
        for (int attempt = 1; ; attempt++) {
            try (PreparedStatement statement = connection.prepareStatement(sql.hardDelete)) {
                statement.setLong(1, id);
                return statement.executeUpdate() > 0;
            } catch (SQLException e) {
                if (!SqlErrors.shouldRetry(e, connection, attempt)) {
                    throw translate(e, sql.hardDelete);
                }
            }
        }
    }

    /**
     * {@inheritDoc}
     *
     * <pre>{@code
     * DELETE FROM users WHERE id IN (?, ?, ...)
     * }</pre>
     */
    @Override
    public int hardDeleteAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        return handle != null ? Transactions.atomically(handle, c -> hardDeleteAll(c, ids)) : jdbi.withHandle(h -> Transactions.atomically(h, c -> hardDeleteAll(c, ids)));
    }

    private int hardDeleteAll(Connection connection, Collection<Long> ids) {
        Sql sql = sql(connection);
        return inChunks(connection, sql, sql.hardDeleteAll, ids, null);
    }

    /**
     * {@inheritDoc}
     *
     * <pre>{@code
     * DELETE FROM users WHERE deleted_at >= TIMESTAMP WITH TIME ZONE '-999999999-01-01 00:00:00+18' AND deleted_at < ? FETCH FIRST 1000 ROWS ONLY
     * }</pre>
     */
    @Override
    public int purgeDeletedBefore(Instant cutoff) {
        Objects.requireNonNull(cutoff, "cutoff");
        return handle != null ? purgeDeletedBefore(handle.getConnection(), cutoff) : jdbi.withHandle(h -> purgeDeletedBefore(h.getConnection(), cutoff));
    }

    private int purgeDeletedBefore(Connection connection, Instant cutoff) {
        Sql sql = sql(connection);
        // Stored times are whole microseconds: one is before the cutoff iff it is before this.
        Instant before = Jdbc.roundUpToStoredPrecision(cutoff);
        int purged = 0;
        try (PreparedStatement statement = connection.prepareStatement(sql.purge)) {
            sql.codecs.setInstant(statement, 1, before);
            if (sql.purgeBindsTwice) {
                sql.codecs.setInstant(statement, 2, before);
            }
            int batch;
            do {
                batch = statement.executeUpdate();
                purged += batch;
            } while (batch == 1000);
        } catch (SQLException e) {
            throw translate(e, sql.purge);
        }
        return purged;
    }

    /**
     * {@inheritDoc}
     *
     * <pre>{@code
     * SELECT id, email, name, deleted_at FROM users WHERE email = ? AND live = TRUE
     * }</pre>
     */
    @Override
    public Optional<User> findByEmail(String email) {
        return handle != null ? findByEmail(handle.getConnection(), email) : jdbi.withHandle(h -> findByEmail(h.getConnection(), email));
    }

    private Optional<User> findByEmail(Connection connection, String email) {
        Sql sql = sql(connection);
        try (PreparedStatement statement = connection.prepareStatement(sql.findByEmail)) {
            statement.setString(1, email);
            return one(sql, statement);
        } catch (SQLException e) {
            throw translate(e, sql.findByEmail);
        }
    }

    /**
     * The statements of the database's dialect, found with the first connection.
     */
    private Sql sql(Connection connection) {
        Sql current = sql;
        if (current == null) {
            current = Sql.of(config.dialect(connection));
            sql = current;
        }
        return current;
    }

    /**
     * The entity as the database holds it: with its id and live ({@code deletedAt} null).
     */
    private static User stored(User entity, Long id) {
        return new User(id, entity.email(), entity.name(), null);
    }

    /**
     * Binds the insert's parameters: the id first when it is given, then the other columns.
     */
    private static void bindInsert(Sql sql, PreparedStatement statement, User entity,
            boolean withId) throws SQLException {
        int first = 1;
        if (withId) {
            statement.setLong(1, entity.id());
            first = 2;
        }
        statement.setString(first, entity.email());
        statement.setString(first + 1, entity.name());
    }

    private static Optional<User> one(Sql sql, PreparedStatement statement) throws SQLException {
        try (ResultSet rs = statement.executeQuery()) {
            return rs.next() ? Optional.of(UserRowMapper.mapSelectList(rs, sql.codecs)) : Optional.empty();
        }
    }

    private static List<User> list(Sql sql, PreparedStatement statement) throws SQLException {
        try (ResultSet rs = statement.executeQuery()) {
            List<User> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(UserRowMapper.mapSelectList(rs, sql.codecs));
            }
            return rows;
        }
    }

    /**
     * Runs {@code head} followed by a list of ids once per chunk of the distinct ids; binds {@code
     * deletedAt} before the ids unless it is null. Returns the rows changed.
     */
    private static int inChunks(Connection connection, Sql sql, String head, Collection<Long> ids,
            Instant deletedAt) {
        int changed = 0;
        for (List<Long> chunk : IdLists.distinctChunks(ids)) {
            String statementSql = IdLists.inList(head, chunk.size());
            try (PreparedStatement statement = connection.prepareStatement(statementSql)) {
                int parameter = 1;
                if (deletedAt != null) {
                    sql.codecs.setInstant(statement, parameter++, deletedAt);
                }
                for (Long id : chunk) {
                    statement.setLong(parameter++, id);
                }
                changed += statement.executeUpdate();
            } catch (SQLException e) {
                throw translate(e, statementSql);
            }
        }
        return changed;
    }

    /**
     * The deletion time, at the microsecond precision the databases keep.
     */
    private Instant now() {
        return Jdbc.toStoredPrecision(clock.instant());
    }

    private static RuntimeException translate(SQLException e, String sql) {
        return SqlErrors.translate(e, UserSchema.DEFINITION, sql);
    }

    /**
     * The statements of each dialect, rendered at compile time. Filled in once per dialect when the class
     * is loaded, and never changed after.
     */
    private static final class Sql {
        private static final Sql H2 = h2(Dialect.H2);

        private static final Sql POSTGRESQL = postgresql(Dialect.POSTGRESQL);

        private static final Sql MYSQL = mysql(Dialect.MYSQL);

        private static final Sql SQLITE = sqlite(Dialect.SQLITE);

        private static final Sql SQLSERVER = sqlserver(Dialect.SQLSERVER);

        private static final Sql ORACLE = oracle(Dialect.ORACLE);

        /**
         * Binds and reads the types this dialect stores its own way.
         */
        final Codecs codecs;

        String insert;

        String[] generatedKey;

        boolean batchGeneratedKeys;

        String insertWithId;

        String update;

        String findById;

        String findAnyById;

        String alive;

        String aliveFirst;

        String aliveAfter;

        String dead;

        String all;

        String countAlive;

        String countDead;

        String softDelete;

        String softDeleteAll;

        String restore;

        String liveOf;

        List<String> conflicts;

        String hardDelete;

        String hardDeleteAll;

        String purge;

        boolean purgeBindsTwice;

        String findByEmail;

        private Sql(Dialect dialect) {
            this.codecs = Codecs.of(dialect);
        }

        static Sql of(Dialect dialect) {
            switch (dialect) {
                case H2:
                    return H2;
                case POSTGRESQL:
                    return POSTGRESQL;
                case MYSQL:
                    return MYSQL;
                case SQLITE:
                    return SQLITE;
                case SQLSERVER:
                    return SQLSERVER;
                case ORACLE:
                    return ORACLE;
                default:
                    throw new IllegalStateException("JdbiUserRepository has no SQL for " + dialect
                            + "; it was compiled for h2, postgresql, mysql, sqlite, sqlserver, oracle (see the processor option softdelete.dialects)");
            }
        }

        /**
         * The statements on H2.
         */
        private static Sql h2(Dialect dialect) {
            Sql sql = new Sql(dialect);
            sql.insert = "INSERT INTO users (email, name) VALUES (?, ?)";
            sql.generatedKey = new String[] {"id"};
            sql.batchGeneratedKeys = true;
            sql.insertWithId = "INSERT INTO users (id, email, name) VALUES (?, ?, ?)";
            sql.update = "UPDATE users SET email = ?, name = ? WHERE id = ? AND live = TRUE";
            sql.findById = "SELECT id, email, name, deleted_at FROM users WHERE id = ? AND live = TRUE";
            sql.findAnyById = "SELECT id, email, name, deleted_at FROM users WHERE id = ?";
            sql.alive = "SELECT id, email, name, deleted_at FROM users WHERE live = TRUE ORDER BY live, id";
            sql.aliveFirst = "SELECT id, email, name, deleted_at FROM users WHERE live = TRUE ORDER BY live, id FETCH FIRST ? ROWS ONLY";
            sql.aliveAfter = "SELECT id, email, name, deleted_at FROM users WHERE live = TRUE AND id > ? ORDER BY live, id FETCH FIRST ? ROWS ONLY";
            sql.dead = "SELECT id, email, name, deleted_at FROM users WHERE live IS NULL ORDER BY live, id";
            sql.all = "SELECT id, email, name, deleted_at FROM users ORDER BY id";
            sql.countAlive = "SELECT COUNT(*) FROM users WHERE live = TRUE";
            sql.countDead = "SELECT COUNT(*) FROM users WHERE live IS NULL";
            sql.softDelete = "UPDATE users SET live = NULL, deleted_at = ? WHERE id = ? AND live = TRUE";
            sql.softDeleteAll = "UPDATE users SET live = NULL, deleted_at = ? WHERE live = TRUE AND id IN ";
            sql.restore = "UPDATE users SET live = TRUE, deleted_at = NULL WHERE id = ? AND live IS NULL";
            sql.liveOf = "SELECT live FROM users WHERE id = ?";
            sql.conflicts = List.of(
                        "SELECT 1 FROM users d JOIN users l ON l.email = d.email WHERE d.id = ? AND l.live = TRUE");
            sql.hardDelete = "DELETE FROM users WHERE id = ?";
            sql.hardDeleteAll = "DELETE FROM users WHERE id IN ";
            sql.purge = "DELETE FROM users WHERE deleted_at >= TIMESTAMP WITH TIME ZONE '-999999999-01-01 00:00:00+18' AND deleted_at < ? FETCH FIRST 1000 ROWS ONLY";
            sql.purgeBindsTwice = false;
            sql.findByEmail = "SELECT id, email, name, deleted_at FROM users WHERE email = ? AND live = TRUE";
            return sql;
        }

        /**
         * The statements on PostgreSQL: those on H2, but these.
         */
        private static Sql postgresql(Dialect dialect) {
            Sql sql = h2(dialect);
            sql.purge = "DELETE FROM users WHERE live IS NULL AND deleted_at < ? AND id = ANY(ARRAY(SELECT id FROM users WHERE deleted_at < ? ORDER BY deleted_at LIMIT 1000))";
            sql.purgeBindsTwice = true;
            return sql;
        }

        /**
         * The statements on MySQL/MariaDB: those on H2, but these.
         */
        private static Sql mysql(Dialect dialect) {
            Sql sql = h2(dialect);
            sql.aliveFirst = "SELECT id, email, name, deleted_at FROM users WHERE live = TRUE ORDER BY live, id LIMIT ?";
            sql.aliveAfter = "SELECT id, email, name, deleted_at FROM users WHERE live = TRUE AND id > ? ORDER BY live, id LIMIT ?";
            sql.purge = "DELETE FROM users WHERE deleted_at < ? ORDER BY deleted_at LIMIT 1000";
            return sql;
        }

        /**
         * The statements on SQLite: those on H2, but these.
         */
        private static Sql sqlite(Dialect dialect) {
            Sql sql = h2(dialect);
            sql.batchGeneratedKeys = false;
            sql.aliveFirst = "SELECT id, email, name, deleted_at FROM users WHERE live = TRUE ORDER BY live, id LIMIT ?";
            sql.aliveAfter = "SELECT id, email, name, deleted_at FROM users WHERE live = TRUE AND id > ? ORDER BY live, id LIMIT ?";
            sql.purge = "DELETE FROM users WHERE live IS NULL AND deleted_at < ? AND id IN (SELECT id FROM users WHERE deleted_at < ? ORDER BY deleted_at LIMIT 1000)";
            sql.purgeBindsTwice = true;
            return sql;
        }

        /**
         * The statements on SQL Server: those on H2, but these.
         */
        private static Sql sqlserver(Dialect dialect) {
            Sql sql = h2(dialect);
            sql.batchGeneratedKeys = false;
            sql.update = "UPDATE users SET email = ?, name = ? WHERE id = ? AND live = 1";
            sql.findById = "SELECT id, email, name, deleted_at FROM users WHERE id = ? AND live = 1";
            sql.alive = "SELECT id, email, name, deleted_at FROM users WHERE live = 1 ORDER BY live, id";
            sql.aliveFirst = "SELECT id, email, name, deleted_at FROM users WHERE live = 1 ORDER BY live, id OFFSET 0 ROWS FETCH NEXT ? ROWS ONLY";
            sql.aliveAfter = "SELECT id, email, name, deleted_at FROM users WHERE live = 1 AND id > ? ORDER BY live, id OFFSET 0 ROWS FETCH NEXT ? ROWS ONLY";
            sql.countAlive = "SELECT COUNT(*) FROM users WHERE live = 1";
            sql.softDelete = "UPDATE users SET live = NULL, deleted_at = ? WHERE id = ? AND live = 1";
            sql.softDeleteAll = "UPDATE users SET live = NULL, deleted_at = ? WHERE live = 1 AND id IN ";
            sql.restore = "UPDATE users SET live = 1, deleted_at = NULL WHERE id = ? AND live IS NULL";
            sql.conflicts = List.of(
                        "SELECT 1 FROM users d JOIN users l ON l.email = d.email WHERE d.id = ? AND l.live = 1");
            sql.purge = "DELETE FROM users WHERE live IS NULL AND deleted_at < ? AND id IN (SELECT TOP (1000) id FROM users WHERE deleted_at < ? ORDER BY deleted_at)";
            sql.purgeBindsTwice = true;
            sql.findByEmail = "SELECT id, email, name, deleted_at FROM users WHERE email = ? AND live = 1";
            return sql;
        }

        /**
         * The statements on Oracle: those on H2, but these.
         */
        private static Sql oracle(Dialect dialect) {
            Sql sql = h2(dialect);
            sql.generatedKey = new String[] {"ID"};
            sql.batchGeneratedKeys = false;
            sql.update = "UPDATE users SET email = ?, name = ? WHERE id = ? AND live = 1";
            sql.findById = "SELECT id, email, name, deleted_at FROM users WHERE id = ? AND live = 1";
            sql.alive = "SELECT id, email, name, deleted_at FROM users WHERE live = 1 ORDER BY live, id";
            sql.aliveFirst = "SELECT id, email, name, deleted_at FROM users WHERE live = 1 ORDER BY live, id FETCH FIRST ? ROWS ONLY";
            sql.aliveAfter = "SELECT id, email, name, deleted_at FROM users WHERE live = 1 AND id > ? ORDER BY live, id FETCH FIRST ? ROWS ONLY";
            sql.countAlive = "SELECT COUNT(*) FROM users WHERE live = 1";
            sql.softDelete = "UPDATE users SET live = NULL, deleted_at = ? WHERE id = ? AND live = 1";
            sql.softDeleteAll = "UPDATE users SET live = NULL, deleted_at = ? WHERE live = 1 AND id IN ";
            sql.restore = "UPDATE users SET live = 1, deleted_at = NULL WHERE id = ? AND live IS NULL";
            sql.conflicts = List.of(
                        "SELECT 1 FROM users d JOIN users l ON l.email = d.email WHERE d.id = ? AND l.live = 1");
            sql.purge = "DELETE FROM users WHERE live IS NULL AND deleted_at < ? AND ROWNUM <= 1000";
            sql.findByEmail = "SELECT id, email, name, deleted_at FROM users WHERE (CASE WHEN live = 1 THEN email END) = ?";
            return sql;
        }
    }
}
