package test;

import dev.softdelete.RestoreResult;
import dev.softdelete.SoftDeleteConfig;
import dev.softdelete.SoftDeleteGenerated;
import dev.softdelete.support.IdLists;
import dev.softdelete.support.Jdbc;
import dev.softdelete.support.Restores;
import dev.softdelete.support.SqlErrors;
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
 * the call.
 */
@Generated("dev.softdelete.processor.SoftDeleteProcessor")
@SoftDeleteGenerated
public final class JdbiUserRepository implements UserRepository {
    private static final String INSERT = "INSERT INTO users (email, name) VALUES (?, ?)";

    private static final String[] GENERATED_KEY = {"id"};

    private static final String INSERT_WITH_ID = "INSERT INTO users (id, email, name) VALUES (?, ?, ?)";

    private static final String UPDATE = "UPDATE users SET email = ?, name = ? WHERE id = ? AND live = TRUE";

    private static final String FIND_BY_ID = "SELECT id, email, name, deleted_at FROM users WHERE id = ? AND live = TRUE";

    private static final String FIND_ANY_BY_ID = "SELECT id, email, name, deleted_at FROM users WHERE id = ?";

    private static final String ALIVE = "SELECT id, email, name, deleted_at FROM users WHERE live = TRUE ORDER BY live, id";

    private static final String ALIVE_FIRST = "SELECT id, email, name, deleted_at FROM users WHERE live = TRUE ORDER BY live, id FETCH FIRST ? ROWS ONLY";

    private static final String ALIVE_AFTER = "SELECT id, email, name, deleted_at FROM users WHERE live = TRUE AND id > ? ORDER BY live, id FETCH FIRST ? ROWS ONLY";

    private static final String DEAD = "SELECT id, email, name, deleted_at FROM users WHERE live IS NULL ORDER BY live, id";

    private static final String ALL = "SELECT id, email, name, deleted_at FROM users ORDER BY id";

    private static final String COUNT_ALIVE = "SELECT COUNT(*) FROM users WHERE live = TRUE";

    private static final String COUNT_DEAD = "SELECT COUNT(*) FROM users WHERE live IS NULL";

    private static final String SOFT_DELETE = "UPDATE users SET live = NULL, deleted_at = ? WHERE id = ? AND live = TRUE";

    private static final String SOFT_DELETE_ALL = "UPDATE users SET live = NULL, deleted_at = ? WHERE live = TRUE AND id IN ";

    private static final String RESTORE = "UPDATE users SET live = TRUE, deleted_at = NULL WHERE id = ? AND live IS NULL";

    private static final String LIVE_OF = "SELECT live FROM users WHERE id = ?";

    /**
     * Per unique key, whether a live row holds the key of the dead row with an id.
     */
    private static final List<String> CONFLICTS = List.of(
            "SELECT 1 FROM users d JOIN users l ON l.email = d.email WHERE d.id = ? AND l.live = TRUE");

    private static final String HARD_DELETE = "DELETE FROM users WHERE id = ?";

    private static final String HARD_DELETE_ALL = "DELETE FROM users WHERE id IN ";

    private static final String PURGE = "DELETE FROM users WHERE live IS NULL AND deleted_at < ? AND id IN (SELECT id FROM users WHERE live IS NULL AND deleted_at < ? ORDER BY id FETCH FIRST 1000 ROWS ONLY)";

    private static final int PURGE_BATCH_SIZE = 1000;

    private static final String FIND_BY_EMAIL = "SELECT id, email, name, deleted_at FROM users WHERE email = ? AND live = TRUE";

    /**
     * Lends a handle per call; null when the repository is bound to {@link #handle}.
     */
    private final Jdbi jdbi;

    /**
     * The handle every call uses; null when the repository lends one from {@link #jdbi}.
     */
    private final Handle handle;

    /**
     * Stamps deleted-at.
     */
    private final Clock clock;

