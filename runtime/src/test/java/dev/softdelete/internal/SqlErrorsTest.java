package dev.softdelete.internal;

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
  void namesKeysFromMariaDbsMessagesAndItsPrimaryKey() {
    SQLException email =
        new SQLException("(conn=4) Duplicate entry 'd@x-1' for key 'ux_users_email'", "23000", 1062);
    SQLException id = new SQLException("(conn=4) Duplicate entry '7' for key 'PRIMARY'", "23000", 1062);
    SQLException mysqlId = new SQLException("Duplicate entry '7' for key 'users.PRIMARY'", "23000", 1062);

    assertThat(SqlErrors.isUniqueViolation(email)).isTrue();
    assertThat(SqlErrors.violatedKey(email, USERS)).contains("email");
    assertThat(SqlErrors.violatedKey(id, USERS)).contains("id");
    assertThat(SqlErrors.violatedKey(mysqlId, USERS)).contains("id");
  }

  @Test
  void namesKeysFromSqlitesColumnLists() {
    SQLException email =
        new SQLException(
            "[SQLITE_CONSTRAINT_UNIQUE] A UNIQUE constraint failed (UNIQUE constraint failed:"
                + " users.email, users.live)",
            null,
            19);
    SQLException id =
        new SQLException(
            "[SQLITE_CONSTRAINT_PRIMARYKEY] A PRIMARY KEY constraint failed (UNIQUE constraint"
                + " failed: users.id)",
            null,
            19);
    SQLException check =
        new SQLException("[SQLITE_CONSTRAINT_CHECK] (CHECK constraint failed: ck_users_live)", null, 19);

    assertThat(SqlErrors.isUniqueViolation(email)).isTrue();
    assertThat(SqlErrors.violatedKey(email, USERS)).contains("email");
    assertThat(SqlErrors.violatedKey(id, USERS)).contains("id");
    assertThat(SqlErrors.isUniqueViolation(check)).isFalse();
  }

  @Test
  void recognisesSqlServerAndOracleViolations() {
    SQLException sqlServer =
        new SQLException(
            "Cannot insert duplicate key row in object 'dbo.users' with unique index"
                + " 'ux_users_email'. The duplicate key value is (a@x).",
            "23000",
            2601);
    SQLException oracle =
        new SQLException("ORA-00001: unique constraint (APP.UX_USERS_EMAIL) violated", "23000", 1);
    SQLException foreignKey = new SQLException("FOREIGN KEY constraint failed", "23000", 1452);

    assertThat(SqlErrors.isUniqueViolation(sqlServer)).isTrue();
    assertThat(SqlErrors.violatedKey(sqlServer, USERS)).contains("email");
    assertThat(SqlErrors.isUniqueViolation(oracle)).isTrue();
    assertThat(SqlErrors.violatedKey(oracle, USERS)).contains("email");
    assertThat(SqlErrors.isUniqueViolation(foreignKey)).isFalse();
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
  void namesTheFirstKeyTheDriverReportsOfABatchThatViolatesSeveral() {
    BatchUpdateException batch = new BatchUpdateException("Batch entry 0 was aborted", "XXXXX", 0, new int[0], null);
    batch.setNextException(new SQLException("violates unique constraint \"ux_users_email_domain\"", "23505"));
    for (int i = 0; i < 30; i++) {
      batch.setNextException(new SQLException("violates unique constraint \"ux_users_email\"", "23505"));
    }

    assertThat(SqlErrors.violatedKey(batch, USERS)).contains("emailDomain");
  }

  @Test
  void aBatchFailureWithAnExceptionPerRowIsReadWithoutRecursion() {
    BatchUpdateException batch = new BatchUpdateException("Batch entry 0 was aborted", "XXXXX", 0, new int[0], null);
    SQLException last = batch;
    for (int i = 0; i < 100_000; i++) {
      SQLException next = new SQLException("row " + i + " failed", "XXXXX");
      last.setNextException(next);
      last = next;
    }
    last.setNextException(new SQLException("violates unique constraint \"ux_users_email\"", "23505"));

    assertThat(SqlErrors.violatedKey(batch, USERS)).contains("email");
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
