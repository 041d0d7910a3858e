package org.ehelp.interfaces.rest.error;

import jakarta.ejb.EJBException;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ehelp.domain.error.EhelpException;

/**
 * Maps every other failure: a refusal wrapped by the container is unwrapped, an unreadable body is
 * a 400, and anything else is a 500 with a generic sentence while the cause goes to the server log.
 */
@Provider
public class ThrowableMapper extends ProblemResponses implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(ThrowableMapper.class.getName());

  @Override
  public Response toResponse(Throwable exception) {
    for (Throwable t = exception; t != null; t = t.getCause()) {
      if (t instanceof EhelpException refusal) {
        return problem(refusal);
      }
      if (!(t instanceof EJBException)) {
        break;
      }
    }
    if (isUnreadableBody(exception)) {
      return JsonbExceptionMapper.badBody(this, exception);
    }
    return internalError(this, exception);
  }

  /**
   * Returns whether JSON-B or JSON-P failed on the request body somewhere in the chain of causes.
   */
  static boolean isUnreadableBody(Throwable exception) {
    for (Throwable t = exception; t != null; t = t.getCause()) {
      if (t instanceof JsonbException || t instanceof JsonException) {
        return true;
      }
    }
    return false;
  }

  static Response internalError(ProblemResponses responses, Throwable exception) {
    LOG.log(Level.SEVERE, exception, () -> "Request " + responses.instance() + " failed");
    return responses.problem(500, "EH-SERVER-500", "error.api.internal");
  }
}
