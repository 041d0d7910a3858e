package org.ehelp.interfaces.web.queue;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.ehelp.application.RequestService;
import org.ehelp.domain.model.request.RequestState;
import org.ehelp.interfaces.web.session.UserSession;
import org.ehelp.interfaces.web.support.Pages;
import org.ehelp.interfaces.web.support.RequestListModel;
import org.ehelp.interfaces.web.support.Worklists;

/** The call center's queue: requests waiting for the desk, filtered by state. */
@Named
@ViewScoped
public class QueueView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private RequestService requests;

  @Inject private UserSession user;

  private List<String> selected =
      new ArrayList<>(Worklists.DESK_STATES.stream().map(Enum::name).toList());
  private RequestListModel model;

  @PostConstruct
  void init() {
    RequestService service = requests;
    model =
        new RequestListModel(
            (sla, cursor, limit) ->
                service.list(
                    Worklists.desk(selectedStates()).withSla(sla.levels(), sla.order()),
                    cursor,
                    limit));
  }

  /** Sends 403 to anyone outside the call center. */
  public void requireCallCenter() throws IOException {
    if (!user.isCallCenter()) {
      Pages.forbidden();
    }
  }

  /** Applies a new choice of states. */
  public void refilter() {
    model.reset();
  }

  private List<RequestState> selectedStates() {
    return Worklists.DESK_STATES.stream().filter(state -> selected.contains(state.name())).toList();
  }

  public List<RequestState> getStates() {
    return Worklists.DESK_STATES;
  }

  /** Returns the names of the chosen states; the menu submits names, not enum constants. */
  public List<String> getSelected() {
    return selected;
  }

  public void setSelected(List<String> selected) {
    this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
  }

  public RequestListModel getModel() {
    return model;
  }
}
