package org.ehelp.interfaces.web.support;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.ehelp.domain.model.request.RequestFilter;
import org.ehelp.domain.model.request.RequestState;

/** The request lists of the portal, as filters, shared by the home page and the list pages. */
public final class Worklists {

  /** The states in which a request waits for the call center, in the order of the lifecycle. */
  public static final List<RequestState> DESK_STATES =
      List.of(
          RequestState.SUBMITTED,
          RequestState.REALIZED,
          RequestState.REFUSED,
          RequestState.ACCEPTED);

  /** The states the call center reviews: realized by a technician, or refused by the requester. */
  public static final Set<RequestState> REVIEW_STATES =
      EnumSet.of(RequestState.REALIZED, RequestState.REFUSED);

  /** The states in which an assigned request waits for its technician. */
  public static final Set<RequestState> TECHNICIAN_STATES =
      EnumSet.of(
          RequestState.DISPATCHED,
          RequestState.IN_PROGRESS,
          RequestState.AWAITING_APPROVAL,
          RequestState.ON_HOLD);

  private Worklists() {}

  /** Requests filed by or for the person. */
  public static RequestFilter mine(long personId) {
    return new RequestFilter(null, personId, null, null, null, null, null);
  }

  /** Requests for the person that wait for them to accept or refuse the solution. */
  public static RequestFilter awaitingValidationBy(long personId) {
    return new RequestFilter(
            Set.of(RequestState.AWAITING_VALIDATION), personId, null, null, null, null, null)
        .forRequesterOnly();
  }

  /** Requests waiting for the call center in the given states, or in any desk state if none. */
  public static RequestFilter desk(Collection<RequestState> states) {
    Set<RequestState> chosen = EnumSet.noneOf(RequestState.class);
    states.stream().filter(DESK_STATES::contains).forEach(chosen::add);
    return new RequestFilter(
        chosen.isEmpty() ? Set.copyOf(DESK_STATES) : chosen, null, null, null, null, null, null);
  }

  /** Requests assigned to the technician that wait for them. */
  public static RequestFilter assignedTo(long technicianId) {
    return new RequestFilter(TECHNICIAN_STATES, null, technicianId, null, null, null, null);
  }

  /** Open requests held by any of the groups. */
  public static RequestFilter heldByGroups(Set<Long> groupIds) {
    return new RequestFilter(
        TECHNICIAN_STATES, null, null, null, null, null, null, null, null, Set.of(), groupIds);
  }

  /** Requests with an approval pending for the responsible. */
  public static RequestFilter approvalsFor(long responsibleId) {
    return new RequestFilter(null, null, null, null, null, null, null, responsibleId, null);
  }

  /** Requests with an open or started task given to the contributor. */
  public static RequestFilter tasksFor(long contributorId) {
    return new RequestFilter(null, null, null, null, null, null, null, null, contributorId);
  }
}
