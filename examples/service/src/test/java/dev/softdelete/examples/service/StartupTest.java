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
    assertThat(first.component().migration().migrationsExecuted).isEqualTo(1);
    assertThat(first.component().migration().targetSchemaVersion).isEqualTo("1");
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
