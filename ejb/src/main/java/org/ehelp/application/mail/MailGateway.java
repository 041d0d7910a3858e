package org.ehelp.application.mail;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Arrays;
import org.ehelp.application.CurrentUser;
import org.ehelp.domain.error.ActionRejectedException;
import org.ehelp.domain.error.InvalidInputException;
import org.ehelp.domain.model.person.Person;
import org.ehelp.domain.model.person.Role;

/**
 * Where every received message enters: from a polled mailbox or from the pipe endpoint. It runs
 * intake in a transaction of its own and, when intake fails, keeps the message in quarantine in
 * another, so a bad message never blocks the ones behind it. It returns only when the outcome is
 * committed; a caller that gets an exception must leave the message where it is.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailGateway {

  /** The prefix of the mailbox key of messages that came through the pipe endpoint. */
  public static final String PIPE = "pipe:";

  @Inject private MailIntakeService intake;

  @Inject private QuarantineService quarantine;

  @Inject private MailSettings settings;

  @Inject private CurrentUser currentUser;

  /**
   * Processes a message piped in over HTTP by a mail server; admins only (a mail server uses an
   * admin's API token).
   *
   * @param source names the pipe, so that Message-IDs are unique per source
   * @param size the size of the message in bytes, which may exceed the bytes read
   */
  public IntakeResult pipe(byte[] raw, long size, String source) {
    Person caller = currentUser.require();
    if (!caller.hasRole(Role.ADMIN)) {
      throw ActionRejectedException.forbidden("error.mail.adminOnly");
    }
    if (raw.length == 0) {
      throw new InvalidInputException("EH-MAIL-400", "error.mail.empty");
    }
    String name = source == null || source.isBlank() ? "default" : source.strip();
    return deliver(raw, size, PIPE + name);
  }

  /**
   * Processes one message.
   *
   * @param raw the message, or its first bytes when it is larger than allowed
   * @param size the size of the whole message in bytes
   */
  public IntakeResult deliver(byte[] raw, long size, String mailboxKey) {
    if (size > settings.maxMessageBytes()) {
      byte[] header = header(raw);
      try {
        return intake.refuseOversized(header, size, mailboxKey);
      } catch (RuntimeException e) {
        return quarantine.keep(header, mailboxKey, e);
      }
    }
    try {
      return intake.receive(raw, mailboxKey);
    } catch (RuntimeException e) {
      return quarantine.keep(raw, mailboxKey, e);
    }
  }

  /** Returns the header section of a message: the bytes before the first empty line. */
  static byte[] header(byte[] raw) {
    for (int i = 0; i + 1 < raw.length; i++) {
      if (raw[i] == '\n'
          && (raw[i + 1] == '\n'
              || (raw[i + 1] == '\r' && i + 2 < raw.length && raw[i + 2] == '\n'))) {
        return Arrays.copyOf(raw, i + 1);
      }
    }
    return raw;
  }
}
