package dev.softdelete.dropwizard;

import dev.softdelete.UniqueViolationException;
import io.dropwizard.jersey.errors.ErrorMessage;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * Answers {@code 409 Conflict} when a write would give a unique key to a second live row, in Dropwizard's JSON error
 * form: {@code {"code":409,"message":"A live row of members already holds unique key 'email'"}}. Nothing was written,
 * and the request may succeed once the other row is gone, which is what 409 says.
 *
 * <p>Without it the exception is a {@code JdbiException} like any other, and Dropwizard's mappers answer 500. Jersey
 * picks the mapper of the closest exception type, so this one wins over theirs for this exception only. Register it
 * with {@code environment.jersey().register(new UniqueViolationExceptionMapper())}.
 */
public final class UniqueViolationExceptionMapper implements ExceptionMapper<UniqueViolationException> {
  @Override
  public Response toResponse(UniqueViolationException exception) {
    int conflict = Response.Status.CONFLICT.getStatusCode();
    return Response.status(conflict)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(new ErrorMessage(conflict, exception.getMessage()))
        .build();
  }
}
