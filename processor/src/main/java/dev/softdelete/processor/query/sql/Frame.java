package dev.softdelete.processor.query.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * One SELECT, UPDATE, DELETE or INSERT of the statement, nested or not: the tables it reads in its
 * FROM and JOINs (or as its target), and the conditions that can scope them. A scope placeholder
 * counts only in a condition of the frame whose FROM names its table.
 */
final class Frame {
  private final QueryKind kind;
  private final Object statement;
  private final Frame parent;
  private final List<TableRef> refs = new ArrayList<>();
  private final List<Condition> conditions = new ArrayList<>();

  Frame(QueryKind kind, Object statement, Frame parent) {
    this.kind = kind;
    this.statement = statement;
    this.parent = parent;
  }

  QueryKind kind() {
    return kind;
  }

  /**
   * JSqlParser's node for it: a {@code PlainSelect}, {@code Update}, {@code Delete} or {@code
   * Insert}.
   */
  Object statement() {
    return statement;
  }

  /** The frame this one is nested in, or null at the top. */
  Frame parent() {
    return parent;
  }

  List<TableRef> refs() {
    return refs;
  }

  List<Condition> conditions() {
    return conditions;
  }

  void add(TableRef ref) {
    refs.add(ref);
  }

  void add(Condition condition) {
    conditions.add(condition);
  }

  /** Whether {@code other} is this frame or one it is nested in. */
  boolean isWithin(Frame other) {
    for (Frame f = this; f != null; f = f.parent) {
      if (f == other) {
        return true;
      }
    }
    return false;
  }

  /** For messages: where a scope for this frame's tables goes. */
  String scopePlace() {
    return switch (kind) {
      case SELECT -> "the WHERE or a JOIN ON of the SELECT that reads it";
      case UPDATE -> "the WHERE of the UPDATE";
      case DELETE -> "the WHERE of the DELETE";
      case INSERT -> "the WHERE of the SELECT that reads it";
    };
  }
}
