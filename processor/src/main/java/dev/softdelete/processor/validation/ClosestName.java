package dev.softdelete.processor.validation;

import java.util.Collection;
import java.util.Locale;

/**
 * The known name closest to a misspelt one, for "did you mean" in messages: the fewest
 * single-letter edits (Levenshtein distance), ignoring case, so that {@code authorID} finds {@code
 * authorId}; the first of equals in the given order.
 */
final class ClosestName {
  private ClosestName() {}

  static String to(String wrong, Collection<String> known) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : known) {
      int distance = distance(wrong.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
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

  /** The edit distance, with one row of the dynamic-programming table at a time. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
