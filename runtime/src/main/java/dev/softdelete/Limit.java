package dev.softdelete;

/**
 * How many rows a derived finder returns, passed as its last parameter: {@code Limit.of(max)} returns
 * at most {@code max} rows; {@code Limit.range(offset, max)} skips {@code offset} rows, counted from 0,
 * then returns at most {@code max}.
 *
 * @param offset the rows skipped, at least 0
 * @param max the most rows returned, at least 0
 */
public record Limit(long offset, int max) {
  public Limit {
    if (offset < 0) {
      throw new IllegalArgumentException("offset must not be negative: " + offset);
    }
    if (max < 0) {
      throw new IllegalArgumentException("max must not be negative: " + max);
    }
  }

  /** At most {@code max} rows, from the first. */
  public static Limit of(int max) {
    return new Limit(0, max);
  }

  /** At most {@code max} rows after skipping {@code offset}. */
  public static Limit range(long offset, int max) {
    return new Limit(offset, max);
  }
}
