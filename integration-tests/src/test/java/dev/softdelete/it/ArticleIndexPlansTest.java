package dev.softdelete.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.softdelete.TableDefinition.IndexDefinition;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The indexes declared on {@link Article} serve the queries that list an author's live articles, as
 * the derived finders will write them ({@code WHERE author_id = ? AND live = TRUE}, newest first
 * with or without a limit): each database's own plan reads them through a declared index, and reads
 * the author's live rows only, though nine articles in ten are dead. Without the declared indexes
 * the same queries read every live row of the table (or every row) and sort. The plans are printed.
 *
 * <p>What the plans show per database:
 *
 * <ul>
 *   <li>PostgreSQL: the partial index (author_id) WHERE live finds the author's live rows; newest
 *       first with a limit, an Index Scan Backward over the partial (author_id, published_at) gives
 *       the order with no sort. Without a limit the planner sorts the few rows instead, which is
 *       cheaper. A prepared statement's generic plan (which pgjdbc's server-side statements may get
 *       after five runs) uses the partial index too, since the live predicate is a literal.
 *   <li>H2: the index over (live, author_id) is searched on both columns ({@code AUTHOR_ID = ?1 AND
 *       LIVE = TRUE} in the plan) and reads the live rows only. H2 sorts for ORDER BY in every form
 *       tried, (live, author_id, published_at) and (author_id, live, published_at) alike.
 *   <li>MariaDB: ref access on (live, author_id); newest first reads (live, author_id,
 *       published_at) in order without a filesort.
 *   <li>SQLite: the partial indexes, and for newest first the one that gives the order.
 * </ul>
 *
 * <p>Dead rows are made by soft-deleting live ones, as the repository does. On PostgreSQL the
 * partial index keeps the entries of the row versions that were live until VACUUM removes them
 * (autovacuum, in production), so the test vacuums before it reads the plans.
 */
class ArticleIndexPlansTest {
  private static final int AUTHORS = 40;
  private static final int ARTICLES = 6_000;

  /** One article in ten of each author stays live. */
  private static final int LIVE_PER_AUTHOR = ARTICLES / AUTHORS / 10;

  private static final long AUTHOR = 7;
  /** The statements of the derived finders {@code findByAuthorId} and {@code findByAuthorIdOrderByPublishedAtDesc}. */
  private static final String BY_AUTHOR =
      "SELECT " + ArticleSchema.SELECT_LIST + " FROM articles WHERE author_id = ? AND live = TRUE";
  private static final String NEWEST = BY_AUTHOR + " ORDER BY published_at DESC, id DESC";

  private TestDatabase database;
  private Handle handle;

