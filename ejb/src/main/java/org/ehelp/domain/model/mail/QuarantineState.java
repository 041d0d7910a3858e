package org.ehelp.domain.model.mail;

/** Where a quarantined message stands. */
public enum QuarantineState {
  /** Waiting for an admin. */
  OPEN,
  /** Processed again successfully. */
  REPROCESSED,
  /** Dropped by an admin. */
  DISCARDED
}
