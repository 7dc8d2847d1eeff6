package dev.softdelete.examples.service;

import dev.softdelete.Dialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The first version of the schema: every table, then every foreign key, from the generated DDL of the database
 * Flyway migrates.
 */
final class V1__Organisations_members_invitations extends BaseJavaMigration {
  @Override
  public void migrate(Context context) throws SQLException {
    Connection connection = context.getConnection();
    Dialect dialect = Dialect.of(connection);
    try (Statement statement = connection.createStatement()) {
      for (List<String> ddl :
          List.of(
              OrganisationSchema.createStatements(dialect),
              MemberSchema.createStatements(dialect),
              InvitationSchema.createStatements(dialect),
              OrganisationSchema.foreignKeyStatements(dialect),
              MemberSchema.foreignKeyStatements(dialect),
              InvitationSchema.foreignKeyStatements(dialect))) {
        for (String sql : ddl) {
          statement.execute(sql);
        }
      }
    }
  }
}
