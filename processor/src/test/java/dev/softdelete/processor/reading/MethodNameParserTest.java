package dev.softdelete.processor.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.palantir.javapoet.ClassName;
import dev.softdelete.processor.model.Component;
import dev.softdelete.processor.model.JavaType;
import dev.softdelete.processor.model.Names;
import dev.softdelete.processor.model.query.Criterion;
import dev.softdelete.processor.model.query.MethodName;
import dev.softdelete.processor.model.query.NameProblem;
import dev.softdelete.processor.model.query.NameProblem.Kind;
import dev.softdelete.processor.model.query.Operator;
import dev.softdelete.processor.model.query.Scope;
import dev.softdelete.processor.model.query.Verb;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The grammar of derived method names, read against components by name alone (the parser never
 * looks at types; whether an operator fits a type is the validator's to say). The components
 * include names that contain the grammar's own words: {@code orderId} and {@code origin} start with
 * {@code Or}, {@code android} with {@code And}, {@code notes} with {@code Not}, {@code index} with
 * {@code In}.
 */
class MethodNameParserTest {
  private static final MethodNameParser PARSER =
      parser(
          "id",
          "authorId",
          "title",
          "status",
          "publishedAt",
          "views",
          "orderId",
          "notes",
          "index",
          "origin",
          "android");

  private static final String COMPONENT_LIST =
      "Components: android, authorId, id, index, notes, orderId, origin, publishedAt, status,"
          + " title, views.";

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "findByTitle, FIND, ALIVE",
    "findDeadByTitle, FIND, DEAD",
    "findAnyByTitle, FIND, ANY",
    "countByTitle, COUNT, ALIVE",
    "countDeadByTitle, COUNT, DEAD",
    "countAnyByTitle, COUNT, ANY",
    "existsByTitle, EXISTS, ALIVE",
    "existsDeadByTitle, EXISTS, DEAD",
    "existsAnyByTitle, EXISTS, ANY",
    "softDeleteByTitle, SOFT_DELETE, ALIVE",
    "restoreByTitle, RESTORE, DEAD",
    "hardDeleteByTitle, HARD_DELETE, ANY",
    "hardDeleteDeadByTitle, HARD_DELETE, DEAD",
  })
  void verbAndScope(String name, Verb verb, Scope scope) {
    MethodName parsed = parsed(name);

    assertThat(parsed.verb()).isEqualTo(verb);
    assertThat(parsed.scope()).isEqualTo(scope);
    assertThat(parsed.first()).isEmpty();
    assertThat(describe(parsed)).isEqualTo("title");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "softDeleteDeadByTitle, Dead, softDelete",
    "softDeleteAnyByTitle, Any, softDelete",
    "restoreDeadByTitle, Dead, restore",
    "restoreAnyByTitle, Any, restore",
    "hardDeleteAnyByTitle, Any, hardDelete",
    "countFirstByTitle, First, count",
    "existsFirst3ByTitle, First, exists",
    "softDeleteFirstByTitle, First, softDelete",
  })
  void scopeOrFirstAfterAVerbThatTakesNone(String name, String word, String verb) {
    assertThat(problem(name)).isEqualTo(NameProblem.of(Kind.MISPLACED_WORD, word, verb));
  }

  @Test
  void firstAloneReturnsOneRowAndFirstNAList() {
    MethodName first = parsed("findFirstByTitle");
    MethodName firstThree = parsed("findFirst3ByTitle");
    MethodName deadFirstTwelve = parsed("findDeadFirst12ByTitle");

    assertThat(first.first()).isEqualTo(OptionalInt.of(1));
    assertThat(first.firstWithoutNumber()).isTrue();
    assertThat(firstThree.first()).isEqualTo(OptionalInt.of(3));
    assertThat(firstThree.firstWithoutNumber()).isFalse();
    assertThat(deadFirstTwelve.scope()).isEqualTo(Scope.DEAD);
    assertThat(deadFirstTwelve.first()).isEqualTo(OptionalInt.of(12));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "findArticlesByTitle, Articles, find",
    "findFirst0ByTitle, First0, find",
    "findFirstDeadByTitle, FirstDead, find",
    "countDeadArticlesByTitle, Articles, count",
    "findAll, All, find",
  })
  void nothingElseBetweenTheVerbAndBy(String name, String subject, String verb) {
    assertThat(problem(name)).isEqualTo(NameProblem.of(Kind.UNEXPECTED_SUBJECT, subject, verb));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"searchByTitle", "finderByTitle", "softDeletedByTitle", "restoring", "alive"})
  void noVerb(String name) {
    assertThat(problem(name)).isEqualTo(NameProblem.of(Kind.NO_VERB));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "findBy, find",
    "countDeadBy, count",
    "findFirst3By, find",
    "softDeleteBy, softDelete"
  })
  void noCriteria(String name, String verb) {
    assertThat(problem(name)).isEqualTo(NameProblem.of(Kind.NO_CRITERIA, verb));
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Operator.class)
  void everyOperatorKeyword(Operator operator) {
    MethodName parsed = parsed("findByViews" + operator.keyword());

    assertThat(parsed.criteria())
        .extracting(Criterion::operator, Criterion::ignoreCase)
        .containsExactly(tuple(operator, false));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "findByTitleIgnoreCase, title ignoreCase",
    "findByTitleContainsIgnoreCase, title Contains ignoreCase",
    "findByTitleNotIgnoreCase, title Not ignoreCase",
    "findByTitleInIgnoreCase, title In ignoreCase",
    "findByTitleIgnoreCaseAndStatus, title ignoreCase AND status",
    "findByTitleStartsWithIgnoreCaseOrStatusEndsWith, title StartsWith ignoreCase OR status"
        + " EndsWith",
  })
  void ignoreCaseFollowsItsCriterion(String name, String expected) {
    assertThat(describe(parsed(name))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    // The longest keyword wins where one starts another.
    "findByViewsLessThanEqual, views LessThanEqual",
    "findByViewsGreaterThanEqual, views GreaterThanEqual",
    "findByTitleNotIn, title NotIn",
    "findByTitleNotNull, title NotNull",
    "findByPublishedAtBetweenAndStatus, publishedAt Between AND status",
  })
  void longerKeywordsBeforeTheirPrefixes(String name, String expected) {
    assertThat(describe(parsed(name))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "findByTitleAndStatusOrViewsAndAuthorId, title AND status OR views AND authorId",
    "findByTitleOrStatusAndViews, title OR status AND views",
    "findByTitleOrStatusOrViews, title OR status OR views",
    "findByTitleAndStatusAndViews, title AND status AND views",
  })
  void andBindsTighterThanOr(String name, String expected) {
    assertThat(describe(parsed(name))).isEqualTo(expected);
  }

  @Test
  void theConditionIsOrOfAnds() {
    MethodName parsed = parsed("findByTitleAndStatusOrViews");

    assertThat(parsed.condition()).hasSize(2);
    assertThat(parsed.condition().get(0))
        .extracting(c -> c.component().name())
        .containsExactly("title", "status");
    assertThat(parsed.condition().get(1))
        .extracting(c -> c.component().name())
        .containsExactly("views");
    assertThat(parsed.criteria())
        .extracting(c -> c.component().name())
        .containsExactly("title", "status", "views");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "findByStatusOrderByTitle, status ORDER title",
    "findByStatusOrderByTitleAsc, status ORDER title",
    "findByStatusOrderByTitleDesc, status ORDER title desc",
    "findByStatusOrderByPublishedAtDescTitleAsc, status ORDER publishedAt desc title",
    "findByStatusOrderByAuthorIdDescPublishedAtIdDesc, status ORDER authorId desc publishedAt id"
        + " desc",
    "findByOrderByTitle, ORDER title",
    "findDeadByOrderByPublishedAtDesc, ORDER publishedAt desc",
    "countByStatusOrderByTitle, status ORDER title",
  })
  void orderBy(String name, String expected) {
    assertThat(describe(parsed(name))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "findByOrderId, orderId",
    "findByOrderIdOrderByOrderIdDesc, orderId ORDER orderId desc",
    "findByOrderByOrderId, ORDER orderId",
    "findByTitleOrOrderId, title OR orderId",
    "findByTitleOrOrigin, title OR origin",
    "findByOriginOrderByOrigin, origin ORDER origin",
    "findByOrderIdInOrOriginNot, orderId In OR origin Not",
    "findByNotes, notes",
    "findByNotesNot, notes Not",
    "findByNotesNotNull, notes NotNull",
    "findByTitleNotAndNotesNotIn, title Not AND notes NotIn",
    "findByIndex, index",
    "findByIndexIn, index In",
    "findByIdIn, id In",
    "findByAndroid, android",
    "findByAndroidAndTitle, android AND title",
    "findByTitleAndAndroidOrAndroidAndOrigin, title AND android OR android AND origin",
  })
  void componentsContainingKeywords(String name, String expected) {
    assertThat(describe(parsed(name))).isEqualTo(expected);
  }

  @Test
  void longestComponentFirstThenBacktracking() {
    MethodNameParser parser = parser("a", "b", "bc", "aAndB");

    // Both readings of AAndB parse; the longest component wins.
    assertThat(describe(parser.parse("findByAAndB").name().orElseThrow())).isEqualTo("aAndB");
    assertThat(describe(parser.parse("findByAAndBAndB").name().orElseThrow()))
        .isEqualTo("aAndB AND b");
    // aAndB leaves "c", which reads as nothing: back to a, And, bc.
    assertThat(describe(parser.parse("findByAAndBc").name().orElseThrow())).isEqualTo("a AND bc");
  }

  @Test
  void unknownComponentWithTheClosestName() {
    assertThat(problem("findByAutorId"))
        .isEqualTo(
            NameProblem.of(
                Kind.UNKNOWN_COMPONENT, "autorId", "Did you mean `authorId`? " + COMPONENT_LIST));
  }

  @Test
  void unknownComponentWithNothingClose() {
    assertThat(problem("findByHeadline"))
        .isEqualTo(NameProblem.of(Kind.UNKNOWN_COMPONENT, "headline", COMPONENT_LIST));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    // The word blamed is the one where reading stopped furthest, cut at And, Or or OrderBy, and
    // without an operator or IgnoreCase after it.
    "findByTitleAndStatsu, statsu, status",
    "findByTitleAndStatsuOrderByViews, statsu, status",
    "findByStatsuOrTitle, statsu, status",
    "findByTitleOrStatsu, statsu, status",
    "findByTitleAndStatsuIn, statsu, status",
    "findByTitleAndStatsuIgnoreCase, statsu, status",
    "findByTitleAndStatsuAnd, statsu, status",
    // A component name that goes on in lower case or digits is a misspelt component.
    "findByStatusx, statusx, status",
    "findByAuthorIdd, authorIdd, authorId",
    "findByViews2, views2, views",
  })
  void unknownComponentAtTheFurthestPosition(String name, String word, String closest) {
    assertThat(problem(name))
        .isEqualTo(
            NameProblem.of(
                Kind.UNKNOWN_COMPONENT, word, "Did you mean `" + closest + "`? " + COMPONENT_LIST));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    // A whole criterion was read and a new word follows that is no And, Or or OrderBy: the rest is
    // what cannot be read.
    "findByTitleAnd, And",
    "findByTitleOr, Or",
    "findByTitleAndStatusOr, Or",
    "findByTitleOrderBy, OrderBy",
    "findByTitleOrderByBlah, OrderByBlah",
    "findByTitleOrderByTitleOrStatus, OrderByTitleOrStatus",
    "findByTitleAndStatusOrderByViewsDescc, OrderByViewsDescc",
    "findByTitleStartsWithBlah, Blah",
    "findByTitleContainsIgnorecase, Ignorecase",
    "findByTitleIgnoreCaseIgnoreCase, IgnoreCase",
    "findByTitleNotNotIn, NotIn",
    "findByTitleTitle, Title",
    "findByPublishedAtBefor, Befor",
    "findByTitleAndStatusBlah, Blah",
  })
  void unreadableAfterAWholeCriterion(String name, String rest) {
    assertThat(problem(name)).isEqualTo(NameProblem.of(Kind.UNREADABLE, rest));
  }

  private static MethodName parsed(String name) {
    MethodNameParser.Result result = PARSER.parse(name);
    assertThat(result.problem()).as(name).isEmpty();
    return result.name().orElseThrow();
  }

  private static NameProblem problem(String name) {
    MethodNameParser.Result result = PARSER.parse(name);
    assertThat(result.name()).as(name).isEmpty();
    return result.problem().orElseThrow();
  }

  /**
   * The criteria and order in one line: {@code title Contains ignoreCase AND status OR views ORDER
   * publishedAt desc}.
   */
  private static String describe(MethodName name) {
    String condition =
        name.condition().stream()
            .map(
                group ->
                    group.stream()
                        .map(MethodNameParserTest::describe)
                        .collect(Collectors.joining(" AND ")))
            .collect(Collectors.joining(" OR "));
    String order =
        name.order().stream()
            .map(o -> o.component().name() + (o.descending() ? " desc" : ""))
            .collect(Collectors.joining(" "));
    return (condition + (order.isEmpty() ? "" : " ORDER " + order)).trim();
  }

  private static String describe(Criterion criterion) {
    return Stream.of(
            criterion.component().name(),
            criterion.operator().keyword(),
            criterion.ignoreCase() ? "ignoreCase" : "")
        .filter(word -> !word.isEmpty())
        .collect(Collectors.joining(" "));
  }

  private static MethodNameParser parser(String... names) {
    return new MethodNameParser(Arrays.stream(names).map(MethodNameParserTest::component).toList());
  }

  /** A component as the reader makes it; the parser reads only its name. */
  private static Component component(String name) {
    return new Component(
        name,
        null,
        ClassName.get(String.class),
        "String",
        Optional.of(JavaType.STRING),
        false,
        false,
        false,
        Names.snakeCase(name),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        false,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }
}
