package dev.softdelete.it.hooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.codahale.metrics.MetricRegistry;
import com.codahale.metrics.jdbi3.InstrumentedSqlLogger;
import dev.softdelete.StatementPath;
import dev.softdelete.it.Article;
import dev.softdelete.it.Articles;
import dev.softdelete.it.Author;
import dev.softdelete.it.AuthorRepository;
import dev.softdelete.it.MutableClock;
import dev.softdelete.it.TestDatabase;
import dev.softdelete.it.User;
import dev.softdelete.it.UserAccounts;
import dev.softdelete.it.UserRepository;
import dev.softdelete.it.relations.Customer;
import dev.softdelete.it.relations.CustomerRepository;
import dev.softdelete.it.relations.Orders;
import dev.softdelete.it.relations.PurchaseOrder;
import dev.softdelete.jdbi.SoftDeleteConfig;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.JdbiStatementEvent;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.StatementCustomizer;
import org.jdbi.v3.opentelemetry.JdbiOpenTelemetryPlugin;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What Jdbi's hooks see of generated statements, on H2 and PostgreSQL: a SqlLogger sees every verb's
 * SQL and bound values, named by repository and method; a query timeout reaches every statement; JFR records Jdbi's statement event;
 * Jdbi's OpenTelemetry plugin makes a span per statement; Dropwizard's timers count the calls. And
 * with nothing configured, statements take the plain JDBC path.
 */
@ParameterizedClass(name = "{0}")
@MethodSource("dev.softdelete.it.hooks.HookDatabases#databases")
class StatementHooksTest {
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  private static final String USERS = "dev.softdelete.it.UserRepository";

  @Parameter TestDatabase database;

  private final MutableClock clock = new MutableClock(T0);
  private Jdbi jdbi;

  @BeforeEach
  void openDatabase() {
    database.recreateTables();
    jdbi = database.jdbi(clock);
  }


  @Test
  void aSqlLoggerSeesEveryVerbWithItsSqlAndValues() {
    RecordingLogger logger = new RecordingLogger();
    jdbi.setSqlLogger(logger);
    UserRepository users = jdbi.onDemand(UserRepository.class);

    User ann = users.insert(User.of("ann@example.com", "Ann"));
    assertSeen(logger, "insert", "INSERT INTO users", "ann@example.com");

    List<User> more = users.insertAll(List.of(User.of("bob@example.com", "Bob"), User.of("cy@example.com", "Cy")));
    // Jdbi hands a batch's logger the binding of its last row, as for a SqlObject @SqlBatch.
    assertSeen(logger, "insertAll", "INSERT INTO users", "cy@example.com");

    assertThat(users.findById(ann.id())).isPresent();
    assertSeen(logger, "findById", "FROM users", String.valueOf(ann.id()));

    assertThat(users.update(ann.withName("Annie"))).isTrue();
    assertSeen(logger, "update", "UPDATE users", "Annie");

    assertThat(users.softDelete(ann.id())).isTrue();
    assertSeen(logger, "softDelete", "UPDATE users", String.valueOf(ann.id()));

    assertThat(users.restore(ann.id()).status()).isEqualTo(dev.softdelete.RestoreResult.Status.RESTORED);
    assertSeen(logger, "restore", "UPDATE users", String.valueOf(ann.id()));

    assertThat(users.softDeleteAll(List.of(more.get(0).id(), more.get(1).id()))).isEqualTo(2);
    assertSeen(logger, "softDeleteAll", "UPDATE users", String.valueOf(more.get(1).id()));

    assertThat(users.hardDelete(ann.id())).isTrue();
    assertSeen(logger, "hardDelete", "DELETE FROM users", String.valueOf(ann.id()));

    assertThat(users.purgeDeletedBefore(T0.plusSeconds(1))).isEqualTo(2);
    assertSeen(logger, "purgeDeletedBefore", "DELETE FROM users", "");

    UserAccounts accounts = jdbi.onDemand(UserAccounts.class);
    users.insert(User.of("dee@example.com", "Dee"));
    assertThat(accounts.findByEmail("dee@example.com")).isPresent();
    assertSeen(logger, "dev.softdelete.it.UserAccounts", "findByEmail", "FROM users", "dee@example.com");
  }

