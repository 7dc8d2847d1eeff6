package dev.softdelete.processor;

import dev.softdelete.Dialect;
import dev.softdelete.processor.model.Relations;
import dev.softdelete.processor.sql.MigrationOrder;
import dev.softdelete.processor.writing.FlywayWriter;
import dev.softdelete.processor.writing.LiquibaseWriter;
import dev.softdelete.processor.writing.SourceWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The migrations of a compilation: the tables of the entities written in every round, collected, and
 * written as the options ask once the last round is over, so that they hold every entity whatever
 * round it was written in, and the same files whatever order javac reads the records in.
 */
final class Migrations {
  private final MigrationOptions options;
  private final Diagnostics diagnostics;
  private final Optional<FlywayWriter> flyway;
  private final Optional<LiquibaseWriter> liquibase;

  /** The relations of every entity whose files were written, by lower-case table. */
  private final Map<String, Relations> written = new TreeMap<>();

  Migrations(MigrationOptions options, SourceWriter out, Set<Dialect> dialects, Diagnostics diagnostics) {
    this.options = options;
    this.diagnostics = diagnostics;
    this.flyway = options.flywayVersion().map(v -> new FlywayWriter(out, dialects, v, options.flywayLocation()));
    this.liquibase =
        options.liquibase()
            ? Optional.of(new LiquibaseWriter(out, dialects, options.liquibaseLocation()))
            : Optional.empty();
  }

  /** An entity whose files were written: its table is created by the migrations. */
  void add(Relations relations) {
    written.put(key(relations), relations);
  }

  /**
   * Writes the migrations of every table (or of those the option names). Not when any error was
   * reported: the compilation fails, and migrations without the tables in error would be wrong.
   */
  void write() {
    if (!options.any() || diagnostics.errorReported()) {
      return;
    }
    try {
      List<Relations> tables = new ArrayList<>(written.values());
      if (options.tables().isPresent()) {
        Set<String> named = options.tables().get();
        List<String> unknown = named.stream().filter(t -> !written.containsKey(t)).sorted().toList();
        for (String table : unknown) {
          diagnostics.error(
              Message.MIGRATION_TABLE_UNKNOWN, table, written.isEmpty() ? "none" : String.join(", ", written.keySet()));
        }
        if (!unknown.isEmpty()) {
          return;
        }
        tables.removeIf(r -> !named.contains(key(r)));
      }
      List<Relations> ordered = MigrationOrder.parentsFirst(tables);
      if (ordered.isEmpty()) {
        return;
      }
      // Stop at the first file that cannot be written: it has been reported, and the rest would not
      // make a whole migration.
      if (flyway.map(w -> w.write(ordered)).orElse(true)) {
        liquibase.ifPresent(w -> w.write(ordered));
      }
    } catch (RuntimeException | Error e) {
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      diagnostics.error(Message.PROCESSOR_FAILED, "the migrations", trace);
    }
  }

  private static String key(Relations relations) {
    return relations.entity().table().toLowerCase(Locale.ROOT);
  }
}
