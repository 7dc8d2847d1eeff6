package dev.softdelete.processor.model;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** The known name closest to a misspelt one, for "did you mean" in messages. */
public final class ClosestName {
  private ClosestName() {}

  /**
   * The candidate with the least edit distance to {@code name}, ignoring case, if it is close enough
   * to be a likely typo: at most a third of the name's length, and at least 1 edit allowed.
   */
  public static Optional<String> of(String name, Collection<String> candidates) {
    if (candidates.isEmpty()) {
      return Optional.empty();
    }
    String best = nearest(name, candidates);
    int distance = distance(name.toLowerCase(Locale.ROOT), best.toLowerCase(Locale.ROOT));
    return distance <= Math.max(1, name.length() / 3) ? Optional.of(best) : Optional.empty();
  }

  /**
   * The candidate with the fewest single-letter edits (Levenshtein distance) from {@code name},
   * ignoring case, so that {@code authorID} finds {@code authorId}; the first of equals in order.
   */
  public static String nearest(String name, Collection<String> candidates) {
    String wanted = name.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      int distance = distance(wanted, candidate.toLowerCase(Locale.ROOT));
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    if (best == null) {
      throw new IllegalArgumentException("no names to choose from");
    }
    return best;
  }

  /** Levenshtein distance. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
