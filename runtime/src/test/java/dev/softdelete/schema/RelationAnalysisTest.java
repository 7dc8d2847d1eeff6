package dev.softdelete.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.softdelete.Dialect;
import dev.softdelete.OnSoftDelete;
import dev.softdelete.TableDefinition;
import dev.softdelete.TableDefinition.KeyDefinition;
import dev.softdelete.TableDefinition.ReferenceDefinition;
import dev.softdelete.TableDefinition.Relations;
import dev.softdelete.schema.IndexInfo.Nulls;
import dev.softdelete.schema.SchemaProblem.Kind;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The problems of a table in a relation on catalogs the live tests cannot build: SQL Server's and
 * Oracle's disabled keys, keys over two columns or to another column, indexes that do or do not serve
 * the reference and the deletion column. WHERE clauses are evaluated by H2 in the database's
 * compatibility mode, as in {@link DeclaredIndexesTest}; the table otherwise keeps the contract, so
 * that the only problems are about its relations.
 */
class RelationAnalysisTest {
  private static int databases;
  private Connection connection;

  @AfterEach
  void close() throws SQLException {
    if (connection != null) {
      connection.close();
    }
  }

  private static final ReferenceDefinition CUSTOMER =
      new ReferenceDefinition(
          "customerId",
          "customer_id",
          "Customer",
          "customers",
          "id",
          OnSoftDelete.CASCADE,
          "fk_orders_customer_id",
          "ix_orders_customer_id");

  private static final TableDefinition ORDERS =
      new TableDefinition(
          "orders",
          "live",
          "deleted_at",
          List.of("id", "customer_id", "total"),
          new KeyDefinition("id", "pk_orders", List.of("id")),
          List.of(),
          List.of(),
          Optional.of(new Relations("Order", "deletion_id", List.of(CUSTOMER))));

  private static final ForeignKeyInfo RIGHT_KEY =
      new ForeignKeyInfo("fk_orders_customer_id", List.of("customer_id"), "customers", List.of("id"), null);

  private static final IndexInfo REFERENCE_INDEX = index("ix_orders_customer_id", null, null, "customer_id");

  private static final IndexInfo DELETION_INDEX = index("ix_orders_deletion_id", null, null, "deletion_id");

  private static IndexInfo index(String name, String predicate, String unusable, String... parts) {
    return new IndexInfo(name, List.of(parts), predicate, Nulls.DISTINCT, null, false, unusable);
  }

  /** The problems of orders with these columns, indexes (besides its scan indexes) and foreign keys. */
  private List<SchemaProblem> analyze(
      Dialect dialect, List<String> columns, List<IndexInfo> indexes, List<ForeignKeyInfo> foreignKeys) {
    boolean bit = dialect == Dialect.SQLSERVER || dialect == Dialect.ORACLE;
    String trueLiteral = bit ? "1" : "TRUE";
    String mode =
        switch (dialect) {
          case SQLSERVER -> "MSSQLServer";
          case ORACLE -> "Oracle";
          case MYSQL -> "MySQL";
          default -> "PostgreSQL";
        };
    try {
      connection = DriverManager.getConnection("jdbc:h2:mem:relations" + ++databases + ";MODE=" + mode);
      try (Statement statement = connection.createStatement()) {
        statement.execute(
            "CREATE TABLE orders (id BIGINT NOT NULL, customer_id BIGINT, total INTEGER, live "
                + (bit ? "INTEGER" : "BOOLEAN") + ", deleted_at TIMESTAMP, deletion_id UUID)");
      }
    } catch (SQLException e) {
      throw new AssertionError(e);
    }
    List<ColumnInfo> columnInfos = new ArrayList<>();
    columnInfos.add(new ColumnInfo("id", false, null));
    columnInfos.add(new ColumnInfo("customer_id", true, null));
    columnInfos.add(new ColumnInfo("total", true, null));
    columnInfos.add(new ColumnInfo("live", true, trueLiteral));
    columnInfos.add(new ColumnInfo("deleted_at", true, null));
    columns.forEach(c -> columnInfos.add(new ColumnInfo(c, true, null)));
    List<IndexInfo> plain = new ArrayList<>(indexes);
    plain.add(index("ix_orders_live", null, null, "live", "id"));
    plain.add(index("ix_orders_deleted_at", null, null, "deleted_at"));
    TableInfo table =
        new TableInfo(
            "orders",
            columnInfos,
            List.of(new IndexInfo("pk_orders", List.of("id"), null, Nulls.DISTINCT, "pk_orders", true, null)),
            List.of(
                new CheckInfo("ck_orders_live", "live IS NULL OR live = " + trueLiteral, true),
                new CheckInfo(
                    "ck_orders_deleted_at",
                    "(live IS NULL AND deleted_at IS NOT NULL) OR (live IS NOT NULL AND deleted_at IS NULL)",
                    true)),
            plain,
            false,
            foreignKeys);
    AnalysisContext context =
        new AnalysisContext(
            dialect,
            ORDERS,
            table,
            new DatabaseEvaluator(dialect, connection),
            new SchemaFixes(dialect),
            new ArrayList<>());
    return TableAnalysis.analyze(context, RowCounts.NONE);
  }

