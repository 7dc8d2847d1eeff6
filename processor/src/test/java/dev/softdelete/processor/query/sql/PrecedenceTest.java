package dev.softdelete.processor.query.sql;

import static dev.softdelete.processor.query.sql.Fixtures.accepted;
import static dev.softdelete.processor.query.sql.Fixtures.collection;
import static dev.softdelete.processor.query.sql.Fixtures.kinds;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * JSqlParser 5.3 read {@code x IN (...) AND y OR z} as {@code x IN ((...) AND y OR z)} (JSqlParser
 * issues 2244, 2282, 2356), which made a scope under OR look like a condition of its own: the query
 * below, which returns dead row 5, passed. 5.4 reads it right; these keep it so.
 */
class PrecedenceTest {

  @Test
  void scopeBeforeAnInListAndAnOrIsUnderTheOr() {
    assertThat(kinds("SELECT a.id FROM articles a WHERE {alive a} AND a.id IN (1, 2) OR a.id = 5"))
        .containsExactly(QueryProblemKind.SCOPE_NOT_ANDED);
    assertThat(kinds("SELECT a.id FROM articles a WHERE a.id IN (1, 2) OR a.id = 5 AND {alive a}"))
        .containsExactly(QueryProblemKind.SCOPE_NOT_ANDED);
  }

  @Test
  void scopeAfterAnInListIsAConditionOfItsOwn() {
    accepted("SELECT a.id FROM articles a WHERE a.id IN (:ids) AND {alive a}", collection("ids"));
    accepted(
        "SELECT a.id FROM articles a WHERE a.id NOT IN (SELECT 1) AND (a.id = 3 OR a.id = 4) AND"
            + " {alive a}");
  }
}
