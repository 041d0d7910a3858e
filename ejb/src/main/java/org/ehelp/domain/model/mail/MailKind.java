package org.ehelp.domain.model.mail;

/** What kind of message arrived, which decides whether it may open a request or get an answer. */
public enum MailKind {
  /** Written by a person: may open a request or add a comment, and may be answered. */
  PERSONAL,
  /**
   * Sent by a program but not in answer to anything: a list mail, a newsletter, a monitoring alert
   * ({@code Auto-Submitted: auto-generated}, {@code Precedence: bulk}). Never answered; it opens a
   * request only when the setting allows it.
   */
  AUTOMATED,
  /**
   * An automatic answer: out of office, vacation, an autoresponder. Never a request, never
   * answered.
   */
  AUTO_REPLY,
  /**
   * A delivery status notification (RFC 3464) or another bounce. Never a request, never answered.
   */
  BOUNCE,
  /** An abuse feedback report (RFC 5965, ARF). Never a request, never answered. */
  FEEDBACK_REPORT,
  /** A read receipt (RFC 8098). Never a request, never answered. */
  READ_RECEIPT,
  /** A message eHelp sent itself, come back. Never a request, never answered. */
  LOOP;

  /**
   * Whether a message of this kind opens a request or adds a comment.
   *
   * @param acceptAutomated the setting that lets {@link #AUTOMATED} messages in
   */
  public boolean entersHelpdesk(boolean acceptAutomated) {
    return this == PERSONAL || (this == AUTOMATED && acceptAutomated);
  }

  /** Whether eHelp may send anything to the sender in answer. */
  public boolean mayAnswer() {
    return this == PERSONAL;
  }
}
