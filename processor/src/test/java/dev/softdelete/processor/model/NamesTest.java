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
}
