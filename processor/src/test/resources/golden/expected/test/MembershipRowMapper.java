package test;

import dev.softdelete.SoftDeleteGenerated;
import dev.softdelete.internal.Codecs;
import dev.softdelete.internal.Jdbc;
import dev.softdelete.jdbi.SoftDeleteConfig;
import dev.softdelete.jdbi.SoftDeletePlugin;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.annotation.processing.Generated;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Maps rows of {@code memberships} to {@link Membership} by calling its constructor.
 *
 * <p>Register it with Jdbi, or let {@link SoftDeletePlugin} do so, to map hand-written
 * queries; they may select {@link MembershipSchema#SELECT_LIST} or the same columns in any order.
 */
@Generated("dev.softdelete.processor.SoftDeleteProcessor")
@SoftDeleteGenerated
public final class MembershipRowMapper implements RowMapper<Membership> {
    /**
     * The position of each component's column in {@link MembershipSchema#SELECT_LIST}.
     */
    private static final int[] SELECT_LIST_POSITIONS = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};

    /**
     * The positions of the components' columns, or null to find them by name in each row.
     */
    private final int[] positions;

    /**
     * The database's codecs, or null to find them for each row.
     */
    private final Codecs codecs;

    /**
     * A mapper that finds the columns by name and the dialect from the statement's handle.
     */
    public MembershipRowMapper() {
        this(null, null);
    }

    private MembershipRowMapper(int[] positions, Codecs codecs) {
        this.positions = positions;
        this.codecs = codecs;
    }

    /**
     * Maps the current row of a query that selects {@link MembershipSchema#SELECT_LIST}, reading the columns
     * by position with the codecs of the database's dialect ({@code Codecs.of(dialect)}). For the
     * repository in this package; not public, so that no public signature names the runtime's
     * internal {@code Codecs}.
     */
    static Membership mapSelectList(ResultSet rs, Codecs codecs) throws SQLException {
        return read(rs, SELECT_LIST_POSITIONS, codecs);
    }

    @Override
    public Membership map(ResultSet rs, StatementContext ctx) throws SQLException {
        if (positions != null) {
            // Specialized for this result set: positions and codecs were found once.
            return read(rs, positions, codecs);
        }
        return read(rs, positionsIn(rs), codecsOf(ctx));
    }

    /**
     * Finds the columns by name and the dialect once per result set.
     */
    @Override
    public RowMapper<Membership> specialize(ResultSet rs, StatementContext ctx) throws
            SQLException {
        return new MembershipRowMapper(positionsIn(rs), codecsOf(ctx));
    }

    private static Codecs codecsOf(StatementContext ctx) {
        return Codecs.of(ctx.getConfig(SoftDeleteConfig.class).dialect(ctx.getConnection()));
    }

    private static int[] positionsIn(ResultSet rs) throws SQLException {
        return new int[] {
                rs.findColumn("id"),
                rs.findColumn("org_id"),
                rs.findColumn("user_id"),
                rs.findColumn("role"),
                rs.findColumn("is_admin"),
                rs.findColumn("invited_by"),
                rs.findColumn("seats"),
                rs.findColumn("monthly_fee"),
                rs.findColumn("joined_on"),
                rs.findColumn("badge"),
                rs.findColumn("removed_at")};
    }

    private static Membership read(ResultSet rs, int[] positions, Codecs codecs) throws
            SQLException {
        return new Membership(
                codecs.getUuid(rs, positions[0]),
                rs.getLong(positions[1]),
                Jdbc.getLong(rs, positions[2]),
                Jdbc.getEnum(rs, positions[3], Membership.Role::valueOf),
                rs.getBoolean(positions[4]),
                rs.getString(positions[5]),
                rs.getInt(positions[6]),
                codecs.getBigDecimal(rs, positions[7]),
                codecs.getLocalDate(rs, positions[8]),
                rs.getBytes(positions[9]),
                codecs.getOffsetDateTime(rs, positions[10]));
    }
}
