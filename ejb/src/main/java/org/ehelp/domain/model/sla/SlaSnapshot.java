package org.ehelp.domain.model.sla;

import java.time.Instant;

/**
 * The columns of a request's SLA row that a list needs to mark it, read without loading the row's
 * request, so that marking a page of requests costs one query.
 *
 * @param dueAt the deadline of the current target while it runs, else null
 */
public record SlaSnapshot(
    long requestId,
    Long policyId,
    SlaLevel level,
    Instant dueAt,
    ClockStatus responseStatus,
    ClockStatus resolutionStatus) {

  /** Returns the target lists show: taking in charge while it runs or waits, else resolving. */
  public SlaTarget currentTarget() {
    return responseStatus.isOpen() ? SlaTarget.RESPONSE : SlaTarget.RESOLUTION;
  }

  /** Returns whether the clock of the current target is paused. */
  public boolean isPaused() {
    ClockStatus current = currentTarget() == SlaTarget.RESPONSE ? responseStatus : resolutionStatus;
    return current == ClockStatus.PAUSED;
  }
}
