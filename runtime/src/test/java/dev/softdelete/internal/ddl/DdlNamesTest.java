package dev.softdelete.internal.ddl;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DdlNamesTest {

  @Test
  void keepsShortNames() {
    assertThat(DdlNames.uniqueIndex("users", "email")).isEqualTo("ux_users_email");
    assertThat(DdlNames.primaryKey("users")).isEqualTo("pk_users");
    assertThat(DdlNames.check("users", "live")).isEqualTo("ck_users_live");
    assertThat(DdlNames.index("users", "deleted_at")).isEqualTo("ix_users_deleted_at");
    assertThat(DdlNames.defaultConstraint("users", "live")).isEqualTo("df_users_live");
    assertThat(DdlNames.foreignKey("orders", "customer_id")).isEqualTo("fk_orders_customer_id");
  }

  @Test
  void keepsSixtyThreeCharacters() {
    String table = "t".repeat(63 - "ux__email".length());

    assertThat(DdlNames.uniqueIndex(table, "email")).hasSize(63).isEqualTo("ux_" + table + "_email");
  }

  @Test
  void shortensLongerNamesStably() {
    String table = "t".repeat(64 - "ux__email".length());

    String name = DdlNames.uniqueIndex(table, "email");

    assertThat(name)
        .hasSize(DdlNames.MAX_IDENTIFIER_LENGTH)
        .startsWith("ux_ttt")
        .matches("[a-z_]+_[0-9a-f]{8}")
        // The first 8 hex digits of SHA-256 of the full name: the same in every build, because the
        // databases already hold indexes by this name.
        .isEqualTo("ux_ttttttttttttttttttttttttttttttttttttttttttttttttttt_505cabbf");
  }

  /** Names that differ only after the cut still get different names, through the hash. */
  @Test
  void shortensDifferentNamesDifferently() {
    String table = "a_table_whose_name_is_long_enough_to_need_shortening_with_suffix";

    String email = DdlNames.uniqueIndex(table, "email");
    String phone = DdlNames.uniqueIndex(table, "phone");

    assertThat(email).hasSize(63);
    assertThat(phone).hasSize(63);
    assertThat(email.substring(0, 54)).isEqualTo(phone.substring(0, 54));
    assertThat(email).isNotEqualTo(phone);
  }

  /** The hash is of the lower-cased name, so a table written in another case keeps its names' hash. */
  @Test
  void hashIgnoresCase() {
    String table = "a_table_whose_name_is_long_enough_to_need_shortening_with_suffix";

    String lower = DdlNames.check(table, "live");
    String upper = DdlNames.check(table.toUpperCase(java.util.Locale.ROOT), "LIVE");

    assertThat(upper.substring(upper.length() - 8)).isEqualTo(lower.substring(lower.length() - 8));
  }
}
