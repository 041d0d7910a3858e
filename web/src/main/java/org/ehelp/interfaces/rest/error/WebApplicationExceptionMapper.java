package org.ehelp.interfaces.rest.error;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.NoContentException;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Maps the errors JAX-RS raises itself (no such path, method not allowed, wrong media type,
 * unreadable body) as problem details instead of the runtime's HTML pages.
 */
@Provider
public class WebApplicationExceptionMapper extends ProblemResponses
    implements ExceptionMapper<WebApplicationException> {

  private static final Logger LOG = Logger.getLogger(WebApplicationExceptionMapper.class.getName());

  @Context private Request request;

  @Override
  public Response toResponse(WebApplicationException exception) {
    int status = exception.getResponse().getStatus();
    LOG.log(Level.FINE, exception, () -> "HTTP " + status + " for " + instance());
    String code = "EH-HTTP-" + status;

    return switch (status) {
      case 400 -> badRequest(exception);
      case 404 -> problem(404, code, "error.api.notFound", instance());
      case 405 -> problem(405, code, "error.api.methodNotAllowed", request.getMethod(), instance());
      case 406 -> problem(406, code, "error.api.notAcceptable");
      case 415 -> problem(415, code, "error.api.unsupportedMediaType");
      default ->
          status >= 500
              ? ThrowableMapper.internalError(this, exception)
              : problem(status, code, "error.api.http", status);
    };
  }

  private Response badRequest(WebApplicationException exception) {
    for (Throwable t = exception.getCause(); t != null; t = t.getCause()) {
      if (t instanceof NoContentException) {
        return problem(400, "EH-INPUT-400", "error.api.bodyMissing");
      }
    }
    if (ThrowableMapper.isUnreadableBody(exception)) {
      return JsonbExceptionMapper.badBody(this, exception);
    }
    return problem(400, "EH-HTTP-400", "error.api.badRequest");
  }
}
