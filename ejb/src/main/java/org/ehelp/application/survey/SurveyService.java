package org.ehelp.application.survey;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.ehelp.application.CurrentUser;
import org.ehelp.application.survey.CampaignDraft.QuestionDraft;
import org.ehelp.domain.error.ActionRejectedException;
import org.ehelp.domain.error.InvalidInputException;
import org.ehelp.domain.error.NotFoundException;
import org.ehelp.domain.model.Times;
import org.ehelp.domain.model.category.Category;
import org.ehelp.domain.model.category.CategoryRepository;
import org.ehelp.domain.model.person.Person;
import org.ehelp.domain.model.person.PersonRepository;
import org.ehelp.domain.model.person.Role;
import org.ehelp.domain.model.sla.SlaRepository;
import org.ehelp.domain.model.sla.SlaSnapshot;
import org.ehelp.domain.model.survey.QuestionKind;
import org.ehelp.domain.model.survey.SlaOutcome;
import org.ehelp.domain.model.survey.SurveyCampaign;
import org.ehelp.domain.model.survey.SurveyInvitation;
import org.ehelp.domain.model.survey.SurveyParticipation;
import org.ehelp.domain.model.survey.SurveyQuestion;
import org.ehelp.domain.model.survey.SurveyRepository;
import org.ehelp.domain.model.survey.SurveyResponse;

/**
 * Satisfaction surveys: the call center and admins set up campaigns, send invitations and read
 * results; each invited person answers their invitation once.
 */
@Stateless
public class SurveyService {

  private static final Logger LOG = Logger.getLogger(SurveyService.class.getName());
  private static final int MAX_QUESTIONS = 30;

  @Inject private CurrentUser currentUser;

  @Inject private SurveyRepository surveys;

  @Inject private CategoryRepository categories;

  @Inject private PersonRepository people;

  @Inject private SlaRepository slas;

  @Inject private SurveyJobs jobs;

  /** Returns every campaign, newest opening first. */
  public List<CampaignView> campaigns() {
    requireDesk();
    return surveys.findCampaigns().stream().map(this::view).toList();
  }

  /** Returns one campaign. */
  public CampaignView campaign(long id) {
    requireDesk();
    return view(find(id));
  }

  /** Creates a campaign. */
  public CampaignView create(CampaignDraft draft) {
    Person author = requireDesk();
    checkDraft(draft);
    SurveyCampaign campaign =
        new SurveyCampaign(
            SurveyText.required(draft.title(), "title", 300),
            SurveyText.optional(draft.intro(), "intro", 10_000),
            draft.kind(),
            draft.anonymous(),
            draft.opensAt(),
            draft.closesAt(),
            draft.remindAt(),
            author,
            Times.now());
    campaign.target(
        draft.closedFrom(),
        draft.closedUntil(),
        categories(draft.categoryCodes()),
        technicians(draft.technicianIds()),
        draft.samplingPercent());
    for (QuestionDraft question : draft.questions()) {
      campaign.ask(
          question.kind(),
          SurveyText.required(question.text(), "questions.text", 1000),
          question.kind() == QuestionKind.CHOICE ? choices(question.choices()) : List.of(),
          question.kind() == QuestionKind.RATING ? scale(question.scaleMax()) : null,
          question.mandatory());
    }
    surveys.add(campaign);
    surveys.flush();

    LOG.info(() -> "Survey campaign " + campaign.getId() + " created");
    return view(campaign);
  }

  /**
   * Sends a PERIOD campaign's invitations now rather than at the timer's next run. A campaign
   * invites once, so a second call, or a call after the timer, sends nothing more.
   *
   * @return how many people the campaign has invited, by this call or before it
   */
  public int inviteNow(long id) {
    requireDesk();
    SurveyCampaign campaign = find(id);
    if (!campaign.isOpenAt(Times.now())) {
      throw ActionRejectedException.conflict("error.survey.notOpen", campaign.getTitle());
    }
    jobs.invite(id);
    return surveys.findInvitations(id).size();
  }

