package dev.softdelete.benchmarks.bulk;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Prints the harness's results as Markdown tables. */
final class Report {
  private Report() {}

  /**
   * Per verb and size: the time, rows per second and the growth exponent from the previous size
   * (time ~ rows^k; 1 is linear). For the purge also its batches: how many, median and slowest.
   */
  static void scaling(EmbeddedDatabase database, List<Measurement> measurements) {
    Map<String, List<Measurement>> byVerb = new LinkedHashMap<>();
    measurements.forEach(m -> byVerb.computeIfAbsent(m.verb(), v -> new ArrayList<>()).add(m));
    System.out.printf("%n### %s%n%n", database);
    System.out.println(
        "| verb | rows | time (ms) | rows/s | growth k | batches | median batch (ms) | max batch (ms) |");
    System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
    for (List<Measurement> sizes : byVerb.values()) {
      Measurement previous = null;
      for (Measurement m : sizes) {
        String growth = previous == null
            ? "-"
            : format("%.2f", Math.log((double) m.nanos() / previous.nanos())
                / Math.log((double) m.rows() / previous.rows()));
        System.out.println(format("| %s | %,d | %.1f | %,.0f | %s | %s |", m.verb(), m.rows(), m.millis(),
            m.rowsPerSecond(), growth, batches(m)));
        previous = m;
      }
    }
  }

  /** The purge of a tenth of {@code total} rows. */
  static void among(EmbeddedDatabase database, int total, Measurement purge) {
    System.out.printf("%n%s: purge of %,d dead rows among %,d: %.1f ms, %,.0f rows/s, %s%n", database,
        purge.rows(), total, purge.millis(), purge.rowsPerSecond(),
        batches(purge).replace(" | ", ", ") + " (batches, median ms, max ms)");
  }

  private static String batches(Measurement m) {
    if (!m.verb().equals("purgeDeletedBefore")) {
      return "| |";
    }
    List<Double> batches = new ArrayList<>(m.batchMillis());
    batches.sort(null);
    if (batches.isEmpty()) {
      return "0 | | ";
    }
    return format("%d | %.1f | %.1f", batches.size(), batches.get(batches.size() / 2), batches.get(batches.size() - 1));
  }

  private static String format(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }
}
