package dev.softdelete.migrations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.softdelete.TableDefinition;
import dev.softdelete.jdbi.SoftDeletePlugin;
import dev.softdelete.schema.SchemaVerifier;
import dev.softdelete.schema.SchemaVerifier.Strictness;
import java.math.BigDecimal;
import javax.sql.DataSource;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** What a migrated database must do: satisfy the verifier, warnings included, and serve the repositories. */
final class Shop {
  /** Every entity of the module, whose tables the migrations create. */
  static final TableDefinition[] TABLES = {
    CustomerSchema.DEFINITION, OrderSchema.DEFINITION, TeamSchema.DEFINITION, PlayerSchema.DEFINITION
  };

  private Shop() {}

  /** Fails with the verifier's report unless every table keeps the contract and has every index. */
  static void verify(DataSource dataSource) {
    try (Handle handle = jdbi(dataSource).open()) {
      SchemaVerifier.verifyOrThrow(handle, Strictness.ERRORS_AND_WARNINGS, TABLES);
    }
  }

  /**
   * A customer with an order, a team whose captain plays in it (the cycle), then soft deletes that
   * cascade: the tables, their keys and their foreign keys work together.
   */
  static void use(DataSource dataSource) {
    Jdbi jdbi = jdbi(dataSource);
    CustomerRepository customers = jdbi.onDemand(CustomerRepository.class);
    OrderRepository orders = jdbi.onDemand(OrderRepository.class);
    Customer betty = customers.insert(new Customer(null, "betty@example.com", "Betty", null));
    Order order = orders.insert(new Order(null, betty.id(), "open", new BigDecimal("12.50"), null));

    assertThat(customers.softDelete(betty.id())).isTrue();
    assertThat(orders.findById(order.id())).isEmpty();
    assertThat(customers.insert(new Customer(null, "betty@example.com", "Betty again", null)).id())
        .isNotEqualTo(betty.id());

    TeamRepository teams = jdbi.onDemand(TeamRepository.class);
    PlayerRepository players = jdbi.onDemand(PlayerRepository.class);
    Team team = teams.insert(new Team(null, "Rovers", null));
    Player captain = players.insert(new Player(null, "Ada", team.id()));
    assertThat(teams.update(new Team(team.id(), "Rovers", captain.id()))).isTrue();
    assertThat(teams.findById(team.id()).orElseThrow().captainId()).isEqualTo(captain.id());
  }

  private static Jdbi jdbi(DataSource dataSource) {
    return Jdbi.create(dataSource).installPlugin(new SoftDeletePlugin());
  }
}
