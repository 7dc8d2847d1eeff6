package dev.softdelete.processor.model.query;

import java.util.List;

/**
 * Why a derived method's name could not be read, with what the message needs.
 *
 * @param kind what went wrong
 * @param args the message's arguments after the method's name
 */
public record NameProblem(Kind kind, List<String> args) {
  public NameProblem {
    args = List.copyOf(args);
  }

  public enum Kind {
    /** The name starts with no verb. */
    NO_VERB,
    /** Something other than a scope word or First stands between the verb and By. */
    UNEXPECTED_SUBJECT,
    /** A scope word or First where the verb takes none. */
    MISPLACED_WORD,
    /** No criteria after By. */
    NO_CRITERIA,
    /** A word after By that is no component: args are the word and a suggestion line. */
    UNKNOWN_COMPONENT,
    /** The rest cannot be read: args are the part that could not be read. */
    UNREADABLE
  }

  public static NameProblem of(Kind kind, String... args) {
    return new NameProblem(kind, List.of(args));
  }
}
