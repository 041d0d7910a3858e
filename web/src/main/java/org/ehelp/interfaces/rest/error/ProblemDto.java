package org.ehelp.interfaces.rest.error;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.Response;

/**
 * An error response as RFC 9457 problem details, with eHelp's stable error code as an extension
 * member.
 *
 * @param type a URI naming the kind of problem, {@code urn:ehelp:problem:<code>}
 * @param title the HTTP reason phrase of {@code status}
 * @param detail the explanation in the caller's language, starting with {@code code}
 * @param code the stable code, such as {@code EH-ACTION-409}, which clients may switch on
 * @param instance the path of the request that failed
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "code", "instance"})
public record ProblemDto(
    String type, String title, int status, String detail, String code, String instance) {

  /** Media type of problem details in JSON (RFC 9457). */
  public static final String MEDIA_TYPE = "application/problem+json";

  private static final String TYPE_PREFIX = "urn:ehelp:problem:";

  public static ProblemDto of(int status, String code, String detail, String instance) {
    return new ProblemDto(TYPE_PREFIX + code, reasonPhrase(status), status, detail, code, instance);
  }

  private static String reasonPhrase(int status) {
    Response.StatusType known = Response.Status.fromStatusCode(status);
    return known == null ? "HTTP " + status : known.getReasonPhrase();
  }
}