  private List<SchemaProblem> analyze(Dialect dialect, List<IndexInfo> indexes, ForeignKeyInfo... foreignKeys) {
    return analyze(dialect, List.of("deletion_id"), indexes, List.of(foreignKeys));
  }

  private static String fix(SchemaProblem problem) {
    return problem.message().substring(problem.message().lastIndexOf("Fix: ") + "Fix: ".length());
  }

  @Test
  void theGeneratedKeyAndIndexesKeepTheContract() {
    for (Dialect dialect : List.of(Dialect.POSTGRESQL, Dialect.SQLSERVER, Dialect.ORACLE)) {
      assertThat(analyze(dialect, List.of(REFERENCE_INDEX, DELETION_INDEX), RIGHT_KEY)).as("%s", dialect).isEmpty();
    }
  }

  /** A key counts by what it joins: names are the database's business, and case does not matter. */
  @Test
  void aKeyOfAnyNameInAnyCaseCounts() {
    ForeignKeyInfo upper =
        new ForeignKeyInfo("SYS_C0012345", List.of("CUSTOMER_ID"), "CUSTOMERS", List.of("ID"), null);

    assertThat(analyze(Dialect.ORACLE, List.of(REFERENCE_INDEX, DELETION_INDEX), upper)).isEmpty();
  }

  @Test
  void aMissingKeyIsAnError() {
    List<SchemaProblem> problems = analyze(Dialect.SQLSERVER, List.of(REFERENCE_INDEX, DELETION_INDEX));

    assertThat(problems).extracting(SchemaProblem::kind).containsExactly(Kind.FOREIGN_KEY_MISSING);
    assertThat(problems.get(0).severity()).isEqualTo(SchemaProblem.Severity.ERROR);
    assertThat(problems.get(0).subject()).isEqualTo("fk_orders_customer_id");
    assertThat(problems.get(0).message())
        .isEqualTo(
            "orders has no foreign key from customer_id to customers (id), as fk_orders_customer_id of"
                + " @References on customerId is: nothing stops a row of orders from naming a Customer that does"
                + " not exist, or a hand-written DELETE of a Customer from leaving its rows here orphaned, out of"
                + " every cascade's reach. Fix: ALTER TABLE orders ADD CONSTRAINT fk_orders_customer_id FOREIGN KEY"
                + " (customer_id) REFERENCES customers (id)");
  }

  /** A key over two columns does not check the reference on its own (MATCH SIMPLE lets NULLs through). */
  @Test
  void aKeyOverTwoColumnsIsNotTheReferencesKey() {
    ForeignKeyInfo compound =
        new ForeignKeyInfo(
            "fk_orders_customer", List.of("customer_id", "total"), "customers", List.of("id", "rank"), null);

    assertThat(analyze(Dialect.POSTGRESQL, List.of(REFERENCE_INDEX, DELETION_INDEX), compound))
        .extracting(SchemaProblem::kind)
        .containsExactly(Kind.FOREIGN_KEY_MISSING);
  }

