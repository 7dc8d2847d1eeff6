package dev.softdelete.processor.reading;

import dev.softdelete.processor.model.ClosestName;
import dev.softdelete.processor.model.Component;
import dev.softdelete.processor.model.query.Criterion;
import dev.softdelete.processor.model.query.MethodName;
import dev.softdelete.processor.model.query.NameProblem;
import dev.softdelete.processor.model.query.NameProblem.Kind;
import dev.softdelete.processor.model.query.Operator;
import dev.softdelete.processor.model.query.OrderItem;
import dev.softdelete.processor.model.query.Scope;
import dev.softdelete.processor.model.query.Verb;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads a derived method's name against the entity's components, in the grammar of Jakarta Data's
 * Query by Method Name:
 *
 * <pre>
 * name      = verb [scope] [First[N]] "By" criteria ["OrderBy" order] | verb … "By" "OrderBy" order
 * verb      = find | count | exists | softDelete | restore | hardDelete
 * scope     = Dead | Any            (reads; hardDelete takes Dead)
 * criteria  = criterion (("And" | "Or") criterion)*      And binds tighter than Or
 * criterion = Component [Operator] ["IgnoreCase"]
 * order     = (Component ["Asc" | "Desc"])+
 * </pre>
 *
 * <p>Component names may themselves contain {@code And}, {@code Or} or an operator word ({@code
 * orderId}, {@code notes}), so the criteria are read by trying the components longest first and
 * backtracking, never by splitting at keywords. Nothing but the scope word and {@code First} may stand
 * between the verb and {@code By}: a name like {@code softDeleteDeadByX} must not silently read as a
 * subject "Dead".
 */
public final class MethodNameParser {
  private static final Pattern FIRST = Pattern.compile("First([1-9][0-9]*)?");

  private final List<Component> components;

  /** The components, longest name first, so that {@code authorIdHash} wins over {@code authorId}. */
  public MethodNameParser(List<Component> components) {
    this.components =
        components.stream()
            .sorted(Comparator.comparingInt((Component c) -> c.name().length()).reversed())
            .toList();
  }

  /** The name read, or why it cannot be. */
  public Result parse(String name) {
    Optional<Verb> verb =
        Verb.BY_PREFIX_LENGTH.stream().filter(v -> startsWord(name, 0, v.prefix())).findFirst();
    if (verb.isEmpty()) {
      return Result.failed(NameProblem.of(Kind.NO_VERB));
    }
    int at = verb.get().prefix().length();
    Scope scope = defaultScope(verb.get());
    for (Scope word : List.of(Scope.DEAD, Scope.ANY)) {
      if (startsWord(name, at, word.word()) && !name.startsWith("By", at)) {
        if (!verb.get().isRead() && !(verb.get() == Verb.HARD_DELETE && word == Scope.DEAD)) {
          return Result.failed(NameProblem.of(Kind.MISPLACED_WORD, word.word(), verb.get().prefix()));
        }
        scope = word;
        at += word.word().length();
        break;
      }
    }
    OptionalInt first = OptionalInt.empty();
    boolean firstAlone = false;
    int by = name.indexOf("By", at);
    Matcher firstMatch = FIRST.matcher(name).region(at, by < 0 ? name.length() : by);
    if (by > at && firstMatch.lookingAt() && firstMatch.end() == by) {
      if (verb.get() != Verb.FIND) {
        return Result.failed(NameProblem.of(Kind.MISPLACED_WORD, "First", verb.get().prefix()));
      }
      firstAlone = firstMatch.group(1) == null;
      first = OptionalInt.of(firstAlone ? 1 : Integer.parseInt(firstMatch.group(1)));
      at = by;
    }
    if (!name.startsWith("By", at)) {
      String subject = by < 0 ? name.substring(at) : name.substring(at, by);
      return Result.failed(NameProblem.of(Kind.UNEXPECTED_SUBJECT, subject, verb.get().prefix()));
    }
    at += 2;
    Partial partial = new Partial(verb.get(), scope, first, firstAlone);
    if (name.startsWith("OrderBy", at) && at + 7 < name.length()) {
      Optional<List<OrderItem>> order = order(name, at + 7);
      if (order.isPresent()) {
        return Result.parsed(partial.with(List.of(), order.get()));
      }
    }
    if (at == name.length()) {
      return Result.failed(NameProblem.of(Kind.NO_CRITERIA, verb.get().prefix()));
    }
    Furthest furthest = new Furthest(at);
    Optional<MethodName> parsed = criteria(name, at, new ArrayList<>(), new ArrayList<>(), partial, furthest);
    if (parsed.isPresent()) {
      return Result.parsed(parsed.get());
    }
    if (furthest.afterCriterion) {
      return Result.failed(NameProblem.of(Kind.UNREADABLE, name.substring(furthest.at)));
    }
    return Result.failed(unknownAt(name, furthest.at));
  }

