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
     * The columns the repository selects, in record order; {@link MembershipRowMapper} maps them.
     */
    public static final String SELECT_LIST = "id, org_id, user_id, role, is_admin, invited_by, seats, monthly_fee,"
            + " joined_on, badge, removed_at";

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
            List.of("id", "org_id", "user_id", "role", "is_admin", "invited_by", "seats",
                    "monthly_fee", "joined_on", "badge"),
            new TableDefinition.KeyDefinition("id", "pk_memberships", List.of("id")),
            List.of(
                    new TableDefinition.KeyDefinition("org_user", "ux_memberships_org_user",
                            List.of("org_id", "user_id"))),
            List.of(
                    new TableDefinition.IndexDefinition("invited_by", "ix_memberships_invited_by",
                            List.of("invited_by")),
                    new TableDefinition.IndexDefinition("org_joined", "ix_memberships_org_joined",
                            List.of("org_id", "joined_on"))));

    private MembershipSchema() {
    }

    /**
     * Selects live rows on the dialect: {@code active = TRUE}, or {@code active = 1} where there is no boolean
     * type.
     */
    public static String livePredicate(Dialect dialect) {
        return switch (dialect) {
            case H2, POSTGRESQL, MYSQL, SQLITE -> "active = TRUE";
            case SQLSERVER, ORACLE -> "active = 1";
            default -> throw new IllegalArgumentException("MembershipSchema has no SQL for " + dialect
                    + "; it was compiled for h2, postgresql, mysql, sqlite, sqlserver, oracle"
                    + " (see the processor option softdelete.dialects)");
        };
    }

    /**
     * {@link #SELECT_LIST} qualified by a table alias, for joins: {@code selectList("t")} starts
     * {@code t.id, ...}.
     */
    public static String selectList(String alias) {
        return alias + ".id, "
                + alias + ".org_id, "
                + alias + ".user_id, "
                + alias + ".role, "
                + alias + ".is_admin, "
                + alias + ".invited_by, "
                + alias + ".seats, "
                + alias + ".monthly_fee, "
                + alias + ".joined_on, "
                + alias + ".badge, "
                + alias + ".removed_at";
    }

    /**
     * {@link #livePredicate(Dialect)} qualified by a table alias, for joins.
     */
    public static String livePredicate(Dialect dialect, String alias) {
        return alias + "." + livePredicate(dialect);
    }

    /**
     * {@link #DEAD_PREDICATE} qualified by a table alias, for joins.
     */
    public static String deadPredicate(String alias) {
        return alias + "." + DEAD_PREDICATE;
    }

    /**
     * The statements that create the table and its indexes on the dialect, in order. Each unique
     * index lets any number of dead rows share its key with one live row. The same statements are
     * in the resource {@code META-INF/softdelete/<dialect>/memberships.sql}.
     */
    public static List<String> createStatements(Dialect dialect) {
        return switch (dialect) {
            case H2 -> List.of(
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
                            + "    CONSTRAINT ck_memberships_removed_at CHECK ((active IS NULL AND removed_at IS"
                            + " NOT NULL) OR (active IS NOT NULL AND removed_at IS NULL))\n"
                            + ")",
                    "CREATE UNIQUE NULLS DISTINCT INDEX ux_memberships_org_user ON memberships (org_id,"
                            + " user_id, active)",
                    "CREATE INDEX ix_memberships_active ON memberships (active, id)",
                    "CREATE INDEX ix_memberships_removed_at ON memberships (removed_at)",
                    "CREATE INDEX ix_memberships_invited_by ON memberships (active, invited_by)",
                    "CREATE INDEX ix_memberships_org_joined ON memberships (active, org_id, joined_on)");
            case POSTGRESQL -> List.of(
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
                            + "    CONSTRAINT ck_memberships_removed_at CHECK ((active IS NULL AND removed_at IS"
                            + " NOT NULL) OR (active IS NOT NULL AND removed_at IS NULL))\n"
                            + ")",
                    "CREATE UNIQUE INDEX ux_memberships_org_user ON memberships (org_id, user_id,"
                            + " active) NULLS DISTINCT",
                    "CREATE INDEX ix_memberships_active ON memberships (active, id)",
                    "CREATE INDEX ix_memberships_removed_at ON memberships (removed_at)",
                    "CREATE INDEX ix_memberships_invited_by ON memberships (invited_by)"
                            + " WHERE active = TRUE",
                    "CREATE INDEX ix_memberships_org_joined ON memberships (org_id, joined_on)"
                            + " WHERE active = TRUE");
            case MYSQL -> List.of(
                    "CREATE TABLE memberships (\n"
                            + "    id CHAR(36) NOT NULL,\n"
                            + "    org_id BIGINT NOT NULL,\n"
                            + "    user_id BIGINT,\n"
                            + "    role VARCHAR(255),\n"
                            + "    is_admin BOOLEAN NOT NULL,\n"
                            + "    invited_by VARCHAR(255) NOT NULL,\n"
                            + "    seats INTEGER NOT NULL,\n"
                            + "    monthly_fee DECIMAL(65, 30),\n"
                            + "    joined_on DATE,\n"
                            + "    badge LONGBLOB,\n"
                            + "    active BOOLEAN DEFAULT TRUE,\n"
                            + "    removed_at DATETIME(6),\n"
                            + "    CONSTRAINT pk_memberships PRIMARY KEY (id),\n"
                            + "    CONSTRAINT ck_memberships_active CHECK (active IS NULL OR active = TRUE),\n"
                            + "    CONSTRAINT ck_memberships_removed_at CHECK ((active IS NULL AND removed_at IS"
                            + " NOT NULL) OR (active IS NOT NULL AND removed_at IS NULL))\n"
                            + ") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin",
                    "CREATE UNIQUE INDEX ux_memberships_org_user ON memberships (org_id, user_id,"
                            + " active)",
                    "CREATE INDEX ix_memberships_active ON memberships (active, id)",
                    "CREATE INDEX ix_memberships_removed_at ON memberships (removed_at)",
                    "CREATE INDEX ix_memberships_invited_by ON memberships (active, invited_by)",
                    "CREATE INDEX ix_memberships_org_joined ON memberships (active, org_id, joined_on)");
            case SQLITE -> List.of(
                    "CREATE TABLE memberships (\n"
                            + "    id TEXT NOT NULL,\n"
                            + "    org_id INTEGER NOT NULL,\n"
                            + "    user_id INTEGER,\n"
                            + "    role TEXT,\n"
                            + "    is_admin BOOLEAN NOT NULL,\n"
                            + "    invited_by TEXT NOT NULL,\n"
                            + "    seats INTEGER NOT NULL,\n"
                            + "    monthly_fee TEXT,\n"
                            + "    joined_on TEXT,\n"
                            + "    badge BLOB,\n"
                            + "    active BOOLEAN DEFAULT TRUE,\n"
                            + "    removed_at TEXT,\n"
                            + "    CONSTRAINT pk_memberships PRIMARY KEY (id),\n"
                            + "    CONSTRAINT ck_memberships_active CHECK (active IS NULL OR active = TRUE),\n"
                            + "    CONSTRAINT ck_memberships_removed_at CHECK ((active IS NULL AND removed_at IS"
                            + " NOT NULL) OR (active IS NOT NULL AND removed_at IS NULL))\n"
                            + ")",
                    "CREATE UNIQUE INDEX ux_memberships_org_user ON memberships (org_id, user_id,"
                            + " active)",
                    "CREATE INDEX ix_memberships_active ON memberships (active, id)",
                    "CREATE INDEX ix_memberships_removed_at ON memberships (removed_at)",
                    "CREATE INDEX ix_memberships_invited_by ON memberships (invited_by)"
                            + " WHERE active = TRUE",
                    "CREATE INDEX ix_memberships_org_joined ON memberships (org_id, joined_on)"
                            + " WHERE active = TRUE");
            case SQLSERVER -> List.of(
                    "CREATE TABLE memberships (\n"
                            + "    id UNIQUEIDENTIFIER NOT NULL,\n"
                            + "    org_id BIGINT NOT NULL,\n"
                            + "    user_id BIGINT,\n"
                            + "    role NVARCHAR(255) COLLATE Latin1_General_100_BIN2,\n"
                            + "    is_admin BIT NOT NULL,\n"
                            + "    invited_by NVARCHAR(255) COLLATE Latin1_General_100_BIN2 NOT NULL,\n"
                            + "    seats INTEGER NOT NULL,\n"
                            + "    monthly_fee DECIMAL(38, 10),\n"
                            + "    joined_on DATE,\n"
                            + "    badge VARBINARY(MAX),\n"
                            + "    active BIT DEFAULT 1,\n"
                            + "    removed_at DATETIMEOFFSET(6),\n"
                            + "    CONSTRAINT pk_memberships PRIMARY KEY (id),\n"
                            + "    CONSTRAINT ck_memberships_active CHECK (active IS NULL OR active = 1),\n"
                            + "    CONSTRAINT ck_memberships_removed_at CHECK ((active IS NULL AND removed_at IS"
                            + " NOT NULL) OR (active IS NOT NULL AND removed_at IS NULL))\n"
                            + ")",
                    "CREATE UNIQUE INDEX ux_memberships_org_user ON memberships (org_id, user_id)"
                            + " WHERE active = 1 AND user_id IS NOT NULL",
                    "CREATE INDEX ix_memberships_active ON memberships (active, id)",
                    "CREATE INDEX ix_memberships_removed_at ON memberships (removed_at)",
                    "CREATE INDEX ix_memberships_invited_by ON memberships (invited_by)"
                            + " WHERE active = 1",
                    "CREATE INDEX ix_memberships_org_joined ON memberships (org_id, joined_on)"
                            + " WHERE active = 1");
            case ORACLE -> List.of(
                    "CREATE TABLE memberships (\n"
                            + "    id CHAR(36) NOT NULL,\n"
                            + "    org_id NUMBER(19) NOT NULL,\n"
                            + "    user_id NUMBER(19),\n"
                            + "    role VARCHAR2(255 CHAR),\n"
                            + "    is_admin NUMBER(1) NOT NULL,\n"
                            + "    invited_by VARCHAR2(255 CHAR) NOT NULL,\n"
                            + "    seats NUMBER(10) NOT NULL,\n"
                            + "    monthly_fee NUMBER,\n"
                            + "    joined_on DATE,\n"
                            + "    badge BLOB,\n"
                            + "    active NUMBER(1) DEFAULT 1,\n"
                            + "    removed_at TIMESTAMP(6) WITH TIME ZONE,\n"
                            + "    CONSTRAINT pk_memberships PRIMARY KEY (id),\n"
                            + "    CONSTRAINT ck_memberships_active CHECK (active IS NULL OR active = 1),\n"
                            + "    CONSTRAINT ck_memberships_is_admin CHECK (is_admin IN (0, 1)),\n"
                            + "    CONSTRAINT ck_memberships_removed_at CHECK ((active IS NULL AND removed_at IS"
                            + " NOT NULL) OR (active IS NOT NULL AND removed_at IS NULL))\n"
                            + ")",
                    "CREATE UNIQUE INDEX ux_memberships_org_user ON memberships (CASE WHEN active = 1"
                            + " AND user_id IS NOT NULL THEN org_id END, CASE WHEN active = 1 AND user_id IS NOT"
                            + " NULL THEN user_id END)",
                    "CREATE INDEX ix_memberships_active ON memberships (active, id)",
                    "CREATE INDEX ix_memberships_removed_at ON memberships (removed_at)",
                    "CREATE INDEX ix_memberships_invited_by ON memberships (active, invited_by)",
                    "CREATE INDEX ix_memberships_org_joined ON memberships (active, org_id, joined_on)");
            default -> throw new IllegalArgumentException("MembershipSchema has no SQL for " + dialect
                    + "; it was compiled for h2, postgresql, mysql, sqlite, sqlserver, oracle"
                    + " (see the processor option softdelete.dialects)");
        };
    }

    /**
     * The statements that add the table's foreign keys, to run once every table exists: none, as
     * {@link Membership} references no other entity.
     */
    public static List<String> foreignKeyStatements(Dialect dialect) {
        return switch (dialect) {
            case H2, POSTGRESQL, MYSQL, SQLITE, SQLSERVER, ORACLE -> List.of();
            default -> throw new IllegalArgumentException("MembershipSchema has no SQL for " + dialect
                    + "; it was compiled for h2, postgresql, mysql, sqlite, sqlserver, oracle"
                    + " (see the processor option softdelete.dialects)");
        };
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
