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
 * Maps rows of {@code purchase_orders} to {@link PurchaseOrder} by calling its constructor.
 *
 * <p>Register it with Jdbi, or let {@link SoftDeletePlugin} do so, to map hand-written
 * queries; they may select {@link PurchaseOrderSchema#SELECT_LIST} or the same columns in any order.
 */
@Generated("dev.softdelete.processor.SoftDeleteProcessor")
@SoftDeleteGenerated
public final class PurchaseOrderRowMapper implements RowMapper<PurchaseOrder> {
    /**
     * The position of each component's column in {@link PurchaseOrderSchema#SELECT_LIST}.
     */
    private static final int[] SELECT_LIST_POSITIONS = {1, 2, 3, 4, 5};

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
    public PurchaseOrderRowMapper() {
        this(null, null);
    }

    private PurchaseOrderRowMapper(int[] positions, Codecs codecs) {
        this.positions = positions;
        this.codecs = codecs;
    }

    /**
     * Maps the current row of a query that selects {@link PurchaseOrderSchema#SELECT_LIST}, reading the columns
     * by position with the codecs of the database's dialect ({@code Codecs.of(dialect)}). For the
     * repository in this package; not public, so that no public signature names the runtime's
     * internal {@code Codecs}.
     */
    static PurchaseOrder mapSelectList(ResultSet rs, Codecs codecs) throws SQLException {
        return read(rs, SELECT_LIST_POSITIONS, codecs);
    }

    @Override
    public PurchaseOrder map(ResultSet rs, StatementContext ctx) throws SQLException {
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
    public RowMapper<PurchaseOrder> specialize(ResultSet rs, StatementContext ctx) throws
            SQLException {
        return new PurchaseOrderRowMapper(positionsIn(rs), codecsOf(ctx));
    }

    private static Codecs codecsOf(StatementContext ctx) {
        return Codecs.of(ctx.getConfig(SoftDeleteConfig.class).dialect(ctx.getConnection()));
    }

    private static int[] positionsIn(ResultSet rs) throws SQLException {
        return new int[] {
                rs.findColumn("id"),
                rs.findColumn("customer_id"),
                rs.findColumn("reference"),
                rs.findColumn("total"),
                rs.findColumn("deleted_by")};
    }

    private static PurchaseOrder read(ResultSet rs, int[] positions, Codecs codecs) throws
            SQLException {
        return new PurchaseOrder(
                Jdbc.getLong(rs, positions[0]),
                rs.getLong(positions[1]),
                rs.getString(positions[2]),
                codecs.getBigDecimal(rs, positions[3]),
                rs.getString(positions[4]));
    }
}
