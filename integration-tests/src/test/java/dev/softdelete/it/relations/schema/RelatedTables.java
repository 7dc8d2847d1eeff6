package dev.softdelete.it.relations.schema;

import dev.softdelete.Dialect;
import dev.softdelete.TableDefinition;
import dev.softdelete.it.TestDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;

/**
 * The tables of the entities of {@code dev.softdelete.it.relations.schema}: their definitions, their
 * generated DDL, and how the tests drop and create them on a database.
 */
final class RelatedTables {
  /** A generated table: its definition, its CREATE statements and its foreign keys. */
  record Table(
      TableDefinition definition,
      Function<Dialect, List<String>> createStatements,
      Function<Dialect, List<String>> foreignKeyStatements) {
    String name() {
      return definition.table();
    }

    /** The generated DDL resource, {@code META-INF/softdelete/<dialect>/<table>.sql}. */
    String resource(Dialect dialect) {
      String path = "META-INF/softdelete/" + dialect.id() + "/" + name() + ".sql";
      try (InputStream in = RelatedTables.class.getClassLoader().getResourceAsStream(path)) {
        if (in == null) {
          throw new AssertionError(path + " is not on the classpath");
        }
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public String toString() {
      return name();
    }
  }

  static final Table VENDORS =
      new Table(VendorSchema.DEFINITION, VendorSchema::createStatements, VendorSchema::foreignKeyStatements);
  static final Table SHIPMENTS =
      new Table(ShipmentSchema.DEFINITION, ShipmentSchema::createStatements, ShipmentSchema::foreignKeyStatements);
  static final Table TRACKING_EVENTS =
      new Table(
          TrackingEventSchema.DEFINITION,
          TrackingEventSchema::createStatements,
          TrackingEventSchema::foreignKeyStatements);
  static final Table FOLDERS =
      new Table(FolderSchema.DEFINITION, FolderSchema::createStatements, FolderSchema::foreignKeyStatements);
  static final Table TEAMS =
      new Table(TeamSchema.DEFINITION, TeamSchema::createStatements, TeamSchema::foreignKeyStatements);
  static final Table PLAYERS =
      new Table(PlayerSchema.DEFINITION, PlayerSchema::createStatements, PlayerSchema::foreignKeyStatements);

  /** Every table, children before their parents: an order in which no table could be created first. */
  static final List<Table> ALL = List.of(TRACKING_EVENTS, SHIPMENTS, VENDORS, FOLDERS, PLAYERS, TEAMS);

  private RelatedTables() {}

  static List<TableDefinition> definitions() {
    return ALL.stream().map(Table::definition).collect(Collectors.toList());
  }

  /**
   * Drops every table, whatever references it: with CASCADE where DROP TABLE has it, and with the
   * foreign key checks off on MariaDB and SQLite.
   */
  static void drop(Handle handle, TestDatabase database) {
    drop(handle, database, ALL);
  }

  /** Drops these tables, whatever references them, as {@link #drop(Handle, TestDatabase)} does. */
  static void drop(Handle handle, TestDatabase database, List<Table> tables) {
    switch (database) {
      case H2, POSTGRESQL -> tables.forEach(t -> handle.execute("DROP TABLE IF EXISTS " + t.name() + " CASCADE"));
      case MARIADB -> {
        handle.execute("SET FOREIGN_KEY_CHECKS = 0");
        tables.forEach(t -> handle.execute("DROP TABLE IF EXISTS " + t.name()));
        handle.execute("SET FOREIGN_KEY_CHECKS = 1");
      }
      case SQLITE -> {
        boolean enforced = handle.createQuery("PRAGMA foreign_keys").mapTo(Integer.class).one() == 1;
        handle.execute("PRAGMA foreign_keys = OFF");
        tables.forEach(t -> handle.execute("DROP TABLE IF EXISTS " + t.name()));
        handle.execute("PRAGMA foreign_keys = " + (enforced ? "ON" : "OFF"));
      }
    }
  }

  /** Creates every table from createStatements in {@link #ALL}'s order, then adds every foreign key. */
  static void create(Handle handle, Dialect dialect) {
    create(handle, dialect, VENDORS, sql -> false);
  }

  /**
   * Creates every table as {@link #create(Handle, Dialect)} does, less the statements of {@code
   * target}, and the column and constraint definitions of its CREATE TABLE, that {@code leftOut}
   * matches: how the tests make a table that lacks a piece of its generated DDL, as an old migration
   * would.
   */
  static void create(Handle handle, Dialect dialect, Table target, Predicate<String> leftOut) {
    for (Table table : ALL) {
      for (String statement : table.createStatements().apply(dialect)) {
        if (table != target) {
          handle.execute(statement);
        } else if (statement.startsWith("CREATE TABLE")) {
          handle.execute(withoutDefinitions(statement, leftOut));
        } else if (!leftOut.test(statement)) {
          handle.execute(statement);
        }
      }
    }
    for (Table table : ALL) {
      table.foreignKeyStatements().apply(dialect).stream()
          .filter(statement -> table != target || !leftOut.test(statement))
          .forEach(handle::execute);
    }
  }

  /** A CREATE TABLE statement of the generated DDL less the definitions that {@code leftOut} matches. */
  static String withoutDefinitions(String createTable, Predicate<String> leftOut) {
    int open = createTable.indexOf("(\n");
    int close = createTable.lastIndexOf("\n)");
    List<String> definitions =
        Arrays.stream(createTable.substring(open + 2, close).split(",\n"))
            .filter(definition -> !leftOut.test(definition.strip()))
            .toList();
    return createTable.substring(0, open + 2) + String.join(",\n", definitions) + createTable.substring(close);
  }

  /** The statements of a DDL resource's text, comments left out. */
  static List<String> statements(String sql) {
    String code =
        sql.lines().filter(line -> !line.startsWith("--")).collect(Collectors.joining("\n"));
    return Arrays.stream((code.strip() + "\n").split(";\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
