package org.ehelp.application.survey;

import java.time.Instant;
import java.util.List;
import org.ehelp.domain.model.survey.QuestionKind;
import org.ehelp.domain.model.survey.SurveyCampaign;
import org.ehelp.domain.model.survey.SurveyKind;
import org.ehelp.domain.model.survey.SurveyQuestion;

/** A campaign as pages and the API show it. */
public record CampaignView(
    long id,
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
    Instant invitedAt,
    Instant remindedAt,
    List<QuestionView> questions,
    long invitations,
    long responses) {

  /** One question. */
  public record QuestionView(
      long id,
      QuestionKind kind,
      String text,
      List<String> choices,
      Integer scaleMax,
      boolean mandatory) {

    static QuestionView of(SurveyQuestion question) {
      return new QuestionView(
          question.getId(),
          question.getKind(),
          question.getText(),
          question.getChoices(),
          question.getScaleMax(),
          question.isMandatory());
    }
  }

  static CampaignView of(SurveyCampaign campaign, long invitations, long responses) {
    return new CampaignView(
        campaign.getId(),
        campaign.getTitle(),
        campaign.getIntro(),
        campaign.getKind(),
        campaign.isAnonymous(),
        campaign.getOpensAt(),
        campaign.getClosesAt(),
        campaign.getRemindAt(),
        campaign.getClosedFrom(),
        campaign.getClosedUntil(),
        campaign.getCategories().stream().map(c -> c.getCode()).toList(),
        campaign.getTechnicians().stream().map(p -> p.getId()).toList(),
        campaign.getSamplingPercent(),
        campaign.getInvitedAt(),
        campaign.getRemindedAt(),
        campaign.getQuestions().stream().map(QuestionView::of).toList(),
        invitations,
        responses);
  }
}
