package org.ehelp.application.survey;

import org.ehelp.domain.error.InvalidInputException;

/** Checks of the texts typed into a campaign. */
final class SurveyText {

  private SurveyText() {}

  static String required(String value, String field, int max) {
    if (value == null || value.isBlank()) {
      throw new InvalidInputException("EH-INPUT-400", "error.input.missing", field);
    }
    return optional(value, field, max);
  }

  static String optional(String value, String field, int max) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String stripped = value.strip();
    if (stripped.length() > max) {
      throw new InvalidInputException("EH-INPUT-400", "error.input.tooLong", field, max);
    }
    return stripped;
  }
}
