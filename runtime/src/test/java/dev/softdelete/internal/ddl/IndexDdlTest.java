package dev.softdelete.internal.ddl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.softdelete.Dialect;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The unique-index forms of the dialects that no test here can start (SQL Server, Oracle), where
 * which key columns may be NULL changes the statement, and the form of a declared index on each
 * dialect. The live databases' forms are compared with the verifier's fixes in the integration
 * tests.
 */
class IndexDdlTest {
  private static final List<String> KEY = List.of("org_id", "user_id");

  @Test
  void sqlServerFiltersToLiveRowsWhoseNullableKeyColumnsAreSet() {
    assertThat(IndexDdl.unique(Dialect.SQLSERVER, "ux_m_org_user", "m", KEY, "live", Set.of("user_id")))
        .isEqualTo("CREATE UNIQUE INDEX ux_m_org_user ON m (org_id, user_id) WHERE live = 1 AND user_id IS NOT NULL");
    assertThat(IndexDdl.unique(Dialect.SQLSERVER, "ux_m_org_user", "m", KEY, "live", Set.of()))
        .isEqualTo("CREATE UNIQUE INDEX ux_m_org_user ON m (org_id, user_id) WHERE live = 1");
  }

  @Test
  void oracleIndexesEachColumnOnlyInLiveRowsWhoseKeyIsSet() {
    assertThat(IndexDdl.unique(Dialect.ORACLE, "ux_m_org_user", "m", KEY, "live", Set.of("user_id")))
        .isEqualTo("CREATE UNIQUE INDEX ux_m_org_user ON m (CASE WHEN live = 1 AND user_id IS NOT NULL THEN org_id END,"
            + " CASE WHEN live = 1 AND user_id IS NOT NULL THEN user_id END)");
  }

  /** Oracle stores no entry whose columns are all NULL, so a one-column key needs no IS NOT NULL. */
  @Test
  void oracleSingleColumnKeyNeedsNoNullTest() {
    assertThat(IndexDdl.unique(Dialect.ORACLE, "ux_u_email", "u", List.of("email"), "live", Set.of("email")))
        .isEqualTo("CREATE UNIQUE INDEX ux_u_email ON u (CASE WHEN live = 1 THEN email END)");
  }

  @Test
  void theOtherDialectsIndexTheLiveColumnWithDistinctNulls() {
    assertThat(IndexDdl.unique(Dialect.H2, "ux", "m", KEY, "live", Set.of("user_id")))
        .isEqualTo("CREATE UNIQUE NULLS DISTINCT INDEX ux ON m (org_id, user_id, live)");
    assertThat(IndexDdl.unique(Dialect.POSTGRESQL, "ux", "m", KEY, "live", Set.of("user_id")))
        .isEqualTo("CREATE UNIQUE INDEX ux ON m (org_id, user_id, live) NULLS DISTINCT");
    assertThat(IndexDdl.unique(Dialect.MYSQL, "ux", "m", KEY, "live", Set.of("user_id")))
        .isEqualTo("CREATE UNIQUE INDEX ux ON m (org_id, user_id, live)");
    assertThat(IndexDdl.unique(Dialect.SQLITE, "ux", "m", KEY, "live", Set.of("user_id")))
        .isEqualTo("CREATE UNIQUE INDEX ux ON m (org_id, user_id, live)");
  }

  /** Partial where the database has partial indexes; led by the live column elsewhere. */
  @Test
  void aDeclaredIndexHoldsOnlyLiveRowsOrIsLedByTheLiveColumn() {
    String partial = "CREATE INDEX ix_a_ap ON a (author_id, published_at) WHERE live = ";
    assertThat(authorPublished(Dialect.POSTGRESQL)).isEqualTo(partial + "TRUE");
    assertThat(authorPublished(Dialect.SQLITE)).isEqualTo(partial + "TRUE");
    assertThat(authorPublished(Dialect.SQLSERVER)).isEqualTo(partial + "1");
    for (Dialect dialect : List.of(Dialect.H2, Dialect.MYSQL, Dialect.ORACLE)) {
      assertThat(authorPublished(dialect))
          .isEqualTo("CREATE INDEX ix_a_ap ON a (live, author_id, published_at)");
    }
  }

  private static String authorPublished(Dialect dialect) {
    List<String> columns = List.of("author_id", "published_at");
    return IndexDdl.forLiveRows(dialect, "ix_a_ap", "a", columns, "live");
  }
}
