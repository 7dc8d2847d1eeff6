package dev.softdelete.dagger.together;

import static org.assertj.core.api.Assertions.assertThat;

import dev.softdelete.fixture.FixtureDatabase;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Entities, their generated module and the component, all from one compilation with both processors. */
class SameCompilationTest {
  @ParameterizedTest
  @EnumSource(FixtureDatabase.class)
  void theComponentInjectsTheRepositoriesOfItsOwnCompilation(FixtureDatabase database) {
    ProjectsComponent component = DaggerProjectsComponent.factory().create(database.dataSource());
    createTable(Jdbi.create(database.dataSource()), database);

    assertThat(component.projectRepository()).isInstanceOf(JdbiProjectRepository.class);
    assertThat(component.projects()).isInstanceOf(JdbiProjects.class);

    Project ledger = component.projectRepository().insert(new Project(null, "ledger", "ada"));
    component.projects().insert(new Project(null, "atlas", "ada"));
    component.projects().insert(new Project(null, "zephyr", "grace"));
    component.projectRepository().softDelete(ledger.id());

    assertThat(component.projects().findByOwnerOrderByName("ada")).extracting(Project::name).containsExactly("atlas");
  }

  private static void createTable(Jdbi jdbi, FixtureDatabase database) {
    try (Handle handle = jdbi.open()) {
      handle.execute("DROP TABLE IF EXISTS " + ProjectSchema.TABLE);
      ProjectSchema.createStatements(database.dialect()).forEach(handle::execute);
    }
  }
}
