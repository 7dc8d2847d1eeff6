package test;

import dev.softdelete.Dialect;
import dev.softdelete.SoftDeleteGenerated;
import dev.softdelete.TableDefinition;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The table of {@link Membership}: its names, the predicates of live and dead rows for hand-written
 * queries, and its DDL.
 */
@Generated("dev.softdelete.processor.SoftDeleteProcessor")
@SoftDeleteGenerated
public final class MembershipSchema {
    /**
     * The table.
     */
    public static final String TABLE = "memberships";

    /**
     * The column that is TRUE for live rows and NULL for dead ones, never FALSE.
     */
    public static final String LIVE_COLUMN = "active";

    /**
     * The column stamped when a row is soft-deleted; NULL while it is live.
     */
    public static final String DELETED_AT_COLUMN = "removed_at";

    /**
     * The columns {@link MembershipRowMapper#mapSelectList} reads, in record order.
     */
    public static final String SELECT_LIST = "id, org_id, user_id, role, is_admin, invited_by, seats, monthly_fee, joined_on, badge, removed_at";

    /**
     * Selects live rows. A literal, so that the planner can use the indexes on the live column.
     */
    public static final String LIVE_PREDICATE = "active = TRUE";

    /**
     * Selects dead (soft-deleted) rows.
     */
    public static final String DEAD_PREDICATE = "active IS NULL";

    /**
     * The table's names, as the repository and its error messages use them.
     */
    public static final TableDefinition DEFINITION = new TableDefinition(
            "memberships",
            "active",
            "removed_at",
            List.of("id", "org_id", "user_id", "role", "is_admin", "invited_by", "seats", "monthly_fee", "joined_on", "badge"),
            new TableDefinition.KeyDefinition("id", "pk_memberships", List.of("id")),
            List.of(
                    new TableDefinition.KeyDefinition("org_user", "ux_memberships_org_user", List.of("org_id", "user_id"))));

    private MembershipSchema() {
    }

    /**
     * The statements that create the table and its indexes on the dialect, in order. The unique
     * indexes span each key's columns and the live column, so that any number of dead rows
     * may share a key with one live row. The same statements are in the resource
     * {@code META-INF/softdelete/<dialect>/memberships.sql}.
     */
    public static List<String> createStatements(Dialect dialect) {
        switch (dialect) {
            case H2:
                return List.of(
                        "CREATE TABLE memberships (\n"
                                + "    id UUID NOT NULL,\n"
                                + "    org_id BIGINT NOT NULL,\n"
                                + "    user_id BIGINT,\n"
                                + "    role VARCHAR,\n"
                                + "    is_admin BOOLEAN NOT NULL,\n"
                                + "    invited_by VARCHAR NOT NULL,\n"
                                + "    seats INTEGER NOT NULL,\n"
                                + "    monthly_fee DECFLOAT,\n"
                                + "    joined_on DATE,\n"
                                + "    badge VARBINARY,\n"
                                + "    active BOOLEAN DEFAULT TRUE,\n"
                                + "    removed_at TIMESTAMP(6) WITH TIME ZONE,\n"
                                + "    CONSTRAINT pk_memberships PRIMARY KEY (id),\n"
                                + "    CONSTRAINT ck_memberships_active CHECK (active IS NULL OR active = TRUE),\n"
                                + "    CONSTRAINT ck_memberships_removed_at CHECK ((active IS NULL AND removed_at IS NOT NULL) OR (active IS NOT NULL AND removed_at IS NULL))\n"
                                + ")",
                        "CREATE UNIQUE NULLS DISTINCT INDEX ux_memberships_org_user ON memberships (org_id, user_id, active)",
                        "CREATE INDEX ix_memberships_active ON memberships (active, id)",
                        "CREATE INDEX ix_memberships_removed_at ON memberships (removed_at)");
            case POSTGRESQL:
                return List.of(
                        "CREATE TABLE memberships (\n"
                                + "    id UUID NOT NULL,\n"
                                + "    org_id BIGINT NOT NULL,\n"
                                + "    user_id BIGINT,\n"
                                + "    role TEXT,\n"
                                + "    is_admin BOOLEAN NOT NULL,\n"
                                + "    invited_by TEXT NOT NULL,\n"
                                + "    seats INTEGER NOT NULL,\n"
                                + "    monthly_fee NUMERIC,\n"
                                + "    joined_on DATE,\n"
                                + "    badge BYTEA,\n"
                                + "    active BOOLEAN DEFAULT TRUE,\n"
                                + "    removed_at TIMESTAMP(6) WITH TIME ZONE,\n"
                                + "    CONSTRAINT pk_memberships PRIMARY KEY (id),\n"
                                + "    CONSTRAINT ck_memberships_active CHECK (active IS NULL OR active = TRUE),\n"
                                + "    CONSTRAINT ck_memberships_removed_at CHECK ((active IS NULL AND removed_at IS NOT NULL) OR (active IS NOT NULL AND removed_at IS NULL))\n"
                                + ")",
                        "CREATE UNIQUE INDEX ux_memberships_org_user ON memberships (org_id, user_id, active) NULLS DISTINCT",
                        "CREATE INDEX ix_memberships_active ON memberships (active, id)",
                        "CREATE INDEX ix_memberships_removed_at ON memberships (removed_at)");
            default:
                throw new IllegalArgumentException("MembershipSchema has no DDL for " + dialect + "; recompile it with this softdelete version");
        }
    }

    /**
     * The column of each record component.
     */
    public static final class Columns {
        /**
         * The column of {@link Membership#id()}.
         */
        public static final String ID = "id";

        /**
         * The column of {@link Membership#orgId()}.
         */
        public static final String ORG_ID = "org_id";

        /**
         * The column of {@link Membership#userId()}.
         */
        public static final String USER_ID = "user_id";

        /**
         * The column of {@link Membership#role()}.
         */
        public static final String ROLE = "role";

        /**
         * The column of {@link Membership#admin()}.
         */
        public static final String ADMIN = "is_admin";

        /**
         * The column of {@link Membership#invitedBy()}.
         */
        public static final String INVITED_BY = "invited_by";

        /**
         * The column of {@link Membership#seats()}.
         */
        public static final String SEATS = "seats";

        /**
         * The column of {@link Membership#monthlyFee()}.
         */
        public static final String MONTHLY_FEE = "monthly_fee";

        /**
         * The column of {@link Membership#joinedOn()}.
         */
        public static final String JOINED_ON = "joined_on";

        /**
         * The column of {@link Membership#badge()}.
         */
        public static final String BADGE = "badge";

        private Columns() {
        }
    }
}
