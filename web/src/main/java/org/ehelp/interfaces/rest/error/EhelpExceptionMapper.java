package org.ehelp.interfaces.rest.error;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ehelp.domain.error.EhelpException;

/**
 * Maps an error of the application to problem details with its own status, code and localized
 * explanation.
 */
@Provider
public class EhelpExceptionMapper extends ProblemResponses
    implements ExceptionMapper<EhelpException> {

  private static final Logger LOG = Logger.getLogger(EhelpExceptionMapper.class.getName());

  @Override
  public Response toResponse(EhelpException refusal) {
    LOG.log(Level.FINE, "Refused {0}: {1}", new Object[] {instance(), refusal});
    return problem(refusal);
  }
}
