package org.ehelp.domain.model.mail;

/**
 * A message could not be parsed at all, so eHelp cannot tell what it says. Intake puts such a
 * message in quarantine, whole.
 */
public class UnreadableMailException extends RuntimeException {

  public UnreadableMailException(String message, Throwable cause) {
    super(message, cause);
  }
}
