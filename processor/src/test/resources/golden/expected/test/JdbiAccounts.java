package test;

import dev.softdelete.Dialect;
import dev.softdelete.Limit;
import dev.softdelete.RestoreResult;
import dev.softdelete.SoftDeleteGenerated;
import dev.softdelete.internal.Codecs;
import dev.softdelete.internal.InLists;
import dev.softdelete.internal.Jdbc;
import dev.softdelete.internal.LikePatterns;
import dev.softdelete.internal.ResultStreams;
import dev.softdelete.internal.SqlErrors;
import dev.softdelete.internal.SqlTemplates;
import dev.softdelete.internal.Statements;
import dev.softdelete.internal.Transactions;
import dev.softdelete.internal.Writes;
import dev.softdelete.internal.ddl.ColumnKind;
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
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import javax.annotation.processing.Generated;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The Jdbi implementation of {@link Accounts}.
 *
 * <p>The verbs of {@code SoftDeleteRepository} are those of {@link JdbiUserRepository}; the
 * other methods run their statements on a Jdbi handle: the handle it was made with, or
 * else the calling thread's open handle and its transaction, or a new handle for the call; as plain
 * JDBC or through Jdbi's statement pipeline (see {@code SoftDeleteConfig.setStatementPath}). The SQL
 * shown is H2's; {@code Sql} has every dialect's.
 */
@Generated("dev.softdelete.processor.SoftDeleteProcessor")
@SoftDeleteGenerated
public final class JdbiAccounts implements Accounts {
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
     * The entity's verbs, which this class hands on to.
     */
    private final JdbiUserRepository verbs;

