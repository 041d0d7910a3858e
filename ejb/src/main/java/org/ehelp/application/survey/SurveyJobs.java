package org.ehelp.application.survey;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Logger;
import org.ehelp.domain.model.Times;
import org.ehelp.domain.model.request.ServiceRequest;
import org.ehelp.domain.model.survey.SurveyCampaign;
import org.ehelp.domain.model.survey.SurveyInvitation;
import org.ehelp.domain.model.survey.SurveyRepository;

/**
 * The work of a campaign that no person starts: inviting the target of a PERIOD campaign when it
 * opens, inviting the requester of each request closed during an AFTER_CLOSE campaign, and the one
 * reminder. Callers check who may start it; the timer and the close observer are eHelp itself.
 */
@Stateless
public class SurveyJobs {

  private static final Logger LOG = Logger.getLogger(SurveyJobs.class.getName());

  @Inject private SurveyRepository surveys;

  @Inject private SurveyMails mails;

  /**
   * Invites the requesters of a PERIOD campaign's sampled requests, one invitation per person about
   * their latest closed request, and marks the campaign invited. A campaign already invited invites
   * nobody again.
   *
   * @return how many people were invited
   */
  public int invite(long campaignId) {
    SurveyCampaign campaign = surveys.findCampaign(campaignId).orElseThrow();
    if (campaign.getInvitedAt() != null) {
      return 0;
    }
    Instant now = Times.now();

    Map<Long, ServiceRequest> latestByPerson = new LinkedHashMap<>();
    for (ServiceRequest request :
        surveys.findClosedBetween(campaign.getClosedFrom(), campaign.getClosedUntil())) {
      if (campaign.targets(request)) {
        latestByPerson.put(request.getRequester().getId(), request);
      }
    }
    int invited = 0;
    for (ServiceRequest request : latestByPerson.values()) {
      invited += invite(campaign, request, now) ? 1 : 0;
    }
    campaign.markInvited(now);
    surveys.flush();

    int count = invited;
    LOG.info(() -> "Survey campaign " + campaignId + ": " + count + " people invited");
    return invited;
  }

  /**
   * Invites the requester of a request that just closed, when the campaign targets it.
   *
   * @return whether an invitation was written
   */
  public boolean inviteAfterClose(SurveyCampaign campaign, ServiceRequest request) {
    if (!campaign.targets(request)) {
      return false;
    }
    return invite(campaign, request, Times.now());
  }

  private boolean invite(SurveyCampaign campaign, ServiceRequest request, Instant now) {
    if (surveys.isInvited(campaign.getId(), request.getId())) {
      return false;
    }
    SurveyInvitation invitation =
        new SurveyInvitation(campaign, request.getRequester(), request, now);
    surveys.add(invitation);
    surveys.flush();
    mails.invite(invitation);
    return true;
  }

  /**
   * Sends the campaign's one reminder to the invited people who have not answered, and marks it
   * sent; a campaign already reminded reminds nobody again.
   *
   * @return how many people were reminded
   */
  public int remind(long campaignId) {
    SurveyCampaign campaign = surveys.findCampaign(campaignId).orElseThrow();
    if (campaign.getRemindedAt() != null) {
      return 0;
    }

    int reminded = 0;
    for (SurveyInvitation invitation : surveys.findInvitations(campaignId)) {
      if (!surveys.isAnswered(invitation.getId()) && mails.remind(invitation)) {
        reminded++;
      }
    }
    campaign.markReminded(Times.now());
    surveys.flush();

    int count = reminded;
    LOG.info(() -> "Survey campaign " + campaignId + ": " + count + " people reminded");
    return reminded;
  }
}
