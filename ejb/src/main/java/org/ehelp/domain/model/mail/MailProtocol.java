package org.ehelp.domain.model.mail;

/** How eHelp reads a mailbox. */
public enum MailProtocol {
  /** IMAP (RFC 9051): messages are flagged deleted and expunged after they are committed. */
  IMAP,
  /** POP3 (RFC 1939): messages are deleted when the session ends after they are committed. */
  POP3
}
