package dev.softdelete.processor.sql;

import dev.softdelete.Dialect;
import dev.softdelete.processor.model.Component;
import dev.softdelete.processor.model.Entity;
import dev.softdelete.processor.model.UniqueKeyModel;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The statements a generated repository runs on one dialect, rendered at compile time. Live rows are
 * selected with the literal {@code live = TRUE} ({@code live = 1} where there is no boolean type) and
 * dead rows with {@code live IS NULL}, never a bound parameter, so that the planner can use the
 * indexes over the live column.
 */
public final class Dml {
  /** How many dead rows one purge statement deletes. */
  public static final int PURGE_BATCH_SIZE = 1000;

  private final Entity entity;
  private final Dialect dialect;
  private final SqlDialect sql;
  private final String table;
  private final String id;
  private final String live;
  private final String deletedAt;

  public Dml(Entity entity, Dialect dialect) {
    this.entity = entity;
    this.dialect = dialect;
    this.sql = SqlDialect.of(dialect);
    this.table = entity.table();
    this.id = entity.id().column();
    this.live = entity.liveColumn();
    this.deletedAt = entity.deletedAtColumn();
  }

  /** The predicate of live rows. */
  public Dialect dialect() {
    return dialect;
  }

  public String isLive() {
    return live + " = " + sql.trueLiteral();
  }

  /** The literal that the live column never holds: {@code FALSE}, or {@code 0} without booleans. */
  public String falseLiteral() {
    return sql.falseLiteral();
  }

  /** The predicate of dead rows. */
  public String isDead() {
    return live + " IS NULL";
  }

  /** The columns every SELECT reads, in record order: the row mapper's positions. */
  public String selectList() {
    return entity.components().stream()
        .map(Component::column)
        .collect(Collectors.joining(", "));
  }

  /** Inserts the data columns; the database generates the id. */
  public String insert() {
    return insert(entity.dataColumns());
  }

  /** Inserts the id and the data columns. */
  public String insertWithId() {
    List<Component> columns = new java.util.ArrayList<>();
    columns.add(entity.id());
    columns.addAll(entity.dataColumns());
    return insert(columns);
  }

  private String insert(List<Component> columns) {
    return "INSERT INTO " + table + " ("
        + columns.stream().map(Component::column).collect(Collectors.joining(", "))
        + ") VALUES ("
        + columns.stream().map(c -> "?").collect(Collectors.joining(", "))
        + ")";
  }

  public String update() {
    return "UPDATE " + table + " SET "
        + entity.dataColumns().stream().map(c -> c.column() + " = ?").collect(Collectors.joining(", "))
        + " WHERE " + id + " = ? AND " + isLive();
  }

  /** {@code SELECT <select list> FROM <table>}: how every query that reads whole rows starts. */
  public String select() {
    return "SELECT " + selectList() + " FROM " + table;
  }

  public String findById() {
    return select() + " WHERE " + id + " = ? AND " + isLive();
  }

  public String findAnyById() {
    return select() + " WHERE " + id + " = ?";
  }

  /**
   * The order of live or dead rows: by id, written as the order of the (live, id) index. The live
   * column is the same in every selected row, so the order is the same, but H2's planner only reads
   * the index in order, instead of sorting every selected row, when the ORDER BY names its columns
   * (measured: a page of 50 live rows out of 5000 takes 30 times longer with ORDER BY id alone).
   */
  private String inLiveIndexOrder() {
    return " ORDER BY " + live + ", " + id;
  }

  public String alive() {
    return select() + " WHERE " + isLive() + inLiveIndexOrder();
  }

  public String aliveFirst() {
    return sql.firstRows(select() + " WHERE " + isLive() + inLiveIndexOrder());
  }

  public String aliveAfter() {
    return sql.firstRows(select() + " WHERE " + isLive() + " AND " + id + " > ?" + inLiveIndexOrder());
  }

  public String dead() {
    return select() + " WHERE " + isDead() + inLiveIndexOrder();
  }

  public String all() {
    return select() + " ORDER BY " + id;
  }

  public String countAlive() {
    return "SELECT COUNT(*) FROM " + table + " WHERE " + isLive();
  }

  public String countDead() {
    return "SELECT COUNT(*) FROM " + table + " WHERE " + isDead();
  }

