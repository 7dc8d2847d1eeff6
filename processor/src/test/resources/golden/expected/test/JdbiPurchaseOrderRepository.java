package test;

import dev.softdelete.DeadParentException;
import dev.softdelete.Dialect;
import dev.softdelete.RestoreResult;
import dev.softdelete.SoftDeleteGenerated;
import dev.softdelete.internal.Codecs;
import dev.softdelete.internal.IdLists;
import dev.softdelete.internal.Jdbc;
import dev.softdelete.internal.SqlErrors;
import dev.softdelete.internal.Statements;
import dev.softdelete.internal.Transactions;
import dev.softdelete.internal.Writes;
import dev.softdelete.internal.cascade.Cascade;
import dev.softdelete.jdbi.SoftDeleteConfig;
import jakarta.inject.Inject;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.processing.Generated;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The Jdbi implementation of {@link PurchaseOrderRepository}.
 *
 * <p>Each method runs its statements on a Jdbi handle: the handle it was made
 * with, or else the calling thread's open handle and its transaction, or a new handle for
 * the call; as plain JDBC on the handle's connection, or through Jdbi's statement pipeline
 * (see {@code SoftDeleteConfig.setStatementPath}). The SQL shown is H2's; {@code Sql} has every
 * dialect's.
 */
@Generated("dev.softdelete.processor.SoftDeleteProcessor")
@SoftDeleteGenerated
public final class JdbiPurchaseOrderRepository implements PurchaseOrderRepository {
    /**
     * The tables a soft delete, restore, hard delete or purge of a PurchaseOrder reaches: those that reference it,
     * at any depth, and their parents.
     */
    private static final Cascade CASCADE = new Cascade(PurchaseOrderSchema.DEFINITION,
            List.of(
                PurchaseOrderSchema.DEFINITION,
                CustomerSchema.DEFINITION));

    /**
     * Lends a handle per call; null when the repository is bound to {@link #handle}.
     */
    private final Jdbi jdbi;

    /**
     * The handle every call uses; null when the repository lends one from {@link #jdbi}.
     */
    private final Handle handle;

    /**
     * Knows the database's dialect: the one set, or else the one found on the first connection.
     */
    private final SoftDeleteConfig config;

    /**
     * Stamps deleted-at.
     */
    private final Clock clock;

