package org.ehelp.interfaces.web.survey;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.ehelp.application.survey.CampaignDraft.QuestionDraft;
import org.ehelp.domain.error.InvalidInputException;
import org.ehelp.domain.model.survey.QuestionKind;

/**
 * Reads the questionnaire typed on the campaign page, one question a line: {@code RATING 5: text},
 * {@code CHOICE: text | first choice | second choice} or {@code TEXT: text}. A line ending with
 * {@code *} is a mandatory question.
 */
final class QuestionLines {

  private QuestionLines() {}

  static List<QuestionDraft> parse(String text) {
    List<QuestionDraft> questions = new ArrayList<>();
    for (String raw : (text == null ? "" : text).split("\\R")) {
      String line = raw.strip();
      if (!line.isEmpty()) {
        questions.add(question(line));
      }
    }
    return questions;
  }

  private static QuestionDraft question(String line) {
    int colon = line.indexOf(':');
    if (colon < 0) {
      throw invalid(line);
    }
    String[] head = line.substring(0, colon).strip().split("\\s+");
    String body = line.substring(colon + 1).strip();
    boolean mandatory = body.endsWith("*");
    if (mandatory) {
      body = body.substring(0, body.length() - 1).strip();
    }
    QuestionKind kind;
    try {
      kind = QuestionKind.valueOf(head[0].toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw invalid(line);
    }
    Integer scale = null;
    if (kind == QuestionKind.RATING && head.length > 1) {
      try {
        scale = Integer.valueOf(head[1]);
      } catch (NumberFormatException e) {
        throw invalid(line);
      }
    }
    if (kind != QuestionKind.CHOICE) {
      return new QuestionDraft(kind, body, List.of(), scale, mandatory);
    }
    List<String> parts = Arrays.stream(body.split("\\|")).map(String::strip).toList();
    return new QuestionDraft(kind, parts.get(0), parts.subList(1, parts.size()), null, mandatory);
  }

  private static InvalidInputException invalid(String line) {
    return new InvalidInputException("EH-SURVEY-400", "error.survey.questionLine", line);
  }
}