  /** Sends the campaign's one reminder now rather than at its reminder time. */
  public int remindNow(long id) {
    requireDesk();
    SurveyCampaign campaign = find(id);
    if (campaign.getRemindedAt() != null) {
      throw ActionRejectedException.conflict("error.survey.reminded", campaign.getTitle());
    }
    return jobs.remind(id);
  }

  /** Returns the caller's invitations to open campaigns that they have not answered. */
  public List<InvitationView> myInvitations() {
    Person me = currentUser.require();
    return surveys.findOpenInvitations(me.getId(), Times.now()).stream()
        .map(SurveyService::invitationView)
        .toList();
  }

  /** Returns an invitation of the caller and the questions to answer. */
  public SurveyForm form(long invitationId) {
    SurveyInvitation invitation = answerable(invitationId);
    return new SurveyForm(invitationView(invitation), view(invitation.getCampaign()).questions());
  }

  /**
   * Records the caller's answers to their invitation, once. The answers of an anonymous campaign
   * keep no trace of the caller.
   *
   * @param answers by question id
   */
  public void answer(long invitationId, Map<Long, AnswerInput> answers) {
    SurveyInvitation invitation = answerable(invitationId);
    SurveyCampaign campaign = invitation.getCampaign();
    long requestId = invitation.getRequest().getId();
    SlaSnapshot sla = slas.findSnapshots(List.of(requestId)).get(requestId);

    SurveyResponse response =
        new SurveyResponse(
            invitation, SlaOutcome.of(sla == null ? null : sla.resolutionStatus()), Times.now());
    for (SurveyQuestion question : campaign.getQuestions()) {
      AnswerInput answer = answers.get(question.getId());
      SurveyAnswers.check(question, answer);
      if (SurveyAnswers.isGiven(question, answer)) {
        response.answer(
            question,
            question.getKind() == QuestionKind.RATING ? answer.rating() : null,
            question.getKind() == QuestionKind.CHOICE ? answer.choice().strip() : null,
            question.getKind() == QuestionKind.TEXT ? answer.text().strip() : null);
      }
    }
    surveys.add(new SurveyParticipation(invitation.getId()));
    surveys.add(response);
    try {
      surveys.flush();
    } catch (PersistenceException e) {
      throw ActionRejectedException.conflict("error.survey.answered", campaign.getTitle());
    }

    LOG.info(() -> "Survey campaign " + campaign.getId() + ": one more response");
  }

  /** Returns the results of a campaign, broken down by technician, category and SLA outcome. */
  public SurveyResults results(long id) {
    requireDesk();
    SurveyCampaign campaign = find(id);
    return SurveyStatistics.of(
        view(campaign), surveys.findInvitations(id).size(), surveys.findResponses(id));
  }

  /** Returns the campaign's responses as CSV, one row per response and one column per question. */
  public String csv(long id) {
    requireDesk();
    SurveyCampaign campaign = find(id);
    return SurveyCsv.write(campaign, surveys.findResponses(id));
  }

  private SurveyInvitation answerable(long invitationId) {
    Person me = currentUser.require();
    SurveyInvitation invitation =
        surveys
            .findInvitation(invitationId)
            .filter(i -> i.getPerson().getId().equals(me.getId()))
            .orElseThrow(
                () ->
                    new NotFoundException(
                        "EH-SURVEY-404", "error.survey.invitationNotFound", invitationId));
    SurveyCampaign campaign = invitation.getCampaign();
    if (!campaign.isOpenAt(Times.now())) {
      throw ActionRejectedException.conflict("error.survey.notOpen", campaign.getTitle());
    }
    if (surveys.isAnswered(invitationId)) {
      throw ActionRejectedException.conflict("error.survey.answered", campaign.getTitle());
    }
    return invitation;
  }

