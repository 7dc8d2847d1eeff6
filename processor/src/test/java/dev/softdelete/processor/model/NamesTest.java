package dev.softdelete.processor.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamesTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "orgId, org_id",
    "userID, user_id",
    "HTTPServer, http_server",
    "address2, address2",
    "address2Line, address2_line",
    "URL, url",
    "id, id",
    "User, user",
    "MembershipRole, membership_role",
    "parseHTTPResponseCode, parse_http_response_code",
    "already_snake, already_snake",
  })
  void snakeCase(String name, String expected) {
    assertThat(Names.snakeCase(name)).isEqualTo(expected);
  }

  @Test
  void constantName() {
    assertThat(Names.constantName("orgId")).isEqualTo("ORG_ID");
    assertThat(Names.constantName("userID")).isEqualTo("USER_ID");
  }

  @ParameterizedTest(name = "\"{0}\" -> {1}")
  @CsvSource({"users, true", "_users, true", "users_2, true", "2users, false", "my-users, false",
      "'my users', false", "public.users, false", "'', false", "café, false"})
  void isPlainIdentifier(String name, boolean expected) {
    assertThat(Names.isPlainIdentifier(name)).isEqualTo(expected);
  }

  @Test
  void constraintNameKeepsShortNames() {
    assertThat(Names.constraintName("ux", "users", "email")).isEqualTo("ux_users_email");
    assertThat(Names.constraintName("pk", "users", "")).isEqualTo("pk_users");
  }

  @Test
  void constraintNameKeepsSixtyThreeCharacters() {
    String table = "t".repeat(63 - "ux__email".length());
    String name = Names.constraintName("ux", table, "email");

    assertThat(name).hasSize(63).isEqualTo("ux_" + table + "_email");
  }

  @Test
  void constraintNameShortensLongerNamesStably() {
    String table = "t".repeat(64 - "ux__email".length());

    String name = Names.constraintName("ux", table, "email");

    assertThat(name)
        .hasSize(Names.MAX_IDENTIFIER_LENGTH)
        .startsWith("ux_ttt")
        .matches("[a-z_]+_[0-9a-f]{8}")
        // The first 8 hex digits of SHA-256 of the full name: the same in every build, because the
        // databases already hold indexes by this name.
        .isEqualTo("ux_ttttttttttttttttttttttttttttttttttttttttttttttttttt_505cabbf");
    assertThat(Names.isPlainIdentifier(name)).isTrue();
  }

  /** Names that differ only after the cut still get different names, through the hash. */
  @Test
  void constraintNameShortensDifferentNamesDifferently() {
    String table = "a_table_whose_name_is_long_enough_to_need_shortening_with_suffix";

    String email = Names.constraintName("ux", table, "email");
    String phone = Names.constraintName("ux", table, "phone");

    assertThat(email).hasSize(63);
    assertThat(phone).hasSize(63);
    assertThat(email.substring(0, 54)).isEqualTo(phone.substring(0, 54));
    assertThat(email).isNotEqualTo(phone);
  }
}
