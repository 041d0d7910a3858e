package org.ehelp.application.survey;

import java.time.Instant;
import java.util.List;
import org.ehelp.domain.model.survey.QuestionKind;
import org.ehelp.domain.model.survey.SurveyKind;

/**
 * A survey campaign as an administrator or the call center writes it.
 *
 * @param closedFrom with kind PERIOD, the start of the closing period, or null for no lower bound
 * @param closedUntil with kind PERIOD, the end of the closing period (excluded), or null
 * @param remindAt when the one reminder goes to people who have not answered, or null for none
 * @param samplingPercent 0 to 100: the share of the targeted requests whose requesters are invited
 */
public record CampaignDraft(
    String title,
    String intro,
    SurveyKind kind,
    boolean anonymous,
    Instant opensAt,
    Instant closesAt,
    Instant remindAt,
    Instant closedFrom,
    Instant closedUntil,
    List<String> categoryCodes,
    List<Long> technicianIds,
    int samplingPercent,
    List<QuestionDraft> questions) {

  /**
   * One question.
   *
   * @param choices the choices of a CHOICE question
   * @param scaleMax the top of a RATING question's scale, 2 to 10 (5 when null)
   */
  public record QuestionDraft(
      QuestionKind kind, String text, List<String> choices, Integer scaleMax, boolean mandatory) {}
}
