package org.ehelp.domain.model.sla;

/**
 * The SLA level of a request, as lists show, filter and sort it. An open request shows the level of
 * its current target: taking it in charge while it waits for the call center, then resolving it.
 * The warning and breach levels are set by the check pass when a threshold is crossed, so a list
 * and the alerts always agree.
 */
public enum SlaLevel {
  /** No policy applies. */
  NONE,
  /** The current target runs and is below its warning threshold. */
  ON_TRACK,
  /** The current target is paused below its warning threshold. */
  PAUSED,
  /** The current target passed its warning threshold. */
  WARNING,
  /** The current target passed its deadline. */
  BREACHED,
  /** Every measured target was met. */
  MET,
  /** A measured target was missed. */
  MISSED;

  /** Whether the level needs attention: near or past the deadline, or missed. */
  public boolean isAlarming() {
    return this == WARNING || this == BREACHED || this == MISSED;
  }
}