  @AfterEach
  void close() {
    if (handle != null) {
      handle.close();
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(TestDatabase.class)
  void anAuthorsLiveArticlesAreReadThroughTheDeclaredIndexes(TestDatabase db) {
    open(db);
    seed();

    String byAuthor = plan("by author", BY_AUTHOR);
    String newest = plan("by author, newest first", NEWEST);
    String newestPage = plan("by author, newest first, a page of 10", NEWEST + limit(10));

    assertThat(readsLiveRowsByIndex(byAuthor)).as(byAuthor).isTrue();
    assertThat(readsLiveRowsByIndex(newest)).as(newest).isTrue();
    assertThat(readsLiveRowsByIndex(newestPage)).as(newestPage).isTrue();
    if (db == TestDatabase.POSTGRESQL) {
      // The index gives published_at order; PostgreSQL orders equal times by id in an incremental
      // sort of the rows the limit reads, never a sort of every live row of the author.
      assertThat(newestPage)
          .contains("ix_articles_author_published")
          .contains("Presorted Key: published_at")
          .containsPattern("Index Scan Backward using ix_articles_author_published on articles \\(actual rows=1[01] ");
    } else if (db != TestDatabase.H2) {
      assertThat(newestPage).contains("ix_articles_author_published");
      assertThat(sorts(newestPage)).as(newestPage).isFalse();
    }
    if (db == TestDatabase.POSTGRESQL) {
      String generic = genericPlan();
      assertThat(generic)
          .contains("Index Scan")
          .contains("ix_articles_author_")
          .doesNotContain("Seq Scan");
    }

    dropDeclaredIndexes();
    String byAuthorWithout = plan("by author, without the declared indexes", BY_AUTHOR);
    String newestWithout = plan("by author, newest first, without the declared indexes", NEWEST);

    assertThat(readsOtherRows(byAuthorWithout)).as(byAuthorWithout).isTrue();
    assertThat(sorts(newestWithout)).as(newestWithout).isTrue();
  }

  private void open(TestDatabase db) {
    database = db;
    handle = db.jdbi(new MutableClock(Instant.parse("2026-03-01T00:00:00Z"))).open();
    handle.execute("DROP TABLE IF EXISTS " + ArticleSchema.TABLE);
    ArticleSchema.createStatements(db.dialect()).forEach(handle::execute);
  }

  /** 150 articles per author, published a minute apart; all but one in ten soft-deleted. */
  private void seed() {
    ArticleRepository articles = handle.attach(ArticleRepository.class);
    Instant start = Instant.parse("2025-01-01T00:00:00Z");
    List<Article> rows = new ArrayList<>();
    for (int i = 0; i < ARTICLES; i++) {
      rows.add(
          new Article(
              null, i % AUTHORS, "Title " + i, "published", start.plusSeconds(60L * i), null));
    }
    List<Article> inserted = articles.insertAll(rows);
    List<Long> dead = new ArrayList<>();
    for (int i = 0; i < inserted.size(); i++) {
      if ((i / AUTHORS) % 10 != 0) {
        dead.add(inserted.get(i).id());
      }
    }
    assertThat(articles.softDeleteAll(dead)).isEqualTo(ARTICLES - AUTHORS * LIVE_PER_AUTHOR);
    analyze();
  }

  private void analyze() {
    switch (database) {
      case POSTGRESQL -> handle.execute("VACUUM ANALYZE articles");
      case SQLITE -> handle.execute("ANALYZE articles");
      case MARIADB, H2 -> handle.execute("ANALYZE TABLE articles");
    }
  }

  private void dropDeclaredIndexes() {
    for (IndexDefinition index : ArticleSchema.DEFINITION.indexes()) {
      handle.execute(
          "DROP INDEX "
              + index.indexName()
              + (database == TestDatabase.MARIADB ? " ON articles" : ""));
    }
    analyze();
  }

  private String limit(int rows) {
    return database == TestDatabase.H2 ? " FETCH FIRST " + rows + " ROWS ONLY" : " LIMIT " + rows;
  }

  /**
   * Whether the plan finds the author's live rows through a declared index and reads no other row:
   * H2's index condition has both columns and it scans the live rows only; PostgreSQL scans a
   * declared index and filters no row out; MariaDB's ref access on a declared index reads the live
   * rows only (r_rows); SQLite searches a declared index.
   */
  private boolean readsLiveRowsByIndex(String plan) {
    return switch (database) {
      case H2 ->
          Pattern.compile(
                      "/\\* PUBLIC\\.IX_ARTICLES_AUTHOR_\\w+: (LIVE = TRUE\\s+AND AUTHOR_ID = \\?1|"
                          + "AUTHOR_ID = \\?1\\s+AND LIVE = TRUE)\\s+\\*/")
                  .matcher(plan)
                  .find()
              && number(plan, "scanCount: (\\d+)") <= LIVE_PER_AUTHOR + 1;
      case POSTGRESQL ->
          Pattern.compile("Index Scan (Backward )?(using|on) ix_articles_author_")
                  .matcher(plan)
                  .find()
              && !plan.contains("Rows Removed by Filter")
              && !plan.contains("Seq Scan");
      case MARIADB ->
          plan.contains(" ref ")
              && plan.contains(" ix_articles_author_")
              && number(plan, " const,const \\d+ ([\\d.]+)") <= LIVE_PER_AUTHOR;
      case SQLITE -> plan.contains("SEARCH articles USING INDEX ix_articles_author_");
    };
  }

  /**
   * Whether the plan reads rows other than the author's live ones: H2 scans more, PostgreSQL
   * filters rows out, MariaDB reads more (r_rows); SQLite, which counts nothing, searches another
   * index.
   */
  private boolean readsOtherRows(String plan) {
    return switch (database) {
      case H2 -> number(plan, "scanCount: (\\d+)") > LIVE_PER_AUTHOR + 1;
      case POSTGRESQL -> plan.contains("Rows Removed by Filter") || plan.contains("Seq Scan");
      case MARIADB -> number(plan, " \\d+ ([\\d.]+) [\\d.]+ [\\d.]+ Using where") > LIVE_PER_AUTHOR;
      case SQLITE -> !plan.contains("ix_articles_author_");
    };
  }

  private boolean sorts(String plan) {
    return switch (database) {
      case H2 -> !plan.contains("/* index sorted */");
      case POSTGRESQL -> plan.contains("Sort");
      case MARIADB -> plan.contains("filesort");
      case SQLITE -> plan.contains("TEMP B-TREE");
    };
  }

  private static long number(String plan, String regex) {
    Matcher matcher = Pattern.compile(regex).matcher(plan);
    assertThat(matcher.find()).as("%s in%n%s", regex, plan).isTrue();
    return Math.round(Double.parseDouble(matcher.group(1)));
  }

  /**
   * The plan of the query for author 7, run where the database counts what it read (H2's EXPLAIN
   * ANALYZE, PostgreSQL's EXPLAIN ANALYZE, MariaDB's ANALYZE with r_rows; SQLite's EXPLAIN QUERY
   * PLAN has no counts), printed with a title.
   */
  private String plan(String title, String sql) {
    String explain =
        switch (database) {
          case H2 -> "EXPLAIN ANALYZE ";
          case POSTGRESQL -> "EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) ";
          case MARIADB -> "ANALYZE ";
          case SQLITE -> "EXPLAIN QUERY PLAN ";
        };
    try (PreparedStatement statement = handle.getConnection().prepareStatement(explain + sql)) {
      statement.setLong(1, AUTHOR);
      return print(title, rows(statement.executeQuery()));
    } catch (SQLException e) {
      throw new AssertionError(e);
    }
  }

  /**
   * PostgreSQL's generic plan of the query, made with its parameter unknown: the plan a prepared
   * statement gets once PostgreSQL decides to reuse one plan for every value
   * (https://www.postgresql.org/docs/current/sql-prepare.html, plan_cache_mode).
   */
  private String genericPlan() {
    try (Statement statement = handle.getConnection().createStatement()) {
      statement.execute("PREPARE by_author(bigint) AS " + BY_AUTHOR.replace("?", "$1"));
      statement.execute("SET plan_cache_mode = force_generic_plan");
      try {
        return print(
            "by author, generic plan",
            rows(statement.executeQuery("EXPLAIN (COSTS OFF) EXECUTE by_author(" + AUTHOR + ")")));
      } finally {
        statement.execute("RESET plan_cache_mode");
        statement.execute("DEALLOCATE by_author");
      }
    } catch (SQLException e) {
      throw new AssertionError(e);
    }
  }

  /** The rows of an EXPLAIN, one a line, their columns separated by spaces. */
  private static String rows(ResultSet rs) throws SQLException {
    try (rs) {
      List<String> lines = new ArrayList<>();
      while (rs.next()) {
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
          row.append(i == 1 ? "" : " ").append(rs.getString(i));
        }
        lines.add(row.toString());
      }
      return String.join("\n", lines);
    }
  }

  private String print(String title, String plan) {
    System.out.println("---- " + database + ": " + title + "\n" + plan);
    return plan;
  }
}
