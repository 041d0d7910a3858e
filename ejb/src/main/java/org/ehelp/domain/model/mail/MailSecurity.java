package org.ehelp.domain.model.mail;

/** How the connection to a mail server is protected. */
public enum MailSecurity {
  /** Plain text: only for a server on the same host or a trusted network. */
  NONE,
  /** Plain connection upgraded with STARTTLS, which the server must offer. */
  STARTTLS,
  /** TLS from the first byte (IMAPS, port 993; POP3S, port 995). */
  TLS
}
