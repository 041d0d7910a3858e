package org.ehelp.interfaces.rest.request;

import jakarta.ws.rs.core.EntityTag;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ehelp.domain.error.InvalidInputException;

/**
 * The entity tags of requests: the request's version in quotes, such as {@code "3"}. A client sends
 * it back in {@code If-Match} so that an action on a request someone changed since fails with 412
 * instead of overwriting their change.
 */
public final class EntityTags {

  private static final Pattern TAG = Pattern.compile("(?:W/)?\"?(\\d{1,18})\"?");

  private EntityTags() {}

  public static EntityTag of(long version) {
    return new EntityTag(String.valueOf(version));
  }

  /**
   * Returns the version an {@code If-Match} header names, or null when the header is absent or
   * {@code *}. Of a list of tags, the first counts.
   *
   * @throws InvalidInputException when the header contains no version of this API
   */
  public static Long expectedVersion(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
      return null;
    }
    String first = ifMatch.split(",", 2)[0].strip();
    Matcher matcher = TAG.matcher(first);
    if (!matcher.matches()) {
      throw new InvalidInputException("EH-INPUT-400", "error.api.ifMatch", ifMatch);
    }
    return Long.valueOf(matcher.group(1));
  }
}
