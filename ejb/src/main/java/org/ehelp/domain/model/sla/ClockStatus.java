package org.ehelp.domain.model.sla;

/** The state of the clock of one target after the request's last change. */
public enum ClockStatus {
  /** No policy applies, so nothing is counted. */
  NONE,
  /** Business time counts. */
  RUNNING,
  /** The request waits on someone outside the service; time does not count. */
  PAUSED,
  /** The target was reached in time. */
  MET,
  /** The target was reached late. */
  MISSED,
  /**
   * The target was never reached and never will be, or was reached outside eHelp: a request
   * withdrawn or rejected before it was realized, or brought in by an import. Reports leave it out.
   */
  UNMEASURED;

  /** Whether the clock may still move: running or paused. */
  public boolean isOpen() {
    return this == RUNNING || this == PAUSED;
  }

  /** Whether the target is decided and counts in compliance. */
  public boolean isMeasured() {
    return this == MET || this == MISSED;
  }
}
