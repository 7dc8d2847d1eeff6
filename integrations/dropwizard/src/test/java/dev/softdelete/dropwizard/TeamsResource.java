package dev.softdelete.dropwizard;

import dev.softdelete.fixture.Member;
import dev.softdelete.fixture.Onboarding;
import dev.softdelete.fixture.Team;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;

/** A resource as a user writes it: the injector hands it the service, which it built from the repositories. */
@Path("/teams")
@Produces(MediaType.APPLICATION_JSON)
public final class TeamsResource {
  /** The body of a founding: the team's name and its first member. */
  public record Founding(String team, String email, String name) {}

  private final Onboarding onboarding;

  @Inject
  public TeamsResource(Onboarding onboarding) {
    this.onboarding = onboarding;
  }

  /** 201 with the team; a taken email is a {@code UniqueViolationException}, which the mapper answers with 409. */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response found(Founding founding) {
    Team team = onboarding.found(founding.team(), founding.email(), founding.name());
    return Response.created(UriBuilder.fromResource(TeamsResource.class).path(team.name()).build())
        .entity(team)
        .build();
  }

  @GET
  @Path("{team}/members")
  public List<Member> roster(@PathParam("team") String team) {
    return onboarding.roster(team);
  }
}