  private static Scope defaultScope(Verb verb) {
    return switch (verb) {
      case RESTORE -> Scope.DEAD;
      case HARD_DELETE -> Scope.ANY;
      default -> Scope.ALIVE;
    };
  }

  /** The criteria from {@code at}: each way a component and operator can start there, in turn. */
  private Optional<MethodName> criteria(
      String name,
      int at,
      List<List<Criterion>> groups,
      List<Criterion> group,
      Partial partial,
      Furthest furthest) {
    if (at < name.length()) {
      furthest.reached(at, false);
    }
    for (Component component : components) {
      String word = capitalized(component.name());
      if (!name.startsWith(word, at)) {
        continue;
      }
      int afterComponent = at + word.length();
      for (Operator operator : Operator.BY_KEYWORD_LENGTH) {
        if (!name.startsWith(operator.keyword(), afterComponent)) {
          continue;
        }
        int afterOperator = afterComponent + operator.keyword().length();
        for (boolean ignoreCase : new boolean[] {true, false}) {
          if (ignoreCase && !name.startsWith("IgnoreCase", afterOperator)) {
            continue;
          }
          int next = afterOperator + (ignoreCase ? "IgnoreCase".length() : 0);
          Optional<MethodName> rest =
              afterCriterion(
                  name, next, groups, group, new Criterion(component, operator, ignoreCase), partial, furthest);
          if (rest.isPresent()) {
            return rest;
          }
        }
      }
    }
    return Optional.empty();
  }

  private Optional<MethodName> afterCriterion(
      String name,
      int at,
      List<List<Criterion>> groups,
      List<Criterion> group,
      Criterion criterion,
      Partial partial,
      Furthest furthest) {
    List<Criterion> withCriterion = new ArrayList<>(group);
    withCriterion.add(criterion);
    if (at == name.length()) {
      return Optional.of(partial.with(closed(groups, withCriterion), List.of()));
    }
    if (startsWord(name, at, "And")) {
      Optional<MethodName> rest = criteria(name, at + 3, groups, withCriterion, partial, furthest);
      if (rest.isPresent()) {
        return rest;
      }
    }
    if (name.startsWith("OrderBy", at)) {
      Optional<List<OrderItem>> order = order(name, at + 7);
      if (order.isPresent()) {
        return Optional.of(partial.with(closed(groups, withCriterion), order.get()));
      }
    }
    if (startsWord(name, at, "Or")) {
      Optional<MethodName> rest =
          criteria(
              name, at + 2, closed(groups, withCriterion), new ArrayList<>(), partial, furthest);
      if (rest.isPresent()) {
        return rest;
      }
    }
    // A criterion read up to a new word: what stands there is no And, Or or OrderBy. Inside a
    // word (findByStatusx) the component's name goes on: the criterion's start is to blame.
    if (Character.isUpperCase(name.charAt(at))) {
      furthest.reached(at, true);
    }
    return Optional.empty();
  }

  private static List<List<Criterion>> closed(List<List<Criterion>> groups, List<Criterion> group) {
    List<List<Criterion>> all = new ArrayList<>(groups);
    all.add(group);
    return all;
  }

