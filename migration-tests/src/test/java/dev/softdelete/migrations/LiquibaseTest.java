package dev.softdelete.migrations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Liquibase applies the changelog that the build wrote into {@code db/changelog/<dialect>/softdelete.sql}
 * from the classpath: a changeset per table, then one per table's foreign keys.
 */
class LiquibaseTest {
  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void liquibaseCreatesTheSchemaThatTheVerifierExpects(TestDatabase db) {
    DataSource dataSource = db.fresh();

    Tools.liquibaseUpdate(dataSource, changelog(db));

    List<String> expected =
        new ArrayList<>(List.of(
            "softdelete:shop_customers softdelete",
            "softdelete:orders softdelete",
            "softdelete:players softdelete",
            "softdelete:teams softdelete"));
    if (!db.keysInCreateTable()) {
      expected.addAll(List.of(
          "softdelete:orders-foreign-keys softdelete",
          "softdelete:players-foreign-keys softdelete",
          "softdelete:teams-foreign-keys softdelete"));
    }
    assertThat(ranChangesets(dataSource)).containsExactlyElementsOf(expected);
    Shop.verify(dataSource);
    Shop.use(dataSource);
  }

  /** Liquibase checks each ran changeset's checksum, and runs none twice. */
  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void updatingAgainDoesNothing(TestDatabase db) {
    DataSource dataSource = db.fresh();
    Tools.liquibaseUpdate(dataSource, changelog(db));
    Shop.use(dataSource);
    List<String> first = ranChangesets(dataSource);

    Tools.liquibaseUpdate(dataSource, changelog(db));

    assertThat(ranChangesets(dataSource)).isEqualTo(first).hasSize(db.keysInCreateTable() ? 4 : 7);
    Shop.verify(dataSource);
  }

  private static String changelog(TestDatabase db) {
    return "db/changelog/" + db.folder() + "/softdelete.sql";
  }

  /** "author:id filename" of every changeset Liquibase recorded, in the order it ran them. */
  static List<String> ranChangesets(DataSource dataSource) {
    return Jdbi.create(dataSource)
        .withHandle(
            h -> h.createQuery("SELECT author, id, filename FROM databasechangelog ORDER BY orderexecuted")
                .map((rs, ctx) -> rs.getString(1) + ":" + rs.getString(2) + " " + rs.getString(3))
                .list());
  }
}