  /** The generated name is taken by a key over other columns: the fix drops it first. */
  @Test
  void aKeyThatHasTheGeneratedNameIsDroppedFirst() {
    ForeignKeyInfo named =
        new ForeignKeyInfo("fk_orders_customer_id", List.of("total"), "totals", List.of("id"), null);

    List<SchemaProblem> problems = analyze(Dialect.MYSQL, List.of(REFERENCE_INDEX, DELETION_INDEX), named);

    assertThat(problems).extracting(SchemaProblem::kind).containsExactly(Kind.FOREIGN_KEY_MISSING);
    assertThat(fix(problems.get(0)))
        .isEqualTo(
            "ALTER TABLE orders DROP FOREIGN KEY fk_orders_customer_id; ALTER TABLE orders ADD CONSTRAINT"
                + " fk_orders_customer_id FOREIGN KEY (customer_id) REFERENCES customers (id)");
  }

  @Test
  void aKeyToAnotherColumnOfTheParentDiffers() {
    ForeignKeyInfo byCode =
        new ForeignKeyInfo("fk_orders_customer_code", List.of("customer_id"), "customers", List.of("code"), null);

    List<SchemaProblem> problems = analyze(Dialect.POSTGRESQL, List.of(REFERENCE_INDEX, DELETION_INDEX), byCode);

    assertThat(problems).extracting(SchemaProblem::kind).containsExactly(Kind.FOREIGN_KEY_DIFFERS);
    assertThat(problems.get(0).message())
        .startsWith(
            "orders has foreign key fk_orders_customer_code (customer_id) REFERENCES customers (code), but"
                + " @References on customerId references customers (id): a row of orders needs a match in"
                + " customers (code) as well, and nothing checks that its Customer exists.")
        .endsWith(
            "Fix: ALTER TABLE orders DROP CONSTRAINT fk_orders_customer_code; ALTER TABLE orders ADD CONSTRAINT"
                + " fk_orders_customer_id FOREIGN KEY (customer_id) REFERENCES customers (id)");
  }

  @Test
  void aKeyElsewhereBesideTheRightOneIsDropped() {
    ForeignKeyInfo elsewhere =
        new ForeignKeyInfo("fk_orders_team", List.of("customer_id"), "teams", List.of("id"), null);

    List<SchemaProblem> problems =
        analyze(Dialect.POSTGRESQL, List.of(REFERENCE_INDEX, DELETION_INDEX), RIGHT_KEY, elsewhere);

    assertThat(problems).extracting(SchemaProblem::kind).containsExactly(Kind.FOREIGN_KEY_DIFFERS);
    assertThat(problems.get(0).message()).contains(" beside fk_orders_customer_id (customer_id)");
    assertThat(fix(problems.get(0))).isEqualTo("ALTER TABLE orders DROP CONSTRAINT fk_orders_team");
  }

  @Test
  void aDisabledKeyIsNotEnforcedAndTheFixEnablesIt() {
    ForeignKeyInfo disabled =
        new ForeignKeyInfo("fk_orders_customer_id", List.of("customer_id"), "customers", List.of("id"), "disabled");

    List<SchemaProblem> sqlServer = analyze(Dialect.SQLSERVER, List.of(REFERENCE_INDEX, DELETION_INDEX), disabled);
    List<SchemaProblem> oracle = analyze(Dialect.ORACLE, List.of(REFERENCE_INDEX, DELETION_INDEX), disabled);

    assertThat(sqlServer).extracting(SchemaProblem::kind).containsExactly(Kind.FOREIGN_KEY_NOT_ENFORCED);
    assertThat(sqlServer.get(0).message())
        .contains("foreign key fk_orders_customer_id (customer_id) REFERENCES customers (id) [disabled]");
    assertThat(fix(sqlServer.get(0)))
        .isEqualTo("ALTER TABLE orders WITH CHECK CHECK CONSTRAINT fk_orders_customer_id");
    assertThat(fix(oracle.get(0))).isEqualTo("ALTER TABLE orders ENABLE VALIDATE CONSTRAINT fk_orders_customer_id");
  }

  /** A unique index or a compound index led by the column serves the key's checks as well. */
  @Test
  void anyIndexLedByTheColumnOverEveryRowServesTheReference() {
    IndexInfo compound = index("ix_orders_customer_total", null, null, "customer_id", "total");

    assertThat(analyze(Dialect.POSTGRESQL, List.of(compound, DELETION_INDEX), RIGHT_KEY)).isEmpty();
  }

