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

  /** The page size of a request table when neither the page nor the address chooses one. */
  public static final int DEFAULT_PAGE_SIZE = 20;

  /** The largest page size a table accepts, the request service's own limit. */
  public static final int MAX_PAGE_SIZE = 200;

  /**
   * Returns the page size a table should start with: the given value (a number, or text such as the
   * {@code rows} request parameter) within 1 to 200, or 20 when it is missing or not a number.
   */
  public int pageSize(Object wanted) {
    if (wanted == null) {
      return DEFAULT_PAGE_SIZE;
    }
    try {
      int size = Integer.parseInt(wanted.toString().strip());
      return Math.max(1, Math.min(size, MAX_PAGE_SIZE));
    } catch (NumberFormatException e) {
      return DEFAULT_PAGE_SIZE;
    }
  }

  public List<RequestState> getStates() {
    return List.of(RequestState.values());
  }

  public List<Priority> getPriorities() {
    return List.of(Priority.values());
  }
}
