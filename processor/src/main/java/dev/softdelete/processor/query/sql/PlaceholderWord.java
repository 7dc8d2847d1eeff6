package dev.softdelete.processor.query.sql;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The words a placeholder may start with. Three are scopes; {@code columns} is a select list. */
enum PlaceholderWord {
  /** {@code {alive a}}: the live rows of {@code a}. */
  ALIVE(true),
  /** {@code {dead a}}: the dead rows of {@code a}. */
  DEAD(true),
  /** {@code {any a}}: a declared decision to read every row of {@code a}. */
  ANY(true),
  /** {@code {columns a}}: the entity's select list, qualified by {@code a}. */
  COLUMNS(false);

  private final boolean scope;

  PlaceholderWord(boolean scope) {
    this.scope = scope;
  }

  /** Whether the placeholder is a scope, which a table reference needs exactly one of. */
  boolean isScope() {
    return scope;
  }

  /** The word as users write it. */
  String word() {
    return name().toLowerCase(Locale.ROOT);
  }

  static Optional<PlaceholderWord> of(String word) {
    return Arrays.stream(values()).filter(w -> w.word().equalsIgnoreCase(word)).findFirst();
  }
}
