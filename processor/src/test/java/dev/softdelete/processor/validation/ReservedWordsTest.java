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
    "user, 'H2, PostgreSQL, SQL Server, Oracle'",
    "order, 'H2, PostgreSQL, MySQL/MariaDB, SQLite, SQL Server, Oracle'",
    "group, 'H2, PostgreSQL, MySQL/MariaDB, SQLite, SQL Server, Oracle'",
    "USER, 'H2, PostgreSQL, SQL Server, Oracle'",
    "Select, 'H2, PostgreSQL, MySQL/MariaDB, SQLite, SQL Server, Oracle'",
    "year, H2",
    "value, H2",
    "_rowid_, H2",
    "analyse, PostgreSQL",
    "returning, 'PostgreSQL, MySQL/MariaDB, SQLite'",
    "rank, MySQL/MariaDB",
    "rows, 'MySQL/MariaDB, Oracle'",
    "top, SQL Server",
    "key, 'H2, MySQL/MariaDB, SQL Server'",
    "level, Oracle",
    "size, Oracle",
    "comment, Oracle",
    "date, Oracle",
  })
  void reservedWords(String word, String dialects) {
    assertThat(ReservedWords.dialectsReserving(word, ALL)).contains(dialects);
  }

  /** Ordinary names. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {"users", "name", "email", "live", "deleted_at", "role", "status", "type", "title"})
  void notReserved(String word) {
    assertThat(ReservedWords.dialectsReserving(word, ALL)).isEmpty();
  }

  @Test
  void onlyTheGivenDialects() {
    assertThat(ReservedWords.dialectsReserving("user", EnumSet.of(Dialect.POSTGRESQL)))
        .contains("PostgreSQL");
    assertThat(ReservedWords.dialectsReserving("year", EnumSet.of(Dialect.POSTGRESQL))).isEmpty();
    assertThat(ReservedWords.dialectsReserving("user", EnumSet.noneOf(Dialect.class))).isEmpty();
    assertThat(ReservedWords.dialectsReserving("level", EnumSet.of(Dialect.H2, Dialect.POSTGRESQL)))
        .isEmpty();
  }
}
