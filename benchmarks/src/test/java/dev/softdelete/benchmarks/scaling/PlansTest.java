package dev.softdelete.benchmarks.scaling;

import static org.assertj.core.api.Assertions.assertThat;

import dev.softdelete.benchmarks.compare.HandJdbc;
import dev.softdelete.benchmarks.db.Database;
import dev.softdelete.benchmarks.db.Samples;
import java.sql.Connection;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The live look-ups of the scaling benchmark go through an index straight to live rows, on a table
 * that is 90 % dead (the small size; the harness prints the plans at a million rows too).
 */
class PlansTest {

  @ParameterizedTest
  @EnumSource(Database.class)
  void liveLookUpsReadOnlyLiveRowsThroughAnIndex(Database db) throws Exception {
    try (Connection c = ScaledUsers.open(db, 10_000)) {
      Samples samples = new Samples(c, "users", "live = TRUE", ScaledUsers.PAGE);
      String byId = ExplainPlans.plan(c, db, HandJdbc.FIND_BY_ID, samples.id());
      String byKey = ExplainPlans.plan(c, db, HandJdbc.FIND_BY_EMAIL, samples.email());
      String page = ExplainPlans.plan(c, db, HandJdbc.ALIVE_AFTER, samples.pageStart(), ScaledUsers.PAGE);
      if (db == Database.H2) {
        // H2 names the index it reads and counts the rows it visited.
        assertThat(byId).contains("PRIMARY_KEY").contains("scanCount: 2 ");
        assertThat(byKey).contains("UX_USERS_EMAIL").contains("scanCount: 2 ");
        assertThat(page).contains("IX_USERS_LIVE").contains("scanCount: 101 ").contains("index sorted");
      } else {
        assertThat(byId).contains("Index Scan using pk_users").doesNotContain("Seq Scan");
        assertThat(byKey).contains("Index Scan using ux_users_email").doesNotContain("Seq Scan");
        assertThat(page).contains("ix_users_live").doesNotContain("Seq Scan").doesNotContain("Sort");
      }
    }
  }
}
