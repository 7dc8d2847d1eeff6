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
import java.util.UUID;
import javax.annotation.processing.Generated;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The Jdbi implementation of {@link MembershipRepository}.
 *
 * <p>Each method runs plain JDBC on the connection of a Jdbi handle: the handle it was made
 * with, or else the calling thread's open handle and its transaction, or a new handle for
 * the call.
 */
@Generated("dev.softdelete.processor.SoftDeleteProcessor")
@SoftDeleteGenerated
public final class JdbiMembershipRepository implements MembershipRepository {
    private static final String INSERT_WITH_ID = "INSERT INTO memberships (id, org_id, user_id, role, is_admin, invited_by, seats, monthly_fee, joined_on, badge) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private static final String UPDATE = "UPDATE memberships SET org_id = ?, user_id = ?, role = ?, is_admin = ?, invited_by = ?, seats = ?, monthly_fee = ?, joined_on = ?, badge = ? WHERE id = ? AND active = TRUE";

    private static final String FIND_BY_ID = "SELECT id, org_id, user_id, role, is_admin, invited_by, seats, monthly_fee, joined_on, badge, removed_at FROM memberships WHERE id = ? AND active = TRUE";

    private static final String FIND_ANY_BY_ID = "SELECT id, org_id, user_id, role, is_admin, invited_by, seats, monthly_fee, joined_on, badge, removed_at FROM memberships WHERE id = ?";

    private static final String ALIVE = "SELECT id, org_id, user_id, role, is_admin, invited_by, seats, monthly_fee, joined_on, badge, removed_at FROM memberships WHERE active = TRUE ORDER BY active, id";

    private static final String ALIVE_FIRST = "SELECT id, org_id, user_id, role, is_admin, invited_by, seats, monthly_fee, joined_on, badge, removed_at FROM memberships WHERE active = TRUE ORDER BY active, id FETCH FIRST ? ROWS ONLY";

    private static final String ALIVE_AFTER = "SELECT id, org_id, user_id, role, is_admin, invited_by, seats, monthly_fee, joined_on, badge, removed_at FROM memberships WHERE active = TRUE AND id > ? ORDER BY active, id FETCH FIRST ? ROWS ONLY";

    private static final String DEAD = "SELECT id, org_id, user_id, role, is_admin, invited_by, seats, monthly_fee, joined_on, badge, removed_at FROM memberships WHERE active IS NULL ORDER BY active, id";

    private static final String ALL = "SELECT id, org_id, user_id, role, is_admin, invited_by, seats, monthly_fee, joined_on, badge, removed_at FROM memberships ORDER BY id";

    private static final String COUNT_ALIVE = "SELECT COUNT(*) FROM memberships WHERE active = TRUE";

    private static final String COUNT_DEAD = "SELECT COUNT(*) FROM memberships WHERE active IS NULL";

    private static final String SOFT_DELETE = "UPDATE memberships SET active = NULL, removed_at = ? WHERE id = ? AND active = TRUE";

    private static final String SOFT_DELETE_ALL = "UPDATE memberships SET active = NULL, removed_at = ? WHERE active = TRUE AND id IN ";

    private static final String RESTORE = "UPDATE memberships SET active = TRUE, removed_at = NULL WHERE id = ? AND active IS NULL";

    private static final String LIVE_OF = "SELECT active FROM memberships WHERE id = ?";

    /**
     * Per unique key, whether a live row holds the key of the dead row with an id.
     */
    private static final List<String> CONFLICTS = List.of(
            "SELECT 1 FROM memberships d JOIN memberships l ON l.org_id = d.org_id AND l.user_id = d.user_id WHERE d.id = ? AND l.active = TRUE");

    private static final String HARD_DELETE = "DELETE FROM memberships WHERE id = ?";

    private static final String HARD_DELETE_ALL = "DELETE FROM memberships WHERE id IN ";

    private static final String PURGE = "DELETE FROM memberships WHERE active IS NULL AND removed_at < ? AND id IN (SELECT id FROM memberships WHERE active IS NULL AND removed_at < ? ORDER BY id FETCH FIRST 1000 ROWS ONLY)";

