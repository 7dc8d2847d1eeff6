package dev.softdelete.processor.model.query;

import java.util.List;

/** What a derived method does, named by the start of its name. */
public enum Verb {
  FIND("find", true),
  COUNT("count", true),
  EXISTS("exists", true),
  SOFT_DELETE("softDelete", false),
  RESTORE("restore", false),
  HARD_DELETE("hardDelete", false);

  /** The prefixes, longest first: {@code softDelete} before any shorter one. */
  public static final List<Verb> BY_PREFIX_LENGTH =
      List.of(SOFT_DELETE, HARD_DELETE, RESTORE, EXISTS, COUNT, FIND);

  private final String prefix;
  private final boolean read;

  Verb(String prefix, boolean read) {
    this.prefix = prefix;
    this.read = read;
  }

  public String prefix() {
    return prefix;
  }

  /** Whether the verb reads: only reads take the Dead and Any scope words and an order. */
  public boolean isRead() {
    return read;
  }
}
