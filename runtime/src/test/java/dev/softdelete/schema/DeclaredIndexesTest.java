package dev.softdelete.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.softdelete.Dialect;
import dev.softdelete.TableDefinition;
import dev.softdelete.TableDefinition.IndexDefinition;
import dev.softdelete.TableDefinition.KeyDefinition;
import dev.softdelete.schema.IndexInfo.Nulls;
import dev.softdelete.schema.SchemaProblem.Kind;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The warnings about declared indexes on catalogs the live tests cannot build (SQL Server's
 * filtered indexes, Oracle's unusable ones) and on index shapes the generated DDL never makes:
 * which serve the queries of live rows by the declared columns and which do not. WHERE clauses are
 * evaluated by H2 in the database's compatibility mode, as in {@link ScanIndexesTest}; the table
 * keeps the contract and has its scan indexes, so that the only problems are about the declared
 * index over author_id.
 */
class DeclaredIndexesTest {
  private static int databases;
  private Connection connection;

  @AfterEach
  void close() throws SQLException {
    if (connection != null) {
      connection.close();
    }
  }

  private static final TableDefinition ARTICLES =
      new TableDefinition(
          "articles",
          "live",
          "deleted_at",
          List.of("id", "author_id", "title"),
          new KeyDefinition("id", "pk_articles", List.of("id")),
          List.of(),
          List.of(new IndexDefinition("author_id", "ix_articles_author_id", List.of("author_id"))));

  private static IndexInfo index(String name, String predicate, String unusable, String... parts) {
    return new IndexInfo(name, List.of(parts), predicate, Nulls.DISTINCT, null, false, unusable);
  }

  /** The problems of articles with these indexes besides its primary key and scan indexes. */
  private List<SchemaProblem> analyze(
      Dialect dialect, String mode, String liveType, IndexInfo... indexes) {
    String trueLiteral = liveType.equals("BOOLEAN") ? "TRUE" : "1";
    try {
      connection =
          DriverManager.getConnection("jdbc:h2:mem:declared" + ++databases + ";MODE=" + mode);
      try (Statement statement = connection.createStatement()) {
        statement.execute(
            "CREATE TABLE articles (id BIGINT NOT NULL, author_id BIGINT, title VARCHAR(100),"
                + " live "
                + liveType
                + ", deleted_at TIMESTAMP)");
      }
    } catch (SQLException e) {
      throw new AssertionError(e);
    }
    List<IndexInfo> plain = new ArrayList<>(List.of(indexes));
    plain.add(index("ix_articles_live", null, null, "live", "id"));
    plain.add(index("ix_articles_deleted_at", null, null, "deleted_at"));
    TableInfo table =
        new TableInfo(
            "articles",
            List.of(
                new ColumnInfo("id", false, null),
                new ColumnInfo("author_id", true, null),
                new ColumnInfo("title", true, null),
                new ColumnInfo("live", true, trueLiteral),
                new ColumnInfo("deleted_at", true, null)),
            List.of(
                new IndexInfo(
                    "pk_articles", List.of("id"), null, Nulls.DISTINCT, "pk_articles", true, null)),
            List.of(
                new CheckInfo("ck_articles_live", "live IS NULL OR live = " + trueLiteral, true),
                new CheckInfo(
                    "ck_articles_deleted_at",
                    "(live IS NULL AND deleted_at IS NOT NULL) OR (live IS NOT NULL AND deleted_at"
                        + " IS NULL)",
                    true)),
            plain,
            false,
            List.of());
    AnalysisContext context =
        new AnalysisContext(
            dialect,
            ARTICLES,
            table,
            new DatabaseEvaluator(dialect, connection),
            new SchemaFixes(dialect),
            new ArrayList<>());
    return TableAnalysis.analyze(context, RowCounts.NONE);
  }

  private List<SchemaProblem> postgresql(IndexInfo... indexes) {
    return analyze(Dialect.POSTGRESQL, "PostgreSQL", "BOOLEAN", indexes);
  }

  @Test
  void thePartialIndexOfTheDdlServes() {
    assertThat(postgresql(index("ix_articles_author_id", "live", null, "author_id"))).isEmpty();
  }

  /**
   * The DDL's form where there are no partial indexes serves everywhere, and so does (columns,
   * live).
   */
  @Test
  void indexesWithTheLiveColumnBeforeOrRightAfterTheColumnsServe() {
    assertThat(postgresql(index("ix_a", null, null, "live", "author_id", "title"))).isEmpty();
    assertThat(postgresql(index("ix_a", null, null, "author_id", "live"))).isEmpty();
  }

  @Test
  void anIndexThatReadsDeadRowsToFindTheLiveOnesDoesNotServe() {
    List<SchemaProblem> problems =
        postgresql(index("ix_a", null, null, "author_id", "title", "live"));

    assertThat(problems)
        .extracting(SchemaProblem::kind)
        .containsExactly(Kind.DECLARED_INDEX_MISSING);
    assertThat(problems.get(0).subject()).isEqualTo("ix_articles_author_id");
    assertThat(problems.get(0).message())
        .isEqualTo(
            "articles has no index over (author_id) that leaves dead rows out, as"
                + " ix_articles_author_id of @Index \"author_id\" does: a query of live rows by"
                + " author_id reads their dead rows too, or the whole table. Fix: CREATE INDEX"
                + " ix_articles_author_id ON articles (author_id) WHERE live = TRUE");
  }

  @Test
  void anIndexOfTheDeclaredNameThatKeepsTheWrongRowsDiffers() {
    List<SchemaProblem> problems =
        postgresql(index("ix_articles_author_id", "live IS NULL", null, "author_id"));

    assertThat(problems)
        .extracting(SchemaProblem::kind)
        .containsExactly(Kind.DECLARED_INDEX_DIFFERS);
    assertThat(problems.get(0).message())
        .isEqualTo(
            "articles has index ix_articles_author_id (author_id) WHERE live IS NULL, but @Index"
                + " \"author_id\" declares ix_articles_author_id over (author_id) WHERE live ="
                + " TRUE, and no other index serves it: a query of live rows by author_id reads"
                + " their dead rows too, or the whole table. Fix: DROP INDEX ix_articles_author_id;"
                + " CREATE INDEX ix_articles_author_id ON articles (author_id) WHERE live = TRUE");
  }

  /** A WHERE clause that names other columns cannot be judged over a live and a dead row alone. */
  @Test
  void aWhereClauseOverOtherColumnsDoesNotCount() {
    assertThat(postgresql(index("ix_a", "live AND title IS NOT NULL", null, "author_id")))
        .extracting(SchemaProblem::kind)
        .containsExactly(Kind.DECLARED_INDEX_MISSING);
  }

  @Test
  void mysqlFixIsTheIndexLedByLive() {
    List<SchemaProblem> problems =
        analyze(Dialect.MYSQL, "MySQL", "BOOLEAN", index("ix_a", null, null, "author_id"));

    assertThat(problems)
        .extracting(SchemaProblem::kind)
        .containsExactly(Kind.DECLARED_INDEX_MISSING);
    assertThat(problems.get(0).message())
        .endsWith("Fix: CREATE INDEX ix_articles_author_id ON articles (live, author_id)");
  }

  @Test
  void sqlServerFilteredIndexServes() {
    String mode = "MSSQLServer;CASE_INSENSITIVE_IDENTIFIERS=TRUE";

    assertThat(
            analyze(
                Dialect.SQLSERVER,
                mode,
                "BIT",
                index("ix_articles_author_id", "([live]=(1))", null, "author_id")))
        .isEmpty();
    List<SchemaProblem> unfiltered =
        analyze(Dialect.SQLSERVER, mode, "BIT", index("ix_a", null, null, "author_id"));
    assertThat(unfiltered)
        .extracting(SchemaProblem::kind)
        .containsExactly(Kind.DECLARED_INDEX_MISSING);
    assertThat(unfiltered.get(0).message())
        .endsWith("Fix: CREATE INDEX ix_articles_author_id ON articles (author_id) WHERE live = 1");
  }

  @Test
  void oracleUnusableIndexIsNamedAndReplaced() {
    List<SchemaProblem> problems =
        analyze(
            Dialect.ORACLE,
            "Oracle",
            "NUMBER(1)",
            index("IX_ARTICLES_AUTHOR_ID", null, "UNUSABLE", "LIVE", "AUTHOR_ID"));

    assertThat(problems)
        .extracting(SchemaProblem::kind)
        .containsExactly(Kind.DECLARED_INDEX_MISSING);
    assertThat(problems.get(0).message())
        .contains("(IX_ARTICLES_AUTHOR_ID (LIVE, AUTHOR_ID) [UNUSABLE] is not in use)")
        .endsWith(
            "Fix: DROP INDEX IX_ARTICLES_AUTHOR_ID; CREATE INDEX ix_articles_author_id ON articles"
                + " (live, author_id)");
  }
}