  @Test
  void aSqlLoggerSeesQueriesStreamsAndCascades() {
    RecordingLogger logger = new RecordingLogger();
    jdbi.setSqlLogger(logger);
    Author ann = jdbi.onDemand(AuthorRepository.class).insert(new Author(null, "ann@example.com", "Ann"));
    Articles articles = jdbi.onDemand(Articles.class);
    articles.insert(new Article(null, ann.id(), "One", "published", T0, null));

    assertThat(articles.liveArticlesOfLiveAuthor("ann@example.com")).hasSize(1);
    assertSeen(logger, "dev.softdelete.it.Articles", "liveArticlesOfLiveAuthor", "JOIN authors", "ann@example.com");

    assertThat(articles.findByAuthorIdOrderByPublishedAtDesc(ann.id())).hasSize(1);
    assertSeen(
        logger, "dev.softdelete.it.Articles", "findByAuthorIdOrderByPublishedAtDesc", "FROM articles",
        String.valueOf(ann.id()));

    try (Stream<Article> published = articles.findAnyByStatus("published")) {
      assertThat(published).hasSize(1);
    }
    assertSeen(logger, "dev.softdelete.it.Articles", "findAnyByStatus", "FROM articles", "published");

    Customer betty =
        jdbi.onDemand(CustomerRepository.class).insert(new Customer(null, "betty@example.com", "Betty", null));
    jdbi.onDemand(Orders.class).insert(new PurchaseOrder(null, betty.id(), "A-1", null));
    logger.clear();
    assertThat(jdbi.onDemand(CustomerRepository.class).softDelete(betty.id())).isTrue();
    List<RecordingLogger.Seen> cascade = logger.of("softDelete");
    assertThat(cascade).allMatch(s -> s.group().equals("dev.softdelete.it.relations.CustomerRepository"));
    assertThat(cascade).anyMatch(s -> s.sql().contains("UPDATE orders"));
    assertThat(cascade).anyMatch(s -> s.sql().contains("UPDATE customers") && s.binding().contains(String.valueOf(betty.id())));
  }

  private static void assertSeen(RecordingLogger logger, String name, String sql, String value) {
    assertSeen(logger, USERS, name, sql, value);
  }

  private static void assertSeen(RecordingLogger logger, String group, String name, String sql, String value) {
    List<RecordingLogger.Seen> seen = logger.of(name);
    assertThat(seen).as("statements of %s", name).isNotEmpty();
    assertThat(seen).as("statements of %s", name).allMatch(s -> s.group().equals(group) && !s.failed());
    assertThat(seen).as("statements of %s", name).anyMatch(s -> s.sql().contains(sql) && s.binding().contains(value));
    logger.clear();
  }

  /**
   * A query timeout on the Jdbi sends every statement through the pipeline, and Jdbi sets it on the
   * driver's statement before the customizers run. (That it stops a statement is shown on PostgreSQL
   * by {@link PostgresLockTimeoutTest}: H2 does not cancel a statement that waits for a row lock.)
   */
  @Test
  void aQueryTimeoutReachesEveryStatement() {
    List<Integer> timeouts = new java.util.concurrent.CopyOnWriteArrayList<>();
    jdbi.getConfig(SqlStatements.class).setQueryTimeout(7);
    jdbi.addCustomizer(
        new StatementCustomizer() {
          @Override
          public void beforeExecution(PreparedStatement stmt, StatementContext ctx) throws SQLException {
            timeouts.add(stmt.getQueryTimeout());
          }
        });
    UserRepository users = jdbi.onDemand(UserRepository.class);

    User ann = users.insert(User.of("ann@example.com", "Ann"));
    users.insertAll(List.of(User.of("bob@example.com", "Bob")));
    assertThat(users.findById(ann.id())).isPresent();
    assertThat(users.softDelete(ann.id())).isTrue();

    assertThat(timeouts).hasSizeGreaterThanOrEqualTo(4).containsOnly(7);
  }