  private static InvitationView invitationView(SurveyInvitation invitation) {
    SurveyCampaign campaign = invitation.getCampaign();
    return new InvitationView(
        invitation.getId(),
        campaign.getId(),
        campaign.getTitle(),
        campaign.getIntro(),
        campaign.isAnonymous(),
        invitation.getRequest().getNumber().toString(),
        invitation.getRequest().getTitle(),
        campaign.getClosesAt());
  }

  private CampaignView view(SurveyCampaign campaign) {
    return CampaignView.of(
        campaign,
        surveys.findInvitations(campaign.getId()).size(),
        surveys.findResponses(campaign.getId()).size());
  }

  private SurveyCampaign find(long id) {
    return surveys
        .findCampaign(id)
        .orElseThrow(() -> new NotFoundException("EH-SURVEY-404", "error.survey.notFound", id));
  }

  private Person requireDesk() {
    Person caller = currentUser.require();
    if (!caller.hasRole(Role.CALL_CENTER) && !caller.hasRole(Role.ADMIN)) {
      throw ActionRejectedException.forbidden("error.survey.deskOnly");
    }
    return caller;
  }

  private static void checkDraft(CampaignDraft draft) {
    if (draft.kind() == null) {
      throw new InvalidInputException("EH-INPUT-400", "error.input.missing", "kind");
    }
    if (draft.opensAt() == null || draft.closesAt() == null) {
      throw new InvalidInputException("EH-INPUT-400", "error.input.missing", "opensAt, closesAt");
    }
    if (!draft.closesAt().isAfter(draft.opensAt())) {
      throw new InvalidInputException("EH-SURVEY-400", "error.survey.window");
    }
    if (draft.samplingPercent() < 0 || draft.samplingPercent() > 100) {
      throw new InvalidInputException(
          "EH-SURVEY-400", "error.survey.rate", draft.samplingPercent());
    }
    if (draft.questions() == null
        || draft.questions().isEmpty()
        || draft.questions().size() > MAX_QUESTIONS) {
      throw new InvalidInputException("EH-SURVEY-400", "error.survey.questions", MAX_QUESTIONS);
    }
    for (QuestionDraft question : draft.questions()) {
      if (question == null || question.kind() == null) {
        throw new InvalidInputException("EH-INPUT-400", "error.input.missing", "questions.kind");
      }
    }
  }

  private List<Category> categories(List<String> codes) {
    List<Category> found = new ArrayList<>();
    for (String code : codes == null ? List.<String>of() : codes) {
      found.add(
          categories
              .findByCode(code.strip())
              .orElseThrow(
                  () ->
                      new InvalidInputException(
                          "EH-CATEGORY-400", "error.category.notFound", code)));
    }
    return found;
  }

  private List<Person> technicians(List<Long> ids) {
    List<Person> found = new ArrayList<>();
    for (Long id : ids == null ? List.<Long>of() : ids) {
      Person person =
          people
              .findById(id)
              .filter(p -> p.hasRole(Role.TECHNICIAN))
              .orElseThrow(
                  () -> new InvalidInputException("EH-PERSON-400", "error.person.notFound", id));
      found.add(person);
    }
    return found;
  }

  private static List<String> choices(List<String> choices) {
    List<String> kept =
        (choices == null ? List.<String>of() : choices)
            .stream()
                .filter(c -> c != null && !c.isBlank())
                .map(c -> SurveyText.required(c, "questions.choices", 500))
                .distinct()
                .toList();
    if (kept.size() < 2) {
      throw new InvalidInputException("EH-SURVEY-400", "error.survey.choices");
    }
    return kept;
  }

  private static int scale(Integer max) {
    int value = max == null ? 5 : max;
    if (value < 2 || value > 10) {
      throw new InvalidInputException("EH-SURVEY-400", "error.survey.scale", value);
    }
    return value;
  }

  /** An invitation with the questions to answer. */
  public record SurveyForm(InvitationView invitation, List<CampaignView.QuestionView> questions) {}
}
