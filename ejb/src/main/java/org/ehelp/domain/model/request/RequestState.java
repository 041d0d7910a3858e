package org.ehelp.domain.model.request;

/** Where a request stands in its lifecycle, and so who has to act on it next. */
public enum RequestState {
  /** Filed, waiting for the call center. */
  SUBMITTED,
  /** Refused by the call center, with a reason. Final. */
  REJECTED,
  /** Given to a technician who has not started yet. */
  DISPATCHED,
  /** Being realized by a technician, or by the call center agent who took it. */
  IN_PROGRESS,
  /** The technician waits for a responsible's answer. */
  AWAITING_APPROVAL,
  /** Standby, with a reason and an optional resume date. */
  ON_HOLD,
  /** The technician says it is done; the call center reviews it. */
  REALIZED,
  /** Sent to the requester to confirm the resolution. */
  AWAITING_VALIDATION,
  /** The requester confirmed; the call center closes it, or it closes by itself. */
  ACCEPTED,
  /** The requester said it is not resolved. */
  REFUSED,
  /** Finished. Final. */
  CLOSED;

  public boolean isFinal() {
    return this == REJECTED || this == CLOSED;
  }
}