  @Test
  void anIndexLedByTheLiveColumnOrOverLiveRowsOnlyDoesNotServeTheReference() {
    IndexInfo liveFirst = index("ix_a", null, null, "live", "customer_id");
    IndexInfo partial = index("ix_b", "live", null, "customer_id");

    List<SchemaProblem> problems = analyze(Dialect.POSTGRESQL, List.of(liveFirst, partial, DELETION_INDEX), RIGHT_KEY);

    assertThat(problems).extracting(SchemaProblem::kind).containsExactly(Kind.REFERENCE_INDEX_MISSING);
    assertThat(problems.get(0).severity()).isEqualTo(SchemaProblem.Severity.WARNING);
    assertThat(problems.get(0).message())
        .contains("(ix_b (customer_id) WHERE live leaves rows out)")
        .endsWith("Fix: CREATE INDEX ix_orders_customer_id ON orders (customer_id)");
  }

  @Test
  void anUnusableIndexDoesNotServeTheReference() {
    IndexInfo unusable = index("ix_orders_customer_id", null, "UNUSABLE", "customer_id");

    List<SchemaProblem> problems = analyze(Dialect.ORACLE, List.of(unusable, DELETION_INDEX), RIGHT_KEY);

    assertThat(problems).extracting(SchemaProblem::kind).containsExactly(Kind.REFERENCE_INDEX_MISSING);
    assertThat(problems.get(0).message()).contains("ix_orders_customer_id (customer_id) [UNUSABLE] is not in use");
    assertThat(fix(problems.get(0)))
        .isEqualTo("DROP INDEX ix_orders_customer_id; CREATE INDEX ix_orders_customer_id ON orders (customer_id)");
  }

  /** The cascade looks dead rows up by the deletion column: an index over dead rows only serves. */
  @Test
  void aDeletionIndexOverDeadRowsServes() {
    IndexInfo dead = index("ix_dead", "live IS NULL", null, "deletion_id");
    IndexInfo live = index("ix_live", "live", null, "deletion_id");

    assertThat(analyze(Dialect.POSTGRESQL, List.of(REFERENCE_INDEX, dead), RIGHT_KEY)).isEmpty();
    assertThat(analyze(Dialect.POSTGRESQL, List.of(REFERENCE_INDEX, live), RIGHT_KEY))
        .extracting(SchemaProblem::kind)
        .containsExactly(Kind.DELETION_INDEX_MISSING);
  }

  @Test
  void aMissingDeletionColumnIsAddedWithItsCheckAndIndex() {
    List<SchemaProblem> sqlServer = analyze(Dialect.SQLSERVER, List.of(), List.of(REFERENCE_INDEX), List.of(RIGHT_KEY));
    List<SchemaProblem> oracle = analyze(Dialect.ORACLE, List.of(), List.of(REFERENCE_INDEX), List.of(RIGHT_KEY));

    assertThat(sqlServer).extracting(SchemaProblem::kind).containsExactly(Kind.MISSING_COLUMN);
    assertThat(sqlServer.get(0).subject()).isEqualTo("deletion_id");
    assertThat(fix(sqlServer.get(0)))
        .isEqualTo(
            "ALTER TABLE orders ADD deletion_id UNIQUEIDENTIFIER; ALTER TABLE orders ADD CONSTRAINT"
                + " ck_orders_deletion_id CHECK (live IS NULL OR deletion_id IS NULL); CREATE INDEX"
                + " ix_orders_deletion_id ON orders (deletion_id)");
    assertThat(fix(oracle.get(0))).startsWith("ALTER TABLE orders ADD (deletion_id CHAR(36)); ");
  }

  /** An entity outside every relation is not asked for keys it does not declare. */
  @Test
  void aTableWithoutRelationsIsNotAskedForKeysOrTheDeletionColumn() {
    TableDefinition plain =
        new TableDefinition(
            ORDERS.table(), ORDERS.liveColumn(), ORDERS.deletedAtColumn(), ORDERS.columns(), ORDERS.primaryKey(),
            List.of());
    TableInfo table =
        new TableInfo(
            "orders",
            List.of(
                new ColumnInfo("id", false, null),
                new ColumnInfo("customer_id", true, null),
                new ColumnInfo("total", true, null)),
            List.of(),
            List.of(),
            List.of(),
            false,
            List.of());
    AnalysisContext context =
        new AnalysisContext(
            Dialect.POSTGRESQL, plain, table, null, new SchemaFixes(Dialect.POSTGRESQL), new ArrayList<>());

    new RelationAnalysis(context).run();

    assertThat(context.problems()).isEmpty();
  }
}