  @Test
  void withNothingToSeeAutoTakesThePlainJdbcPath() {
    AtomicInteger customized = new AtomicInteger();
    jdbi.addCustomizer(
        new StatementCustomizer() {
          @Override
          public void beforeExecution(PreparedStatement stmt, StatementContext ctx) {
            customized.incrementAndGet();
          }
        });
    assertThat(jdbi.getConfig(SoftDeleteConfig.class).statementPath())
        .as("run this suite without -Dsoftdelete.statementPath")
        .isIn(StatementPath.AUTO, StatementPath.JDBI);
    boolean forced = jdbi.getConfig(SoftDeleteConfig.class).statementPath() == StatementPath.JDBI;
    UserRepository users = jdbi.onDemand(UserRepository.class);

    User ann = users.insert(User.of("ann@example.com", "Ann"));
    assertThat(users.findById(ann.id())).isPresent();
    // The customizer is invisible to AUTO: it sees nothing unless the suite forces the Jdbi path.
    assertThat(customized.get()).isEqualTo(forced ? 2 : 0);

    jdbi.getConfig(SoftDeleteConfig.class).setStatementPath(StatementPath.JDBI);
    UserRepository throughJdbi = jdbi.onDemand(UserRepository.class);
    customized.set(0);
    assertThat(throughJdbi.findById(ann.id())).isPresent();
    assertThat(customized.get()).isEqualTo(1);
  }

  @Test
  void aJfrRecordingOfJdbisStatementEventSendsStatementsThroughJdbi() throws Exception {
    UserRepository users = jdbi.onDemand(UserRepository.class);
    User ann = users.insert(User.of("ann@example.com", "Ann"));
    Path file = Files.createTempFile(Path.of("target"), "statements", ".jfr");
    try (Recording recording = new Recording()) {
      recording.enable(JdbiStatementEvent.NAME).withoutThreshold();
      recording.start();
      // AUTO, with nothing configured but the recording.
      assertThat(users.findById(ann.id())).isPresent();
      recording.stop();
      recording.dump(file);
    }
    List<RecordedEvent> events = RecordingFile.readAllEvents(file);
    Files.delete(file);

    assertThat(events)
        .filteredOn(e -> e.getEventType().getName().equals(JdbiStatementEvent.NAME))
        .anyMatch(e -> e.getString("sql").contains("FROM users")
            && e.getString("parameters").contains(String.valueOf(ann.id())));
  }

  @Test
  void jdbisOpenTelemetryPluginMakesASpanPerStatement() {
    InMemorySpanExporter exporter = InMemorySpanExporter.create();
    try (SdkTracerProvider tracing =
        SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(exporter)).build()) {
      jdbi.installPlugin(new JdbiOpenTelemetryPlugin(OpenTelemetrySdk.builder().setTracerProvider(tracing).build()));
      // The plugin hooks in as a context listener, which AUTO cannot see.
      jdbi.getConfig(SoftDeleteConfig.class).setStatementPath(StatementPath.JDBI);
      UserRepository users = jdbi.onDemand(UserRepository.class);

      User ann = users.insert(User.of("ann@example.com", "Ann"));
      assertThat(users.findById(ann.id())).isPresent();

      List<SpanData> spans = exporter.getFinishedSpanItems();
      assertThat(spans).anyMatch(s -> String.valueOf(s.getAttributes().get(JdbiOpenTelemetryPlugin.SQL)).startsWith("INSERT INTO users"));
      assertThat(spans).anyMatch(s -> String.valueOf(s.getAttributes().get(JdbiOpenTelemetryPlugin.SQL)).contains("FROM users")
          && String.valueOf(s.getAttributes().get(JdbiOpenTelemetryPlugin.BINDING)).contains(String.valueOf(ann.id())));
    }
  }

  @Test
  void dropwizardTimersCountEachRepositoryMethod() {
    MetricRegistry metrics = new MetricRegistry();
    // What Dropwizard's JdbiFactory installs, with a name strategy that reads our statement names.
    jdbi.setSqlLogger(
        new InstrumentedSqlLogger(
            metrics,
            ctx -> MetricRegistry.name(
                (String) ctx.getAttribute("_jdbi_statement_group"), (String) ctx.getAttribute("_jdbi_statement_name"))));
    UserRepository users = jdbi.onDemand(UserRepository.class);

    User ann = users.insert(User.of("ann@example.com", "Ann"));
    users.findById(ann.id());
    users.findById(ann.id());

    assertThat(metrics.timer(USERS + ".findById").getCount()).isEqualTo(2);
    assertThat(metrics.timer(USERS + ".insert").getCount()).isEqualTo(1);
  }

}
