package dev.softdelete.processor.query.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What is a placeholder or a parameter, and what only looks like one. */
class SqlScannerTest {

  private static List<Span> spans(String sql) {
    return SqlScanner.scan(sql).spans();
  }

  private static List<String> parameters(String sql) {
    return spans(sql).stream()
        .filter(s -> s instanceof Span.Parameter)
        .map(s -> ((Span.Parameter) s).name())
        .toList();
  }

  @Test
  void placeholdersWithAndWithoutAlias() {
    assertThat(spans("x {alive a} y {DEAD} z {columns \"My A\"} {any  `b` }"))
        .containsExactly(
            new Span.Placeholder(2, 11, PlaceholderWord.ALIVE, Optional.of("a"), "{alive a}"),
            new Span.Placeholder(14, 20, PlaceholderWord.DEAD, Optional.empty(), "{DEAD}"),
            new Span.Placeholder(
                23, 39, PlaceholderWord.COLUMNS, Optional.of("\"My A\""), "{columns \"My A\"}"),
            new Span.Placeholder(40, 51, PlaceholderWord.ANY, Optional.of("`b`"), "{any  `b` }"));
  }

  @Test
  void parameterNames() {
    assertThat(parameters("a = :a AND b = :b_2 AND c IN (:ids) AND d=:d"))
        .containsExactly("a", "b_2", "ids", "d");
    assertThat(spans("x = :name").get(0)).isEqualTo(new Span.Parameter(4, 9, "name"));
  }

  @Test
  void notParameters() {
    assertThat(
            parameters(
                "a::text, b ::int, ':s', \":q\", `:b`, -- :c\n"
                    + " /* :d */ $$:e$$, $t$ :f $t$, :1, x:=2"))
        .isEmpty();
  }

  @Test
  void doubledQuotesStayInsideTheirLiteral() {
    assertThat(parameters("'it''s :no' AND \"a\"\":no\" AND :yes")).containsExactly("yes");
  }

  @Test
  void backslashEscapesOnlyInPostgreSqlEStrings() {
    assertThat(parameters("E'it\\'s :no' AND :yes")).containsExactly("yes");
    // In a standard string a backslash is a character; the string ends at the next quote.
    assertThat(parameters("'C:\\' AND :yes")).containsExactly("yes");
  }

  @Test
  void dollarSignInsideANameIsNoQuote() {
    assertThat(parameters("SELECT a$b$ FROM t WHERE x = :yes")).containsExactly("yes");
  }

  @Test
  void placeholdersInLiteralsAndCommentsAreText() {
    assertThat(spans("'{alive a}' \"{dead}\" -- {any}\n /* {columns} */ $${alive}$$")).isEmpty();
  }

  @Test
  void unknownAndUnclosedPlaceholders() {
    SqlScanner.Scan scan = SqlScanner.scan("{alive a b} {live a} {fn UCASE(x)} {alive");
    assertThat(scan.problems())
        .extracting(QueryProblem::message)
        .allMatch(m -> m.startsWith("Unknown placeholder `{"))
        .hasSize(4);
    assertThat(scan.problems().get(0).message()).startsWith("Unknown placeholder `{alive a b}`.");
    assertThat(scan.problems().get(3).message()).startsWith("Unknown placeholder `{alive`.");
    assertThat(scan.spans()).allMatch(s -> s instanceof Span.Unknown);
  }

  @Test
  void positionalParameterOutsideLiterals() {
    SqlScanner.Scan scan = SqlScanner.scan("'?' -- ?\n x = ?");
    assertThat(scan.problems())
        .extracting(QueryProblem::kind)
        .containsExactly(QueryProblemKind.POSITIONAL_PARAMETER);
    assertThat(scan.problems().get(0).message()).contains("at line 2, column 6");
    assertThat(scan.spans()).containsExactly(new Span.Positional(14, 15));
  }

  @Test
  void unterminatedLiteralsAndCommentsRunToTheEnd() {
    assertThat(spans("'open :a")).isEmpty();
    assertThat(spans("/* open :a")).isEmpty();
    assertThat(spans("$$ open :a")).isEmpty();
  }
}
