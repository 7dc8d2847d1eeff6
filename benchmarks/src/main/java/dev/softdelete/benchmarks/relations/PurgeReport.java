package dev.softdelete.benchmarks.relations;

import dev.softdelete.benchmarks.relations.PurgeScaling.Purge;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The purge harness's figures: a Markdown table of the reported rounds, and CSV of every round and batch. */
final class PurgeReport {
  /** The target for the lock time of one batch on PostgreSQL. */
  static final double TARGET_BATCH_MILLIS = 100;

  private PurgeReport() {}

  static String markdown(List<Purge> purges) {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "### Purge of P dead parents with %d dead children each, in transactions"
        + " of up to %,d parents (time ~ N^k: k is the growth from the size before)%n%n", PurgeScaling.CHILDREN,
        PurgeScaling.BATCH));
    out.append("| database | purge by | parents | rows | time (ms) | rows/s | growth k | batches"
        + " | statements per batch | median batch (ms) | max batch (ms) | max batch ≤ 100 ms |\n");
    out.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
    Map<String, Purge> before = new HashMap<>();
    for (Purge p : purges) {
      String key = p.db() + "/" + p.contender();
      Purge previous = before.put(key, p);
      String growth = previous == null ? "-" : String.format(Locale.ROOT, "%.2f",
          Math.log((double) p.nanos() / previous.nanos()) / Math.log((double) p.rows() / previous.rows()));
      int statements = p.batches().isEmpty() ? 0 : p.batches().get(0).statements();
      out.append(String.format(Locale.ROOT,
          "| %s | %s | %,d | %,d | %,.1f | %,.0f | %s | %d | %d | %.1f | %.1f | %s |%n",
          p.db(), p.contender().label, p.parents(), p.rows(), p.millis(), p.rowsPerSecond(), growth,
          p.batches().size(), statements, p.medianBatchMillis(), p.maxBatchMillis(),
          p.maxBatchMillis() <= TARGET_BATCH_MILLIS ? "met" : "missed"));
    }
    out.append(breakdown(purges));
    return out.toString();
  }

  /**
   * Where the time of a batch goes: for the largest purge of each database and contender, the median
   * time of each statement over its full batches, with the statement's beginning.
   */
  static String breakdown(List<Purge> purges) {
    Map<String, Purge> largest = new LinkedHashMap<>();
    for (Purge p : purges) {
      largest.merge(p.db() + "/" + p.contender(), p, (a, b) -> b.parents() > a.parents() ? b : a);
    }
    StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
        "%n### Where a batch's time goes: median per statement over the full batches of the largest purge%n%n"
            + "| database | purge by | parents | statement | median (ms) | rows | SQL |%n"
            + "|---|---|---:|---:|---:|---:|---|%n"));
    for (Purge p : largest.values()) {
      int full = p.batches().stream().mapToInt(TimedTransactions.Transaction::statements).max().orElse(0);
      List<TimedTransactions.Transaction> batches =
          p.batches().stream().filter(t -> t.statements() == full).toList();
      for (int j = 0; j < full; j++) {
        int statement = j;
        List<TimedTransactions.Execution> runs = batches.stream().map(t -> t.executions().get(statement)).toList();
        double[] millis = runs.stream().mapToDouble(TimedTransactions.Execution::millis).sorted().toArray();
        int[] rows = runs.stream().mapToInt(TimedTransactions.Execution::updated).sorted().toArray();
        String sql = runs.get(0).sql();
        out.append(String.format(Locale.ROOT, "| %s | %s | %,d | %d | %.1f | %s | `%s` |%n", p.db(),
            p.contender().label, p.parents(), j + 1, millis[millis.length / 2],
            rows[rows.length / 2] < 0 ? "" : String.format(Locale.ROOT, "%,d", rows[rows.length / 2]),
            sql.length() > 100 ? sql.substring(0, 100) + "…" : sql));
      }
    }
    return out.toString();
  }

  static String csv(List<Purge> purges) {
    StringBuilder out = new StringBuilder(
        "database,contender,parents,rows,round,time_ms,rows_per_s,batches,median_batch_ms,max_batch_ms\n");
    for (Purge p : purges) {
      out.append(String.format(Locale.ROOT, "%s,%s,%d,%d,%d,%.3f,%.0f,%d,%.3f,%.3f%n", p.db(), p.contender(),
          p.parents(), p.rows(), p.round(), p.millis(), p.rowsPerSecond(), p.batches().size(),
          p.medianBatchMillis(), p.maxBatchMillis()));
    }
    return out.toString();
  }

  static String batchesCsv(List<Purge> purges) {
    StringBuilder out = new StringBuilder("database,contender,parents,round,batch,time_ms,statements\n");
    for (Purge p : purges) {
      for (int i = 0; i < p.batches().size(); i++) {
        TimedTransactions.Transaction t = p.batches().get(i);
        out.append(String.format(Locale.ROOT, "%s,%s,%d,%d,%d,%.3f,%d%n", p.db(), p.contender(), p.parents(),
            p.round(), i + 1, t.millis(), t.statements()));
      }
    }
    return out.toString();
  }

  /** One line per statement: which statement of a batch takes its time. */
  static String statementsCsv(List<Purge> purges) {
    StringBuilder out = new StringBuilder("database,contender,parents,round,batch,statement,time_ms,rows,sql\n");
    for (Purge p : purges) {
      for (int i = 0; i < p.batches().size(); i++) {
        List<TimedTransactions.Execution> executions = p.batches().get(i).executions();
        for (int j = 0; j < executions.size(); j++) {
          TimedTransactions.Execution e = executions.get(j);
          String sql = e.sql().length() > 300 ? e.sql().substring(0, 300) + "..." : e.sql();
          out.append(String.format(Locale.ROOT, "%s,%s,%d,%d,%d,%d,%.3f,%d,\"%s\"%n", p.db(), p.contender(),
              p.parents(), p.round(), i + 1, j + 1, e.millis(), e.updated(), sql.replace("\"", "\"\"")));
        }
      }
    }
    return out.toString();
  }
}
