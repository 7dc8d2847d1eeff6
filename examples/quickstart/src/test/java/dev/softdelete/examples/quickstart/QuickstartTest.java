package dev.softdelete.examples.quickstart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The demo tells the story the README promises. */
class QuickstartTest {

  @Test
  void theDemoTellsTheBettyStory() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      new Quickstart(out).run();
    }
    String story = bytes.toString(StandardCharsets.UTF_8);

    assertThat(story)
        .contains("CREATE UNIQUE NULLS DISTINCT INDEX ux_users_email ON users (email, live);")
        .contains("softDelete(1) -> true")
        .contains("softDelete(2) -> true")
        .contains("3. A third Betty signs up:                  User[id=3, email=betty@example.com")
        .contains("4. A second live Betty is refused:          A live row of users already holds unique key 'email'")
        .contains("5. Restoring the first Betty:               CONFLICT(email)")
        .contains("and she is unchanged:                    true")
        .contains("countAlive() = 1, countDead() = 2")
        .contains("7. Rows with live = FALSE:                  0")
        .contains("removes the dead Bettys for good: 2 rows; 1 live Betty remains.")
        .contains("9. findByEmailEndsWithOrderByName(\"@acme.test\") -> [Ann, Carl]")
        .contains("softDeleteByEmailEndsWith(\"@acme.test\")       -> 2 rows, in one statement")
        .contains("and now findByEmailEndsWithOrderByName finds []; countAlive() = 1");
  }
}
