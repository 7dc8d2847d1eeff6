package test;

import dev.softdelete.Dialect;
import dev.softdelete.OnSoftDelete;
import dev.softdelete.SoftDeleteGenerated;
import dev.softdelete.TableDefinition;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * The table of {@link Category}: its names, the predicates of live and dead rows for hand-written
 * queries, and its DDL.
 */
@Generated("dev.softdelete.processor.SoftDeleteProcessor")
@SoftDeleteGenerated
public final class CategorySchema {
    /**
     * The table.
     */
    public static final String TABLE = "categories";

    /**
     * The column that is TRUE for live rows and NULL for dead ones, never FALSE.
     */
    public static final String LIVE_COLUMN = "live";

    /**
     * The column stamped when a row is soft-deleted; NULL while it is live.
     */
    public static final String DELETED_AT_COLUMN = "deleted_at";

    /**
     * The column that holds, on a dead row, the id of the soft delete that killed it, and NULL on a live
     * row: a restore brings back exactly the rows of its operation.
     */
    public static final String DELETION_COLUMN = "deletion_id";

    /**
     * The columns the repository selects, in record order; {@link CategoryRowMapper} maps them.
     */
    public static final String SELECT_LIST = "code, name, parent_code";

    /**
     * Selects dead (soft-deleted) rows.
     */
    public static final String DEAD_PREDICATE = "live IS NULL";

    /**
     * The table's names, as the repository and its error messages use them.
     */
    public static final TableDefinition DEFINITION = new TableDefinition(
            "categories",
            "live",
            "deleted_at",
            List.of("code", "name", "parent_code"),
            new TableDefinition.KeyDefinition("code", "pk_categories", List.of("code")),
            List.of(),
            List.of(),
            Optional.of(new TableDefinition.Relations("Category", "deletion_id", List.of(
                    new TableDefinition.ReferenceDefinition("parentCode", "parent_code", "Category",
                            "categories", "code", OnSoftDelete.RESTRICT,
                            "fk_categories_parent_code", "ix_categories_parent_code", true)))));

    private CategorySchema() {
    }

    /**
     * Selects live rows on the dialect: {@code live = TRUE}, or {@code live = 1} where there is no boolean
     * type.
     */
    public static String livePredicate(Dialect dialect) {
        return switch (dialect) {
            case H2, POSTGRESQL, MYSQL, SQLITE -> "live = TRUE";
            case SQLSERVER, ORACLE -> "live = 1";
            default -> throw new IllegalArgumentException("CategorySchema has no SQL for " + dialect
                    + "; it was compiled for h2, postgresql, mysql, sqlite, sqlserver, oracle"
                    + " (see the processor option softdelete.dialects)");
        };
    }

