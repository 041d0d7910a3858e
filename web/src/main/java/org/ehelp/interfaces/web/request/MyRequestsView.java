package org.ehelp.interfaces.web.request;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.ehelp.application.RequestService;
import org.ehelp.domain.model.request.RequestSort;
import org.ehelp.interfaces.web.session.UserSession;
import org.ehelp.interfaces.web.support.RequestTableModel;
import org.ehelp.interfaces.web.support.Tables;
import org.ehelp.interfaces.web.support.Worklists;

/** The requests filed by or for the signed-in person, newest first. */
@Named
@ViewScoped
public class MyRequestsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private RequestService requests;

  @Inject private UserSession user;

  private RequestTableModel model;

  @PostConstruct
  void init() {
    model = Tables.of(requests, user.getPersonId(), Worklists::mine, RequestSort.newestFirst());
  }

  public RequestTableModel getModel() {
    return model;
  }
}
