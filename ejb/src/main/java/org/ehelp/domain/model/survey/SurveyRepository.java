package org.ehelp.domain.model.survey;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.ehelp.domain.model.request.ServiceRequest;

/** Survey campaigns, their invitations and their responses. */
public interface SurveyRepository {

  void add(SurveyCampaign campaign);

  Optional<SurveyCampaign> findCampaign(long id);

  /** Returns every campaign, newest opening first. */
  List<SurveyCampaign> findCampaigns();

  /** Returns the PERIOD campaigns open at that instant whose invitations have not gone out. */
  List<SurveyCampaign> findDueForInvitations(Instant now);

  /** Returns the campaigns open at that instant whose reminder is due and not yet sent. */
  List<SurveyCampaign> findDueForReminder(Instant now);

  /** Returns the AFTER_CLOSE campaigns open at that instant. */
  List<SurveyCampaign> findOpenAfterClose(Instant now);

  /** Returns the closed requests of a campaign's period, oldest closing first. */
  List<ServiceRequest> findClosedBetween(Instant from, Instant until);

  void add(SurveyInvitation invitation);

  Optional<SurveyInvitation> findInvitation(long id);

  /** Returns whether the campaign already has an invitation about the request or for the person. */
  boolean isInvited(long campaignId, long requestId);

  /** Returns the campaign's invitations. */
  List<SurveyInvitation> findInvitations(long campaignId);

  /** Returns a person's invitations to campaigns open at that instant that are not answered. */
  List<SurveyInvitation> findOpenInvitations(long personId, Instant now);

  /** Returns whether an invitation was answered. */
  boolean isAnswered(long invitationId);

  void add(SurveyParticipation participation);

  void add(SurveyResponse response);

  /** Returns the campaign's responses. */
  List<SurveyResponse> findResponses(long campaignId);

  void flush();
}
