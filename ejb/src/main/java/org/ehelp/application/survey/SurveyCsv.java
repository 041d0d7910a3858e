package org.ehelp.application.survey;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.ehelp.domain.model.survey.SurveyAnswer;
import org.ehelp.domain.model.survey.SurveyCampaign;
import org.ehelp.domain.model.survey.SurveyQuestion;
import org.ehelp.domain.model.survey.SurveyResponse;

/**
 * Writes a campaign's responses as CSV (RFC 4180): one row per response, with the respondent and
 * request left empty for an anonymous campaign, then one column per question.
 */
final class SurveyCsv {

  private SurveyCsv() {}

  static String write(SurveyCampaign campaign, List<SurveyResponse> responses) {
    List<SurveyQuestion> questions = campaign.getQuestions();
    List<String> header =
        new ArrayList<>(
            List.of(
                "response", "submitted", "respondent", "request", "technician", "category", "sla"));
    questions.forEach(q -> header.add(q.getText()));

    StringWriter out = new StringWriter();
    try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
      csv.printRecord(header);
      for (SurveyResponse response : responses) {
        csv.printRecord(row(response, questions));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Writing CSV to memory failed", e);
    }
    return out.toString();
  }

  private static List<String> row(SurveyResponse response, List<SurveyQuestion> questions) {
    List<String> cells = new ArrayList<>();
    cells.add(String.valueOf(response.getId()));
    cells.add(response.getSubmittedAt().toString());
    cells.add(response.getRespondent() == null ? "" : response.getRespondent().getLogin());
    cells.add(response.getRequest() == null ? "" : response.getRequest().getNumber().toString());
    cells.add(response.getTechnician() == null ? "" : response.getTechnician().getLogin());
    cells.add(response.getCategory() == null ? "" : response.getCategory().getCode());
    cells.add(response.getSlaOutcome().name());
    for (SurveyQuestion question : questions) {
      cells.add(
          response.getAnswers().stream()
              .filter(a -> a.getQuestion().getId().equals(question.getId()))
              .findFirst()
              .map(SurveyCsv::value)
              .orElse(""));
    }
    return cells;
  }

  private static String value(SurveyAnswer answer) {
    if (answer.getRating() != null) {
      return answer.getRating().toString();
    }
    return answer.getChoice() != null ? answer.getChoice() : answer.getText();
  }
}
