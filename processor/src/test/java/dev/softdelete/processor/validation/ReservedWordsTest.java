package dev.softdelete.processor.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.softdelete.Dialect;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReservedWordsTest {
  private static final Set<Dialect> ALL = EnumSet.allOf(Dialect.class);

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "user, 'H2, PostgreSQL'",
    "order, 'H2, PostgreSQL'",
    "group, 'H2, PostgreSQL'",
    "USER, 'H2, PostgreSQL'",
    "Select, 'H2, PostgreSQL'",
    "year, H2",
    "value, H2",
    "_rowid_, H2",
    "analyse, PostgreSQL",
    "returning, PostgreSQL",
  })
  void reservedWords(String word, String dialects) {
    assertThat(ReservedWords.dialectsReserving(word, ALL)).contains(dialects);
  }

  /** Ordinary names, and words that only dialects without a Dialect constant yet reserve. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {"users", "name", "email", "live", "deleted_at", "rank", "rowid", "top", "rows"})
  void notReserved(String word) {
    assertThat(ReservedWords.dialectsReserving(word, ALL)).isEmpty();
  }

  @Test
  void onlyTheGivenDialects() {
    assertThat(ReservedWords.dialectsReserving("user", EnumSet.of(Dialect.POSTGRESQL)))
        .contains("PostgreSQL");
    assertThat(ReservedWords.dialectsReserving("year", EnumSet.of(Dialect.POSTGRESQL))).isEmpty();
    assertThat(ReservedWords.dialectsReserving("user", EnumSet.noneOf(Dialect.class))).isEmpty();
  }
}