    /**
     * {@link #SELECT_LIST} qualified by a table alias, for joins: {@code selectList("t")} starts
     * {@code t.code, ...}.
     */
    public static String selectList(String alias) {
        return alias + ".code, "
                + alias + ".name, "
                + alias + ".parent_code";
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
     * in the resource {@code META-INF/softdelete/<dialect>/categories.sql}.
     *
     * <p>The foreign keys of its references are in {@link #foreignKeyStatements}, to run once every table
     * exists; on SQLite, where a table cannot be altered to add one, CREATE TABLE declares them.
     */
    public static List<String> createStatements(Dialect dialect) {
        return switch (dialect) {
            case H2 -> List.of(
                    "CREATE TABLE categories (\n"
                            + "    code VARCHAR NOT NULL,\n"
                            + "    name VARCHAR,\n"
                            + "    parent_code VARCHAR,\n"
                            + "    live BOOLEAN DEFAULT TRUE,\n"
                            + "    deleted_at TIMESTAMP(6) WITH TIME ZONE,\n"
                            + "    deletion_id UUID,\n"
                            + "    CONSTRAINT pk_categories PRIMARY KEY (code),\n"
                            + "    CONSTRAINT ck_categories_live CHECK (live IS NULL OR live = TRUE),\n"
                            + "    CONSTRAINT ck_categories_deleted_at CHECK ((live IS NULL AND deleted_at IS"
                            + " NOT NULL) OR (live IS NOT NULL AND deleted_at IS NULL)),\n"
                            + "    CONSTRAINT ck_categories_deletion_id CHECK (live IS NULL OR deletion_id IS"
                            + " NULL)\n"
                            + ")",
                    "CREATE INDEX ix_categories_live ON categories (live, code)",
                    "CREATE INDEX ix_categories_deleted_at ON categories (deleted_at)",
                    "CREATE INDEX ix_categories_deletion_id ON categories (deletion_id)",
                    "CREATE INDEX ix_categories_parent_code ON categories (parent_code)");
            case POSTGRESQL -> List.of(
                    "CREATE TABLE categories (\n"
                            + "    code TEXT NOT NULL,\n"
                            + "    name TEXT,\n"
                            + "    parent_code TEXT,\n"
                            + "    live BOOLEAN DEFAULT TRUE,\n"
                            + "    deleted_at TIMESTAMP(6) WITH TIME ZONE,\n"
                            + "    deletion_id UUID,\n"
                            + "    CONSTRAINT pk_categories PRIMARY KEY (code),\n"
                            + "    CONSTRAINT ck_categories_live CHECK (live IS NULL OR live = TRUE),\n"
                            + "    CONSTRAINT ck_categories_deleted_at CHECK ((live IS NULL AND deleted_at IS"
                            + " NOT NULL) OR (live IS NOT NULL AND deleted_at IS NULL)),\n"
                            + "    CONSTRAINT ck_categories_deletion_id CHECK (live IS NULL OR deletion_id IS"
                            + " NULL)\n"
                            + ")",
                    "CREATE INDEX ix_categories_live ON categories (live, code)",
                    "CREATE INDEX ix_categories_deleted_at ON categories (deleted_at)",
                    "CREATE INDEX ix_categories_deletion_id ON categories (deletion_id)",
                    "CREATE INDEX ix_categories_parent_code ON categories (parent_code)");
            case MYSQL -> List.of(
                    "CREATE TABLE categories (\n"
                            + "    code VARCHAR(255) NOT NULL,\n"
                            + "    name LONGTEXT,\n"
                            + "    parent_code VARCHAR(255),\n"
                            + "    live BOOLEAN DEFAULT TRUE,\n"
                            + "    deleted_at DATETIME(6),\n"
                            + "    deletion_id CHAR(36),\n"
                            + "    CONSTRAINT pk_categories PRIMARY KEY (code),\n"
                            + "    CONSTRAINT ck_categories_live CHECK (live IS NULL OR live = TRUE),\n"
                            + "    CONSTRAINT ck_categories_deleted_at CHECK ((live IS NULL AND deleted_at IS"
                            + " NOT NULL) OR (live IS NOT NULL AND deleted_at IS NULL)),\n"
                            + "    CONSTRAINT ck_categories_deletion_id CHECK (live IS NULL OR deletion_id IS"
                            + " NULL)\n"
                            + ") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin",
                    "CREATE INDEX ix_categories_live ON categories (live, code)",
                    "CREATE INDEX ix_categories_deleted_at ON categories (deleted_at)",
                    "CREATE INDEX ix_categories_deletion_id ON categories (deletion_id)",
                    "CREATE INDEX ix_categories_parent_code ON categories (parent_code)");
            case SQLITE -> List.of(
                    "CREATE TABLE categories (\n"
                            + "    code TEXT NOT NULL,\n"
                            + "    name TEXT,\n"
                            + "    parent_code TEXT,\n"
                            + "    live BOOLEAN DEFAULT TRUE,\n"
                            + "    deleted_at TEXT,\n"
                            + "    deletion_id TEXT,\n"
                            + "    CONSTRAINT pk_categories PRIMARY KEY (code),\n"
                            + "    CONSTRAINT ck_categories_live CHECK (live IS NULL OR live = TRUE),\n"
                            + "    CONSTRAINT ck_categories_deleted_at CHECK ((live IS NULL AND deleted_at IS"
                            + " NOT NULL) OR (live IS NOT NULL AND deleted_at IS NULL)),\n"
                            + "    CONSTRAINT ck_categories_deletion_id CHECK (live IS NULL OR deletion_id IS"
                            + " NULL),\n"
                            + "    CONSTRAINT fk_categories_parent_code FOREIGN KEY (parent_code) REFERENCES"
                            + " categories (code)\n"
                            + ")",
                    "CREATE INDEX ix_categories_live ON categories (live, code)",
                    "CREATE INDEX ix_categories_deleted_at ON categories (deleted_at)",
                    "CREATE INDEX ix_categories_deletion_id ON categories (deletion_id)",
                    "CREATE INDEX ix_categories_parent_code ON categories (parent_code)");
            case SQLSERVER -> List.of(
                    "CREATE TABLE categories (\n"
                            + "    code NVARCHAR(255) COLLATE Latin1_General_100_BIN2 NOT NULL,\n"
                            + "    name NVARCHAR(MAX) COLLATE Latin1_General_100_BIN2,\n"
                            + "    parent_code NVARCHAR(255) COLLATE Latin1_General_100_BIN2,\n"
                            + "    live BIT DEFAULT 1,\n"
                            + "    deleted_at DATETIMEOFFSET(6),\n"
                            + "    deletion_id UNIQUEIDENTIFIER,\n"
                            + "    CONSTRAINT pk_categories PRIMARY KEY (code),\n"
                            + "    CONSTRAINT ck_categories_live CHECK (live IS NULL OR live = 1),\n"
                            + "    CONSTRAINT ck_categories_deleted_at CHECK ((live IS NULL AND deleted_at IS"
                            + " NOT NULL) OR (live IS NOT NULL AND deleted_at IS NULL)),\n"
                            + "    CONSTRAINT ck_categories_deletion_id CHECK (live IS NULL OR deletion_id IS"
                            + " NULL)\n"
                            + ")",
                    "CREATE INDEX ix_categories_live ON categories (live, code)",
                    "CREATE INDEX ix_categories_deleted_at ON categories (deleted_at)",
                    "CREATE INDEX ix_categories_deletion_id ON categories (deletion_id)",
                    "CREATE INDEX ix_categories_parent_code ON categories (parent_code)");
            case ORACLE -> List.of(
                    "CREATE TABLE categories (\n"
                            + "    code VARCHAR2(255 CHAR) NOT NULL,\n"
                            + "    name CLOB,\n"
                            + "    parent_code VARCHAR2(255 CHAR),\n"
                            + "    live NUMBER(1) DEFAULT 1,\n"
                            + "    deleted_at TIMESTAMP(6) WITH TIME ZONE,\n"
                            + "    deletion_id CHAR(36),\n"
                            + "    CONSTRAINT pk_categories PRIMARY KEY (code),\n"
                            + "    CONSTRAINT ck_categories_live CHECK (live IS NULL OR live = 1),\n"
                            + "    CONSTRAINT ck_categories_deleted_at CHECK ((live IS NULL AND deleted_at IS"
                            + " NOT NULL) OR (live IS NOT NULL AND deleted_at IS NULL)),\n"
                            + "    CONSTRAINT ck_categories_deletion_id CHECK (live IS NULL OR deletion_id IS"
                            + " NULL)\n"
                            + ")",
                    "CREATE INDEX ix_categories_live ON categories (live, code)",
                    "CREATE INDEX ix_categories_deleted_at ON categories (deleted_at)",
                    "CREATE INDEX ix_categories_deletion_id ON categories (deletion_id)",
                    "CREATE INDEX ix_categories_parent_code ON categories (parent_code)");
            default -> throw new IllegalArgumentException("CategorySchema has no SQL for " + dialect
                    + "; it was compiled for h2, postgresql, mysql, sqlite, sqlserver, oracle"
                    + " (see the processor option softdelete.dialects)");
        };
    }

    /**
     * The statements that add the table's foreign keys on the dialect, one per {@code @References}
     * component of {@link Category}, to run once every table exists: tables can then be created in any
     * order and reference each other in cycles. None on SQLite, where CREATE TABLE declares them.
     * The same statements end the resource {@code META-INF/softdelete/<dialect>/categories.sql}.
     */
    public static List<String> foreignKeyStatements(Dialect dialect) {
        return switch (dialect) {
            case H2, POSTGRESQL, MYSQL, SQLSERVER, ORACLE -> List.of(
                    "ALTER TABLE categories ADD CONSTRAINT fk_categories_parent_code FOREIGN KEY"
                            + " (parent_code) REFERENCES categories (code)");
            case SQLITE -> List.of();
            default -> throw new IllegalArgumentException("CategorySchema has no SQL for " + dialect
                    + "; it was compiled for h2, postgresql, mysql, sqlite, sqlserver, oracle"
                    + " (see the processor option softdelete.dialects)");
        };
    }

    /**
     * The column of each record component.
     */
    public static final class Columns {
        /**
         * The column of {@link Category#code()}.
         */
        public static final String CODE = "code";

        /**
         * The column of {@link Category#name()}.
         */
        public static final String NAME = "name";

        /**
         * The column of {@link Category#parentCode()}.
         */
        public static final String PARENT_CODE = "parent_code";

        private Columns() {
        }
    }
}
