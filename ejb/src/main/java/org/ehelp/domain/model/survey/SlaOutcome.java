package org.ehelp.domain.model.survey;

import org.ehelp.domain.model.sla.ClockStatus;

/** Whether the request a response is about was resolved within its SLA. */
public enum SlaOutcome {
  MET,
  MISSED,
  /** No policy applied, or the resolution was not measured. */
  NOT_MEASURED;

  /** Returns the outcome of the resolution clock's final status, or NOT_MEASURED for null. */
  public static SlaOutcome of(ClockStatus resolution) {
    if (resolution == ClockStatus.MET) {
      return MET;
    }
    return resolution == ClockStatus.MISSED ? MISSED : NOT_MEASURED;
  }
}