    /**
     * A repository whose calls run on the calling thread's open handle, inside its transaction, or
     * else on a new handle per call.
     */
    @Inject
    public JdbiAccounts(Jdbi jdbi) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
        this.handle = null;
        this.config = jdbi.getConfig(SoftDeleteConfig.class);
        this.clock = config.clock();
        this.verbs = new JdbiUserRepository(jdbi);
    }

    /**
     * A repository whose calls all run on this handle.
     */
    public JdbiAccounts(Handle handle) {
        this.jdbi = null;
        this.handle = Objects.requireNonNull(handle, "handle");
        this.config = handle.getConfig(SoftDeleteConfig.class);
        this.clock = config.clock();
        this.verbs = new JdbiUserRepository(handle);
    }

    @Override
    public User insert(User entity) {
        return verbs.insert(entity);
    }

    @Override
    public List<User> insertAll(Collection<User> entities) {
        return verbs.insertAll(entities);
    }

    @Override
    public boolean update(User entity) {
        return verbs.update(entity);
    }

    @Override
    public Optional<User> findById(Long id) {
        return verbs.findById(id);
    }

    @Override
    public Optional<User> findAnyById(Long id) {
        return verbs.findAnyById(id);
    }

    @Override
    public List<User> alive() {
        return verbs.alive();
    }

    @Override
    public List<User> aliveAfter(Long afterId, int limit) {
        return verbs.aliveAfter(afterId, limit);
    }

    @Override
    public List<User> dead() {
        return verbs.dead();
    }

    @Override
    public List<User> all() {
        return verbs.all();
    }

    @Override
    public long countAlive() {
        return verbs.countAlive();
    }

    @Override
    public long countDead() {
        return verbs.countDead();
    }

    @Override
    public boolean softDelete(Long id) {
        return verbs.softDelete(id);
    }

    @Override
    public int softDeleteAll(Collection<Long> ids) {
        return verbs.softDeleteAll(ids);
    }

    @Override
    public RestoreResult restore(Long id) {
        return verbs.restore(id);
    }

    @Override
    public boolean hardDelete(Long id) {
        return verbs.hardDelete(id);
    }

    @Override
    public int hardDeleteAll(Collection<Long> ids) {
        return verbs.hardDeleteAll(ids);
    }

    @Override
    public int purgeDeletedBefore(Instant cutoff) {
        return verbs.purgeDeletedBefore(cutoff);
    }

    /**
     * {@inheritDoc}
     *
     * <pre>{@code
     * SELECT id, email, name, deleted_at FROM users WHERE name = ? AND live = TRUE
     * ORDER BY email DESC, id DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY
     * }</pre>
     */
    @Override
    public List<User> findByNameOrderByEmailDesc(String name, Limit limit) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(limit, "limit");
        if (limit.max() == 0) {
            // Nothing to ask for; SQL Server refuses FETCH NEXT 0 ROWS.
            return List.of();
        }
        if (handle != null) {
            return findByNameOrderByEmailDesc(statements(handle, "findByNameOrderByEmailDesc"), name, limit);
        }
        return jdbi.withHandle(h ->
                findByNameOrderByEmailDesc(statements(h, "findByNameOrderByEmailDesc"), name, limit));
    }

    private List<User> findByNameOrderByEmailDesc(Statements statements, String name, Limit limit) {
        Sql sql = sql(statements);
        try (PreparedStatement statement = statements.prepare(sql.findByNameOrderByEmailDesc)) {
            statement.setString(1, name);
            Jdbc.bindPage(statement, 2, sql.pageMaxFirst, limit.offset(), limit.max());
            try (ResultSet rs = statement.executeQuery()) {
                List<User> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(row(rs, sql.codecs));
                }
                return Collections.unmodifiableList(rows);
            }
        } catch (SQLException e) {
            throw translate(e, sql.findByNameOrderByEmailDesc);
        }
    }

    /**
     * {@inheritDoc}
     *
     * <pre>{@code
     * SELECT id, email, name, deleted_at FROM users
     * WHERE LOWER(email) = LOWER(?) AND live = TRUE ORDER BY id
     * }</pre>
     */
    @Override
    public List<User> findByEmailIgnoreCase(String email) {
        Objects.requireNonNull(email, "email");
        if (handle != null) {
            return findByEmailIgnoreCase(statements(handle, "findByEmailIgnoreCase"), email);
        }
        return jdbi.withHandle(h ->
                findByEmailIgnoreCase(statements(h, "findByEmailIgnoreCase"), email));
    }

    private List<User> findByEmailIgnoreCase(Statements statements, String email) {
        Sql sql = sql(statements);
        try (PreparedStatement statement = statements.prepare(sql.findByEmailIgnoreCase)) {
            statement.setString(1, email);
            try (ResultSet rs = statement.executeQuery()) {
                List<User> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(row(rs, sql.codecs));
                }
                return Collections.unmodifiableList(rows);
            }
        } catch (SQLException e) {
            throw translate(e, sql.findByEmailIgnoreCase);
        }
    }

    /**
     * {@inheritDoc}
     *
     * <pre>{@code
     * SELECT id, email, name, deleted_at FROM users WHERE email = ? AND live = TRUE
     * ORDER BY id
     * }</pre>
     */
    @Override
    public Optional<User> findByEmail(String email) {
        Objects.requireNonNull(email, "email");
        if (handle != null) {
            return findByEmail(statements(handle, "findByEmail"), email);
        }
        return jdbi.withHandle(h -> findByEmail(statements(h, "findByEmail"), email));
    }

    private Optional<User> findByEmail(Statements statements, String email) {
        Sql sql = sql(statements);
        try (PreparedStatement statement = statements.prepare(sql.findByEmail)) {
            statement.setString(1, email);
            try (ResultSet rs = statement.executeQuery()) {
                if (rs.next()) {
                    return Optional.of(row(rs, sql.codecs));
                }
                return Optional.empty();
            }
        } catch (SQLException e) {
            throw translate(e, sql.findByEmail);
        }
    }

    /**
     * {@inheritDoc}
     *
     * <pre>{@code
     * SELECT id, email, name, deleted_at FROM users
     * WHERE name LIKE ? ESCAPE '!' AND live IS NULL ORDER BY id
     * }</pre>
     */
    @Override
    public List<User> findDeadByNameStartsWith(String prefix) {
        Objects.requireNonNull(prefix, "prefix");
        if (handle != null) {
            return findDeadByNameStartsWith(statements(handle, "findDeadByNameStartsWith"), prefix);
        }
        return jdbi.withHandle(h ->
                findDeadByNameStartsWith(statements(h, "findDeadByNameStartsWith"), prefix));
    }

    private List<User> findDeadByNameStartsWith(Statements statements, String prefix) {
        Sql sql = sql(statements);
        try (PreparedStatement statement = statements.prepare(sql.findDeadByNameStartsWith)) {
            statement.setString(1, LikePatterns.startsWith(prefix));
            try (ResultSet rs = statement.executeQuery()) {
                List<User> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(row(rs, sql.codecs));
                }
                return Collections.unmodifiableList(rows);
            }
        } catch (SQLException e) {
            throw translate(e, sql.findDeadByNameStartsWith);
        }
    }

    /**
     * {@inheritDoc}
     *
     * <pre>{@code
     * SELECT COUNT(*) FROM users WHERE name = ?
     * }</pre>
     */
    @Override
    public long countAnyByName(String name) {
        Objects.requireNonNull(name, "name");
        if (handle != null) {
            return countAnyByName(statements(handle, "countAnyByName"), name);
        }
        return jdbi.withHandle(h -> countAnyByName(statements(h, "countAnyByName"), name));
    }

    private long countAnyByName(Statements statements, String name) {
        Sql sql = sql(statements);
        try (PreparedStatement statement = statements.prepare(sql.countAnyByName)) {
            statement.setString(1, name);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw translate(e, sql.countAnyByName);
        }
    }

    /**
     * {@inheritDoc}
     *
     * <pre>{@code
     * SELECT 1 FROM users WHERE (email = ? OR name = ?) AND live = TRUE
     * FETCH FIRST ? ROWS ONLY
     * }</pre>
     */
    @Override
    public boolean existsByEmailOrName(String email, String name) {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(name, "name");
        if (handle != null) {
            return existsByEmailOrName(statements(handle, "existsByEmailOrName"), email, name);
        }
        return jdbi.withHandle(h ->
                existsByEmailOrName(statements(h, "existsByEmailOrName"), email, name));
    }

    private boolean existsByEmailOrName(Statements statements, String email, String name) {
        Sql sql = sql(statements);
        try (PreparedStatement statement = statements.prepare(sql.existsByEmailOrName)) {
            statement.setString(1, email);
            statement.setString(2, name);
            statement.setInt(3, 1);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw translate(e, sql.existsByEmailOrName);
        }
    }

    /**
     * {@inheritDoc}
     *
     * <p>Close the stream: it holds a statement, and a connection when it borrowed one.
     *
     * <pre>{@code
     * SELECT email, name FROM users WHERE deleted_at IS NULL AND live = TRUE ORDER BY id
     * }</pre>
     */
    @Override
    public Stream<Accounts.Contact> findByDeletedAtNull() {
        if (this.handle != null) {
            return findByDeletedAtNull(statements(this.handle, "findByDeletedAtNull"));
        }
        return ResultStreams.lend(this.jdbi, h -> findByDeletedAtNull(statements(h, "findByDeletedAtNull")));
    }

    private Stream<Accounts.Contact> findByDeletedAtNull(Statements statements) {
        Sql sql = sql(statements);
        try {
            return ResultStreams.query(statements, sql.findByDeletedAtNull, statement -> {
            }, rs -> accountsContact(rs, sql.codecs));
        } catch (SQLException e) {
            throw translate(e, sql.findByDeletedAtNull);
        }
    }

    /**
     * {@inheritDoc}
     *
     * <pre>{@code
     * SELECT id, email, name, deleted_at FROM users
     * WHERE id IN (:softdelete_in) AND live = TRUE ORDER BY id
     * }</pre>
     */
    @Override
    public List<User> findByIdIn(Collection<Long> ids) {
        Objects.requireNonNull(ids, "ids");
        if (ids.isEmpty()) {
            // An empty In matches nothing: no need to ask the database.
            return List.of();
        }
        if (handle != null) {
            return findByIdIn(statements(handle, "findByIdIn"), ids);
        }
        return jdbi.withHandle(h -> findByIdIn(statements(h, "findByIdIn"), ids));
    }

    private List<User> findByIdIn(Statements statements, Collection<Long> ids) {
        Sql sql = sql(statements);
        String text = sql.findByIdIn;
        text = sql.in.expand(text, ColumnKind.LONG, ids);
        try (PreparedStatement statement = statements.prepare(text)) {
            int index = 1;
            index = sql.in.bind(statement, index, ColumnKind.LONG, ids);
            try (ResultSet rs = statement.executeQuery()) {
                List<User> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(row(rs, sql.codecs));
                }
                return Collections.unmodifiableList(rows);
            }
        } catch (SQLException e) {
            throw translate(e, text);
        }
    }

    /**
     * {@inheritDoc}
     *
     * <pre>{@code
     * UPDATE users SET live = NULL, deleted_at = ? WHERE name = ? AND live = TRUE
     * }</pre>
     */
    @Override
    public int softDeleteByName(String name) {
        Objects.requireNonNull(name, "name");
        if (handle != null) {
            return softDeleteByName(statements(handle, "softDeleteByName"), name);
        }
        return jdbi.withHandle(h -> softDeleteByName(statements(h, "softDeleteByName"), name));
    }

    private int softDeleteByName(Statements statements, String name) {
        Sql sql = sql(statements);
        Instant deletedAt = now();
        return Writes.execute(statements, UserSchema.DEFINITION, sql.softDeleteByName, statement -> {
            sql.codecs.setInstant(statement, 1, deletedAt);
            statement.setString(2, name);
            return statement.executeUpdate();
        });
    }

    /**
     * {@inheritDoc}
     *
     * <pre>{@code
     * UPDATE users SET live = TRUE, deleted_at = NULL WHERE email = ? AND live IS NULL
     * }</pre>
     */
    @Override
    public int restoreByEmail(String email) {
        Objects.requireNonNull(email, "email");
        if (handle != null) {
            return Transactions.atomically(statements(handle, "restoreByEmail"),
                    s -> restoreByEmail(s, email));
        }
        return jdbi.withHandle(h -> Transactions.atomically(statements(h, "restoreByEmail"),
                s -> restoreByEmail(s, email)));
    }

    private int restoreByEmail(Statements statements, String email) {
        Sql sql = sql(statements);
        return Writes.execute(statements, UserSchema.DEFINITION, sql.restoreByEmail, statement -> {
            statement.setString(1, email);
            return statement.executeUpdate();
        });
    }

    /**
     * {@inheritDoc}
     *
     * <pre>{@code
     * DELETE FROM users WHERE deleted_at < ? AND live IS NULL
     * }</pre>
     */
    @Override
    public int hardDeleteDeadByDeletedAtBefore(Instant cutoff) {
        Objects.requireNonNull(cutoff, "cutoff");
        if (handle != null) {
            return hardDeleteDeadByDeletedAtBefore(statements(handle, "hardDeleteDeadByDeletedAtBefore"), cutoff);
        }
        return jdbi.withHandle(h ->
                hardDeleteDeadByDeletedAtBefore(statements(h, "hardDeleteDeadByDeletedAtBefore"), cutoff));
    }

    private int hardDeleteDeadByDeletedAtBefore(Statements statements, Instant cutoff) {
        Sql sql = sql(statements);
        return Writes.execute(statements, UserSchema.DEFINITION, sql.hardDeleteDeadByDeletedAtBefore, statement -> {
            sql.codecs.setInstant(statement, 1, cutoff);
            return statement.executeUpdate();
        });
    }

    /**
     * {@inheritDoc}
     *
     * <pre>{@code
     * SELECT u.id, u.email, u.name, u.deleted_at FROM users u
     * JOIN memberships m ON m.user_id = u.id
     * WHERE u.live = TRUE AND m.active = TRUE AND m.org_id = ? ORDER BY u.email
     * }</pre>
     */
    @Override
    public List<User> liveMembersOf(long org) {
        if (handle != null) {
            return liveMembersOf(statements(handle, "liveMembersOf"), org);
        }
        return jdbi.withHandle(h -> liveMembersOf(statements(h, "liveMembersOf"), org));
    }

    private List<User> liveMembersOf(Statements statements, long org) {
        Sql sql = sql(statements);
        try (PreparedStatement statement = statements.prepare(sql.liveMembersOf)) {
            statement.setLong(1, org);
            try (ResultSet rs = statement.executeQuery()) {
                List<User> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(row(rs, sql.codecs));
                }
                return Collections.unmodifiableList(rows);
            }
        } catch (SQLException e) {
            throw translate(e, sql.liveMembersOf);
        }
    }

    /**
     * {@inheritDoc}
     *
     * <pre>{@code
     * UPDATE users SET name = ? WHERE email IN (?, ...) AND users.live = TRUE
     * }</pre>
     */
    @Override
    public int rename(Collection<String> emails, String name) {
        Objects.requireNonNull(emails, "emails");
        if (handle != null) {
            return rename(statements(handle, "rename"), emails, name);
        }
        return jdbi.withHandle(h -> rename(statements(h, "rename"), emails, name));
    }

    private int rename(Statements statements, Collection<String> emails, String name) {
        Sql sql = sql(statements);
        String text = SqlTemplates.expand(sql.rename, emails.size());
        return Writes.execute(statements, UserSchema.DEFINITION, text, statement -> {
            int index = 1;
            statement.setString(index++, name);
            for (String emailsElement : emails) {
                statement.setString(index++, emailsElement);
            }
            if (emails.isEmpty()) {
                statement.setString(index++, null);
            }
            return statement.executeUpdate();
        });
    }

    /**
     * The statements of one call of {@code method}: plain JDBC, or Jdbi's statement pipeline when
     * {@code config} asks for it or, by default, when the handle has a SqlLogger, a query timeout or
     * a JFR recording of Jdbi's statement event. Jdbi then names each statement by the repository
     * interface and the method, in the context attributes {@code _jdbi_statement_group} and
     * {@code _jdbi_statement_name}.
     */
    private Statements statements(Handle handle, String method) {
        return Statements.of(handle, config.statementPath(), "test.Accounts", method);
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
        return SqlErrors.translate(e, UserSchema.DEFINITION, sql);
    }

    private static User row(ResultSet rs, Codecs codecs) throws SQLException {
        return new User(
                        Jdbc.getLong(rs, 1),
                        rs.getString(2),
                        rs.getString(3),
                        codecs.getInstant(rs, 4));
    }

    private static Accounts.Contact accountsContact(ResultSet rs, Codecs codecs) throws
            SQLException {
        return new Accounts.Contact(
                        rs.getString(1),
                        rs.getString(2));
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
        private static final String SELECT = "SELECT id, email, name, deleted_at FROM users";

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

        final String findByNameOrderByEmailDesc;

        final boolean pageMaxFirst;

        final String findByEmailIgnoreCase;

        final String findByEmail;

        final String findDeadByNameStartsWith;

        final String countAnyByName;

        final String existsByEmailOrName;

        final String findByDeletedAtNull;

        final String findByIdIn;

        final InLists in;

        final String softDeleteByName;

        final String restoreByEmail;

        final String hardDeleteDeadByDeletedAtBefore;

        final String liveMembersOf;

        final List<String> rename;

        private Sql(Dialect dialect) {
            codecs = Codecs.of(dialect);
            // The predicate of live rows, and the assignment that makes a row live.
            String live = switch (dialect) {
                case SQLSERVER, ORACLE -> "live = 1";
                default -> "live = TRUE";
            };
            findByNameOrderByEmailDesc = switch (dialect) {
                case MYSQL, SQLITE ->
                        SELECT + " WHERE name = ? AND " + live + " ORDER BY email DESC, id DESC LIMIT ? OFFSET ?";
                default ->
                        SELECT + " WHERE name = ? AND " + live
                                + " ORDER BY email DESC, id DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY";
            };
            pageMaxFirst = switch (dialect) {
                case MYSQL, SQLITE -> true;
                default -> false;
            };
            findByEmailIgnoreCase = SELECT + " WHERE LOWER(email) = LOWER(?) AND " + live + " ORDER BY id";
            findByEmail = SELECT + " WHERE email = ? AND " + live + " ORDER BY id";
            findDeadByNameStartsWith = SELECT + " WHERE name LIKE ? ESCAPE '!' AND live IS NULL ORDER BY id";
            countAnyByName = "SELECT COUNT(*) FROM users WHERE name = ?";
            existsByEmailOrName = switch (dialect) {
                case MYSQL, SQLITE -> "SELECT 1 FROM users WHERE (email = ? OR name = ?) AND " + live + " LIMIT ?";
                case SQLSERVER ->
                        "SELECT 1 FROM users WHERE (email = ? OR name = ?) AND " + live
                                + " OFFSET 0 ROWS FETCH NEXT ? ROWS ONLY";
                default ->
                        "SELECT 1 FROM users WHERE (email = ? OR name = ?) AND " + live + " FETCH FIRST ? ROWS ONLY";
            };
            findByDeletedAtNull = "SELECT email, name FROM users WHERE deleted_at IS NULL AND " + live
                    + " ORDER BY id";
            findByIdIn = switch (dialect) {
                case POSTGRESQL -> SELECT + " WHERE id = ANY(?) AND " + live + " ORDER BY id";
                case MYSQL ->
                        SELECT + " WHERE id IN (SELECT v FROM (SELECT j.v"
                                + " FROM JSON_TABLE(?, '$[*]' COLUMNS (v BIGINT PATH '$')) AS j"
                                + " LIMIT 18446744073709551615) AS t) AND " + live + " ORDER BY id";
                case SQLITE -> SELECT + " WHERE id IN (SELECT value FROM json_each(?)) AND " + live + " ORDER BY id";
                case SQLSERVER ->
                        SELECT + " WHERE id IN (SELECT v FROM OPENJSON(?) WITH (v BIGINT '$')) AND " + live
                                + " ORDER BY id";
                case ORACLE ->
                        SELECT + " WHERE id IN (SELECT v"
                                + " FROM JSON_TABLE(?, '$[*]' COLUMNS (v NUMBER PATH '$' ERROR ON ERROR))) AND "
                                + live + " ORDER BY id";
                default -> SELECT + " WHERE id IN (:softdelete_in) AND " + live + " ORDER BY id";
            };
            in = InLists.of(dialect);
            softDeleteByName = "UPDATE users SET live = NULL, deleted_at = ? WHERE name = ? AND " + live;
            restoreByEmail = "UPDATE users SET " + live + ", deleted_at = NULL WHERE email = ? AND live IS NULL";
            hardDeleteDeadByDeletedAtBefore = "DELETE FROM users WHERE deleted_at < ? AND live IS NULL";
            liveMembersOf = switch (dialect) {
                case SQLSERVER, ORACLE ->
                        "SELECT u.id, u.email, u.name, u.deleted_at FROM users u"
                                + " JOIN memberships m ON m.user_id = u.id WHERE u." + live
                                + " AND m.active = 1 AND m.org_id = ? ORDER BY u.email";
                default ->
                        "SELECT u.id, u.email, u.name, u.deleted_at FROM users u"
                                + " JOIN memberships m ON m.user_id = u.id WHERE u." + live
                                + " AND m.active = TRUE AND m.org_id = ? ORDER BY u.email";
            };
            rename = List.of(
                    "UPDATE users SET name = ? WHERE email IN (",
                    ") AND users." + live);
        }

        static Sql of(Dialect dialect) {
            return switch (dialect) {
                case H2 -> H2;
                case POSTGRESQL -> POSTGRESQL;
                case MYSQL -> MYSQL;
                case SQLITE -> SQLITE;
                case SQLSERVER -> SQLSERVER;
                case ORACLE -> ORACLE;
                default -> throw new IllegalStateException("JdbiAccounts has no SQL for " + dialect
                        + "; it was compiled for h2, postgresql, mysql, sqlite, sqlserver, oracle"
                        + " (see the processor option softdelete.dialects)");
            };
        }
    }
}
