package org.ehelp.domain.model.mail;

/**
 * The kind of a message and the signal that decided it, such as {@code Auto-Submitted:
 * auto-replied}, for the intake log and the admin screens.
 */
public record Classification(MailKind kind, String reason) {

  public static Classification personal() {
    return new Classification(MailKind.PERSONAL, "no automatic-message signal");
  }
}
