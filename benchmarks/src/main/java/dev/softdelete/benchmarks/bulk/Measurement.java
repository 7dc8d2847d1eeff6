package dev.softdelete.benchmarks.bulk;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** One timed call of a bulk verb, with the statements it ran. */
record Measurement(String verb, int rows, long nanos, List<TimedConnection.Execution> statements) {
  double millis() {
    return nanos / 1e6;
  }

  double rowsPerSecond() {
    return rows / (nanos / 1e9);
  }

  /** The statements that changed rows: for a purge, its batches (the last one deletes fewer). */
  List<Double> batchMillis() {
    return statements.stream().filter(s -> s.updated() >= 0).map(s -> s.nanos() / 1e6).collect(Collectors.toList());
  }

  /** Per verb, the round whose time is the median of the rounds. */
  static List<Measurement> medians(List<List<Measurement>> rounds) {
    List<Measurement> medians = new ArrayList<>();
    for (int verb = 0; verb < rounds.get(0).size(); verb++) {
      int v = verb;
      List<Measurement> sorted = rounds.stream().map(round -> round.get(v))
          .sorted(Comparator.comparingLong(Measurement::nanos)).collect(Collectors.toList());
      medians.add(sorted.get(sorted.size() / 2));
    }
    return medians;
  }
}
