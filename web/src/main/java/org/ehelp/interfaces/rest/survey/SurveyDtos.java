package org.ehelp.interfaces.rest.survey;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.ehelp.application.survey.CampaignDraft;
import org.ehelp.application.survey.CampaignView;
import org.ehelp.application.survey.InvitationView;
import org.ehelp.application.survey.SurveyResults;
import org.ehelp.domain.model.survey.QuestionKind;
import org.ehelp.domain.model.survey.SurveyKind;
import org.ehelp.interfaces.rest.QueryParams;

/** The JSON shapes of the survey API, and their mapping. */
public final class SurveyDtos {

  private SurveyDtos() {}

  /**
   * A campaign, as written and as returned.
   *
   * @param kind PERIOD (requests closed between closedFrom and closedUntil) or AFTER_CLOSE (each
   *     request as it closes while the campaign is open)
   * @param samplingPercent 0 to 100
   * @param invitations how many invitations went out (returned only)
   * @param responses how many responses came back (returned only)
   */
  public record CampaignDto(
      Long id,
      String title,
      String intro,
      String kind,
      boolean anonymous,
      Instant opensAt,
      Instant closesAt,
      Instant remindAt,
      Instant closedFrom,
      Instant closedUntil,
      List<String> categoryCodes,
      List<Long> technicianIds,
      int samplingPercent,
      List<QuestionDto> questions,
      Instant invitedAt,
      Instant remindedAt,
      Long invitations,
      Long responses) {}

  /**
   * A question.
   *
   * @param kind RATING, CHOICE or TEXT
   * @param scaleMax the top of a RATING scale, 2 to 10, 5 when absent
   */
  public record QuestionDto(
      Long id,
      String kind,
      String text,
      List<String> choices,
      Integer scaleMax,
      boolean mandatory) {}

  /** An invitation of the caller, with the questions when read one by one. */
  public record InvitationDto(
      long id,
      long campaignId,
      String title,
      String intro,
      boolean anonymous,
      String request,
      String requestTitle,
      Instant closesAt,
      List<QuestionDto> questions) {}

  /** The answers to an invitation. */
  public record AnswersDto(List<AnswerDto> answers) {}

  /** The answer to one question: rating, choice or text, as the question asks. */
  public record AnswerDto(long questionId, Integer rating, String choice, String text) {}

  /** How many people a run reached. */
  public record CountDto(int count) {}

  /** The results of a campaign; satisfaction is a percentage of the rating scales. */
  public record ResultsDto(
      long campaignId,
      long invited,
      long responses,
      Double satisfaction,
      List<GroupDto> byTechnician,
      List<GroupDto> byCategory,
      List<GroupDto> bySla,
      List<QuestionResultDto> questions) {}

  /** The responses of one technician, category or SLA outcome. */
  public record GroupDto(String key, String label, long responses, Double satisfaction) {}

  /** The answers to one question. */
  public record QuestionResultDto(
      long id,
      String kind,
      String text,
      long answered,
      Double average,
      Map<String, Long> choices) {}

  static CampaignDto campaign(CampaignView view) {
    return new CampaignDto(
        view.id(),
        view.title(),
        view.intro(),
        view.kind().name(),
        view.anonymous(),
        view.opensAt(),
        view.closesAt(),
        view.remindAt(),
        view.closedFrom(),
        view.closedUntil(),
        view.categoryCodes(),
        view.technicianIds(),
        view.samplingPercent(),
        questions(view.questions()),
        view.invitedAt(),
        view.remindedAt(),
        view.invitations(),
        view.responses());
  }

  static List<QuestionDto> questions(List<CampaignView.QuestionView> questions) {
    return questions.stream()
        .map(
            q ->
                new QuestionDto(
                    q.id(), q.kind().name(), q.text(), q.choices(), q.scaleMax(), q.mandatory()))
        .toList();
  }

  static InvitationDto invitation(InvitationView view, List<CampaignView.QuestionView> asked) {
    return new InvitationDto(
        view.id(),
        view.campaignId(),
        view.campaignTitle(),
        view.intro(),
        view.anonymous(),
        view.requestNumber(),
        view.requestTitle(),
        view.closesAt(),
        asked == null ? null : questions(asked));
  }

  static ResultsDto results(SurveyResults results) {
    return new ResultsDto(
        results.campaign().id(),
        results.invited(),
        results.responses(),
        results.satisfaction(),
        groups(results.byTechnician()),
        groups(results.byCategory()),
        groups(results.bySla()),
        results.questions().stream()
            .map(
                q ->
                    new QuestionResultDto(
                        q.id(), q.kind().name(), q.text(), q.answered(), q.average(), q.choices()))
            .toList());
  }

  private static List<GroupDto> groups(List<SurveyResults.Group> groups) {
    return groups.stream()
        .map(g -> new GroupDto(g.key(), g.label(), g.responses(), g.satisfaction()))
        .toList();
  }

  static CampaignDraft draft(CampaignDto body) {
    CampaignDto input = QueryParams.body(body);
    List<CampaignDraft.QuestionDraft> questions =
        (input.questions() == null ? List.<QuestionDto>of() : input.questions())
            .stream()
                .map(
                    q ->
                        new CampaignDraft.QuestionDraft(
                            QueryParams.constant("questions.kind", q.kind(), QuestionKind.class),
                            q.text(),
                            q.choices(),
                            q.scaleMax(),
                            q.mandatory()))
                .toList();
    return new CampaignDraft(
        input.title(),
        input.intro(),
        QueryParams.constant("kind", input.kind(), SurveyKind.class),
        input.anonymous(),
        input.opensAt(),
        input.closesAt(),
        input.remindAt(),
        input.closedFrom(),
        input.closedUntil(),
        input.categoryCodes(),
        input.technicianIds(),
        input.samplingPercent(),
        questions);
  }
}
