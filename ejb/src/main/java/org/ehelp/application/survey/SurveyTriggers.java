package org.ehelp.application.survey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.ehelp.domain.model.Times;
import org.ehelp.domain.model.request.Action;
import org.ehelp.domain.model.request.RequestChanged;
import org.ehelp.domain.model.request.RequestState;
import org.ehelp.domain.model.survey.SurveyCampaign;
import org.ehelp.domain.model.survey.SurveyRepository;

/**
 * Invites the requester of a request as it closes, for each open AFTER_CLOSE campaign that targets
 * it, in the transaction of the close.
 */
@ApplicationScoped
public class SurveyTriggers {

  @Inject private SurveyRepository surveys;

  @Inject private SurveyJobs jobs;

  void onChange(@Observes RequestChanged change) {
    if (change.entry().getAction() == Action.IMPORT
        || change.entry().getToState() != RequestState.CLOSED
        || change.entry().getFromState() == RequestState.CLOSED) {
      return;
    }
    for (SurveyCampaign campaign : surveys.findOpenAfterClose(Times.now())) {
      jobs.inviteAfterClose(campaign, change.request());
    }
  }
}
