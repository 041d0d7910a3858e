package org.ehelp.interfaces.rest.error;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps a request body that JSON-B cannot read (malformed JSON, a wrong type, an unknown enum
 * constant) with 400, naming the field when the parser names it.
 */
@Provider
public class JsonbExceptionMapper extends ProblemResponses
    implements ExceptionMapper<JsonbException> {

  // Yasson 3 names the property in its messages as: Unable to deserialize property 'priority' ...
  private static final Pattern PROPERTY = Pattern.compile("property '([^']+)'");

  @Override
  public Response toResponse(JsonbException exception) {
    return badBody(this, exception);
  }

  /** Returns the 400 response for an unreadable body, for every mapper that meets one. */
  static Response badBody(ProblemResponses responses, Throwable exception) {
    Optional<String> field = propertyNamed(exception);
    return field.isPresent()
        ? responses.problem(400, "EH-INPUT-400", "error.api.fieldInvalid", field.get())
        : responses.problem(400, "EH-INPUT-400", "error.api.bodyInvalid");
  }

  /** Returns the property the parser names in the exception or one of its causes, if any. */
  static Optional<String> propertyNamed(Throwable exception) {
    for (Throwable t = exception; t != null; t = t.getCause()) {
      Matcher matcher = PROPERTY.matcher(String.valueOf(t.getMessage()));
      if (matcher.find()) {
        return Optional.of(matcher.group(1));
      }
    }
    return Optional.empty();
  }
}