    private static final int PURGE_BATCH_SIZE = 1000;

    private static final String FIND_BY_ORG_ID_AND_USER_ID = "SELECT id, org_id, user_id, role, is_admin, invited_by, seats, monthly_fee, joined_on, badge, removed_at FROM memberships WHERE org_id = ? AND user_id = ? AND active = TRUE";

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
    public JdbiMembershipRepository(Jdbi jdbi) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
        this.handle = null;
        this.clock = jdbi.getConfig(SoftDeleteConfig.class).clock();
    }

    /**
     * A repository whose calls all run on this handle.
     */
    public JdbiMembershipRepository(Handle handle) {
        this.jdbi = null;
        this.handle = Objects.requireNonNull(handle, "handle");
        this.clock = handle.getConfig(SoftDeleteConfig.class).clock();
    }

    /**
     * {@inheritDoc}
     *
     * <pre>{@code
     * INSERT INTO memberships (id, org_id, user_id, role, is_admin, invited_by, seats, monthly_fee, joined_on, badge) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     * }</pre>
     */
    @Override
    public Membership insert(Membership entity) {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(entity.id(), "Membership.id is not generated by the database; supply it");
        return handle != null ? insert(handle.getConnection(), entity) : jdbi.withHandle(h -> insert(h.getConnection(), entity));
    }

    private Membership insert(Connection connection, Membership entity) {
        try (PreparedStatement statement = connection.prepareStatement(INSERT_WITH_ID)) {
            bindInsert(statement, entity, true);
            statement.executeUpdate();
            return stored(entity, entity.id());
        } catch (SQLException e) {
            throw translate(e, INSERT_WITH_ID);
        }
    }

    /**
     * {@inheritDoc}
     *
     * <p>The rows go in one batch, in one transaction:
     * the caller's, or else one of its own.
     *
     * <pre>{@code
     * INSERT INTO memberships (id, org_id, user_id, role, is_admin, invited_by, seats, monthly_fee, joined_on, badge) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     * }</pre>
     */
    @Override
    public List<Membership> insertAll(Collection<Membership> entities) {
        List<Membership> rows = List.copyOf(entities);
        for (Membership row : rows) {
            Objects.requireNonNull(row.id(), "Membership.id is not generated by the database; supply it");
        }
        if (rows.isEmpty()) {
            return rows;
        }
        return handle != null ? handle.inTransaction(h -> insertAll(h.getConnection(), rows)) : jdbi.inTransaction(h -> insertAll(h.getConnection(), rows));
    }

    private List<Membership> insertAll(Connection connection, List<Membership> rows) {
        Membership[] stored = new Membership[rows.size()];
        try (PreparedStatement statement = connection.prepareStatement(INSERT_WITH_ID)) {
            for (int i = 0; i < stored.length; i++) {
                bindInsert(statement, rows.get(i), true);
                statement.addBatch();
                stored[i] = stored(rows.get(i), rows.get(i).id());
            }
            statement.executeBatch();
        } catch (SQLException e) {
            throw translate(e, INSERT_WITH_ID);
        }
        return List.of(stored);
    }

    /**
     * {@inheritDoc}
     *
     * <pre>{@code
     * UPDATE memberships SET org_id = ?, user_id = ?, role = ?, is_admin = ?, invited_by = ?, seats = ?, monthly_fee = ?, joined_on = ?, badge = ? WHERE id = ? AND active = TRUE
     * }</pre>
     */
    @Override
    public boolean update(Membership entity) {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(entity.id(), "update needs the id of the row to update");
        return handle != null ? update(handle.getConnection(), entity) : jdbi.withHandle(h -> update(h.getConnection(), entity));
    }

    private boolean update(Connection connection, Membership entity) {
        try (PreparedStatement statement = connection.prepareStatement(UPDATE)) {
            statement.setLong(1, entity.orgId());
            Jdbc.setLong(statement, 2, entity.userId());
            Jdbc.setEnum(statement, 3, entity.role());
            statement.setBoolean(4, entity.admin());
            statement.setString(5, entity.invitedBy());
            statement.setInt(6, entity.seats());
            statement.setBigDecimal(7, entity.monthlyFee());
            Jdbc.setLocalDate(statement, 8, entity.joinedOn());
            statement.setBytes(9, entity.badge());
            Jdbc.setUuid(statement, 10, entity.id());
            return statement.executeUpdate() > 0;
        } catch (SQLException e) {
            throw translate(e, UPDATE);
        }
    }

    /**
     * {@inheritDoc}
     *
     * <pre>{@code
     * SELECT id, org_id, user_id, role, is_admin, invited_by, seats, monthly_fee, joined_on, badge, removed_at FROM memberships WHERE id = ? AND active = TRUE
     * }</pre>
     */
    @Override
    public Optional<Membership> findById(UUID id) {
        Objects.requireNonNull(id, "id");
        return handle != null ? findById(handle.getConnection(), id) : jdbi.withHandle(h -> findById(h.getConnection(), id));
    }

    private Optional<Membership> findById(Connection connection, UUID id) {
        try (PreparedStatement statement = connection.prepareStatement(FIND_BY_ID)) {
            Jdbc.setUuid(statement, 1, id);
            return one(statement);
        } catch (SQLException e) {
            throw translate(e, FIND_BY_ID);
        }
    }

    /**
     * {@inheritDoc}
     *
     * <pre>{@code
     * SELECT id, org_id, user_id, role, is_admin, invited_by, seats, monthly_fee, joined_on, badge, removed_at FROM memberships WHERE id = ?
     * }</pre>
     */
    @Override
    public Optional<Membership> findAnyById(UUID id) {
        Objects.requireNonNull(id, "id");
        return handle != null ? findAnyById(handle.getConnection(), id) : jdbi.withHandle(h -> findAnyById(h.getConnection(), id));
    }

    private Optional<Membership> findAnyById(Connection connection, UUID id) {
        try (PreparedStatement statement = connection.prepareStatement(FIND_ANY_BY_ID)) {
            Jdbc.setUuid(statement, 1, id);
            return one(statement);
        } catch (SQLException e) {
            throw translate(e, FIND_ANY_BY_ID);
        }
    }

    /**
     * {@inheritDoc}
     *
     * <pre>{@code
     * SELECT id, org_id, user_id, role, is_admin, invited_by, seats, monthly_fee, joined_on, badge, removed_at FROM memberships WHERE active = TRUE ORDER BY active, id
     * }</pre>
     */
    @Override
    public List<Membership> alive() {
        return handle != null ? alive(handle.getConnection()) : jdbi.withHandle(h -> alive(h.getConnection()));
    }

    private List<Membership> alive(Connection connection) {
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
     * SELECT id, org_id, user_id, role, is_admin, invited_by, seats, monthly_fee, joined_on, badge, removed_at FROM memberships WHERE active = TRUE AND id > ? ORDER BY active, id FETCH FIRST ? ROWS ONLY
     * }</pre>
     */
    @Override
    public List<Membership> aliveAfter(UUID afterId, int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + limit);
        }
        return handle != null ? aliveAfter(handle.getConnection(), afterId, limit) : jdbi.withHandle(h -> aliveAfter(h.getConnection(), afterId, limit));
    }

    private List<Membership> aliveAfter(Connection connection, UUID afterId, int limit) {
        String sql = afterId == null ? ALIVE_FIRST : ALIVE_AFTER;
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            if (afterId == null) {
                statement.setInt(1, limit);
            } else {
                Jdbc.setUuid(statement, 1, afterId);
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
     * SELECT id, org_id, user_id, role, is_admin, invited_by, seats, monthly_fee, joined_on, badge, removed_at FROM memberships WHERE active IS NULL ORDER BY active, id
     * }</pre>
     */
    @Override
    public List<Membership> dead() {
        return handle != null ? dead(handle.getConnection()) : jdbi.withHandle(h -> dead(h.getConnection()));
    }

    private List<Membership> dead(Connection connection) {
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
     * SELECT id, org_id, user_id, role, is_admin, invited_by, seats, monthly_fee, joined_on, badge, removed_at FROM memberships ORDER BY id
     * }</pre>
     */
    @Override
    public List<Membership> all() {
        return handle != null ? all(handle.getConnection()) : jdbi.withHandle(h -> all(h.getConnection()));
    }

    private List<Membership> all(Connection connection) {
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
     * SELECT COUNT(*) FROM memberships WHERE active = TRUE
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
     * SELECT COUNT(*) FROM memberships WHERE active IS NULL
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
     * UPDATE memberships SET active = NULL, removed_at = ? WHERE id = ? AND active = TRUE
     * }</pre>
     */
    @Override
    public boolean softDelete(UUID id) {
        Objects.requireNonNull(id, "id");
        return handle != null ? softDelete(handle.getConnection(), id) : jdbi.withHandle(h -> softDelete(h.getConnection(), id));
    }

    private boolean softDelete(Connection connection, UUID id) {
        try (PreparedStatement statement = connection.prepareStatement(SOFT_DELETE)) {
            Jdbc.setInstant(statement, 1, now());
            Jdbc.setUuid(statement, 2, id);
            return statement.executeUpdate() > 0;
        } catch (SQLException e) {
            throw translate(e, SOFT_DELETE);
        }
    }

    /**
     * {@inheritDoc}
     *
     * <pre>{@code
     * UPDATE memberships SET active = NULL, removed_at = ? WHERE active = TRUE AND id IN (?, ?, ...)
     * }</pre>
     */
    @Override
    public int softDeleteAll(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        return handle != null ? handle.inTransaction(h -> softDeleteAll(h.getConnection(), ids)) : jdbi.inTransaction(h -> softDeleteAll(h.getConnection(), ids));
    }

    private int softDeleteAll(Connection connection, Collection<UUID> ids) {
        return inChunks(connection, SOFT_DELETE_ALL, ids, now());
    }

    /**
     * {@inheritDoc}
     *
     * <pre>{@code
     * UPDATE memberships SET active = TRUE, removed_at = NULL WHERE id = ? AND active IS NULL
     * }</pre>
     */
    @Override
    public RestoreResult restore(UUID id) {
        Objects.requireNonNull(id, "id");
        return handle != null ? restore(handle.getConnection(), id) : jdbi.withHandle(h -> restore(h.getConnection(), id));
    }

    private RestoreResult restore(Connection connection, UUID id) {
        try {
            return Restores.restore(connection, MembershipSchema.DEFINITION, RESTORE, LIVE_OF, CONFLICTS, statement -> Jdbc.setUuid(statement, 1, id));
        } catch (SQLException e) {
            throw translate(e, RESTORE);
        }
    }

    /**
     * {@inheritDoc}
     *
     * <pre>{@code
     * DELETE FROM memberships WHERE id = ?
     * }</pre>
     */
    @Override
    public boolean hardDelete(UUID id) {
        Objects.requireNonNull(id, "id");
        return handle != null ? hardDelete(handle.getConnection(), id) : jdbi.withHandle(h -> hardDelete(h.getConnection(), id));
    }

    private boolean hardDelete(Connection connection, UUID id) {
        try (PreparedStatement statement = connection.prepareStatement(HARD_DELETE)) {
            Jdbc.setUuid(statement, 1, id);
            return statement.executeUpdate() > 0;
        } catch (SQLException e) {
            throw translate(e, HARD_DELETE);
        }
    }

    /**
     * {@inheritDoc}
     *
     * <pre>{@code
     * DELETE FROM memberships WHERE id IN (?, ?, ...)
     * }</pre>
     */
    @Override
    public int hardDeleteAll(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        return handle != null ? handle.inTransaction(h -> hardDeleteAll(h.getConnection(), ids)) : jdbi.inTransaction(h -> hardDeleteAll(h.getConnection(), ids));
    }

    private int hardDeleteAll(Connection connection, Collection<UUID> ids) {
        return inChunks(connection, HARD_DELETE_ALL, ids, null);
    }

    /**
     * {@inheritDoc}
     *
     * <pre>{@code
     * DELETE FROM memberships WHERE active IS NULL AND removed_at < ? AND id IN (SELECT id FROM memberships WHERE active IS NULL AND removed_at < ? ORDER BY id FETCH FIRST 1000 ROWS ONLY)
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
     * SELECT id, org_id, user_id, role, is_admin, invited_by, seats, monthly_fee, joined_on, badge, removed_at FROM memberships WHERE org_id = ? AND user_id = ? AND active = TRUE
     * }</pre>
     */
    @Override
    public Optional<Membership> findByOrgIdAndUserId(long orgId, Long userId) {
        return handle != null ? findByOrgIdAndUserId(handle.getConnection(), orgId, userId) : jdbi.withHandle(h -> findByOrgIdAndUserId(h.getConnection(), orgId, userId));
    }

    private Optional<Membership> findByOrgIdAndUserId(Connection connection, long orgId,
            Long userId) {
        try (PreparedStatement statement = connection.prepareStatement(FIND_BY_ORG_ID_AND_USER_ID)) {
            statement.setLong(1, orgId);
            Jdbc.setLong(statement, 2, userId);
            return one(statement);
        } catch (SQLException e) {
            throw translate(e, FIND_BY_ORG_ID_AND_USER_ID);
        }
    }

    /**
     * The entity as the database holds it: with its id and live ({@code removedAt} null).
     */
    private static Membership stored(Membership entity, UUID id) {
        return new Membership(id, entity.orgId(), entity.userId(), entity.role(), entity.admin(), entity.invitedBy(), entity.seats(), entity.monthlyFee(), entity.joinedOn(), entity.badge(), null);
    }

    /**
     * Binds the insert's parameters: the id first when it is given, then the other columns.
     */
    private static void bindInsert(PreparedStatement statement, Membership entity, boolean withId)
            throws SQLException {
        int first = 1;
        if (withId) {
            Jdbc.setUuid(statement, 1, entity.id());
            first = 2;
        }
        statement.setLong(first, entity.orgId());
        Jdbc.setLong(statement, first + 1, entity.userId());
        Jdbc.setEnum(statement, first + 2, entity.role());
        statement.setBoolean(first + 3, entity.admin());
        statement.setString(first + 4, entity.invitedBy());
        statement.setInt(first + 5, entity.seats());
        statement.setBigDecimal(first + 6, entity.monthlyFee());
        Jdbc.setLocalDate(statement, first + 7, entity.joinedOn());
        statement.setBytes(first + 8, entity.badge());
    }

    private static Optional<Membership> one(PreparedStatement statement) throws SQLException {
        try (ResultSet rs = statement.executeQuery()) {
            return rs.next() ? Optional.of(MembershipRowMapper.mapSelectList(rs)) : Optional.empty();
        }
    }

    private static List<Membership> list(PreparedStatement statement) throws SQLException {
        try (ResultSet rs = statement.executeQuery()) {
            List<Membership> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(MembershipRowMapper.mapSelectList(rs));
            }
            return rows;
        }
    }

    /**
     * Runs {@code head} followed by a list of ids once per chunk of the distinct ids; binds {@code
     * deletedAt} before the ids unless it is null. Returns the rows changed.
     */
    private static int inChunks(Connection connection, String head, Collection<UUID> ids,
            Instant deletedAt) {
        int changed = 0;
        for (List<UUID> chunk : IdLists.distinctChunks(ids)) {
            String sql = IdLists.inList(head, chunk.size(), "");
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                int parameter = 1;
                if (deletedAt != null) {
                    Jdbc.setInstant(statement, parameter++, deletedAt);
                }
                for (UUID id : chunk) {
                    Jdbc.setUuid(statement, parameter++, id);
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
        return SqlErrors.translate(e, MembershipSchema.DEFINITION, sql);
    }
}
