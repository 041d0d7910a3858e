package org.ehelp.application.survey;

import org.ehelp.domain.error.InvalidInputException;
import org.ehelp.domain.model.survey.SurveyQuestion;

/** Checks one answer against its question. */
final class SurveyAnswers {

  private static final int MAX_TEXT = 10_000;

  private SurveyAnswers() {}

  /** Returns whether the answer contains what the question's kind asks for. */
  static boolean isGiven(SurveyQuestion question, AnswerInput answer) {
    if (answer == null) {
      return false;
    }
    return switch (question.getKind()) {
      case RATING -> answer.rating() != null;
      case CHOICE -> answer.choice() != null && !answer.choice().isBlank();
      case TEXT -> answer.text() != null && !answer.text().isBlank();
    };
  }

  /** Rejects a missing mandatory answer, a rating off the scale or an unknown choice. */
  static void check(SurveyQuestion question, AnswerInput answer) {
    if (!isGiven(question, answer)) {
      if (question.isMandatory()) {
        throw new InvalidInputException(
            "EH-SURVEY-400", "error.survey.answerMissing", question.getText());
      }
      return;
    }
    switch (question.getKind()) {
      case RATING -> {
        if (answer.rating() < 1 || answer.rating() > question.getScaleMax()) {
          throw new InvalidInputException(
              "EH-SURVEY-400",
              "error.survey.ratingRange",
              question.getText(),
              question.getScaleMax());
        }
      }
      case CHOICE -> {
        if (!question.getChoices().contains(answer.choice().strip())) {
          throw new InvalidInputException(
              "EH-SURVEY-400", "error.survey.unknownChoice", question.getText(), answer.choice());
        }
      }
      case TEXT -> {
        if (answer.text().strip().length() > MAX_TEXT) {
          throw new InvalidInputException(
              "EH-INPUT-400", "error.input.tooLong", question.getText(), MAX_TEXT);
        }
      }
    }
  }
}
