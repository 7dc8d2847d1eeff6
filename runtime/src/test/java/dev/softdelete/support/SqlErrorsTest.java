package dev.softdelete.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.softdelete.TableDefinition;
import dev.softdelete.TableDefinition.KeyDefinition;
import dev.softdelete.UniqueViolationException;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.util.List;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.api.Test;

class SqlErrorsTest {
  private static final TableDefinition USERS =
      new TableDefinition(
          "users",
          "live",
          "deleted_at",
          List.of("id", "email", "email_domain"),
          new KeyDefinition("id", "pk_users", List.of("id")),
          List.of(
              new KeyDefinition("email", "ux_users_email", List.of("email")),
              new KeyDefinition("emailDomain", "ux_users_email_domain", List.of("email_domain"))));

  @Test
  void namesTheKeyFromPostgresqlsMessage() {
    SQLException e =
        new SQLException(
            "ERROR: duplicate key value violates unique constraint \"ux_users_email\"\n"
                + "  Detail: Key (email, live)=(a, t) already exists.",
            "23505");

    assertThat(SqlErrors.violatedKey(e, USERS)).contains("email");
  }

  @Test
  void namesTheKeyFromH2sUpperCaseMessageAndTellsPrefixesApart() {
    SQLException e =
        new SQLException(
            "Unique index or primary key violation: \"PUBLIC.UX_USERS_EMAIL_DOMAIN ON"
                + " PUBLIC.USERS(EMAIL_DOMAIN NULLS FIRST, LIVE NULLS FIRST) VALUES ( /* 1 */ 'x', TRUE)\"",
            "23505");

    assertThat(SqlErrors.violatedKey(e, USERS)).contains("emailDomain");
  }

  @Test
  void namesThePrimaryKeyAsTheIdComponent() {
    SQLException e = new SQLException("duplicate key value violates unique constraint \"pk_users\"", "23505");

    assertThat(SqlErrors.violatedKey(e, USERS)).contains("id");
  }

  @Test
  void findsTheViolationInsideABatchFailure() {
    SQLException cause = new SQLException("violates unique constraint \"ux_users_email\"", "23505");
    BatchUpdateException batch = new BatchUpdateException("Batch entry 0 was aborted", "XXXXX", 0, new int[0], null);
    batch.setNextException(cause);

    RuntimeException translated = SqlErrors.translate(batch, USERS, "INSERT ...");

    assertThat(translated).isInstanceOf(UniqueViolationException.class).hasCause(batch);
    assertThat(((UniqueViolationException) translated).key()).contains("email");
  }

  @Test
  void anUnknownIndexGivesAViolationWithoutAKey() {
    SQLException e = new SQLException("duplicate key value violates unique constraint \"users_legacy_idx\"", "23505");

    UniqueViolationException translated = (UniqueViolationException) SqlErrors.translate(e, USERS, "sql");

    assertThat(translated.key()).isEmpty();
    assertThat(translated).hasMessageContaining("users");
  }

  @Test
  void otherFailuresBecomeJdbisStatementExceptionNamingTheSql() {
    SQLException e = new SQLException("relation \"users\" does not exist", "42P01");

    RuntimeException translated = SqlErrors.translate(e, USERS, "SELECT 1 FROM users");

    assertThat(translated)
        .isInstanceOf(UnableToExecuteStatementException.class)
        .hasCause(e)
        .hasMessageContaining("SELECT 1 FROM users")
        .hasMessageContaining("does not exist");
  }

  @Test
  void containsIdentifierMatchesWholeIdentifiersOnly() {
    assertThat(SqlErrors.containsIdentifier("\"ux_users_email\"", "ux_users_email")).isTrue();
    assertThat(SqlErrors.containsIdentifier("public.ux_users_email on", "ux_users_email")).isTrue();
    assertThat(SqlErrors.containsIdentifier("ux_users_email_domain", "ux_users_email")).isFalse();
    assertThat(SqlErrors.containsIdentifier("old_ux_users_email", "ux_users_email")).isFalse();
    assertThat(SqlErrors.containsIdentifier("ux_users_email_domain ux_users_email", "ux_users_email")).isTrue();
  }
}
