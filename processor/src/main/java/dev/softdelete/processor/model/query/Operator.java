package dev.softdelete.processor.model.query;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The comparison a criterion of a derived method makes, named by the keyword that follows the
 * component: {@code findByAuthorIdIn}, {@code findByPublishedAtBefore}. No keyword is equality.
 */
public enum Operator {
  EQUALS("", 1),
  NOT("Not", 1),
  IN("In", 1),
  NOT_IN("NotIn", 1),
  LESS_THAN("LessThan", 1),
  LESS_THAN_EQUAL("LessThanEqual", 1),
  GREATER_THAN("GreaterThan", 1),
  GREATER_THAN_EQUAL("GreaterThanEqual", 1),
  BETWEEN("Between", 2),
  BEFORE("Before", 1),
  AFTER("After", 1),
  NULL("Null", 0),
  NOT_NULL("NotNull", 0),
  TRUE("True", 0),
  FALSE("False", 0),
  LIKE("Like", 1),
  STARTS_WITH("StartsWith", 1),
  ENDS_WITH("EndsWith", 1),
  CONTAINS("Contains", 1);

  /** The keywords, longest first, so that {@code NotIn} is tried before {@code In}. */
  public static final List<Operator> BY_KEYWORD_LENGTH =
      Arrays.stream(values())
          .sorted(Comparator.comparingInt((Operator o) -> o.keyword.length()).reversed())
          .toList();

  private final String keyword;
  private final int arity;

  Operator(String keyword, int arity) {
    this.keyword = keyword;
    this.arity = arity;
  }

  /** The word in the method name; empty for equality. */
  public String keyword() {
    return keyword;
  }

  /** How many method parameters the criterion takes. */
  public int arity() {
    return arity;
  }

  /** Whether the parameter is a collection of values. */
  public boolean takesCollection() {
    return this == IN || this == NOT_IN;
  }

  /** Whether the component must be a String: the pattern operators. */
  public boolean needsString() {
    return this == LIKE || this == STARTS_WITH || this == ENDS_WITH || this == CONTAINS;
  }

  /** Whether the component must be a boolean. */
  public boolean needsBoolean() {
    return this == TRUE || this == FALSE;
  }

  /** Whether the component must have an order: the comparisons. */
  public boolean needsOrder() {
    return switch (this) {
      case LESS_THAN, LESS_THAN_EQUAL, GREATER_THAN, GREATER_THAN_EQUAL, BETWEEN, BEFORE, AFTER -> true;
      default -> false;
    };
  }

  /** Whether IgnoreCase may follow: the comparisons of text by equality or pattern. */
  public boolean allowsIgnoreCase() {
    return switch (this) {
      case EQUALS, NOT, IN, NOT_IN, LIKE, STARTS_WITH, ENDS_WITH, CONTAINS -> true;
      default -> false;
    };
  }
}
