package dev.softdelete.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.softdelete.Dialect;
import dev.softdelete.internal.LikePatterns;
import dev.softdelete.internal.LikePatterns.Match;
import dev.softdelete.internal.ddl.ColumnKind;
import dev.softdelete.internal.ddl.ColumnTypes;
import dev.softdelete.internal.ddl.LiveColumn;
import dev.softdelete.internal.ddl.TableDdl;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Text criteria against titles full of wildcards, escape characters, backslashes and brackets, each
 * checked against what it means: {@code StartsWith}, {@code EndsWith} and {@code Contains} match
 * the value itself, {@code Like} the pattern as written ({@code %} any text, {@code _} any one
 * character, everything else itself), case as the column compares it, or ignoring ASCII case.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class LikePatternsTest {
  private static final List<String> TITLES =
      List.of(
          "abc",
          "ABC",
          "Abc def",
          "50% off",
          "50 off",
          "50_ off",
          "5000 off",
          "a!b",
          "a!!b",
          "a\\b",
          "a\\\\b",
          "A\\B",
          "[x]",
          "x",
          "*star?",
          "star",
          "it's",
          "Ünïcode",
          "😀 smile",
          "a_b",
          "axb",
          "100%",
          "x%y",
          "_",
          "%",
          "!",
          "\\",
          "a\\%");

  /** The values of StartsWith, EndsWith, Contains and equality. */
  private static final List<String> VALUES =
      List.of(
          "a", "A", "abc", "50%", "50_", "a!b", "a\\b", "\\", "!", "%", "_", "[x]", "[", "*", "?",
          "star?", "Ün", "😀", "", "'", "x%", "\\%", "b");

  /** The patterns of Like. */
  private static final List<String> PATTERNS =
      List.of(
          "a%",
          "%b", "50%", "50_ off", "a_b", "a\\%", "[x]", "%!%", "_", "%", "a!b", "*star?", "%😀%",
          "__", "%\\%", "A%", "%[%", "x_y", "");

  @Parameter TestDatabase database;

  private Connection connection;
  private Dialect dialect;

  @BeforeEach
  void fill() throws SQLException {
    connection = database.dataSource().getConnection();
    dialect = database.dialect();
    try (Statement statement = connection.createStatement()) {
      statement.execute("DROP TABLE IF EXISTS like_patterns");
      statement.execute(
          TableDdl.createTable(
              dialect,
              "like_patterns",
              List.of(
                  "id " + ColumnTypes.of(dialect, ColumnKind.LONG, true) + " PRIMARY KEY",
                  "title " + ColumnTypes.of(dialect, ColumnKind.STRING, true),
                  LiveColumn.definition(dialect, "live"))));
    }
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO like_patterns (id, title, live) VALUES (?, ?, ?)")) {
      // Every title live, once more dead, and a live NULL, which no criterion matches.
      for (int i = 0; i <= 2 * TITLES.size(); i++) {
        insert.setLong(1, i);
        insert.setString(2, i < 2 * TITLES.size() ? TITLES.get(i % TITLES.size()) : null);
        if (i < TITLES.size() || i == 2 * TITLES.size()) {
          insert.setBoolean(3, true);
        } else {
          insert.setNull(3, Types.BOOLEAN);
        }
        insert.executeUpdate();
      }
    }
  }

  @AfterEach
  void close() throws SQLException {
    connection.close();
  }

  @Test
  void startsWithEndsWithAndContainsMatchTheValueItself() throws SQLException {
    for (String value : VALUES) {
      check(Match.STARTS_WITH, value, false, title -> title.startsWith(value));
      check(Match.ENDS_WITH, value, false, title -> title.endsWith(value));
      check(Match.CONTAINS, value, false, title -> title.contains(value));
    }
  }

  @Test
  void likeTakesThePatternAsWritten() throws SQLException {
    for (String pattern : PATTERNS) {
      Pattern regex = like(pattern);
      check(Match.LIKE, pattern, false, title -> regex.matcher(title).matches());
    }
  }

  /** Ignoring case, with values whose letters are ASCII: SQLite folds no others. */
  @Test
  void ignoringCaseFoldsBothSides() throws SQLException {
    for (String value : VALUES) {
      if (!value.chars().allMatch(c -> c < 128)) {
        continue;
      }
      String folded = ascii(value);
      check(Match.STARTS_WITH, value, true, title -> ascii(title).startsWith(folded));
      check(Match.CONTAINS, value, true, title -> ascii(title).contains(folded));
      check(Match.ENDS_WITH, value, true, title -> ascii(title).endsWith(folded));
    }
    for (String pattern : List.of("a%", "A_C", "%B", "a\\%", "%X%")) {
      Pattern regex = like(ascii(pattern));
      check(Match.LIKE, pattern, true, title -> regex.matcher(ascii(title)).matches());
    }
  }

  @Test
  void equalityIgnoringCase() throws SQLException {
    for (String value : List.of("abc", "ABC", "a\\b", "x", "a!b")) {
      for (boolean negated : List.of(false, true)) {
        List<Long> found = ids(LikePatterns.equalsIgnoreCase("title", negated), value);
        assertThat(found)
            .as("%s equals ignoring case %s", negated ? "not" : "", value)
            .isEqualTo(expected(title -> ascii(title).equals(ascii(value)) != negated));
      }
    }
  }

  /** The criterion and its negation: a NULL title is in neither. */
  private void check(Match match, String value, boolean ignoreCase, Predicate<String> matches)
      throws SQLException {
    for (boolean negated : List.of(false, true)) {
      String predicate = LikePatterns.predicate(dialect, "title", ignoreCase, negated);
      String pattern = LikePatterns.pattern(dialect, match, ignoreCase, value);
      assertThat(ids(predicate, pattern))
          .as(
              "%s%s %s%s: %s",
              negated ? "NOT " : "", match, value, ignoreCase ? " ignoring case" : "", predicate)
          .isEqualTo(expected(title -> matches.test(title) != negated));
    }
  }

  private List<Long> ids(String predicate, String parameter) throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT id FROM like_patterns WHERE " + predicate + " AND live = TRUE ORDER BY id")) {
      query.setString(1, parameter);
      List<Long> ids = new ArrayList<>();
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          ids.add(rows.getLong(1));
        }
      }
      return ids;
    }
  }

  /** The live rows whose (non-null) title passes. */
  private static List<Long> expected(Predicate<String> passes) {
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < TITLES.size(); i++) {
      if (passes.test(TITLES.get(i))) {
        ids.add((long) i);
      }
    }
    return ids;
  }

  /** A LIKE pattern without escape character as a regular expression over code points. */
  private static Pattern like(String pattern) {
    StringBuilder regex = new StringBuilder();
    pattern
        .codePoints()
        .forEach(
            c -> {
              if (c == '%') {
                regex.append(".*");
              } else if (c == '_') {
                regex.append('.');
              } else {
                regex.append(Pattern.quote(new String(Character.toChars(c))));
              }
            });
    return Pattern.compile(regex.toString(), Pattern.DOTALL);
  }

  private static String ascii(String text) {
    StringBuilder folded = new StringBuilder(text.length());
    text.chars().forEach(c -> folded.append(c < 128 ? Character.toLowerCase((char) c) : (char) c));
    return folded.toString();
  }

  static {
    Locale.setDefault(Locale.ROOT);
  }
}
