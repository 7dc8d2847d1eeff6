package dev.softdelete.it.hooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.softdelete.StatementPath;
import dev.softdelete.it.Article;
import dev.softdelete.it.ArticleCrossJoins;
import dev.softdelete.it.MutableClock;
import dev.softdelete.it.TestDatabase;
import dev.softdelete.jdbi.SoftDeleteConfig;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.StatementCustomizer;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A long query of a {@code @Query} method is stopped by Jdbi's query timeout, or by a customizer that
 * sets one, on H2 and PostgreSQL: the database cancels it (SQLState 57014) and the caller gets Jdbi's
 * exception, with the handle still usable. The query would count 500 million rows; the timeout is one
 * second.
 */
@ParameterizedClass(name = "{0}")
@MethodSource("dev.softdelete.it.hooks.HookDatabases#databases")
class LongQueryTimeoutTest {
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  @Parameter TestDatabase database;

  private Jdbi jdbi;

  @BeforeEach
  void seed() {
    database.recreateTables();
    jdbi = database.jdbi(new MutableClock(T0));
    List<Article> articles =
        IntStream.range(0, 150)
            .mapToObj(i -> new Article(null, 1, "title " + i, "draft", T0, null))
            .toList();
    jdbi.onDemand(ArticleCrossJoins.class).insertAll(articles);
  }

  @Test
  void aQueryTimeoutStopsALongQuery() {
    try (Handle handle = jdbi.open()) {
      // AUTO sees the timeout and takes Jdbi's pipeline.
      handle.getConfig(SqlStatements.class).setQueryTimeout(1);
      ArticleCrossJoins articles = handle.attach(ArticleCrossJoins.class);

      assertThatThrownBy(articles::crossJoinCount)
          .isInstanceOf(UnableToExecuteStatementException.class)
          .satisfies(e -> assertThat(canceled(e)).as("SQLState 57014 in the causes of %s", e).isTrue());

      assertThat(articles.countAlive()).isEqualTo(150);
    }
  }

  @Test
  void aCustomizerThatSetsATimeoutStopsALongQuery() {
    try (Handle handle = jdbi.open()) {
      // Customizers are not visible through Jdbi's public API: AUTO cannot see them, JDBI sends all.
      handle.getConfig(SoftDeleteConfig.class).setStatementPath(StatementPath.JDBI);
      handle.addCustomizer(
          new StatementCustomizer() {
            @Override
            public void beforeExecution(PreparedStatement stmt, StatementContext ctx) throws SQLException {
              stmt.setQueryTimeout(1);
            }
          });
      ArticleCrossJoins articles = handle.attach(ArticleCrossJoins.class);

      assertThatThrownBy(articles::crossJoinCount)
          .isInstanceOf(UnableToExecuteStatementException.class)
          .satisfies(e -> assertThat(canceled(e)).as("SQLState 57014 in the causes of %s", e).isTrue());

      assertThat(articles.countAlive()).isEqualTo(150);
    }
  }

  /** SQLState 57014, query canceled: what H2 and PostgreSQL report when a statement's timeout passes. */
  private static boolean canceled(Throwable e) {
    for (Throwable c = e; c != null; c = c.getCause()) {
      if (c instanceof SQLException sql && "57014".equals(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }
}
