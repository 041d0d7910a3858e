package org.ehelp.domain.model.notification;

/** Where a notification in the outbox stands. */
public enum OutboxState {
  /** Waiting to be sent, or to be retried after a failure. */
  PENDING,
  /** Taken by a sender, which holds a lease on it until it reports. */
  SENDING,
  /** Accepted by the SMTP server. */
  SENT,
  /** Every try failed; an admin may retry it. */
  FAILED
}
