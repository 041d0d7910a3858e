package org.ehelp.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.function.BooleanSupplier;

/**
 * GreenMail servers in the test JVM, on 127.0.0.1 and on ports derived from the test domain's port
 * base: SMTP base + 525 (where test-domain.sh points the mail session mail/ehelp), POP3 + 510, IMAP
 * + 543, IMAPS + 593, POP3S + 595. The SMTP server runs apart from the mailboxes, so that a test
 * can stop it alone.
 */
final class MailServers {

  static final String HOST = "127.0.0.1";
  static final int BASE = Integer.getInteger("ehelp.test.portbase", 18000);
  static final int SMTP = BASE + 525;
  static final int POP3 = BASE + 510;
  static final int IMAP = BASE + 543;
  static final int IMAPS = BASE + 593;
  static final int POP3S = BASE + 595;

  private MailServers() {}

  /** Starts the SMTP server that receives eHelp's notifications. */
  static GreenMail startSmtp() {
    GreenMail smtp = new GreenMail(new ServerSetup(SMTP, HOST, ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    return smtp;
  }

  /** Starts the IMAP, IMAPS, POP3 and POP3S servers that hold the mailboxes eHelp polls. */
  static GreenMail startMailboxes() {
    GreenMail mailboxes =
        new GreenMail(
            new ServerSetup[] {
              new ServerSetup(IMAP, HOST, ServerSetup.PROTOCOL_IMAP),
              new ServerSetup(IMAPS, HOST, ServerSetup.PROTOCOL_IMAPS),
              new ServerSetup(POP3, HOST, ServerSetup.PROTOCOL_POP3),
              new ServerSetup(POP3S, HOST, ServerSetup.PROTOCOL_POP3S)
            });
    mailboxes.start();
    return mailboxes;
  }

  /** Reads a raw message into a MimeMessage, as GreenMail stores it in a mailbox. */
  static MimeMessage message(String raw) {
    try {
      return new MimeMessage(
          Session.getInstance(new Properties()),
          new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8)));
    } catch (MessagingException e) {
      throw new IllegalArgumentException("Invalid test message", e);
    }
  }

  /** Returns the messages the SMTP server received whose subject contains the text. */
  static List<MimeMessage> received(GreenMail smtp, String subjectPart) {
    return Arrays.stream(smtp.getReceivedMessages())
        .filter(m -> subject(m).contains(subjectPart))
        .toList();
  }

  static String subject(MimeMessage message) {
    try {
      return message.getSubject() == null ? "" : message.getSubject();
    } catch (MessagingException e) {
      return "";
    }
  }

  static String header(MimeMessage message, String name) {
    try {
      String[] values = message.getHeader(name);
      return values == null ? null : values[0];
    } catch (MessagingException e) {
      return null;
    }
  }

  /**
   * Waits until the condition holds, checking every half second, and fails with the description
   * after the time limit.
   */
  static void await(String description, Duration limit, BooleanSupplier condition) {
    Instant deadline = Instant.now().plus(limit);
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError(
            "Timed out after " + limit.toSeconds() + " s waiting for " + description);
      }
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("Interrupted while waiting for " + description, e);
      }
    }
  }
}
