package org.ehelp.interfaces.web.work;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.ehelp.application.RequestService;
import org.ehelp.interfaces.web.session.UserSession;
import org.ehelp.interfaces.web.support.Pages;
import org.ehelp.interfaces.web.support.RequestListModel;
import org.ehelp.interfaces.web.support.Worklists;

/**
 * The work of the signed-in person: requests assigned to them as technician, approvals asked of
 * them as responsible, and tasks given to them as contributor.
 */
@Named
@ViewScoped
public class WorkView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private RequestService requests;

  @Inject private UserSession user;

  private RequestListModel assigned;
  private RequestListModel approvals;
  private RequestListModel tasks;

  @PostConstruct
  void init() {
    RequestService service = requests;
    long me = user.getPersonId();
    assigned =
        new RequestListModel(
            (sla, cursor, limit) ->
                service.list(
                    Worklists.assignedTo(me).withSla(sla.levels(), sla.order()), cursor, limit));
    approvals =
        new RequestListModel(
            (sla, cursor, limit) ->
                service.list(
                    Worklists.approvalsFor(me).withSla(sla.levels(), sla.order()), cursor, limit));
    tasks =
        new RequestListModel(
            (sla, cursor, limit) ->
                service.list(
                    Worklists.tasksFor(me).withSla(sla.levels(), sla.order()), cursor, limit));
  }

  /** Sends 403 to a person who is neither technician, responsible nor contributor. */
  public void requireWorker() throws IOException {
    if (!user.isWorker()) {
      Pages.forbidden();
    }
  }

  public RequestListModel getAssigned() {
    return assigned;
  }

  public RequestListModel getApprovals() {
    return approvals;
  }

  public RequestListModel getTasks() {
    return tasks;
  }
}
