package org.ehelp.domain.model.mail;

/** What eHelp did with a received message. */
public enum InboundOutcome {
  /** It opened a new request. */
  REQUEST_CREATED,
  /** It became a comment on the request it answered. */
  COMMENT_ADDED,
  /** An auto-reply, bounce, report or other automatic message: nothing was done or sent. */
  IGNORED_AUTOMATIC,
  /** A message eHelp sent itself, come back: nothing was done or sent. */
  IGNORED_LOOP,
  /** The sender sent more messages than the per-sender limit allows: nothing was done or sent. */
  RATE_LIMITED,
  /** The sender is unknown and the rule for unknown senders refuses them: a refusal was sent. */
  REFUSED_UNKNOWN_SENDER,
  /** The message or one of its files is larger than allowed: a refusal was sent. */
  REFUSED_TOO_LARGE,
  /** The message could not be processed and waits in quarantine. */
  QUARANTINED;

  /** Whether the message led to a request or a comment. */
  public boolean entered() {
    return this == REQUEST_CREATED || this == COMMENT_ADDED;
  }
}
