package dev.softdelete.processor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.softdelete.processor.query.sql.QueryProblemKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Keeps the README's troubleshooting table and the processor's messages in step: every message is
 * quoted in the table with every run of its text between placeholders, as the compiler prints it
 * (the README writes {@code `x`} as {@code 'x'} inside its code spans), and so is every problem the
 * {@code @Query} checker reports. A message reworded without the README, or added without a row,
 * fails here.
 */
class TroubleshootingTableTest {
  private static final String TABLE = troubleshootingSection();

  @ParameterizedTest
  @EnumSource(Message.class)
  void everyMessageHasARowInTheReadme(Message message) {
    assertQuoted(message.template(), message);
  }

  /** {@code QUERY_INVALID} prints one of these after its prefix: each has a row of its own. */
  @ParameterizedTest
  @EnumSource(QueryProblemKind.class)
  void everyProblemOfQuerySqlHasARowInTheReadme(QueryProblemKind kind) {
    assertQuoted(kind.template(), kind);
  }

  private static void assertQuoted(String template, Enum<?> name) {
    List<String> parts =
        Arrays.stream(template.split("%[sdn]"))
            .map(part -> part.replace('`', '\'').trim())
            .filter(part -> part.length() >= 8)
            .toList();
    assertThat(parts).as("the fixed text of %s", name).isNotEmpty();
    for (String part : parts) {
      assertThat(TABLE).as("README troubleshooting row for %s", name).contains(part);
    }
  }

  private static String troubleshootingSection() {
    try {
      String readme = Files.readString(Path.of("..", "README.md"));
      int start = readme.indexOf("## Troubleshooting: compile errors");
      int end = readme.indexOf("\n## ", start + 1);
      assertThat(start).as("the README's troubleshooting section").isNotNegative();
      return readme.substring(start, end < 0 ? readme.length() : end);
    } catch (IOException e) {
      throw new AssertionError("Cannot read the project's README.md", e);
    }
  }
}
