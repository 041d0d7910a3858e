package org.ehelp.application.admin;

import org.ehelp.domain.error.InvalidInputException;

/** Checks a required text field of an admin form. */
final class RequiredText {

  private RequiredText() {}

  /** Returns the stripped text, or rejects it when missing or longer than {@code maxLength}. */
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
