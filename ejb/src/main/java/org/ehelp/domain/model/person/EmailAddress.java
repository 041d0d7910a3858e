package org.ehelp.domain.model.person;

import java.util.Locale;
import java.util.regex.Pattern;
import org.ehelp.domain.error.InvalidInputException;

/**
 * An e-mail address, validated once and kept in lower case so that two spellings of the same
 * address are equal.
 */
public record EmailAddress(String value) {

  // Deliberately loose: one @, no spaces, a dot in the domain. Mail servers decide the rest.
  private static final Pattern SHAPE = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  public EmailAddress {
    if (value == null || !SHAPE.matcher(value.strip()).matches() || value.strip().length() > 320) {
      throw new InvalidInputException("EH-EMAIL-400", "error.email.invalid", value);
    }
    value = value.strip().toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return value;
  }
}
