package dev.softdelete.dagger.together;

import dagger.BindsInstance;
import dagger.Component;
import dev.softdelete.dagger.JdbiModule;
import jakarta.inject.Singleton;
import javax.sql.DataSource;

/**
 * A component compiled with its entities: {@code SoftDeleteModule} here does not exist when javac starts; the
 * softdelete processor writes it in a later round, and Dagger's processor waits for it.
 */
@Singleton
@Component(modules = {SoftDeleteModule.class, JdbiModule.class})
public interface ProjectsComponent {
  ProjectRepository projectRepository();

  Projects projects();

  @Component.Factory
  interface Factory {
    ProjectsComponent create(@BindsInstance DataSource dataSource);
  }
}
