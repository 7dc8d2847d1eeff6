package dev.softdelete.benchmarks.relations;

import dev.softdelete.benchmarks.db.Database;
import dev.softdelete.benchmarks.db.Seed;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Creates the tables of a relation with the generated DDL and fills them inside the database (INSERT
 * ... SELECT over a generated series), so that half a million rows take seconds, not half a million
 * round trips. Rows go in before the indexes and the foreign keys, which is faster; the foreign keys
 * then check every row, so a fill that left an orphan would fail here.
 */
final class RelationTables {
  /** One table: its generated DDL (the CREATE TABLE first, then its indexes), its foreign keys, its fill. */
  record Table(String name, List<String> ddl, List<String> foreignKeys, List<String> fill) {}

  private RelationTables() {}

  /** Drops the tables (children are listed after their parents), then creates, fills and analyzes them. */
  static void recreate(Connection c, Database db, List<Table> tables) throws SQLException {
    for (int i = tables.size() - 1; i >= 0; i--) {
      Seed.execute(c, "DROP TABLE IF EXISTS " + tables.get(i).name());
    }
    for (Table t : tables) {
      Seed.execute(c, t.ddl().get(0));
    }
    for (Table t : tables) {
      for (String fill : t.fill()) {
        Seed.execute(c, fill);
      }
    }
    for (Table t : tables) {
      for (String index : t.ddl().subList(1, t.ddl().size())) {
        Seed.execute(c, index);
      }
    }
    for (Table t : tables) {
      for (String foreignKey : t.foreignKeys()) {
        Seed.execute(c, foreignKey);
      }
    }
    for (Table t : tables) {
      Seed.analyze(c, db, t.name());
    }
  }

  /** Drops the tables, children first. */
  static void drop(Connection c, List<Table> tables) throws SQLException {
    for (int i = tables.size() - 1; i >= 0; i--) {
      Seed.execute(c, "DROP TABLE IF EXISTS " + tables.get(i).name());
    }
  }

  /**
   * The values of {@code live, deleted_at, deletion_id} for a row that is dead when {@code dead} holds:
   * deleted at {@code deletedAt} (an SQL timestamp) by operation {@code operation} (an SQL number that
   * {@link #uuid} turns into the operation's id), and live otherwise.
   */
  static String state(String dead, String deletedAt, String operation) {
    return "CASE WHEN " + dead + " THEN NULL ELSE TRUE END, CASE WHEN " + dead + " THEN " + deletedAt
        + " END, CASE WHEN " + dead + " THEN " + uuid(operation) + " END";
  }

  /** A UUID made of a number, the same on H2 and PostgreSQL: 32 hexadecimal digits, zero-padded. */
  static String uuid(String number) {
    return "CAST(LPAD(CAST(" + number + " AS VARCHAR), 32, '0') AS UUID)";
  }
}
