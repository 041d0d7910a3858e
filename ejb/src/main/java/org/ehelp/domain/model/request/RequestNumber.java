package org.ehelp.domain.model.request;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ehelp.domain.error.InvalidInputException;

/**
 * The reference people quote for a request, such as {@code EH-1042}. It is the request's database
 * id behind a prefix, so it is unique across every instance of a cluster.
 */
public record RequestNumber(long id) {

  private static final String PREFIX = "EH-";
  private static final Pattern TEXT = Pattern.compile("(?i)(?:EH-?)?(\\d{1,18})");

  public RequestNumber {
    if (id <= 0) {
      throw new InvalidInputException("EH-REQUEST-400", "error.request.number", String.valueOf(id));
    }
  }

  /** Reads {@code EH-1042}, {@code eh1042} or {@code 1042}. */
  public static RequestNumber parse(String text) {
    Matcher matcher = TEXT.matcher(text == null ? "" : text.strip());
    if (!matcher.matches()) {
      throw new InvalidInputException("EH-REQUEST-400", "error.request.number", text);
    }
    return new RequestNumber(Long.parseLong(matcher.group(1)));
  }

  @Override
  public String toString() {
    return PREFIX + id;
  }
}
