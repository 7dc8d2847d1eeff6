package dev.softdelete.dagger;

import dagger.BindsInstance;
import dagger.Component;
import dev.softdelete.fixture.MemberRepository;
import dev.softdelete.fixture.Members;
import dev.softdelete.fixture.Onboarding;
import dev.softdelete.fixture.SoftDeleteModule;
import dev.softdelete.fixture.TeamRepository;
import jakarta.inject.Singleton;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;

/**
 * A user's component over entities compiled in another module (the fixture): the module that the processor wrote
 * there provides the repositories, {@link JdbiModule} the Jdbi, and Dagger builds the service from both.
 */
@Singleton
@Component(modules = {SoftDeleteModule.class, JdbiModule.class})
public interface TeamsComponent {
  Onboarding onboarding();

  TeamRepository teams();

  MemberRepository memberRepository();

  Members members();

  Jdbi jdbi();

  @Component.Factory
  interface Factory {
    TeamsComponent create(@BindsInstance DataSource dataSource);
  }
}
