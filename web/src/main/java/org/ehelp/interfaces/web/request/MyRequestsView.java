package org.ehelp.interfaces.web.request;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.ehelp.application.RequestService;
import org.ehelp.interfaces.web.session.UserSession;
import org.ehelp.interfaces.web.support.RequestListModel;
import org.ehelp.interfaces.web.support.Worklists;

/** The requests filed by or for the signed-in person, newest first. */
@Named
@ViewScoped
public class MyRequestsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private RequestService requests;

  @Inject private UserSession user;

  private RequestListModel model;

  @PostConstruct
  void init() {
    RequestService service = requests;
    long me = user.getPersonId();
    model =
        new RequestListModel(
            (sla, cursor, limit) ->
                service.list(Worklists.mine(me).withSla(sla.levels(), sla.order()), cursor, limit));
  }

  public RequestListModel getModel() {
    return model;
  }
}
