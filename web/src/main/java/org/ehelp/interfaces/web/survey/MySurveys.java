package org.ehelp.interfaces.web.survey;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.ehelp.application.survey.InvitationView;
import org.ehelp.application.survey.SurveyService;

/** The surveys the signed-in person is invited to and has not answered, for the home page. */
@Named
@RequestScoped
public class MySurveys {

  @Inject private SurveyService surveys;

  private List<InvitationView> open;

  public List<InvitationView> getOpen() {
    if (open == null) {
      open = surveys.myInvitations();
    }
    return open;
  }
}