    /**
     * A repository whose calls run on the calling thread's open handle, inside its transaction, or
     * else on a new handle per call.
     */
    @Inject
    public JdbiPurchaseOrderRepository(Jdbi jdbi) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
        this.handle = null;
        this.config = jdbi.getConfig(SoftDeleteConfig.class);
        this.clock = config.clock();
    }

    /**
     * A repository whose calls all run on this handle.
     */
    public JdbiPurchaseOrderRepository(Handle handle) {
        this.jdbi = null;
        this.handle = Objects.requireNonNull(handle, "handle");
        this.config = handle.getConfig(SoftDeleteConfig.class);
        this.clock = config.clock();
    }

    /**
     * {@inheritDoc}
     *
     * <pre>{@code
     * INSERT INTO purchase_orders (customer_id, reference, total) VALUES (?, ?, ?)
     * -- or, when the entity carries its id:
     * INSERT INTO purchase_orders (id, customer_id, reference, total)
     * VALUES (?, ?, ?, ?)
     * }</pre>
     */
    @Override
    public PurchaseOrder insert(PurchaseOrder entity) {
        Objects.requireNonNull(entity, "entity");
        if (handle != null) {
            return Transactions.atomically(statements(handle, "insert"), s -> insert(s, entity));
        }
        return jdbi.withHandle(h -> Transactions.atomically(statements(h, "insert"),
                s -> insert(s, entity)));
    }

    private PurchaseOrder insert(Statements statements, PurchaseOrder entity) {
        Sql sql = sql(statements);
        requireLiveParents(statements, sql, entity);
        if (entity.id() == null) {
            return Writes.executeReturningKeys(statements, PurchaseOrderSchema.DEFINITION, sql.insert, sql.generatedKey,
                    statement -> {
                        bindColumns(sql, statement, entity, 1);
                        statement.executeUpdate();
                        try (ResultSet keys = statement.getGeneratedKeys()) {
                            keys.next();
                            return stored(entity, keys.getLong(1));
                        }
                    });
        }
        return Writes.execute(statements, PurchaseOrderSchema.DEFINITION, sql.insertWithId, statement -> {
            statement.setLong(1, entity.id());
            bindColumns(sql, statement, entity, 2);
            statement.executeUpdate();
            return stored(entity, entity.id());
        });
    }

    /**
     * {@inheritDoc}
     *
     * <p>Rows without an id and rows with one go in a batch each, all or nothing:
     * under a savepoint in the caller's transaction, or else in a transaction of its own.
     *
     * <pre>{@code
     * INSERT INTO purchase_orders (customer_id, reference, total) VALUES (?, ?, ?)
     * INSERT INTO purchase_orders (id, customer_id, reference, total)
     * VALUES (?, ?, ?, ?)
     * }</pre>
     */
    @Override
    public List<PurchaseOrder> insertAll(Collection<PurchaseOrder> entities) {
        List<PurchaseOrder> rows = List.copyOf(entities);
        if (rows.isEmpty()) {
            return rows;
        }
        if (handle != null) {
            return Transactions.atomically(statements(handle, "insertAll"),
                    s -> insertAll(s, rows));
        }
        return jdbi.withHandle(h -> Transactions.atomically(statements(h, "insertAll"),
                s -> insertAll(s, rows)));
    }

    private List<PurchaseOrder> insertAll(Statements statements, List<PurchaseOrder> rows) {
        Sql sql = sql(statements);
        PurchaseOrder[] stored = new PurchaseOrder[rows.size()];
        for (PurchaseOrder row : rows) {
            requireLiveParents(statements, sql, row);
        }
        if (rows.stream().anyMatch(row -> row.id() == null)) {
            insertGeneratingIds(statements, sql, rows, stored);
        }
        if (rows.stream().anyMatch(row -> row.id() != null)) {
            insertWithIds(statements, sql, rows, stored);
        }
        return List.of(stored);
    }

    /**
     * Inserts the rows that carry no id, in one batch where the driver returns the keys of a batch,
     * and puts each stored row at its place in {@code stored}.
     */
    private static void insertGeneratingIds(Statements statements, Sql sql,
            List<PurchaseOrder> rows, PurchaseOrder[] stored) {
        try (PreparedStatement statement = statements.prepare(sql.insert, sql.generatedKey)) {
            if (!sql.batchGeneratedKeys) {
                // The driver returns no keys for a batch: one insert per row.
                for (int i = 0; i < stored.length; i++) {
                    if (rows.get(i).id() == null) {
                        bindColumns(sql, statement, rows.get(i), 1);
                        statement.executeUpdate();
                        try (ResultSet keys = statement.getGeneratedKeys()) {
                            keys.next();
                            stored[i] = stored(rows.get(i), keys.getLong(1));
                        }
                    }
                }
                return;
            }
            for (PurchaseOrder row : rows) {
                if (row.id() == null) {
                    bindColumns(sql, statement, row, 1);
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
        } catch (SQLException e) {
            throw translate(e, sql.insert);
        }
    }

    /**
     * Inserts the rows that carry their id in one batch, and puts each stored row at its place in
     * {@code stored}.
     */
    private static void insertWithIds(Statements statements, Sql sql, List<PurchaseOrder> rows,
            PurchaseOrder[] stored) {
        try (PreparedStatement statement = statements.prepare(sql.insertWithId)) {
            for (int i = 0; i < stored.length; i++) {
                PurchaseOrder row = rows.get(i);
                if (row.id() != null) {
                    statement.setLong(1, row.id());
                    bindColumns(sql, statement, row, 2);
                    statement.addBatch();
                    stored[i] = stored(row, row.id());
                }
            }
            statement.executeBatch();
        } catch (SQLException e) {
            throw translate(e, sql.insertWithId);
        }
    }

    /**
     * {@inheritDoc}
     *
     * <pre>{@code
     * UPDATE purchase_orders SET customer_id = ?, reference = ?, total = ?
     * WHERE id = ? AND live = TRUE
     * }</pre>
     */
    @Override
    public boolean update(PurchaseOrder entity) {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(entity.id(), "update needs the id of the row to update");
        if (handle != null) {
            return Transactions.atomically(statements(handle, "update"), s -> update(s, entity));
        }
        return jdbi.withHandle(h -> Transactions.atomically(statements(h, "update"),
                s -> update(s, entity)));
    }

    private boolean update(Statements statements, PurchaseOrder entity) {
        Sql sql = sql(statements);
        requireLiveParents(statements, sql, entity);
        return Writes.execute(statements, PurchaseOrderSchema.DEFINITION, sql.update, statement -> {
            bindColumns(sql, statement, entity, 1);
            statement.setLong(4, entity.id());
            return statement.executeUpdate() > 0;
        });
    }

    /**
     * {@inheritDoc}
     *
     * <pre>{@code
     * SELECT id, customer_id, reference, total, deleted_by FROM purchase_orders
     * WHERE id = ? AND live = TRUE
     * }</pre>
     */
    @Override
    public Optional<PurchaseOrder> findById(Long id) {
        Objects.requireNonNull(id, "id");
        if (handle != null) {
            return findById(statements(handle, "findById"), id);
        }
        return jdbi.withHandle(h -> findById(statements(h, "findById"), id));
    }

    private Optional<PurchaseOrder> findById(Statements statements, Long id) {
        Sql sql = sql(statements);
        try (PreparedStatement statement = statements.prepare(sql.findById)) {
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
     * SELECT id, customer_id, reference, total, deleted_by FROM purchase_orders
     * WHERE id = ?
     * }</pre>
     */
    @Override
    public Optional<PurchaseOrder> findAnyById(Long id) {
        Objects.requireNonNull(id, "id");
        if (handle != null) {
            return findAnyById(statements(handle, "findAnyById"), id);
        }
        return jdbi.withHandle(h -> findAnyById(statements(h, "findAnyById"), id));
    }

    private Optional<PurchaseOrder> findAnyById(Statements statements, Long id) {
        Sql sql = sql(statements);
        try (PreparedStatement statement = statements.prepare(sql.findAnyById)) {
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
     * SELECT id, customer_id, reference, total, deleted_by FROM purchase_orders
     * WHERE live = TRUE ORDER BY live, id
     * }</pre>
     */
    @Override
    public List<PurchaseOrder> alive() {
        if (handle != null) {
            return alive(statements(handle, "alive"));
        }
        return jdbi.withHandle(h -> alive(statements(h, "alive")));
    }

    private List<PurchaseOrder> alive(Statements statements) {
        Sql sql = sql(statements);
        try (PreparedStatement statement = statements.prepare(sql.alive)) {
            return list(sql, statement);
        } catch (SQLException e) {
            throw translate(e, sql.alive);
        }
    }

    /**
     * {@inheritDoc}
     *
     * <pre>{@code
     * SELECT id, customer_id, reference, total, deleted_by FROM purchase_orders
     * WHERE live = TRUE AND id > ? ORDER BY live, id FETCH FIRST ? ROWS ONLY
     * }</pre>
     */
    @Override
    public List<PurchaseOrder> aliveAfter(Long afterId, int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + limit);
        }
        if (limit == 0) {
            // Nothing to ask for; SQL Server refuses FETCH NEXT 0 ROWS.
            return List.of();
        }
        if (handle != null) {
            return aliveAfter(statements(handle, "aliveAfter"), afterId, limit);
        }
        return jdbi.withHandle(h -> aliveAfter(statements(h, "aliveAfter"), afterId, limit));
    }

    private List<PurchaseOrder> aliveAfter(Statements statements, Long afterId, int limit) {
        Sql sql = sql(statements);
        String statementSql = afterId == null ? sql.aliveFirst : sql.aliveAfter;
        try (PreparedStatement statement = statements.prepare(statementSql)) {
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
     * SELECT id, customer_id, reference, total, deleted_by FROM purchase_orders
     * WHERE live IS NULL ORDER BY live, id
     * }</pre>
     */
    @Override
    public List<PurchaseOrder> dead() {
        if (handle != null) {
            return dead(statements(handle, "dead"));
        }
        return jdbi.withHandle(h -> dead(statements(h, "dead")));
    }

    private List<PurchaseOrder> dead(Statements statements) {
        Sql sql = sql(statements);
        try (PreparedStatement statement = statements.prepare(sql.dead)) {
            return list(sql, statement);
        } catch (SQLException e) {
            throw translate(e, sql.dead);
        }
    }

    /**
     * {@inheritDoc}
     *
     * <pre>{@code
     * SELECT id, customer_id, reference, total, deleted_by FROM purchase_orders
     * ORDER BY id
     * }</pre>
     */
    @Override
    public List<PurchaseOrder> all() {
        if (handle != null) {
            return all(statements(handle, "all"));
        }
        return jdbi.withHandle(h -> all(statements(h, "all")));
    }

    private List<PurchaseOrder> all(Statements statements) {
        Sql sql = sql(statements);
        try (PreparedStatement statement = statements.prepare(sql.all)) {
            return list(sql, statement);
        } catch (SQLException e) {
            throw translate(e, sql.all);
        }
    }

    /**
     * {@inheritDoc}
     *
     * <pre>{@code
     * SELECT COUNT(*) FROM purchase_orders WHERE live = TRUE
     * }</pre>
     */
    @Override
    public long countAlive() {
        if (handle != null) {
            return countAlive(statements(handle, "countAlive"));
        }
        return jdbi.withHandle(h -> countAlive(statements(h, "countAlive")));
    }

    private long countAlive(Statements statements) {
        Sql sql = sql(statements);
        try (PreparedStatement statement = statements.prepare(sql.countAlive);
                ResultSet rs = statement.executeQuery()) {
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
     * SELECT COUNT(*) FROM purchase_orders WHERE live IS NULL
     * }</pre>
     */
    @Override
    public long countDead() {
        if (handle != null) {
            return countDead(statements(handle, "countDead"));
        }
        return jdbi.withHandle(h -> countDead(statements(h, "countDead")));
    }

    private long countDead(Statements statements) {
        Sql sql = sql(statements);
        try (PreparedStatement statement = statements.prepare(sql.countDead);
                ResultSet rs = statement.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw translate(e, sql.countDead);
        }
    }

    /**
     * {@inheritDoc}
     *
     * <p>Records no one as the deleter.
     */
    @Override
    public boolean softDelete(Long id) {
        Objects.requireNonNull(id, "id");
        return softDelete(id, null);
    }

    /**
     * {@inheritDoc}
     *
     * <pre>{@code
     * UPDATE purchase_orders
     * SET live = NULL, deleted_at = ?, deletion_id = ?, deleted_by = ?
     * WHERE id = ? AND live = TRUE
     * -- then the cascade, under the operation the row was stamped with
     * }</pre>
     */
    @Override
    public boolean softDelete(Long id, String deletedBy) {
        Objects.requireNonNull(id, "id");
        if (handle != null) {
            return Transactions.atomically(statements(handle, "softDelete"),
                    s -> softDelete(s, id, deletedBy));
        }
        return jdbi.withHandle(h -> Transactions.atomically(statements(h, "softDelete"),
                s -> softDelete(s, id, deletedBy)));
    }

    private boolean softDelete(Statements statements, Long id, String deletedBy) {
        Sql sql = sql(statements);
        Instant deletedAt = now();
        return CASCADE.softDelete(statements, sql.dialect, sql.codecs, deletedAt,
                deletedBy == null ? null : (statement, index) -> statement.setString(index, deletedBy), operation -> {
            try (PreparedStatement statement = statements.prepare(sql.softDelete)) {
                sql.codecs.setInstant(statement, 1, deletedAt);
                sql.codecs.setUuid(statement, 2, operation);
                statement.setString(3, deletedBy);
                statement.setLong(4, id);
                return statement.executeUpdate();
            }
        }) > 0;
    }

    /**
     * {@inheritDoc}
     *
     * <p>Records no one as the deleter.
     */
    @Override
    public int softDeleteAll(Collection<Long> ids) {
        return softDeleteAll(ids, null);
    }

    /**
     * {@inheritDoc}
     *
     * <pre>{@code
     * UPDATE purchase_orders
     * SET live = NULL, deleted_at = ?, deletion_id = ?, deleted_by = ?
     * WHERE live = TRUE AND id IN (?, ?, ...)
     * -- then the cascade, under the one operation of the call
     * }</pre>
     */
    @Override
    public int softDeleteAll(Collection<Long> ids, String deletedBy) {
        if (ids.isEmpty()) {
            return 0;
        }
        if (handle != null) {
            return Transactions.atomically(statements(handle, "softDeleteAll"),
                    s -> softDeleteAll(s, ids, deletedBy));
        }
        return jdbi.withHandle(h -> Transactions.atomically(statements(h, "softDeleteAll"),
                s -> softDeleteAll(s, ids, deletedBy)));
    }

    private int softDeleteAll(Statements statements, Collection<Long> ids, String deletedBy) {
        Sql sql = sql(statements);
        Instant deletedAt = now();
        return CASCADE.softDelete(statements, sql.dialect, sql.codecs, deletedAt,
                deletedBy == null ? null : (statement, index) -> statement.setString(index, deletedBy), operation ->
                IdLists.updateInChunks(statements, PurchaseOrderSchema.DEFINITION, sql.softDeleteAll, statement -> {
                    sql.codecs.setInstant(statement, 1, deletedAt);
                    sql.codecs.setUuid(statement, 2, operation);
                    statement.setString(3, deletedBy);
                    return 3;
                }, ids, (statement, index, id) -> statement.setLong(index, id)));
    }

    /**
     * {@inheritDoc}
     */
    @Override
    public RestoreResult restore(Long id) {
        Objects.requireNonNull(id, "id");
        if (handle != null) {
            return Transactions.atomically(statements(handle, "restore"), s -> restore(s, id));
        }
        return jdbi.withHandle(h -> Transactions.atomically(statements(h, "restore"),
                s -> restore(s, id)));
    }

    private RestoreResult restore(Statements statements, Long id) {
        Sql sql = sql(statements);
        return CASCADE.restore(statements, sql.dialect, sql.codecs,
                (statement, index) -> statement.setLong(index, id));
    }

    /**
     * {@inheritDoc}
     *
     * <pre>{@code
     * DELETE FROM purchase_orders WHERE id = ?
     * -- after its dead descendants, children first
     * }</pre>
     */
    @Override
    public boolean hardDelete(Long id) {
        Objects.requireNonNull(id, "id");
        if (handle != null) {
            return Transactions.atomically(statements(handle, "hardDelete"),
                    s -> hardDelete(s, id));
        }
        return jdbi.withHandle(h -> Transactions.atomically(statements(h, "hardDelete"),
                s -> hardDelete(s, id)));
    }

    private boolean hardDelete(Statements statements, Long id) {
        Sql sql = sql(statements);
        return CASCADE.hardDelete(statements, sql.dialect, sql.codecs,
                (statement, index) -> statement.setLong(index, id));
    }

    /**
     * {@inheritDoc}
     *
     * <pre>{@code
     * DELETE FROM purchase_orders WHERE id = ?
     * -- per id, after its dead descendants, children first
     * }</pre>
     */
    @Override
    public int hardDeleteAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        if (handle != null) {
            return Transactions.atomically(statements(handle, "hardDeleteAll"),
                    s -> hardDeleteAll(s, ids));
        }
        return jdbi.withHandle(h -> Transactions.atomically(statements(h, "hardDeleteAll"),
                s -> hardDeleteAll(s, ids)));
    }

    private int hardDeleteAll(Statements statements, Collection<Long> ids) {
        Sql sql = sql(statements);
        int deleted = 0;
        for (Long id : new LinkedHashSet<>(ids)) {
            if (CASCADE.hardDelete(statements, sql.dialect, sql.codecs,
                    (statement, index) -> statement.setLong(index, id))) {
                deleted++;
            }
        }
        return deleted;
    }

    /**
     * {@inheritDoc}
     */
    @Override
    public int purgeDeletedBefore(Instant cutoff) {
        Objects.requireNonNull(cutoff, "cutoff");
        if (handle != null) {
            return purgeDeletedBefore(statements(handle, "purgeDeletedBefore"), cutoff);
        }
        return jdbi.withHandle(h ->
                purgeDeletedBefore(statements(h, "purgeDeletedBefore"), cutoff));
    }

    private int purgeDeletedBefore(Statements statements, Instant cutoff) {
        Sql sql = sql(statements);
        // Stored times are whole microseconds: one is before the cutoff iff it is before this.
        return CASCADE.purge(statements, sql.dialect, sql.codecs, Jdbc.roundUpToStoredPrecision(cutoff), 1000);
    }

    /**
     * The statements of one call of {@code method}: plain JDBC, or Jdbi's statement pipeline when
     * {@code config} asks for it or, by default, when the handle has a SqlLogger, a query timeout or
     * a JFR recording of Jdbi's statement event. Jdbi then names each statement by the repository
     * interface and the method, in the context attributes {@code _jdbi_statement_group} and
     * {@code _jdbi_statement_name}.
     */
    private Statements statements(Handle handle, String method) {
        return Statements.of(handle, config.statementPath(), "test.PurchaseOrderRepository", method);
    }

    /**
     * The statements of the database's dialect. {@code config} asks the database once per Jdbi and
     * keeps the answer for all its handles, so this is a field read and a switch, never a query of
     * the connection's metadata; nothing here needs a connection before the first call.
     */
    private Sql sql(Statements statements) {
        return Sql.of(config.dialect(statements.connection()));
    }

    /**
     * The deletion time, at the microsecond precision the databases keep.
     */
    private Instant now() {
        return Jdbc.toStoredPrecision(clock.instant());
    }

    private static RuntimeException translate(SQLException e, String sql) {
        return SqlErrors.translate(e, PurchaseOrderSchema.DEFINITION, sql);
    }

    /**
     * Throws unless each parent the entity references is live, and keeps it from being deleted until
     * the transaction ends.
     */
    private static void requireLiveParents(Statements statements, Sql sql, PurchaseOrder entity) {
        try (PreparedStatement statement = statements.prepare(sql.customerIdParent)) {
            statement.setLong(1, entity.customerId());
            try (ResultSet rs = statement.executeQuery()) {
                if (!rs.next()) {
                    throw new DeadParentException("PurchaseOrder", "customer_id", "Customer");
                }
            }
        } catch (SQLException e) {
            throw translate(e, sql.customerIdParent);
        }
    }

    /**
     * Binds the columns that inserts and updates write (all but the id) to the parameters from
     * {@code first} on, in record order.
     */
    private static void bindColumns(Sql sql, PreparedStatement statement, PurchaseOrder entity,
            int first) throws SQLException {
        statement.setLong(first, entity.customerId());
        statement.setString(first + 1, entity.reference());
        sql.codecs.setBigDecimal(statement, first + 2, entity.total());
    }

    /**
     * The entity as the database holds it: with its id and deleted by no one ({@code deletedBy} null).
     */
    private static PurchaseOrder stored(PurchaseOrder entity, Long id) {
        return new PurchaseOrder(
                        id,
                        entity.customerId(),
                        entity.reference(),
                        entity.total(),
                        null);
    }

    private static Optional<PurchaseOrder> one(Sql sql, PreparedStatement statement) throws
            SQLException {
        try (ResultSet rs = statement.executeQuery()) {
            if (rs.next()) {
                return Optional.of(PurchaseOrderRowMapper.mapSelectList(rs, sql.codecs));
            }
            return Optional.empty();
        }
    }

    /**
     * The rows of the query, unmodifiable like every list the repository returns.
     */
    private static List<PurchaseOrder> list(Sql sql, PreparedStatement statement) throws
            SQLException {
        try (ResultSet rs = statement.executeQuery()) {
            List<PurchaseOrder> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(PurchaseOrderRowMapper.mapSelectList(rs, sql.codecs));
            }
            return Collections.unmodifiableList(rows);
        }
    }

    /**
     * The statements of each dialect, rendered at compile time: one immutable instance per dialect,
     * made when the class is loaded. A statement that all dialects write alike is written once; the
     * others are chosen by a switch on the dialect, whose default is the form most dialects share.
     */
    private static final class Sql {
        /**
         * How every query of whole rows starts.
         */
        private static final String SELECT = "SELECT id, customer_id, reference, total, deleted_by"
                + " FROM purchase_orders";

        private static final Sql H2 = new Sql(Dialect.H2);

        private static final Sql POSTGRESQL = new Sql(Dialect.POSTGRESQL);

        private static final Sql MYSQL = new Sql(Dialect.MYSQL);

        private static final Sql SQLITE = new Sql(Dialect.SQLITE);

        private static final Sql SQLSERVER = new Sql(Dialect.SQLSERVER);

        private static final Sql ORACLE = new Sql(Dialect.ORACLE);

        /**
         * Binds and reads the types this dialect stores its own way.
         */
        final Codecs codecs;

        /**
         * The dialect, which the cascade renders its statements for.
         */
        final Dialect dialect;

        final String insert;

        final String[] generatedKey;

        final boolean batchGeneratedKeys;

        final String insertWithId;

        final String update;

        final String findById;

        final String findAnyById;

        final String alive;

        final String aliveFirst;

        final String aliveAfter;

        final String dead;

        final String all;

        final String countAlive;

        final String countDead;

        final String softDelete;

        final String softDeleteAll;

        final String restore;

        final String liveOf;

        final List<String> conflicts;

        final String hardDelete;

        final String hardDeleteAll;

        final String purge;

        final boolean purgeBindsTwice;

        final String customerIdParent;

        private Sql(Dialect dialect) {
            codecs = Codecs.of(dialect);
            this.dialect = dialect;
            // The predicate of live rows, and the assignment that makes a row live.
            String live = switch (dialect) {
                case SQLSERVER, ORACLE -> "live = 1";
                default -> "live = TRUE";
            };
            insert = "INSERT INTO purchase_orders (customer_id, reference, total) VALUES (?, ?, ?)";
            generatedKey = switch (dialect) {
                case ORACLE -> new String[] {"ID"};
                default -> new String[] {"id"};
            };
            batchGeneratedKeys = switch (dialect) {
                case SQLITE, SQLSERVER, ORACLE -> false;
                default -> true;
            };
            insertWithId = "INSERT INTO purchase_orders (id, customer_id, reference, total)"
                    + " VALUES (?, ?, ?, ?)";
            update = "UPDATE purchase_orders SET customer_id = ?, reference = ?, total = ?"
                    + " WHERE id = ? AND " + live;
            findById = SELECT + " WHERE id = ? AND " + live;
            findAnyById = SELECT + " WHERE id = ?";
            alive = SELECT + " WHERE " + live + " ORDER BY live, id";
            aliveFirst = switch (dialect) {
                case MYSQL, SQLITE -> SELECT + " WHERE " + live + " ORDER BY live, id LIMIT ?";
                case SQLSERVER ->
                        SELECT + " WHERE " + live + " ORDER BY live, id OFFSET 0 ROWS FETCH NEXT ? ROWS ONLY";
                default -> SELECT + " WHERE " + live + " ORDER BY live, id FETCH FIRST ? ROWS ONLY";
            };
            aliveAfter = switch (dialect) {
                case MYSQL, SQLITE -> SELECT + " WHERE " + live + " AND id > ? ORDER BY live, id LIMIT ?";
                case SQLSERVER ->
                        SELECT + " WHERE " + live
                                + " AND id > ? ORDER BY live, id OFFSET 0 ROWS FETCH NEXT ? ROWS ONLY";
                default -> SELECT + " WHERE " + live + " AND id > ? ORDER BY live, id FETCH FIRST ? ROWS ONLY";
            };
            dead = SELECT + " WHERE live IS NULL ORDER BY live, id";
            all = SELECT + " ORDER BY id";
            countAlive = "SELECT COUNT(*) FROM purchase_orders WHERE " + live;
            countDead = "SELECT COUNT(*) FROM purchase_orders WHERE live IS NULL";
            softDelete = "UPDATE purchase_orders"
                    + " SET live = NULL, deleted_at = ?, deletion_id = ?, deleted_by = ?"
                    + " WHERE id = ? AND " + live;
            softDeleteAll = "UPDATE purchase_orders"
                    + " SET live = NULL, deleted_at = ?, deletion_id = ?, deleted_by = ? WHERE " + live
                    + " AND id IN ";
            restore = "UPDATE purchase_orders SET " + live
                    + ", deleted_at = NULL, deleted_by = NULL WHERE id = ? AND live IS NULL";
            liveOf = "SELECT live FROM purchase_orders WHERE id = ?";
            conflicts = List.of();
            hardDelete = "DELETE FROM purchase_orders WHERE id = ?";
            hardDeleteAll = "DELETE FROM purchase_orders WHERE id IN ";
            purge = switch (dialect) {
                case POSTGRESQL ->
                        "DELETE FROM purchase_orders"
                                + " WHERE live IS NULL AND deleted_at < ? AND id = ANY(ARRAY(SELECT id"
                                + " FROM purchase_orders WHERE deleted_at < ? ORDER BY deleted_at LIMIT 1000))";
                case MYSQL -> "DELETE FROM purchase_orders WHERE deleted_at < ? ORDER BY deleted_at LIMIT 1000";
                case SQLITE ->
                        "DELETE FROM purchase_orders"
                                + " WHERE live IS NULL AND deleted_at < ? AND id IN (SELECT id FROM purchase_orders"
                                + " WHERE deleted_at < ? ORDER BY deleted_at LIMIT 1000)";
                case SQLSERVER ->
                        "DELETE FROM purchase_orders"
                                + " WHERE live IS NULL AND deleted_at < ? AND id IN (SELECT TOP (1000) id"
                                + " FROM purchase_orders WHERE deleted_at < ? ORDER BY deleted_at)";
                case ORACLE ->
                        "DELETE FROM purchase_orders"
                                + " WHERE live IS NULL AND deleted_at < ? AND ROWNUM <= 1000";
                default ->
                        "DELETE FROM purchase_orders"
                                + " WHERE deleted_at >= TIMESTAMP WITH TIME ZONE '-999999999-01-01 00:00:00+18' AND"
                                + " deleted_at < ?"
                                + " FETCH FIRST 1000 ROWS ONLY";
            };
            purgeBindsTwice = switch (dialect) {
                case POSTGRESQL, SQLITE, SQLSERVER -> true;
                default -> false;
            };
            customerIdParent = switch (dialect) {
                case POSTGRESQL -> "SELECT 1 FROM customers WHERE id = ? AND " + live + " FOR SHARE";
                case MYSQL -> "SELECT 1 FROM customers WHERE id = ? AND " + live + " LOCK IN SHARE MODE";
                case SQLITE -> "SELECT 1 FROM customers WHERE id = ? AND " + live;
                case SQLSERVER -> "SELECT 1 FROM customers WITH (UPDLOCK, HOLDLOCK) WHERE id = ? AND " + live;
                default -> "SELECT 1 FROM customers WHERE id = ? AND " + live + " FOR UPDATE";
            };
        }

        static Sql of(Dialect dialect) {
            return switch (dialect) {
                case H2 -> H2;
                case POSTGRESQL -> POSTGRESQL;
                case MYSQL -> MYSQL;
                case SQLITE -> SQLITE;
                case SQLSERVER -> SQLSERVER;
                case ORACLE -> ORACLE;
                default -> throw new IllegalStateException("JdbiPurchaseOrderRepository has no SQL for " + dialect
                        + "; it was compiled for h2, postgresql, mysql, sqlite, sqlserver, oracle"
                        + " (see the processor option softdelete.dialects)");
            };
        }
    }
}
