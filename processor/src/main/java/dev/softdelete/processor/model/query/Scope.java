package dev.softdelete.processor.model.query;

/** Which rows a derived read sees: {@code find…}, {@code findDead…}, {@code findAny…}. */
public enum Scope {
  ALIVE(""),
  DEAD("Dead"),
  ANY("Any");

  private final String word;

  Scope(String word) {
    this.word = word;
  }

  /** The word after the verb in the method name; empty for live rows. */
  public String word() {
    return word;
  }
}
