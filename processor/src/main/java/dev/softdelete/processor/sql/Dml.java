package dev.softdelete.processor.sql;

import dev.softdelete.processor.model.Component;
import dev.softdelete.processor.model.Entity;
import dev.softdelete.processor.model.UniqueKeyModel;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The statements a generated repository runs, rendered at compile time. Live rows are selected with
 * the literal {@code live = TRUE} and dead rows with {@code live IS NULL}, never a bound parameter, so
 * that the planner can use the indexes over the live column. The SQL is the same on every dialect the
 * processor supports so far.
 */
public final class Dml {
  /** How many dead rows one purge statement deletes. */
  public static final int PURGE_BATCH_SIZE = 1000;

  private final Entity entity;
  private final String table;
  private final String id;
  private final String live;
  private final String deletedAt;

  public Dml(Entity entity) {
    this.entity = entity;
    this.table = entity.table();
    this.id = entity.id().column();
    this.live = entity.liveColumn();
    this.deletedAt = entity.deletedAtColumn();
  }

  /** The predicate of live rows. */
  public String isLive() {
    return live + " = TRUE";
  }

  /** The predicate of dead rows. */
  public String isDead() {
    return live + " IS NULL";
  }

  /** The columns every SELECT reads, in record order: the row mapper's positions. */
  public String selectList() {
    return entity.components().stream()
        .map(c -> c.isDeletedAt() ? deletedAt : c.column())
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

  private String select() {
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
    return select() + " WHERE " + isLive() + inLiveIndexOrder() + " FETCH FIRST ? ROWS ONLY";
  }

  public String aliveAfter() {
    return select() + " WHERE " + isLive() + " AND " + id + " > ?" + inLiveIndexOrder() + " FETCH FIRST ? ROWS ONLY";
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

  /** Parameters: deleted-at, id. */
  public String softDelete() {
    return "UPDATE " + table + " SET " + live + " = NULL, " + deletedAt + " = ? WHERE " + id + " = ? AND " + isLive();
  }

  /** Followed by a parenthesised list of ids. Parameters: deleted-at, ids. */
  public String softDeleteAllHead() {
    return "UPDATE " + table + " SET " + live + " = NULL, " + deletedAt + " = ? WHERE " + isLive() + " AND " + id + " IN ";
  }

  public String restore() {
    return "UPDATE " + table + " SET " + live + " = TRUE, " + deletedAt + " = NULL WHERE " + id + " = ? AND " + isDead();
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
   * Deletes at most {@link #PURGE_BATCH_SIZE} dead rows deleted before the cutoff, lowest ids first.
   * The outer predicate repeats the inner one, so that a row restored while the statement waits for
   * its lock is re-checked and kept. Parameters: cutoff, cutoff.
   */
  public String purge() {
    String dead = isDead() + " AND " + deletedAt + " < ?";
    return "DELETE FROM " + table + " WHERE " + dead + " AND " + id + " IN (SELECT " + id + " FROM "
        + table + " WHERE " + dead + " ORDER BY " + id + " FETCH FIRST " + PURGE_BATCH_SIZE
        + " ROWS ONLY)";
  }

  /** The live row holding the key's values. */
  public String findBy(UniqueKeyModel key) {
    return select() + " WHERE "
        + entity.components(key).stream().map(c -> c.column() + " = ?").collect(Collectors.joining(" AND "))
        + " AND " + isLive();
  }
}