  /** {@code OrderBy} keys from {@code at} to the end of the name, or empty if they do not read. */
  private Optional<List<OrderItem>> order(String name, int at) {
    if (at == name.length()) {
      return Optional.empty();
    }
    for (Component component : components) {
      String word = capitalized(component.name());
      if (!name.startsWith(word, at)) {
        continue;
      }
      int next = at + word.length();
      for (String direction : List.of("Desc", "Asc", "")) {
        if (!startsWord(name, next, direction) && !direction.isEmpty()) {
          continue;
        }
        int after = next + direction.length();
        OrderItem item = new OrderItem(component, direction.equals("Desc"));
        if (after == name.length()) {
          return Optional.of(List.of(item));
        }
        Optional<List<OrderItem>> rest = order(name, after);
        if (rest.isPresent()) {
          List<OrderItem> all = new ArrayList<>(List.of(item));
          all.addAll(rest.get());
          return Optional.of(all);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The problem where a criterion should start but none does: the word there, up to the next {@code
   * And}, {@code Or} or {@code OrderBy}, without its operator, is no component; suggest the closest
   * one.
   */
  private NameProblem unknownAt(String name, int at) {
    String rest = name.substring(at);
    Matcher end = Pattern.compile("(?<=[a-z0-9])(And|OrderBy|Or)(?=[A-Z]|$)").matcher(rest);
    String word = end.find() ? rest.substring(0, end.start()) : rest;
    word = strip(word, "IgnoreCase");
    for (Operator operator : Operator.BY_KEYWORD_LENGTH) {
      if (!operator.keyword().isEmpty() && word.endsWith(operator.keyword())
          && word.length() > operator.keyword().length()) {
        word = word.substring(0, word.length() - operator.keyword().length());
        break;
      }
    }
    String component = decapitalized(word);
    List<String> names = components.stream().map(Component::name).sorted().toList();
    boolean known = names.contains(component);
    if (word.isEmpty() || known) {
      return NameProblem.of(Kind.UNREADABLE, rest);
    }
    String hint =
        ClosestName.of(component, names)
            .map(closest -> "Did you mean `" + closest + "`? ")
            .orElse("");
    return NameProblem.of(
        Kind.UNKNOWN_COMPONENT, component, hint + "Components: " + String.join(", ", names) + ".");
  }

  private static String strip(String word, String suffix) {
    return word.endsWith(suffix) ? word.substring(0, word.length() - suffix.length()) : word;
  }

  /** Whether {@code word} stands at {@code at}, ending there or before an upper-case letter or digit. */
  private static boolean startsWord(String name, int at, String word) {
    if (!name.startsWith(word, at)) {
      return false;
    }
    int end = at + word.length();
    return end == name.length() || !Character.isLowerCase(name.charAt(end));
  }

  static String capitalized(String name) {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  private static String decapitalized(String name) {
    return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }

  /** How far reading the criteria got, for the message when it fails. */
  private static final class Furthest {
    int at;

    /** Whether reading stopped after a whole criterion, where And, Or, OrderBy or the end goes. */
    boolean afterCriterion;

    Furthest(int at) {
      this.at = at;
    }

    void reached(int position, boolean after) {
      if (position > at) {
        at = position;
        afterCriterion = after;
      }
    }
  }

  /** What was read before the criteria. */
  private record Partial(Verb verb, Scope scope, OptionalInt first, boolean firstAlone) {
    MethodName with(List<List<Criterion>> condition, List<OrderItem> order) {
      return new MethodName(verb, scope, first, firstAlone, condition, order);
    }
  }

  /** A name read, or the problem that stopped it. */
  public record Result(Optional<MethodName> name, Optional<NameProblem> problem) {
    static Result parsed(MethodName name) {
      return new Result(Optional.of(name), Optional.empty());
    }

    static Result failed(NameProblem problem) {
      return new Result(Optional.empty(), Optional.of(problem));
    }
  }

  @Override
  public String toString() {
    return components.stream().map(Component::name).collect(Collectors.joining(", "));
  }
}
