package dev.softdelete.processor.query.sql;

import java.util.Optional;

/**
 * A piece of the user's SQL text that the checker substitutes: a placeholder or a named parameter
 * (or something that looks like one but is a problem), found outside literals, quoted identifiers
 * and comments. Offsets are into the user's text.
 */
sealed interface Span permits Span.Placeholder, Span.Parameter, Span.Positional, Span.Unknown {
  /** The offset of the first character. */
  int start();

  /** The offset after the last character. */
  int end();

  /**
   * {@code {alive a}}, {@code {dead}}, {@code {columns a}}...
   *
   * @param alias the alias as written (quotes kept), empty for the unqualified form
   * @param text the placeholder as written, for messages
   */
  record Placeholder(int start, int end, PlaceholderWord word, Optional<String> alias, String text)
      implements Span {}

  /** {@code :name}. */
  record Parameter(int start, int end, String name) implements Span {}

  /** A JDBC {@code ?}, which is a problem; kept so that the parameters keep their numbers. */
  record Positional(int start, int end) implements Span {}

  /** A {@code {...}} that is no placeholder, which is a problem; kept so that the rest parses. */
  record Unknown(int start, int end, String text) implements Span {}
}
