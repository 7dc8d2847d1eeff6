package dev.softdelete.examples.service;

import dev.softdelete.jdbi.SoftDeletePlugin;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;

/**
 * The service started as {@link Main} starts it (the Dagger component, which migrates with Flyway and verifies the
 * schema) on an empty database, and the same database read by the tests' own repositories, so that a test sees what
 * the service wrote, dead rows included.
 */
record Running(
    ServiceComponent component,
    MembershipService service,
    OrganisationRepository organisations,
    Members members,
    Invitations invitations) {

  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneOffset.UTC);

  static Running on(ServiceDatabase database) {
    return on(database.empty());
  }

  static Running on(DataSource dataSource) {
    ServiceComponent component = DaggerServiceComponent.factory().create(dataSource, CLOCK);
    MembershipService service = component.memberships();
    Jdbi observer = Jdbi.create(dataSource).installPlugin(new SoftDeletePlugin(CLOCK));
    return new Running(
        component,
        service,
        observer.onDemand(OrganisationRepository.class),
        observer.onDemand(Members.class),
        observer.onDemand(Invitations.class));
  }
}
