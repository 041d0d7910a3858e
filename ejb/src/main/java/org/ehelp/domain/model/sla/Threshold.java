package org.ehelp.domain.model.sla;

/** A point of a target's clock that the check pass marks once and notifies once. */
public enum Threshold {
  /** The warning percentage of the target: 75 % unless the policy sets another. */
  WARNING,
  /** The whole target: the deadline. */
  BREACH
}
