package dev.softdelete.examples.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.softdelete.schema.SchemaMismatchException;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Starting the service migrates an empty database once, and refuses a schema that breaks the contract. */
class StartupTest {

  @ParameterizedTest
  @EnumSource(ServiceDatabase.class)
  void theFirstStartMigratesAndLaterStartsFindNothingToDo(ServiceDatabase database) {
    DataSource dataSource = database.empty();

    Running first = Running.on(dataSource);
    // The processor's files: the three tables, parents first, then their foreign keys.
    assertThat(first.component().migration().migrations)
        .extracting(migration -> migration.version + " " + migration.description)
        .containsExactly("1.1 organisations", "1.2 invitations", "1.3 members", "1.4 foreign keys");
    first.service().open("acme", "Acme", "ann@acme.test", "Ann");

    Running second = Running.on(dataSource);
    assertThat(second.component().migration().migrationsExecuted).isZero();
    assertThat(second.service().roster()).extracting(RosterLine::email).containsExactly("ann@acme.test");
  }

  @ParameterizedTest
  @EnumSource(ServiceDatabase.class)
  void aSchemaWhoseUniqueIndexLostTheLiveColumnIsRefusedAtStart(ServiceDatabase database) {
    DataSource dataSource = database.empty();
    Running.on(dataSource);
    // What a hand-written migration might do: a plain unique key, which would keep anyone who left from rejoining.
    Jdbi.create(dataSource).useHandle(handle -> {
      handle.execute("DROP INDEX ux_members_organisation_email");
      handle.execute("CREATE UNIQUE INDEX ux_members_organisation_email ON members (organisation_id, email)");
    });

    assertThatThrownBy(() -> Running.on(dataSource))
        .isInstanceOf(SchemaMismatchException.class)
        .hasMessageContaining("members")
        .hasMessageContaining("organisation_email");
  }
}
