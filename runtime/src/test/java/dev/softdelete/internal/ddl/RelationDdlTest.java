package dev.softdelete.internal.ddl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.softdelete.Dialect;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RelationDdlTest {

  @Test
  void theDeletionColumnHasTheDialectsUuidType() {
    assertThat(Arrays.stream(Dialect.values()).map(d -> RelationDdl.deletionColumn(d, "deletion_id")))
        .containsExactly(
            "deletion_id UUID",
            "deletion_id UUID",
            "deletion_id CHAR(36)",
            "deletion_id TEXT",
            "deletion_id UNIQUEIDENTIFIER",
            "deletion_id CHAR(36)");
  }

  /** The live column is TRUE (or 1) or NULL, so IS NULL says "dead" on every dialect alike. */
  @Test
  void theCheckKeepsTheDeletionColumnOutOfLiveRowsWithoutALiteral() {
    assertThat(RelationDdl.deletionCheck("live", "deletion_id")).isEqualTo("live IS NULL OR deletion_id IS NULL");
  }

  @Test
  void theIndexesArePlainAndOverEveryRow() {
    assertThat(RelationDdl.deletionIndex("orders", "deletion_id"))
        .isEqualTo("CREATE INDEX ix_orders_deletion_id ON orders (deletion_id)");
    assertThat(RelationDdl.referenceIndex("orders", "customer_id"))
        .isEqualTo("CREATE INDEX ix_orders_customer_id ON orders (customer_id)");
  }

  @Test
  void aForeignKeyIsOneClauseInsideCreateTableAndAfterAlterTableAdd() {
    String clause = RelationDdl.foreignKey("fk_orders_customer_id", "customer_id", "customers", "id");

    assertThat(clause)
        .isEqualTo("CONSTRAINT fk_orders_customer_id FOREIGN KEY (customer_id) REFERENCES customers (id)");
    assertThat(RelationDdl.addForeignKey("orders", clause))
        .isEqualTo(
            "ALTER TABLE orders ADD CONSTRAINT fk_orders_customer_id FOREIGN KEY (customer_id) REFERENCES"
                + " customers (id)");
  }

  @Test
  void onlySqliteDeclaresForeignKeysInsideCreateTable() {
    assertThat(Arrays.stream(Dialect.values()).filter(RelationDdl::foreignKeysInCreateTable))
        .containsExactly(Dialect.SQLITE);
  }
}