  /**
   * What a soft delete sets: {@code live = NULL, deleted_at = ?}, then for an entity in a relation
   * {@code , deletion_id = ?}, the operation, and with a {@code @DeletedBy} component {@code ,
   * deleted_by = ?}, the actor.
   */
  public String kill() {
    return live + " = NULL, " + deletedAt + " = ?"
        + entity.deletionColumn().map(column -> ", " + column + " = ?").orElse("")
        + entity.deletedBy().map(c -> ", " + c.column() + " = ?").orElse("");
  }

  /**
   * What a restore sets: {@code live = TRUE, deleted_at = NULL}, and {@code deleted_by = NULL} with a
   * {@code @DeletedBy} component.
   */
  public String revive() {
    return isLive() + ", " + deletedAt + " = NULL" + entity.deletedBy().map(c -> ", " + c.column() + " = NULL").orElse("");
  }

  /** Parameters: deleted-at, the operation for an entity in a relation, id. */
  public String softDelete() {
    return "UPDATE " + table + " SET " + kill() + " WHERE " + id + " = ? AND " + isLive();
  }

  /** Followed by a parenthesised list of ids. Parameters: deleted-at, the operation if related, ids. */
  public String softDeleteAllHead() {
    return "UPDATE " + table + " SET " + kill() + " WHERE " + isLive() + " AND " + id + " IN ";
  }

  /**
   * Whether the parent with the id is live, locking it against a concurrent soft delete until the
   * transaction ends, so that a child is never inserted under a parent that is being deleted.
   */
  public String parentIsLive(Entity parent) {
    String select =
        "SELECT 1 FROM " + parent.table() + " WHERE " + parent.id().column() + " = ? AND "
            + parent.liveColumn() + " = " + sql.trueLiteral();
    return switch (dialect) {
      case POSTGRESQL -> select + " FOR SHARE";
      case MYSQL -> select + " LOCK IN SHARE MODE";
      case H2, ORACLE -> select + " FOR UPDATE";
      case SQLSERVER -> "SELECT 1 FROM " + parent.table() + " WITH (UPDLOCK, HOLDLOCK) WHERE "
          + parent.id().column() + " = ? AND " + parent.liveColumn() + " = " + sql.trueLiteral();
      // SQLite has one writer at a time: the insert that follows waits for any other.
      default -> select;
    };
  }

  public String restore() {
    return "UPDATE " + table + " SET " + revive() + " WHERE " + id + " = ? AND " + isDead();
  }

  /** Whether a row exists: the live column of the row with the id. */
  public String liveOf() {
    return "SELECT " + live + " FROM " + table + " WHERE " + id + " = ?";
  }

  /**
   * Whether a live row holds the key's values of the (dead) row with the id: asked after a restore
   * was refused, when the database's message did not name the index.
   */
  public String conflict(UniqueKeyModel key) {
    return "SELECT 1 FROM " + table + " d JOIN " + table + " l ON "
        + entity.components(key).stream()
            .map(c -> "l." + c.column() + " = d." + c.column())
            .collect(Collectors.joining(" AND "))
        + " WHERE d." + id + " = ? AND l." + isLive();
  }

  public String hardDelete() {
    return "DELETE FROM " + table + " WHERE " + id + " = ?";
  }

  /** Followed by a parenthesised list of ids. */
  public String hardDeleteAllHead() {
    return "DELETE FROM " + table + " WHERE " + id + " IN ";
  }

  /**
   * Deletes at most {@link #PURGE_BATCH_SIZE} dead rows deleted before the cutoff. Parameters: the
   * cutoff, twice if {@link #purgeBindsTwice()}.
   */
  public String purge() {
    return sql.boundedDelete(table, id, isDead(), deletedAt, PURGE_BATCH_SIZE);
  }

  /** Whether {@link #purge()} takes the cutoff twice. */
  public boolean purgeBindsTwice() {
    return sql.purgeBindsTwice();
  }

  /** The live row holding the key's values. */
  public String findBy(UniqueKeyModel key) {
    return select() + " WHERE " + sql.findByKey(entity.components(key), live);
  }

  /** Whether the driver returns the generated keys of a whole batch. */
  public boolean batchGeneratedKeys() {
    return sql.batchGeneratedKeys();
  }

  /** The id column, named as the driver wants it to return generated keys. */
  public String generatedKeyColumn() {
    return sql.generatedKeyColumn(id);
  }
}
