package dev.softdelete.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.softdelete.jdbi.SoftDeletePlugin;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A purge of {@value #OLD} dead rows must read about the rows it deletes, not every matching row in
 * every batch (issue 11: on H2 a purge of 69,000 rows took ten minutes). Asserted without timing: the
 * statements the purge ran and the rows each deleted, and the work the database itself reports, in
 * its own terms: the rows PostgreSQL and MariaDB read (their counters), the rows H2's EXPLAIN ANALYZE
 * scanned in one batch, the index SQLite's plan searches.
 *
 * <p>The table also holds {@value #RECENT} rows deleted after the cutoff, interleaved by id with the
 * old ones, and {@value #LIVE} live rows: a purge that walked dead rows in id order would read the
 * recent ones again in every batch, and one that walked the deleted-at index from its start would
 * read the live rows' NULLs.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class PurgeScaleTest {
  private static final int BATCH = 1_000;
  private static final int OLD = 20_000;
  private static final int RECENT = 5_000;
  private static final int LIVE = 5_000;
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  @Parameter TestDatabase database;

  private final MutableClock clock = new MutableClock(T0);
  private final StatementLog log = new StatementLog();
  private Handle handle;
  private UserRepository users;

  @BeforeEach
  void fill() throws SQLException {
    database.recreateTables();
    Connection connection = log.wrap(database.dataSource().getConnection());
    handle = Jdbi.create(() -> connection).installPlugin(new SoftDeletePlugin(clock)).open();
    users = handle.attach(UserRepository.class);
    List<Long> ids =
        users.insertAll(
                IntStream.range(0, OLD + RECENT + LIVE)
                    .mapToObj(i -> User.of("u" + i + "@example.com", "U"))
                    .collect(Collectors.toList()))
            .stream()
            .map(User::id)
            .collect(Collectors.toList());
    List<Long> old = new ArrayList<>();
    List<Long> recent = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      int slot = i % 6; // 4 old, 1 recent, 1 live in every 6
      if (slot < 4) {
        old.add(ids.get(i));
      } else if (slot == 4) {
        recent.add(ids.get(i));
      }
    }
    assertThat(users.softDeleteAll(old)).isEqualTo(OLD);
    clock.advance(Duration.ofDays(10));
    assertThat(users.softDeleteAll(recent)).isEqualTo(RECENT);
    analyze();
    log.clear();
  }

  @AfterEach
  void close() {
    handle.close();
  }

  @Test
  void purgesInBatchesThatEachReadAboutTheRowsTheyDelete() throws SQLException {
    Instant cutoff = T0.plus(Duration.ofDays(1));
    String purge = purgeStatement();
    planReadsOneBatch(purge, cutoff);

    handle.begin();
    long readBefore = rowsRead();
    int purged = users.purgeDeletedBefore(cutoff);
    long read = rowsRead() - readBefore;
    handle.commit();

    assertThat(purged).isEqualTo(OLD);
    assertThat(users.countDead()).isEqualTo(RECENT);
    assertThat(users.countAlive()).isEqualTo(LIVE);
    List<Integer> batches =
        log.executions().stream()
            .filter(execution -> execution.sql().equals(purge))
            .map(StatementLog.Execution::updated)
            .collect(Collectors.toList());
    List<Integer> expected = new ArrayList<>();
    IntStream.range(0, OLD / BATCH).forEach(i -> expected.add(BATCH));
    expected.add(0);
    assertThat(batches).as("rows deleted by each purge statement").isEqualTo(expected);
    if (read >= 0) {
      // Each batch reads its rows in the deleted-at index and again to delete them: about 2 per row.
      assertThat(read).as("rows %s read to purge %d", database, OLD).isLessThanOrEqualTo(3L * OLD);
    }
  }

  /** The purge statement's SQL, from a purge that finds nothing to delete. */
  private String purgeStatement() {
    assertThat(users.purgeDeletedBefore(T0)).isZero();
    List<StatementLog.Execution> executions = log.executions();
    assertThat(executions).hasSize(1);
    log.clear();
    return executions.get(0).sql();
  }

  /**
   * Where the database counts the rows a statement reads, those it read in this transaction so far;
   * -1 elsewhere. PostgreSQL's counters of the current transaction are exact and current; MariaDB's
   * handler counters are the session's.
   */
  private long rowsRead() {
    switch (database) {
      case POSTGRESQL:
        return handle.createQuery(
                "SELECT seq_tup_read + COALESCE(idx_tup_fetch, 0) FROM pg_stat_xact_user_tables"
                    + " WHERE relname = 'users'")
            .mapTo(Long.class)
            .one();
      case MARIADB:
        return handle.createQuery(
                "SELECT SUM(VARIABLE_VALUE) FROM information_schema.SESSION_STATUS WHERE VARIABLE_NAME IN"
                    + " ('HANDLER_READ_FIRST', 'HANDLER_READ_KEY', 'HANDLER_READ_NEXT', 'HANDLER_READ_PREV',"
                    + " 'HANDLER_READ_RND', 'HANDLER_READ_RND_NEXT')")
            .mapTo(Long.class)
            .one();
      default:
        return -1;
    }
  }

  /**
   * H2 and SQLite count no rows read; their plans say what one batch reads. H2's EXPLAIN ANALYZE runs
   * the statement (rolled back here) and counts the rows each table scan read: one batch's rows, no
   * more (a subquery would add its own scan). SQLite's plan must search the deleted-at index's range,
   * never scan the table nor sort.
   */
  private void planReadsOneBatch(String purge, Instant cutoff) throws SQLException {
    if (database != TestDatabase.H2 && database != TestDatabase.SQLITE) {
      return;
    }
    handle.begin();
    List<String> plan = new ArrayList<>();
    try (PreparedStatement explain =
        handle.getConnection()
            .prepareStatement((database == TestDatabase.H2 ? "EXPLAIN ANALYZE " : "EXPLAIN QUERY PLAN ") + purge)) {
      for (int i = 1; i <= explain.getParameterMetaData().getParameterCount(); i++) {
        if (database == TestDatabase.H2) {
          explain.setObject(i, OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC));
        } else {
          explain.setString(i, cutoff.toString());
        }
      }
      try (ResultSet rows = explain.executeQuery()) {
        while (rows.next()) {
          plan.add(rows.getString(rows.getMetaData().getColumnCount()));
        }
      }
    } finally {
      handle.rollback();
    }
    String text = String.join("\n", plan);
    if (database == TestDatabase.H2) {
      Matcher scans = Pattern.compile("scanCount: (\\d+)").matcher(text);
      long scanned = 0;
      while (scans.find()) {
        scanned += Long.parseLong(scans.group(1));
      }
      assertThat(scanned).as("rows one batch read:\n%s", text).isBetween(1L, BATCH + 1L);
    } else {
      assertThat(text)
          .as("SQLite's plan")
          // A search of the deleted-at index's range, covering (the index holds the rowid) or not.
          .containsPattern("SEARCH users USING (COVERING )?INDEX ix_users_deleted_at \\(deleted_at<\\?\\)")
          .doesNotContain("SCAN ")
          .doesNotContain("TEMP B-TREE");
    }
  }

  /** Fresh statistics, as a database that has run for a while would have. */
  private void analyze() {
    switch (database) {
      case MARIADB:
        handle.execute("ANALYZE TABLE users");
        break;
      default:
        handle.execute("ANALYZE");
    }
  }
}