    /**
     * A repository whose calls run on the calling thread's open handle, inside its transaction, or
     * else on a new handle per call.
     */
    @Inject
    public JdbiUserRepository(Jdbi jdbi) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
        this.handle = null;
        this.clock = jdbi.getConfig(SoftDeleteConfig.class).clock();
    }

    /**
     * A repository whose calls all run on this handle.
     */
    public JdbiUserRepository(Handle handle) {
        this.jdbi = null;
        this.handle = Objects.requireNonNull(handle, "handle");
        this.clock = handle.getConfig(SoftDeleteConfig.class).clock();
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
        boolean generateId = entity.id() == null;
        String sql = generateId ? INSERT : INSERT_WITH_ID;
        try (PreparedStatement statement = generateId ? connection.prepareStatement(sql, GENERATED_KEY) : connection.prepareStatement(sql)) {
            bindInsert(statement, entity, !generateId);
            statement.executeUpdate();
            if (!generateId) {
                return stored(entity, entity.id());
            }
            try (ResultSet keys = statement.getGeneratedKeys()) {
                keys.next();
                return stored(entity, keys.getLong(1));
            }
        } catch (SQLException e) {
            throw translate(e, sql);
        }
    }

    /**
     * {@inheritDoc}
     *
     * <p>Rows without an id and rows with one go in a batch each, in one transaction:
     * the caller's, or else one of its own.
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
        return handle != null ? handle.inTransaction(h -> insertAll(h.getConnection(), rows)) : jdbi.inTransaction(h -> insertAll(h.getConnection(), rows));
    }

    private List<User> insertAll(Connection connection, List<User> rows) {
        User[] stored = new User[rows.size()];
        String sql = INSERT;
        try {
            if (rows.stream().anyMatch(row -> row.id() == null)) {
                try (PreparedStatement statement = connection.prepareStatement(INSERT, GENERATED_KEY)) {
                    for (User row : rows) {
                        if (row.id() == null) {
                            bindInsert(statement, row, false);
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
                }
            }
            sql = INSERT_WITH_ID;
            if (rows.stream().anyMatch(row -> row.id() != null)) {
                try (PreparedStatement statement = connection.prepareStatement(INSERT_WITH_ID)) {
                    for (int i = 0; i < stored.length; i++) {
                        if (rows.get(i).id() != null) {
                            bindInsert(statement, rows.get(i), true);
                            statement.addBatch();
                            stored[i] = stored(rows.get(i), rows.get(i).id());
                        }
                    }
                    statement.executeBatch();
                }
            }
        } catch (SQLException e) {
            throw translate(e, sql);
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
        try (PreparedStatement statement = connection.prepareStatement(UPDATE)) {
            statement.setString(1, entity.email());
            statement.setString(2, entity.name());
            statement.setLong(3, entity.id());
            return statement.executeUpdate() > 0;
        } catch (SQLException e) {
            throw translate(e, UPDATE);
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
        try (PreparedStatement statement = connection.prepareStatement(FIND_BY_ID)) {
            statement.setLong(1, id);
            return one(statement);
        } catch (SQLException e) {
            throw translate(e, FIND_BY_ID);
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
        try (PreparedStatement statement = connection.prepareStatement(FIND_ANY_BY_ID)) {
            statement.setLong(1, id);
            return one(statement);
        } catch (SQLException e) {
            throw translate(e, FIND_ANY_BY_ID);
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
        try (PreparedStatement statement = connection.prepareStatement(ALIVE)) {
            return list(statement);
        } catch (SQLException e) {
            throw translate(e, ALIVE);
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
        return handle != null ? aliveAfter(handle.getConnection(), afterId, limit) : jdbi.withHandle(h -> aliveAfter(h.getConnection(), afterId, limit));
    }

    private List<User> aliveAfter(Connection connection, Long afterId, int limit) {
        String sql = afterId == null ? ALIVE_FIRST : ALIVE_AFTER;
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            if (afterId == null) {
                statement.setInt(1, limit);
            } else {
                statement.setLong(1, afterId);
                statement.setInt(2, limit);
            }
            return list(statement);
        } catch (SQLException e) {
            throw translate(e, sql);
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
        try (PreparedStatement statement = connection.prepareStatement(DEAD)) {
            return list(statement);
        } catch (SQLException e) {
            throw translate(e, DEAD);
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
        try (PreparedStatement statement = connection.prepareStatement(ALL)) {
            return list(statement);
        } catch (SQLException e) {
            throw translate(e, ALL);
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
        try (PreparedStatement statement = connection.prepareStatement(COUNT_ALIVE); ResultSet rs = statement.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw translate(e, COUNT_ALIVE);
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
        try (PreparedStatement statement = connection.prepareStatement(COUNT_DEAD); ResultSet rs = statement.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw translate(e, COUNT_DEAD);
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
        try (PreparedStatement statement = connection.prepareStatement(SOFT_DELETE)) {
            Jdbc.setInstant(statement, 1, now());
            statement.setLong(2, id);
            return statement.executeUpdate() > 0;
        } catch (SQLException e) {
            throw translate(e, SOFT_DELETE);
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
        return handle != null ? handle.inTransaction(h -> softDeleteAll(h.getConnection(), ids)) : jdbi.inTransaction(h -> softDeleteAll(h.getConnection(), ids));
    }

    private int softDeleteAll(Connection connection, Collection<Long> ids) {
        return inChunks(connection, SOFT_DELETE_ALL, ids, now());
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
        try {
            return Restores.restore(connection, UserSchema.DEFINITION, RESTORE, LIVE_OF, CONFLICTS, statement -> statement.setLong(1, id));
        } catch (SQLException e) {
            throw translate(e, RESTORE);
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
        try (PreparedStatement statement = connection.prepareStatement(HARD_DELETE)) {
            statement.setLong(1, id);
            return statement.executeUpdate() > 0;
        } catch (SQLException e) {
            throw translate(e, HARD_DELETE);
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
        return handle != null ? handle.inTransaction(h -> hardDeleteAll(h.getConnection(), ids)) : jdbi.inTransaction(h -> hardDeleteAll(h.getConnection(), ids));
    }

    private int hardDeleteAll(Connection connection, Collection<Long> ids) {
        return inChunks(connection, HARD_DELETE_ALL, ids, null);
    }

    /**
     * {@inheritDoc}
     *
     * <pre>{@code
     * DELETE FROM users WHERE live IS NULL AND deleted_at < ? AND id IN (SELECT id FROM users WHERE live IS NULL AND deleted_at < ? ORDER BY id FETCH FIRST 1000 ROWS ONLY)
     * }</pre>
     */
    @Override
    public int purgeDeletedBefore(Instant cutoff) {
        Objects.requireNonNull(cutoff, "cutoff");
        return handle != null ? purgeDeletedBefore(handle.getConnection(), cutoff) : jdbi.withHandle(h -> purgeDeletedBefore(h.getConnection(), cutoff));
    }

    private int purgeDeletedBefore(Connection connection, Instant cutoff) {
        // Stored times are whole microseconds: one is before the cutoff iff it is before this.
        Instant before = Jdbc.roundUpToStoredPrecision(cutoff);
        int purged = 0;
        try (PreparedStatement statement = connection.prepareStatement(PURGE)) {
            Jdbc.setInstant(statement, 1, before);
            Jdbc.setInstant(statement, 2, before);
            int batch;
            do {
                batch = statement.executeUpdate();
                purged += batch;
            } while (batch == PURGE_BATCH_SIZE);
        } catch (SQLException e) {
            throw translate(e, PURGE);
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
        try (PreparedStatement statement = connection.prepareStatement(FIND_BY_EMAIL)) {
            statement.setString(1, email);
            return one(statement);
        } catch (SQLException e) {
            throw translate(e, FIND_BY_EMAIL);
        }
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
    private static void bindInsert(PreparedStatement statement, User entity, boolean withId) throws
            SQLException {
        int first = 1;
        if (withId) {
            statement.setLong(1, entity.id());
            first = 2;
        }
        statement.setString(first, entity.email());
        statement.setString(first + 1, entity.name());
    }

    private static Optional<User> one(PreparedStatement statement) throws SQLException {
        try (ResultSet rs = statement.executeQuery()) {
            return rs.next() ? Optional.of(UserRowMapper.mapSelectList(rs)) : Optional.empty();
        }
    }

    private static List<User> list(PreparedStatement statement) throws SQLException {
        try (ResultSet rs = statement.executeQuery()) {
            List<User> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(UserRowMapper.mapSelectList(rs));
            }
            return rows;
        }
    }

    /**
     * Runs {@code head} followed by a list of ids once per chunk of the distinct ids; binds {@code
     * deletedAt} before the ids unless it is null. Returns the rows changed.
     */
    private static int inChunks(Connection connection, String head, Collection<Long> ids,
            Instant deletedAt) {
        int changed = 0;
        for (List<Long> chunk : IdLists.distinctChunks(ids)) {
            String sql = IdLists.inList(head, chunk.size(), "");
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                int parameter = 1;
                if (deletedAt != null) {
                    Jdbc.setInstant(statement, parameter++, deletedAt);
                }
                for (Long id : chunk) {
                    statement.setLong(parameter++, id);
                }
                changed += statement.executeUpdate();
            } catch (SQLException e) {
                throw translate(e, sql);
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
}
