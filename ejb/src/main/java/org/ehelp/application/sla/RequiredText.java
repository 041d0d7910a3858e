package org.ehelp.application.sla;

import org.ehelp.domain.error.InvalidInputException;

/** Reads a required text field, stripped, rejecting a blank or too long one. */
final class RequiredText {

  private RequiredText() {}

  static String of(String value, String field, int maxLength) {
    if (value == null || value.isBlank()) {
      throw new InvalidInputException("EH-INPUT-400", "error.input.missing", field);
    }
    String stripped = value.strip();
    if (stripped.length() > maxLength) {
      throw new InvalidInputException("EH-INPUT-400", "error.input.tooLong", field, maxLength);
    }
    return stripped;
  }
}
