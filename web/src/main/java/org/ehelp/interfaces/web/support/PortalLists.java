package org.ehelp.interfaces.web.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;
import org.ehelp.domain.model.request.Priority;
import org.ehelp.domain.model.request.RequestState;

/** The fixed choices of list filters, in the order of the lifecycle and of urgency. */
@Named
@ApplicationScoped
public class PortalLists {

  public List<RequestState> getStates() {
    return List.of(RequestState.values());
  }

  public List<Priority> getPriorities() {
    return List.of(Priority.values());
  }
}
