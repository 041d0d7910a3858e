package org.ehelp.interfaces.rest.error;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Locale;
import org.ehelp.domain.error.EhelpException;
import org.ehelp.domain.i18n.Messages;

/**
 * Base of the exception mappers: builds problem details of the current request, in the caller's
 * language.
 */
abstract class ProblemResponses {

  @Context private UriInfo uriInfo;

  @Context private HttpHeaders headers;

  /** Returns the caller's language, from {@code Accept-Language}: English or French. */
  protected Locale locale() {
    return Locales.preferred(headers.getAcceptableLanguages());
  }

  /** Returns the path of the request, for the {@code instance} member. */
  protected String instance() {
    return uriInfo.getRequestUri().getRawPath();
  }

  protected Response problem(EhelpException refusal) {
    return problem(refusal.status(), refusal.code(), refusal.message(locale()));
  }

  /** Returns a problem whose detail is the bundle text of {@code key}, prefixed with the code. */
  protected Response problem(int status, String code, String key, Object... arguments) {
    return problem(status, code, code + ": " + Messages.format(locale(), key, arguments));
  }

  private Response problem(int status, String code, String detail) {
    return Response.status(status)
        .type(ProblemDto.MEDIA_TYPE)
        .entity(ProblemDto.of(status, code, detail, instance()))
        .build();
  }
}
