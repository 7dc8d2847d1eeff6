package dev.softdelete.migrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Flyway applies the migrations that the build wrote into {@code db/migration/<dialect>/} from the
 * classpath: the tables parents first, then their foreign keys (in CREATE TABLE on SQLite), after
 * which the verifier is content and the repositories work.
 */
class FlywayTest {
  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void flywayCreatesTheSchemaThatTheVerifierExpects(TestDatabase db) {
    DataSource dataSource = db.fresh();

    MigrateResult result = Tools.migrate(dataSource, "classpath:db/migration/" + db.folder());

    assertThat(result.success).isTrue();
    List<String> expected = new ArrayList<>(List.of("1.1 shop customers", "1.2 orders", "1.3 players", "1.4 teams"));
    if (!db.keysInCreateTable()) {
      expected.add("1.5 foreign keys");
    }
    assertThat(result.migrations).extracting(m -> m.version + " " + m.description).containsExactlyElementsOf(expected);
    Shop.verify(dataSource);
    Shop.use(dataSource);
  }

  /** Flyway validates every applied file's checksum against the classpath before it migrates. */
  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void migratingAgainDoesNothing(TestDatabase db) {
    DataSource dataSource = db.fresh();
    Tools.migrate(dataSource, "classpath:db/migration/" + db.folder());
    Shop.use(dataSource);

    Flyway again = Tools.flyway(dataSource, "classpath:db/migration/" + db.folder());
    assertThat(again.validateWithResult().validationSuccessful).isTrue();
    MigrateResult second = again.migrate();

    assertThat(second.migrationsExecuted).isZero();
    assertThat(again.info().applied()).hasSize(db.keysInCreateTable() ? 4 : 5);
    Shop.verify(dataSource);
  }

  /**
   * Flyway searches a location's subfolders: pointed at the parent of the dialects' folders, it finds
   * each version once per dialect and refuses to migrate. The README says to name the dialect's folder.
   */
  @Test
  void theParentFolderOfTheDialectsIsRefused() {
    DataSource dataSource = TestDatabase.H2.fresh();

    assertThatThrownBy(() -> Tools.migrate(dataSource, "classpath:db/migration"))
        .isInstanceOf(FlywayException.class)
        .hasMessageContaining("more than one migration with version 1.1");
  }
}
