package dev.softdelete.migrations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.softdelete.jdbi.SoftDeletePlugin;
import dev.softdelete.schema.SchemaProblem;
import dev.softdelete.schema.SchemaReport;
import dev.softdelete.schema.SchemaVerifier;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.flywaydb.core.api.output.MigrateResult;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A team adopts softdelete on a database it already has. The table of {@code
 * legacy/<dialect>/V1__shop_customers.sql} was made by hand: no CHECKs, a unique email over every row,
 * no indexes for pages and purges, and none of the deletion column that the relation with orders needs.
 * The verifier's fixes, written as the next Flyway version, make it what the verifier expects; the
 * tables that are new come from the processor as the version after that ({@code
 * softdelete.migrations.tables} names them); and the repositories work on the rows that were there.
 */
class ExistingSchemaTest {
  /** Not on SQLite, which cannot add a CHECK or alter a column: its fixes say to rebuild the table. */
  @ParameterizedTest
  @EnumSource(value = TestDatabase.class, names = {"H2", "POSTGRESQL"})
  void theVerifiersFixesAreTheNextMigration(TestDatabase db, @TempDir Path migrations, @TempDir Path build)
      throws IOException {
    DataSource dataSource = db.fresh();
    String legacy = "classpath:legacy/" + db.folder();
    Tools.migrate(dataSource, legacy);
    Jdbi jdbi = Jdbi.create(dataSource).installPlugin(new SoftDeletePlugin());
    jdbi.useHandle(h -> h.execute("INSERT INTO shop_customers (email, name) VALUES ('betty@example.com', 'Betty')"));

    SchemaReport before = jdbi.withHandle(h -> SchemaVerifier.verify(h, CustomerSchema.DEFINITION));
    assertThat(before.problems())
        .extracting(SchemaProblem::kind)
        .containsExactlyInAnyOrder(
            SchemaProblem.Kind.MISSING_COLUMN,
            SchemaProblem.Kind.MISSING_LIVE_CHECK,
            SchemaProblem.Kind.MISSING_DELETED_AT_CHECK,
            SchemaProblem.Kind.KEY_INDEX_WITHOUT_LIVE,
            SchemaProblem.Kind.LIVE_INDEX_MISSING,
            SchemaProblem.Kind.DELETED_AT_INDEX_MISSING);

    // What the README shows: each problem's fix, a statement a line, as V2 after the hand-made V1.
    String fixes =
        before.problems().stream()
            .map(p -> "-- " + p.kind() + ": " + p.subject() + "\n"
                + p.fix().orElseThrow().replace("; ", ";\n") + ";\n")
            .collect(Collectors.joining("\n"));
    Files.writeString(migrations.resolve("V2__softdelete_fixes.sql"), fixes);
    MigrateResult fixed = Tools.migrate(dataSource, legacy, "filesystem:" + migrations.toAbsolutePath());

    assertThat(fixed.migrations).extracting(m -> m.version + " " + m.description).containsExactly("2 softdelete fixes");
    SchemaReport after = jdbi.withHandle(h -> SchemaVerifier.verify(h, CustomerSchema.DEFINITION));
    assertThat(after.problems()).as("%s", after).isEmpty();

    // The new tables: this module's records built with version 3 for them alone.
    Path classes =
        Builds.compile(
            Path.of("src", "main", "java"),
            build,
            List.of(
                "-Asoftdelete.dialects=" + db.folder(),
                "-Asoftdelete.flyway.version=3",
                "-Asoftdelete.migrations.tables=orders,players,teams"));
    MigrateResult added =
        Tools.migrate(
            dataSource,
            legacy,
            "filesystem:" + migrations.toAbsolutePath(),
            "filesystem:" + classes.resolve("db/migration/" + db.folder()).toAbsolutePath());

    assertThat(added.migrations).extracting(m -> m.version + " " + m.description)
        .containsExactly("3.1 orders", "3.2 players", "3.3 teams", "3.4 foreign keys");
    Shop.verify(dataSource);
    CustomerRepository customers = jdbi.onDemand(CustomerRepository.class);
    OrderRepository orders = jdbi.onDemand(OrderRepository.class);
    Customer betty = customers.alive().get(0);
    Order order = orders.insert(new Order(null, betty.id(), "open", BigDecimal.TEN, null));
    assertThat(customers.softDelete(betty.id())).isTrue();
    assertThat(orders.findById(order.id())).isEmpty();
    assertThat(customers.insert(new Customer(null, "betty@example.com", "Betty again", null)).id())
        .isNotEqualTo(betty.id());
    assertThat(customers.countDead()).isOne();
  }
}
