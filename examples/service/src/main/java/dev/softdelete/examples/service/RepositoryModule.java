package dev.softdelete.examples.service;

import dagger.Module;
import dagger.Provides;
import org.jdbi.v3.core.Jdbi;

/**
 * The repositories, given the {@code Jdbi}. Each is the generated implementation made from the {@code Jdbi}, so its
 * calls join the calling thread's Jdbi transaction.
 */
@Module
public interface RepositoryModule {

  @Provides
  static OrganisationRepository organisations(Jdbi jdbi) {
    return new JdbiOrganisationRepository(jdbi);
  }

  @Provides
  static Members members(Jdbi jdbi) {
    return new JdbiMembers(jdbi);
  }

  @Provides
  static Invitations invitations(Jdbi jdbi) {
    return new JdbiInvitations(jdbi);
  }
}
