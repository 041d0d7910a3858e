package org.ehelp.application.survey;

import java.util.List;
import java.util.Map;
import org.ehelp.domain.model.survey.QuestionKind;

/**
 * The results of a campaign. A satisfaction score is the mean of the rating answers, each as a
 * percentage of its question's scale, so that questions rated out of 5 and out of 10 count alike.
 *
 * @param satisfaction the score over every response, or null without rating answers
 */
public record SurveyResults(
    CampaignView campaign,
    long invited,
    long responses,
    Double satisfaction,
    List<Group> byTechnician,
    List<Group> byCategory,
    List<Group> bySla,
    List<QuestionSummary> questions) {

  /**
   * The responses about one technician, category or SLA outcome.
   *
   * @param key the technician's login, the category code or the outcome name, or null for none
   * @param label the name to show
   */
  public record Group(String key, String label, long responses, Double satisfaction) {}

  /**
   * The answers to one question.
   *
   * @param average the mean rating of a RATING question, on its own scale
   * @param choices how many people chose each choice of a CHOICE question, in the question's order
   */
  public record QuestionSummary(
      long id,
      QuestionKind kind,
      String text,
      long answered,
      Double average,
      Map<String, Long> choices) {}
}
