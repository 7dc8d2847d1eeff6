package dev.softdelete.internal;

import static dev.softdelete.internal.LikePatterns.Match.CONTAINS;
import static dev.softdelete.internal.LikePatterns.Match.ENDS_WITH;
import static dev.softdelete.internal.LikePatterns.Match.LIKE;
import static dev.softdelete.internal.LikePatterns.Match.STARTS_WITH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.softdelete.Dialect;
import org.junit.jupiter.api.Test;

class LikePatternsTest {

  @Test
  void predicates() {
    assertThat(LikePatterns.predicate(Dialect.MYSQL, "a.title", false, false))
        .isEqualTo("a.title LIKE ? ESCAPE '!'");
    assertThat(LikePatterns.predicate(Dialect.POSTGRESQL, "title", false, true))
        .isEqualTo("title NOT LIKE ? ESCAPE '!'");
    assertThat(LikePatterns.predicate(Dialect.SQLITE, "title", false, false))
        .isEqualTo("title GLOB ?");
    assertThat(LikePatterns.predicate(Dialect.SQLITE, "title", true, false))
        .isEqualTo("LOWER(title) LIKE LOWER(?) ESCAPE '!'");
    assertThat(LikePatterns.predicate(Dialect.H2, "title", true, true))
        .isEqualTo("LOWER(title) NOT LIKE LOWER(?) ESCAPE '!'");
    assertThat(LikePatterns.equalsIgnoreCase("email", false)).isEqualTo("LOWER(email) = LOWER(?)");
    assertThat(LikePatterns.equalsIgnoreCase("email", true)).isEqualTo("LOWER(email) <> LOWER(?)");
  }

  @Test
  void valuesEscapeWildcardsAndTheEscapeCharacter() {
    assertThat(LikePatterns.pattern(Dialect.H2, STARTS_WITH, false, "50%_off!"))
        .isEqualTo("50!%!_off!!%");
    assertThat(LikePatterns.pattern(Dialect.MYSQL, ENDS_WITH, false, "a\\b")).isEqualTo("%a\\b");
    assertThat(LikePatterns.pattern(Dialect.ORACLE, CONTAINS, true, "[x]")).isEqualTo("%[x]%");
  }

  @Test
  void likePatternsKeepTheirWildcardsAndEscapeOnlyTheEscapeCharacter() {
    assertThat(LikePatterns.pattern(Dialect.POSTGRESQL, LIKE, false, "a%b_c!\\"))
        .isEqualTo("a%b_c!!\\");
  }

  @Test
  void sqlServersBracketIsEscapedToo() {
    assertThat(LikePatterns.pattern(Dialect.SQLSERVER, CONTAINS, false, "[a]%"))
        .isEqualTo("%![a]!%%");
    assertThat(LikePatterns.pattern(Dialect.SQLSERVER, LIKE, false, "[a]%")).isEqualTo("![a]%");
  }

  @Test
  void sqliteMatchesCaseWithGlobPatterns() {
    assertThat(LikePatterns.pattern(Dialect.SQLITE, STARTS_WITH, false, "a*b?[c]%_"))
        .isEqualTo("a[*]b[?][[]c]%_*");
    assertThat(LikePatterns.pattern(Dialect.SQLITE, LIKE, false, "a%b_*")).isEqualTo("a*b?[*]");
    assertThat(LikePatterns.pattern(Dialect.SQLITE, CONTAINS, true, "a%*")).isEqualTo("%a!%*%");
  }

  @Test
  void nullIsRefused() {
    assertThatThrownBy(() -> LikePatterns.pattern(Dialect.H2, CONTAINS, false, null))
        .isInstanceOf(NullPointerException.class);
  }
}
